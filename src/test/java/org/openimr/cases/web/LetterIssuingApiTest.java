package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.OpenImr;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.Timeframes;
import org.openimr.cases.assignment.PanelFixtures;
import org.openimr.cases.issue.AppealWindow;
import org.openimr.cases.issue.CaseLetterGenerator;
import org.openimr.cases.issue.IssueFailure;
import org.openimr.cases.service.SignedLetters;
import org.openimr.letters.AddressedLetter;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.LetterParties;
import org.openimr.letters.LetterParties.ClaimNumber;
import org.openimr.letters.LetterParties.PersonName;
import org.openimr.letters.LetterParties.PostalAddress;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.shared.CaseNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * The issue of a letter through the API, end to end on the real database: quality check, issue (stored immutably,
 * hashed, appeal window, recipients, the case decided, audited), the library publishing the public version, the
 * refusals (quality errors, twice, unsigned, wrong role) leaving nothing stored, and {@code openimr letter render}.
 * The signed letters come from generated reviews (a primary bean over the workspace's own), so that the issue is tested apart from signing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-issue", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
@Import(LetterIssuingApiTest.GeneratedReviews.class)
class LetterIssuingApiTest extends CaseApiSupport {

    /** The parties of {@link CaseApiSupport#application}. */
    static final LetterParties PARTIES = new LetterParties(new PersonName("Maria", "Testperson"),
            new PostalAddress("100 Sample Street", "Fresno", "CA", "93701"), LocalDate.of(1984, 5, 2),
            new ClaimNumber("CLM-0"), "Example Packing Co.", "Sample Claims Services", new PersonName("Ana", "Doctorson"));
    static final String REQUEST = "Cervical spine MRI without contrast";

    /** Signed letters by case, as the reviewer's workspace will provide them. */
    static final class Reviews implements SignedLetters {
        final Map<CaseNumber, AddressedLetter> signed = new ConcurrentHashMap<>();

        @Override
        public AddressedLetter letterFor(CaseNumber caseNumber) {
            AddressedLetter letter = signed.get(caseNumber);
            if (letter == null) {
                throw new IssueFailure.NotSigned(caseNumber);
            }
            return letter;
        }
    }

    @TestConfiguration
    static class GeneratedReviews {
        @Bean
        @Primary
        Reviews reviews() {
            return new Reviews();
        }
    }

    @Autowired
    Reviews reviews;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReviewerPanel panel;
    @Autowired
    EmbeddedPostgres postgres;

    @TempDir
    Path folder;

    @Test
    void aCheckedLetterIsIssuedOnceStoredImmutablyAndPublishedWithoutTheParties() throws Exception {
        String claim = uniqueClaim();
        String n = inReview(claim);
        AddressedLetter letter = sign(n, claim, 7);

        Answer quality = call("director", "GET", "/api/cases/" + n + "/letter/quality", null);
        assertThat(quality.status()).as(quality.body()).isEqualTo(200);
        assertThat(quality.json().get("allowsIssue").asBoolean()).isTrue();
        assertThat(quality.json().get("summary").asString()).isEqualTo("0 errors, 0 warnings");
        assertThat(call("intake", "GET", "/api/cases/" + n + "/letter/quality", null).status()).isEqualTo(403);
        assertThat(call("intake", "POST", "/api/cases/" + n + "/letter", "{}").status()).isEqualTo(403);

        LocalDate mailed = today();
        Answer issued = call("director", "POST", "/api/cases/" + n + "/letter",
                "{\"mailedOn\":\"" + mailed + "\",\"method\":\"MAIL\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode record = issued.json();
        AppealWindow expected = AppealWindow.of(mailed, NoticeMethod.MAIL, Timeframes.current());
        assertThat(record.get("appealDays").asInt()).isEqualTo(35);
        assertThat(record.get("appealLastDay").asString()).isEqualTo(expected.lastDay().toString());
        assertThat(record.get("issuedBy").asString()).isEqualTo("director");
        assertThat(record.get("recipients").findValuesAsString("role"))
                .containsExactly("EMPLOYEE", "REQUESTING_PHYSICIAN", "CLAIMS_ADMINISTRATOR");
        assertThat(record.get("recipients").findValuesAsString("name"))
                .containsExactly("Maria Testperson", "Ana Doctorson", "Sample Claims Services");
        String outcome = letter.letter().items().get(0).outcome().name();
        assertThat(record.get("outcomes").valueStream().map(JsonNode::asString).toList()).containsExactly(outcome);

        byte[] pdf = bytes("director", "/api/cases/" + n + "/letter");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(record.get("contentHash").asString()).isEqualTo(sha256(pdf));
        assertThat(text(pdf)).contains("Maria Testperson").contains(REQUEST);

        JsonNode caseNow = call("intake", "GET", "/api/cases/" + n, null).json();
        assertThat(caseNow.get("status").get("code").asString()).isEqualTo("DECIDED");
        assertThat(caseNow.get("events").findValuesAsString("type")).last().isEqualTo("DeterminationIssued");

        Answer again = call("director", "POST", "/api/cases/" + n + "/letter", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("was already issued");

        assertThatThrownBy(() -> jdbc.sql("update issued_letters set content_hash = repeat('0', 64) "
                + "where case_number = ?").param(n).update()).rootCause()
                .hasMessageContaining("issued_letters is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.sql("delete from issued_letters where case_number = ?").param(n).update())
                .rootCause().hasMessageContaining("issued_letters is append-only: DELETE refused");
        assertThat(jdbc.sql("select outcome from audit_log where action = 'ISSUE_LETTER' and case_number = ? "
                + "order by id").param(n).query(String.class).list()).containsExactly("ALLOWED", "CONFLICT");

        Answer json = call("reviewer", "GET", "/api/cases/" + n + "/letter", null, "Accept", "application/json");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.json().get("contentHash").asString()).isEqualTo(sha256(pdf));
        assertThat(json.json().get("letter").get("items").get(0).get("request").asString()).isEqualTo(REQUEST);

        // published: the public version, in the library, searchable, with no identifying value
        assertThat(jdbc.sql("select count(*) from library_letter where source_name = ?").param("issued/" + n)
                .query(Integer.class).single()).isEqualTo(1);
        Answer decision = call(null, "GET", "/api/decisions/" + n, null);
        assertThat(decision.status()).as(decision.body()).isEqualTo(200);
        assertThat(decision.json().findValuesAsString("request")).contains(REQUEST);
        Answer search = call(null, "GET", "/api/decisions?q=cervical+MRI", null);
        assertThat(search.body()).contains(n);
        byte[] publicPdf = bytes("director", "/api/cases/" + n + "/letter?version=public");
        for (String body : List.of(decision.body(), text(publicPdf))) {
            assertThat(body).doesNotContain("Testperson", "Maria", "Doctorson", claim, "Example Packing",
                    "Sample Claims", "100 Sample Street", "05/02/1984");
        }

        // the command line writes the same letters from the database
        String db = postgres.getJdbcUrl("postgres", "postgres");
        Path file = folder.resolve("letter.pdf");
        Run run = run("render", n, "--pdf", file.toString(), "--db-url", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + file + ": the letter of case " + n + " as issued");
        assertThat(sha256(Files.readAllBytes(file))).isEqualTo(sha256(pdf));
        Run redacted = run("render", n, "--pdf", file.toString(), "--redacted", "--db-url", db);
        assertThat(redacted.exitCode()).as(redacted.err()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(publicPdf);
        assertThat(text(publicPdf)).contains(REQUEST).contains("date of birth [date of birth], claim [claim number]) "
                + "works for the employer.");
    }

    @Test
    void aLetterWithQualityErrorsIsRefusedAndNothingIsStored() {
        String claim = uniqueClaim();
        String n = inReview(claim);
        AddressedLetter good = sign(n, claim, 8);
        FinalDeterminationLetter l = good.letter();
        reviews.signed.put(new CaseNumber(n), new AddressedLetter(new FinalDeterminationLetter(l.layout(),
                l.caseNumber(), l.dates(), l.priority(), l.reviewer(), l.patient(),
                l.clinicalCaseSummary() + " TODO add the MRI.", l.documentsReviewed(), l.items()), good.parties()));

        Answer quality = call("director", "GET", "/api/cases/" + n + "/letter/quality", null);
        assertThat(quality.json().get("allowsIssue").asBoolean()).isFalse();
        assertThat(quality.json().get("findings").findValuesAsString("code")).containsExactly("PLACEHOLDER_TEXT");

        Answer refused = call("admin", "POST", "/api/cases/" + n + "/letter", "{\"method\":\"ELECTRONIC\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("title").asString()).isEqualTo("Letter not ready");
        assertThat(refused.json().get("findings").findValuesAsString("code")).containsExactly("PLACEHOLDER_TEXT");
        assertThat(jdbc.sql("select count(*) from issued_letters where case_number = ?").param(n)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from library_letter where case_number = ?").param(n)
                .query(Integer.class).single()).isZero();
        assertThat(call("intake", "GET", "/api/cases/" + n, null).json().get("status").get("code").asString())
                .isEqualTo("IN_REVIEW");
        assertThat(call("director", "GET", "/api/cases/" + n + "/letter", null).status()).isEqualTo(404);

        Answer badInput = call("director", "POST", "/api/cases/" + n + "/letter",
                "{\"mailedOn\":\"2026-02-30\",\"method\":\"PIGEON\"}");
        assertThat(badInput.status()).isEqualTo(400);
        assertThat(badInput.json().get("errors").findValuesAsString("field")).containsExactly("mailedOn", "method");
    }

    @Test
    void anUnsignedCaseHasNoLetterToIssueAndTheCommandLineSaysWhatIsMissing() {
        String n = inReview(uniqueClaim());
        Answer unsigned = call("director", "POST", "/api/cases/" + n + "/letter", null);
        assertThat(unsigned.status()).isEqualTo(409);
        assertThat(unsigned.json().get("detail").asString()).contains("has no signed review yet");

        String db = postgres.getJdbcUrl("postgres", "postgres");
        Run notIssued = run("render", n, "--pdf", folder.resolve("x.pdf").toString(), "--db-url", db);
        assertThat(notIssued.exitCode()).isEqualTo(1);
        assertThat(notIssued.err()).contains(n + ": Case " + n + " has no issued letter yet.");
        Run unknown = run("render", "CM26-9999999", "--pdf", folder.resolve("x.pdf").toString(), "--db-url", db);
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("CM26-9999999: No case CM26-9999999 was found.");
        Run malformed = run("render", "12345", "--pdf", folder.resolve("x.pdf").toString());
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("12345: not a case number (CMyy-nnnnnnn)");
        assertThat(Files.exists(folder.resolve("x.pdf"))).isFalse();
    }

    /** A filed case taken to review: notice sent, records complete, a panel reviewer assigned through the screening. */
    private String inReview(String claim) {
        String n = file(claim);
        String on = today().toString();
        record(n, 1, "{\"type\":\"NOARFI_SENT\",\"on\":\"" + on + "\",\"method\":\"ELECTRONIC\"}");
        record(n, 2, "{\"type\":\"RECORDS_RECEIVED\",\"on\":\"" + on + "\",\"completeness\":\"COMPLETE\"}");
        Answer assigned = call("director", "POST", "/api/cases/" + n + "/reviewer-assignment", "{\"reviewer\":\""
                + PanelFixtures.reviewerSignedInAs(panel, "reviewer").value() + "\",\"version\":3}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        return n;
    }

    private void record(String n, int version, String event) {
        Answer a = call("intake", "POST", "/api/cases/" + n + "/events", event, "If-Match", "\"" + version + "\"");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    /** The reviewer signs a generated letter for the case (its UR decision date is the request date). */
    private AddressedLetter sign(String n, String claim, long seed) {
        LetterParties parties = new LetterParties(PARTIES.employee(), PARTIES.employeeAddress(),
                PARTIES.employeeDateOfBirth(), new ClaimNumber(claim), PARTIES.employer(),
                PARTIES.claimsAdministrator(), PARTIES.requestingPhysician());
        AddressedLetter letter = new CaseLetterGenerator(seed).forCase(new CaseNumber(n), today().minusDays(20),
                List.of(REQUEST), parties).letter();
        reviews.signed.put(new CaseNumber(n), letter);
        return letter;
    }

    private byte[] bytes(String user, String path) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).header("Accept", "application/pdf").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return r.body();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new OpenImr());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] withGroup = new String[args.length + 1];
        withGroup[0] = "letter";
        System.arraycopy(args, 0, withGroup, 1, args.length);
        return new Run(cli.execute(withGroup), out.toString(), err.toString());
    }
}
