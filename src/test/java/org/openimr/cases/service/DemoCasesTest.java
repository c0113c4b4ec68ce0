package org.openimr.cases.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openimr.cases.CaseStatus;
import org.openimr.cases.IneligibilityReason;
import org.openimr.cases.Timeliness;
import org.openimr.cases.store.CaseStore;
import org.openimr.cases.store.StatusCode;
import org.openimr.cases.store.StoredCase;
import org.openimr.shared.BusinessCalendar;
import org.openimr.shared.Priority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo cases of the embedded default, loaded at the first start on an empty database: every status, every reason
 * for ineligibility, an expedited review, something due today and an overdue step flagged by the sweep; loading again
 * adds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-demo-cases", "openimr.sweep.cron=-",
                "openimr.sweep.lock-at-least=PT0S", "openimr.demo.password=demo-test-password"})
class DemoCasesTest {

    static final Path DATA = Path.of("target", "test-pg-demo-cases");
    static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\":\"(CM\\d{2}-\\d{7})\"");

    @LocalServerPort
    int port;
    @Autowired
    DemoCases demo;
    @Autowired
    CaseStore store;
    @Autowired
    JdbcClient jdbc;

    /** A new database, so that the demo cases are loaded at the start of this test's application. */
    @BeforeAll
    static void emptyDatabase() throws IOException {
        if (Files.exists(DATA)) {
            try (var paths = Files.walk(DATA)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void everyStatusEveryReasonSomethingDueTodayAndSomethingOverdueAndLoadingAgainAddsNothing() {
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        List<StoredCase> cases = store.find(null, null, null);

        assertThat(cases).hasSize(23);
        assertThat(cases.stream().map(c -> StatusCode.of(c.imrCase().status())).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(StatusCode.values());
        assertThat(cases.stream().map(c -> c.imrCase().status())
                .filter(CaseStatus.Ineligible.class::isInstance)
                .flatMap(s -> ((CaseStatus.Ineligible) s).findings().stream().map(f -> f.reason()))
                .collect(Collectors.toList()))
                .containsExactlyInAnyOrder(Arrays.stream(IneligibilityReason.values())
                        .filter(r -> r != IneligibilityReason.INCOMPLETE).toArray(IneligibilityReason[]::new));
        assertThat(cases.stream().filter(c -> c.imrCase().priority() == Priority.EXPEDITED)).hasSize(2);
        assertThat(cases.stream().filter(c -> c.imrCase().applications().size() == 2)).hasSize(1);
        assertThat(cases.stream().flatMap(c -> c.imrCase().application().flatMap(a -> a.representative()).stream())
                .map(r -> r.describe()).sorted()).containsExactly("Edith Mockridge (parent or guardian)",
                        "Jonah Pleadwell (attorney, Pleadwell & Example Law LLP)");

        // the determination of the reviewer's case is due today, 30 days after the records were complete
        StoredCase inReview = only(cases, StatusCode.IN_REVIEW);
        assertThat(inReview.reviewer()).isEqualTo("reviewer");
        assertThat(inReview.imrCase().timeline(today).deadlines().stream()
                .filter(d -> d.timeliness().state() == Timeliness.State.PENDING).map(d -> d.kind().name() + " "
                        + d.due()).toList()).containsExactly("DETERMINATION_ISSUED " + today);
        // the request for information is answered within 5 business days
        StoredCase incomplete = only(cases, StatusCode.AWAITING_INFORMATION);
        assertThat(incomplete.imrCase().events().get(1).describe())
                .isEqualTo("Information requested: The employee's date of birth is missing; The claim number is "
                        + "missing");
        assertThat(incomplete.imrCase().deadlines().get(0).due())
                .isEqualTo(BusinessCalendar.california().plusBusinessDays(
                        incomplete.imrCase().events().get(1).on(), 5));

        // overdue today, and flagged by the sweep that ran after the load; the late steps stand, nothing is voided
        List<String> overdue = cases.stream().filter(c -> CaseService.isOverdue(c.imrCase(), today))
                .map(c -> c.imrCase().caseNumber().value()).sorted().toList();
        assertThat(overdue).hasSize(2);
        assertThat(jdbc.sql("select case_number || ' ' || deadline from case_overdue_flags order by 1")
                .query(String.class).list()).hasSize(2).allMatch(f -> overdue.contains(f.substring(0, 12)))
                .anyMatch(f -> f.endsWith("NOARFI_SENT")).anyMatch(f -> f.endsWith("RECORDS_RECEIVED"));

        int events = jdbc.sql("select count(*) from case_events").query(Integer.class).single();
        assertThat(demo.load()).isZero();
        assertThat(store.find(null, null, null)).hasSize(23);
        assertThat(jdbc.sql("select count(*) from case_events").query(Integer.class).single()).isEqualTo(events);
        // every event is the demo load's, but the two assignments made through the conflict screening when the
        // demo panel was loaded, and the determination, issued with its letter by the demo director
        assertThat(jdbc.sql("select recorded_by || ' ' || count(*) from case_events group by recorded_by order by 1")
                .query(String.class).list()).containsExactly("demo " + (events - 3), "director 1", "system 2");
        assertThat(jdbc.sql("select c.claim_number from reviewer_assignments a join cases c using (case_number) "
                + "where a.reviewer_id = 'DEMO-01' order by 1").query(String.class).list())
                .containsExactly("DEMO-26-0108", "DEMO-26-0121");
    }

    @Test
    void theDecidedDemoCaseWasReviewedSignedAndIssuedThroughTheRealServicesAndIsInTheLibrary() {
        StoredCase decided = only(store.find(null, null, null), StatusCode.DECIDED);
        String n = decided.imrCase().caseNumber().value();
        assertThat(decided.imrCase().application().orElseThrow().claimNumber().value()).isEqualTo("DEMO-26-0121");
        assertThat(decided.reviewer()).isEqualTo("reviewer");
        assertThat(decided.imrCase().events().get(decided.imrCase().events().size() - 1).describe())
                .isEqualTo("Final determination issued: Overturned, Upheld");
        assertThat(jdbc.sql("select issued_by || ' ' || mailing_method || ' ' || array_to_string(outcomes, ',') "
                + "from issued_letters").query(String.class).list())
                .containsExactly("director ELECTRONIC OVERTURNED,UPHELD");
        assertThat(jdbc.sql("select signed_by from case_reviews where case_number = ?").param(n)
                .query(String.class).single()).isEqualTo("reviewer");
        // the qualifications paragraph of the letter is the assigned demo reviewer's (DEMO-01), never their name
        String qualifications = "The reviewer who decided this case is a physician certified by the board in "
                + "Physical Medicine & Rehabilitation, with a subspecialty in Pain Management, and holds a license to "
                + "practice in California and Nevada. The reviewer has been in active clinical practice for more than "
                + "five years and still works at least 24 hours a week in active practice. Screened when the case was "
                + "assigned, the reviewer has no material financial, professional or family tie to the employee, the "
                + "employer, the claims administrator or the requesting provider, and was chosen for training and "
                + "experience in the specialties that evaluate and treat the condition and the disputed items.";
        assertThat(jdbc.sql("select letter -> 'reviewer' ->> 'qualifications' from issued_letters").query(String.class)
                .single()).isEqualTo(qualifications);
        assertThat(jdbc.sql("select public_letter -> 'reviewer' ->> 'qualifications' from issued_letters")
                .query(String.class).single()).isEqualTo(qualifications);
        assertThat(jdbc.sql("select public_letter::text from issued_letters").query(String.class).single())
                .doesNotContain("Lindqvist").doesNotContain("A100001");
        assertThat(jdbc.sql("select source_name from library_letter where source_name like 'issued/%'")
                .query(String.class).list()).containsExactly("issued/" + n);
        // the determination was due 30 days after the records were complete: issued in time
        assertThat(decided.imrCase().timeline(LocalDate.now(BusinessCalendar.ZONE)).deadlines().stream()
                .filter(d -> d.kind().name().equals("DETERMINATION_ISSUED"))
                .map(d -> d.timeliness().state()).toList()).containsExactly(Timeliness.State.MET);
    }

    @Test
    void theDemoIntakeUserSeesTheOverdueStepsAndWhatIsDueTodayAndTheDemoReviewerOnlyTheirCases() throws Exception {
        assertThat(caseNumbers("intake", "/api/cases?overdue=true")).hasSize(2);
        assertThat(caseNumbers("intake", "/api/cases?dueWithinDays=0").size()).isGreaterThanOrEqualTo(3);
        assertThat(caseNumbers("intake", "/api/cases")).hasSize(23);
        assertThat(caseNumbers("reviewer", "/api/cases")).hasSize(2);
    }

    @Test
    void theRecordsOfTheReadyDemoCaseNameItsSurgeryCentreWhoseDemoShareholderIsExcluded() throws Exception {
        StoredCase ready = only(store.find(null, null, null), StatusCode.AWAITING_ASSIGNMENT);
        assertThat(ready.imrCase().application().orElseThrow().claimNumber().value()).isEqualTo("DEMO-26-0107");
        assertThat(ready.imrCase().namedParties()).extracting(p -> p.describe()).containsExactly("the facility where "
                + "the treatment would be given 'Demo Valley Surgery Center' (NPI 1902000107), for 'Right shoulder "
                + "arthroscopy'");

        String ranking = get("intake", "/api/cases/" + ready.imrCase().caseNumber().value() + "/reviewer-ranking");
        assertThat(ranking).contains("\"reviewer\":\"DEMO-26\"").contains("\"explanation\":\"excluded by 'no "
                + "conflict of interest': financial interest 8% in the facility where the treatment would be given "
                + "'Demo Valley Surgery Center'\"");
    }

    private List<String> caseNumbers(String user, String path) throws Exception {
        return CASE_NUMBER.matcher(get(user, path)).results().map(m -> m.group(1)).toList();
    }

    private String get(String user, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + port + path)).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":demo-test-password").getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static StoredCase only(List<StoredCase> cases, StatusCode status) {
        List<StoredCase> found = cases.stream().filter(c -> StatusCode.of(c.imrCase().status()) == status).toList();
        assertThat(found).as(status.name()).hasSize(1);
        return found.get(0);
    }
}
