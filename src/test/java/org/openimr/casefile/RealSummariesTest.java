package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction over the clinical case summaries of the real published letters in ../shared/corpus/fdl-2016-2017
 * (read from there, never copied into the project; skipped when the folder is absent). Checks that extraction never
 * fails and that every span quotes its text, compares age, sex and date of injury with the values of expected.jsonl,
 * and prints coverage figures.
 */
class RealSummariesTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "fdl-2016-2017");
    private static final Pattern SUMMARY = Pattern.compile("(?s)CLINICAL CASE SUMMARY(.*?)IMR ISSUES");

    private record Summary(String caseNumber, CaseDocument document, ClinicalFacts facts) {
    }

    private static final List<Summary> summaries = new ArrayList<>();
    private static final Map<String, String> expected = new HashMap<>();
    private static boolean pdftotext;
    private static long elapsedMillis;

    @BeforeAll
    static void readCorpus() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return;
        }
        pdftotext = hasPdftotext();
        ClinicalFactExtractor extractor = ClinicalFactExtractor.standard();
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(CORPUS)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        long start = System.nanoTime();
        List<Summary> read = pdfs.parallelStream().map(pdf -> {
            Matcher m = SUMMARY.matcher(text(pdf));
            if (!m.find()) {
                return null;
            }
            String caseNumber = pdf.getFileName().toString().replace(".pdf", "");
            CaseDocument document = CaseDocument.of(caseNumber, DocumentType.CLINICAL_CASE_SUMMARY, m.group(1));
            return new Summary(caseNumber, document, extractor.extract(document));
        }).filter(java.util.Objects::nonNull).toList();
        summaries.addAll(read);
        elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        Path jsonl = CORPUS.resolve("expected.jsonl");
        if (Files.exists(jsonl)) {
            for (String line : Files.readAllLines(jsonl)) {
                Matcher c = Pattern.compile("\"caseNumber\":\\s*\"([^\"]+)\"").matcher(line);
                if (c.find()) {
                    expected.put(c.group(1), line);
                }
            }
        }
    }

    /** The letter's text: pdftotext -layout when installed (fast), else PDFBox. */
    private static String text(Path pdf) {
        try {
            return readText(pdf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + pdf, e);
        }
    }

    private static String readText(Path pdf) throws IOException {
        if (pdftotext) {
            Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(false).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (p.waitFor() == 0) {
                    return text;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static boolean hasPdftotext() {
        try {
            return new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void everySpanQuotesTheTextAtItsOffsets() {
        assumeThat(summaries).as("real letters in %s (folder absent: test skipped)", CORPUS.toAbsolutePath())
                .isNotEmpty();
        for (Summary s : summaries) {
            for (ClinicalFact fact : s.facts().all()) {
                assertThat(fact.span().quotes(s.document())).as("%s: %s", s.caseNumber(), fact).isTrue();
                assertThat(fact.span().quote()).as("%s: %s", s.caseNumber(), fact).isNotBlank();
            }
            s.facts().diagnosticStudies().forEach(d -> d.findings()
                    .ifPresent(f -> assertThat(f.quotes(s.document())).as("%s: %s", s.caseNumber(), d).isTrue()));
        }
    }

    @Test
    void ageSexAndInjuryDateAgreeWithTheLettersWhereStated() {
        assumeThat(summaries).as("real letters in %s (folder absent: test skipped)", CORPUS.toAbsolutePath())
                .isNotEmpty();
        int ageChecked = 0, ageAgrees = 0, sexChecked = 0, sexAgrees = 0, doiChecked = 0, doiAgrees = 0;
        List<String> disagreements = new ArrayList<>();
        for (Summary s : summaries) {
            String line = expected.get(s.caseNumber());
            if (line == null) {
                continue;
            }
            Matcher age = Pattern.compile("\"age\":\\s*(\\d+)").matcher(line);
            if (age.find()) {
                ageChecked++;
                int want = Integer.parseInt(age.group(1));
                if (s.facts().age().map(a -> a.value() == want).orElse(false)) {
                    ageAgrees++;
                } else {
                    disagreements.add(s.caseNumber() + " age " + want + " vs " + s.facts().age().map(Stated::value));
                }
            }
            Matcher sex = Pattern.compile("\"sex\":\\s*\"(MALE|FEMALE)\"").matcher(line);
            if (sex.find()) {
                sexChecked++;
                if (s.facts().sex().map(x -> x.value().name().equals(sex.group(1))).orElse(false)) {
                    sexAgrees++;
                } else {
                    disagreements.add(s.caseNumber() + " sex " + sex.group(1) + " vs " + s.facts().sex().map(Stated::value));
                }
            }
            Matcher doi = Pattern.compile("\"dateOfInjury\":\\s*\"([\\d-]+)\"").matcher(line);
            if (doi.find()) {
                doiChecked++;
                LocalDate want = LocalDate.parse(doi.group(1));
                if (s.facts().dateOfInjury().map(d -> d.value().firstDay().equals(want)).orElse(false)) {
                    doiAgrees++;
                } else {
                    disagreements.add(s.caseNumber() + " injury date " + want + " vs "
                            + s.facts().dateOfInjury().map(d -> d.value().toString()));
                }
            }
        }
        System.out.printf("casefile over %d real summaries: age %d/%d agree, sex %d/%d, date of injury %d/%d%n",
                summaries.size(), ageAgrees, ageChecked, sexAgrees, sexChecked, doiAgrees, doiChecked);
        disagreements.forEach(d -> System.out.println("  differs: " + d));
        assertThat(ageAgrees).isGreaterThanOrEqualTo((int) Math.ceil(ageChecked * 0.95));
        assertThat(sexAgrees).isGreaterThanOrEqualTo((int) Math.ceil(sexChecked * 0.95));
        assertThat(doiAgrees).isGreaterThanOrEqualTo((int) Math.ceil(doiChecked * 0.90));
    }

    @Test
    void printsCoverage() {
        assumeThat(summaries).as("real letters in %s (folder absent: test skipped)", CORPUS.toAbsolutePath())
                .isNotEmpty();
        Map<String, Predicate<ClinicalFacts>> measures = new LinkedHashMap<>();
        measures.put("age", f -> f.age().isPresent());
        measures.put("sex", f -> f.sex().isPresent());
        measures.put("date of injury", f -> f.dateOfInjury().isPresent());
        measures.put("body parts", f -> !f.affectedBodyParts().isEmpty());
        measures.put("diagnoses", f -> f.diagnoses().stream().anyMatch(d -> d.assertion().isPresentOrPast()));
        measures.put("surgeries (done)", f -> f.surgeries().stream().anyMatch(x -> x.assertion().isPresentOrPast()));
        measures.put("medications (any)", f -> !f.medications().isEmpty());
        measures.put("current medications", f -> !f.currentMedications().isEmpty());
        measures.put("medication with strength", f -> f.medications().stream().anyMatch(m -> m.strength().isPresent()));
        measures.put("opioid", f -> f.medications().stream().anyMatch(m -> m.is(DrugClass.OPIOID)));
        measures.put("MED computed (> 0)", f -> f.morphineEquivalentDose().milligramsPerDay().signum() > 0);
        measures.put("completed therapy count", f -> f.therapySessions().stream()
                .anyMatch(t -> t.completed() && t.count().isPresent()));
        measures.put("completed PT count", f -> f.completedSessions(Modality.PHYSICAL_THERAPY).isPresent());
        measures.put("requested therapy count", f -> f.therapySessions().stream()
                .anyMatch(t -> t.assertion() == Assertion.REQUESTED && t.count().isPresent()));
        measures.put("functional improvement statement", f -> !f.functionalImprovement().isEmpty());
        measures.put("pain score", f -> !f.painScores().isEmpty());
        measures.put("neurological finding", f -> !f.neurologicalFindings().isEmpty());
        measures.put("red flag (stated either way)", f -> !f.redFlags().isEmpty());
        measures.put("study done", f -> f.diagnosticStudies().stream().anyMatch(DiagnosticStudy::done));
        measures.put("study with findings", f -> f.diagnosticStudies().stream().anyMatch(d -> d.findings().isPresent()));
        measures.put("conservative care", f -> !f.conservativeCare().isEmpty());
        measures.put("work status", f -> !f.workStatus().isEmpty());
        measures.put("urine drug screen", f -> !f.urineDrugScreens().isEmpty());
        measures.put("UR decision", f -> !f.urDecisions().isEmpty());
        measures.put("UR decision dated", f -> f.urDecisions().stream().anyMatch(u -> u.date().isPresent()));
        measures.put("UR decision naming its request", f -> f.urDecisions().stream()
                .anyMatch(u -> !u.request().isBlank()));
        int n = summaries.size();
        System.out.printf("casefile coverage over %d real clinical case summaries (%s, read and extracted in %d ms):%n",
                n, pdftotext ? "pdftotext -layout" : "PDFBox", elapsedMillis);
        measures.forEach((name, test) -> {
            long count = summaries.stream().filter(s -> test.test(s.facts())).count();
            System.out.printf("  %-34s %3d/%d (%3d%%)%n", name, count, n, Math.round(100.0 * count / n));
        });
        long facts = summaries.stream().mapToLong(s -> s.facts().all().size()).sum();
        System.out.printf("  %-34s %d%n", "facts in all", facts);
        assertThat(facts).isPositive();
    }
}
