package org.openimr.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openimr.cases.Timeliness.State;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Outcome;

/**
 * The timeframes of the 64 real letters of {@code ../shared/corpus/fdl-2016-2017}, measured with this module's rules.
 * Only the header dates are read (UR denial, application received, assigned, decision), with a small helper over
 * {@code pdftotext -layout}; the real letter parser is another module's.
 *
 * <p>What the letters do not say, and what is assumed:
 * <ul>
 * <li>How the UR decision was served. The filing check is run both ways: by mail (30 + 5 days) and electronically or
 * in person (30 days); the UR denial date is taken as the date of service.</li>
 * <li>When the records were complete. "Date Assigned" is taken as the day the NOARFI was mailed (DWC's "Average Age
 * from Assigned Date" runs from the NOARFI). The determination clock is then measured two ways: strictly, as if the
 * records were complete on the day of assignment (30 days from assignment); and in the frame of the regulation, with the
 * records complete on the day they were due (NOARFI by mail + 15 days, 8 CCR 9792.10.5), so 30 days from then, DIR's
 * "45 days" for a regular IMR. The truth lies between the two.</li>
 * <li>Eligibility is taken as found on the day of assignment (the letters do not date it), so the NOARFI's own
 * 1-business-day deadline is not measured.</li>
 * </ul>
 */
class RealLetterTimeframesTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "fdl-2016-2017");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    /** The header block of a 2016-17 letter: the dates this test needs. */
    record Header(CaseNumber caseNumber, LocalDate assigned, LocalDate injury, LocalDate decision,
            LocalDate urDenial, LocalDate applicationReceived, String priority) {
    }

    @Test
    void howManyOfThe64LettersMetEachTimeframe() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "skipped: the real letters are not at " + CORPUS.toAbsolutePath()
                + " (../shared/corpus/fdl-2016-2017 beside the project)");
        assumeTrue(pdftotextWorks(), "skipped: pdftotext is not installed (apt-get install poppler-utils)");

        List<Header> headers = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                headers.add(header(pdf, pdftotext(pdf)));
            }
        }
        assertThat(headers).hasSize(64);
        assertHeadersAgreeWithExpected(headers);

        int filedInTimeByMail = 0;
        int filedInTimeOtherwise = 0;
        int decidedWithin30DaysOfAssignment = 0;
        int decidedWithinTheRegulationFrame = 0;
        List<String> lateUnlessMailed = new ArrayList<>();
        for (Header h : headers) {
            ImrCase byMail = caseOf(h, ServiceMethod.MAIL);
            ImrCase electronic = caseOf(h, ServiceMethod.ELECTRONIC);
            if (state(byMail, DeadlineKind.APPLICATION_FILED) == State.MET) {
                filedInTimeByMail++;
            }
            if (state(electronic, DeadlineKind.APPLICATION_FILED) == State.MET) {
                filedInTimeOtherwise++;
            } else {
                lateUnlessMailed.add(h.caseNumber() + " (" + java.time.temporal.ChronoUnit.DAYS.between(h.urDenial(),
                        h.applicationReceived()) + " days)");
            }

            // Strict: records complete on the day of assignment.
            ImrCase strict = byMail.receiveRecords(h.assigned(), RecordsCompleteness.COMPLETE)
                    .assignReviewer(h.assigned(), "reviewer").issueDetermination(h.decision(), List.of(Outcome.UPHELD));
            if (state(strict, DeadlineKind.DETERMINATION_ISSUED) == State.MET) {
                decidedWithin30DaysOfAssignment++;
            }
            // The regulation's frame: records complete on the day they were due.
            LocalDate recordsDue = deadline(byMail, DeadlineKind.RECORDS_RECEIVED).due();
            ImrCase frame = byMail.receiveRecords(recordsDue, RecordsCompleteness.COMPLETE)
                    .assignReviewer(recordsDue, "reviewer").issueDetermination(h.decision(), List.of(Outcome.UPHELD));
            if (state(frame, DeadlineKind.DETERMINATION_ISSUED) == State.MET) {
                decidedWithinTheRegulationFrame++;
            }
        }

        System.out.printf("""
                Timeframes of the %d real letters (../shared/corpus/fdl-2016-2017):
                  application received within 30 + 5 days of the UR denial (served by mail):        %d
                  application received within 30 days of the UR denial (served otherwise):         %d
                    late unless served by mail: %s
                  decision within 30 days of assignment (records complete on assignment):         %d
                  decision within 30 days of records due (NOARFI mailed on assignment + 15 days):  %d
                """, headers.size(), filedInTimeByMail, filedInTimeOtherwise, lateUnlessMailed,
                decidedWithin30DaysOfAssignment, decidedWithinTheRegulationFrame);

        assertThat(filedInTimeByMail).isEqualTo(64);
        assertThat(filedInTimeOtherwise).isEqualTo(60);
        assertThat(lateUnlessMailed).containsExactly("CM16-0238676 (33 days)", "CM16-0246487 (32 days)",
                "CM17-0005412 (33 days)", "CM17-0015348 (32 days)");
        assertThat(decidedWithin30DaysOfAssignment).isEqualTo(48);
        assertThat(decidedWithinTheRegulationFrame).isEqualTo(64);
        assertThat(headers).extracting(Header::priority).containsOnly("Standard");
    }

    /** A case with the letter's dates: received, found eligible and NOARFI mailed on the day of assignment. */
    private static ImrCase caseOf(Header h, ServiceMethod urServedBy) {
        Application application = Fixtures.form().injuredOn(h.injury()).urDecision(h.urDenial(), urServedBy)
                .receivedOn(h.applicationReceived()).toApplication(h.decision());
        return ImrCase.open(h.caseNumber(), application)
                .determineEligibility(h.assigned(), new EligibilityDecision.Eligible(application.disputedItems(),
                        List.of()))
                .sendNoarfi(h.assigned(), NoticeMethod.MAIL);
    }

    private static Deadline deadline(ImrCase c, DeadlineKind kind) {
        return c.deadlines().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private static State state(ImrCase c, DeadlineKind kind) {
        return deadline(c, kind).timeliness(c.events().get(c.events().size() - 1).on()).state();
    }

    // --- a small reader of the header block, for this test only ---

    private static final Pattern CASE_NUMBER = Pattern.compile("Case Number:\\s+(CM\\d{2}-\\d{7})");
    private static final Pattern PRIORITY = Pattern.compile("Priority:\\s+(\\w+)");
    private static final String DATE = "(\\d{2}/\\d{2}/\\d{4})";

    static Header header(Path pdf, String text) {
        // The header is the block before the first heading; "Application Received:" is split over two lines, the date
        // standing after "Application".
        String block = text.lines().limit(12).reduce("", (a, b) -> a + b + "\n");
        return new Header(CaseNumber.of(find(CASE_NUMBER, block, pdf)),
                date("Date Assigned:", block, pdf), date("Date of Injury:", block, pdf),
                date("Decision Date:", block, pdf), date("UR Denial Date:", block, pdf),
                date("Application(?:\\s+Received:)?", block, pdf), find(PRIORITY, block, pdf));
    }

    private static LocalDate date(String label, String block, Path pdf) {
        return LocalDate.parse(find(Pattern.compile(label + "\\s+" + DATE), block, pdf), US);
    }

    private static String find(Pattern pattern, String block, Path pdf) {
        Matcher m = pattern.matcher(block);
        if (!m.find()) {
            throw new IllegalStateException(pdf.getFileName() + ": no " + pattern + " in its header block:\n" + block);
        }
        return m.group(1);
    }

    /** The dates read here are those of expected.jsonl (the parser team's reference), when that file is there. */
    private static void assertHeadersAgreeWithExpected(List<Header> headers) throws IOException {
        Path expected = CORPUS.resolve("expected.jsonl");
        if (!Files.exists(expected)) {
            return;
        }
        Map<String, String> byCase = new TreeMap<>();
        Pattern fields = Pattern.compile("\"caseNumber\": \"([^\"]+)\", \"dateAssigned\": \"([^\"]+)\", "
                + "\"dateOfInjury\": \"([^\"]+)\", \"decisionDate\": \"([^\"]+)\", \"urDenialDate\": \"([^\"]+)\", "
                + "\"applicationReceived\": \"([^\"]+)\"");
        for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
            Matcher m = fields.matcher(line);
            if (m.find()) {
                byCase.put(m.group(1), String.join(" ", m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)));
            }
        }
        for (Header h : headers) {
            assertThat(String.join(" ", h.assigned().toString(), h.injury().toString(), h.decision().toString(),
                    h.urDenial().toString(), h.applicationReceived().toString()))
                    .as(h.caseNumber().value()).isEqualTo(byCase.get(h.caseNumber().value()));
        }
    }

    private static boolean pdftotextWorks() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String pdftotext(Path pdf) {
        try {
            Process p = new ProcessBuilder("pdftotext", "-layout", "-l", "1", pdf.toString(), "-").start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("pdftotext failed on " + pdf);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
