package org.openimr.cases.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openimr.cases.DeadlineKind;
import org.openimr.cases.ImrCase;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.RecordsCompleteness;
import org.openimr.cases.Reminder;
import org.openimr.cases.ReminderRecipient;
import org.openimr.cases.staff.Role;
import org.openimr.cases.staff.StaffUsers;
import org.openimr.cases.store.CaseStore;
import org.openimr.cases.store.PostgresCaseNumberSequence;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reminder job (called as the scheduler would, its cron off, through its lock) on real PostgreSQL, the day moved on
 * the application's clock around Thanksgiving 2026 (Thursday 26 and Friday 27 November are California state holidays):
 * each kind of reminder goes out on its first day and not the day before, once, and not for a step already done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-reminders", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false", "openimr.batch.enabled=false", "openimr.reminders.cron=-",
                "openimr.reminders.lock-at-least=PT0S"})
class RemindersTest {

    @TestConfiguration
    static class Today {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    static final LocalDate NOV_16 = LocalDate.of(2026, 11, 16);

    @Autowired
    ReminderJob job;
    @Autowired
    Reminders reminders;
    @Autowired
    MovableClock clock;
    @Autowired
    Clock applicationClock;
    @Autowired
    PostgresCaseNumberSequence numbers;
    @Autowired
    CaseStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffUsers users;
    @LocalServerPort
    int port;

    ReminderCases cases;

    @BeforeEach
    void setUp() {
        cases = new ReminderCases(numbers, store);
        assertThat(applicationClock).isSameAs(clock);
    }

    @Test
    void recordsAreRemindedOneBusinessDayBeforeTheyAreDueAcrossThanksgivingOnceAndNotWhenComplete() {
        // NOARFI sent electronically Tuesday 17 November: records due 12 days on, Sunday 29, so Monday 30 November;
        // one business day before is Wednesday 25 (26 and 27 are holidays, 28 and 29 the weekend)
        ImrCase waiting = cases.awaitingRecords(Priority.STANDARD, NOV_16.minusDays(3), NOV_16, NOV_16.plusDays(1));
        CaseNumber awaited = cases.store(waiting);
        CaseNumber partial = cases.store(cases.awaitingRecords(Priority.STANDARD, NOV_16.minusDays(3), NOV_16,
                NOV_16.plusDays(1)).receiveRecords(day(24), RecordsCompleteness.PARTIAL));
        CaseNumber complete = cases.store(cases.recordsComplete(Priority.STANDARD, NOV_16.minusDays(3), NOV_16,
                NOV_16.plusDays(1), day(24)));

        runOn(day(24));
        assertThat(reminders(awaited)).isEmpty();

        runOn(day(25));
        assertThat(reminders(awaited)).containsExactly(
                "RECORDS_RECEIVED due 2026-11-30 to CLAIMS_ADMINISTRATOR sent 2026-11-25");
        assertThat(reminders(partial)).containsExactly(
                "RECORDS_RECEIVED due 2026-11-30 to CLAIMS_ADMINISTRATOR sent 2026-11-25");
        assertThat(reminders(complete)).isEmpty();

        // a second run the same day, and one the next day, record nothing more
        runOn(day(25));
        assertThat(lastRunRecorded()).isZero();
        runOn(day(30));
        assertThat(reminders(awaited)).hasSize(1);
    }

    @Test
    void expeditedRecordsAreRemindedTwentyFourHoursBeforeTheyAreDue() {
        // expedited, NOARFI Tuesday 1 December: records due the next day
        CaseNumber n = cases.store(cases.awaitingRecords(Priority.EXPEDITED, day(30), day(30), dec(1)));

        runOn(day(30));
        assertThat(reminders(n)).isEmpty();
        runOn(dec(1));
        assertThat(reminders(n)).containsExactly("RECORDS_RECEIVED due 2026-12-02 to CLAIMS_ADMINISTRATOR sent 2026-12-01");
    }

    @Test
    void theAssignedReviewerIsRemindedTwoBusinessDaysBeforeTheDeterminationIsDueUnlessSigned() {
        // records complete Wednesday 4 November: determination due 30 days on, Friday 4 December; two business days
        // before is Wednesday 2 December
        CaseNumber assigned = cases.store(inReview(Priority.STANDARD, LocalDate.of(2026, 10, 26), "dr-remind"));
        CaseNumber signed = cases.store(inReview(Priority.STANDARD, LocalDate.of(2026, 10, 26), "dr-signed"));
        jdbc.sql("insert into case_reviews (case_number, signed_by, signed_on, signed_at) values (?, ?, ?, now())")
                .params(signed.value(), "dr-signed", Date.valueOf(dec(1))).update();
        CaseNumber unassigned = cases.store(cases.recordsComplete(Priority.STANDARD, LocalDate.of(2026, 10, 26),
                LocalDate.of(2026, 10, 27), LocalDate.of(2026, 10, 28), LocalDate.of(2026, 11, 4)));

        runOn(dec(1));
        assertThat(reminders(assigned)).isEmpty();
        runOn(dec(2));
        assertThat(reminders(assigned)).containsExactly("DETERMINATION_ISSUED due 2026-12-04 to REVIEWER sent 2026-12-02");
        assertThat(reminders(signed)).isEmpty();
        assertThat(reminders(unassigned)).isEmpty();
    }

    @Test
    void anExpeditedDeterminationIsRemindedOnTheDayItIsDue() {
        // expedited, records complete Tuesday 1 December: determination due 3 days on, Friday 4 December
        CaseNumber n = cases.store(cases.recordsComplete(Priority.EXPEDITED, day(30), day(30), day(30), dec(1))
                .assignReviewer(dec(1), "dr-fast"));

        runOn(dec(3));
        assertThat(reminders(n)).isEmpty();
        runOn(dec(4));
        assertThat(reminders(n)).containsExactly("DETERMINATION_ISSUED due 2026-12-04 to REVIEWER sent 2026-12-04");
    }

    @Test
    void aNoarfiNotSentIsRemindedOnTheDayItIsDue() {
        // eligible Wednesday 25 November: the NOARFI is due one business day on, Monday 30 November
        CaseNumber unsent = cases.store(cases.eligible(Priority.STANDARD, day(23), day(25)));
        CaseNumber sent = cases.store(cases.eligible(Priority.STANDARD, day(23), day(25))
                .sendNoarfi(day(30), NoticeMethod.MAIL));

        runOn(day(29));
        assertThat(reminders(unsent)).isEmpty();
        runOn(day(30));
        assertThat(reminders(unsent)).containsExactly("NOARFI_SENT due 2026-11-30 to INTAKE_STAFF sent 2026-11-30");
        assertThat(reminders(sent)).isEmpty();
    }

    @Test
    void aRequestForInformationIsRemindedTheDayBeforeTheAnswerIsDueAndShownOnTheCase() throws Exception {
        // asked Friday 20 November: the answer is due 5 business days on, Tuesday 1 December
        CaseNumber open = cases.store(cases.awaitingInformation(day(20)));
        CaseNumber answered = cases.store(cases.awaitingInformation(day(20)).receiveInformation(day(25)));

        runOn(day(29));
        assertThat(reminders(open)).isEmpty();
        int before = jdbc.sql("select count(*) from case_reminders where sent_on = ?").param(Date.valueOf(day(30)))
                .query(Integer.class).single();
        runOn(day(30));
        assertThat(reminders(open)).containsExactly("INFORMATION_REPLY due 2026-12-01 to INTAKE_STAFF sent 2026-11-30");
        assertThat(reminders(answered)).isEmpty();

        // the case's timeline, through the API: the reminder after the events, on its day
        users.add("intake-reminders", "pw-reminders", Role.INTAKE);
        JsonNode c = JsonMapper.builder().build().readTree(get("/api/cases/" + open.value()));
        JsonNode last = c.get("timeline").get(c.get("timeline").size() - 1);
        assertThat(last.get("on").asString()).isEqualTo("2026-11-30");
        assertThat(last.get("kind").asString()).isEqualTo("REMINDER");
        assertThat(last.get("description").asString())
                .isEqualTo("Reminder: reply to the request for information due 2026-12-01 sent to intake staff");
        assertThat(c.get("reminders").get(0).get("recipient").asString()).isEqualTo("INTAKE_STAFF");
        assertThat(c.get("timeline")).hasSize(c.get("events").size() + 1);

        // the case page shows it in the timeline, the queue the count of today's reminders
        HttpClient browser = signIn();
        assertThat(page(browser, "/staff/cases/" + open.value())).contains("<time datetime=\"2026-11-30\">2026-11-30</time>: "
                + "Reminder: reply to the request for information due 2026-12-01 sent to intake staff");
        int sentToday = jdbc.sql("select count(*) from case_reminders where sent_on = ?")
                .param(Date.valueOf(day(30))).query(Integer.class).single();
        assertThat(sentToday).isGreaterThanOrEqualTo(before + 1);
        assertThat(page(browser, "/staff")).contains("Reminders sent today: " + sentToday + ".");
    }

    @Test
    void theDatabaseKeepsAReminderSingleEvenWithoutTheLock() {
        CaseNumber n = cases.store(cases.eligible(Priority.STANDARD, day(23), day(25)));
        Reminder reminder = new Reminder(n, DeadlineKind.NOARFI_SENT, day(30), ReminderRecipient.INTAKE_STAFF);
        assertThat(reminders.record(reminder, day(30), "instance-a")).isTrue();
        assertThat(reminders.record(reminder, day(30), "instance-b")).isFalse();
        assertThat(reminders(n)).containsExactly("NOARFI_SENT due 2026-11-30 to INTAKE_STAFF sent 2026-11-30");
    }

    private ImrCase inReview(Priority priority, LocalDate received, String reviewer) {
        return cases.recordsComplete(priority, received, received.plusDays(1), received.plusDays(2),
                LocalDate.of(2026, 11, 4)).assignReviewer(LocalDate.of(2026, 11, 5), reviewer);
    }

    private void runOn(LocalDate day) {
        clock.set(day);
        job.run();
    }

    private int lastRunRecorded() {
        return jdbc.sql("select recorded from case_reminder_runs order by id desc limit 1").query(Integer.class)
                .single();
    }

    private List<String> reminders(CaseNumber n) {
        return jdbc.sql("select step || ' due ' || due || ' to ' || recipient || ' sent ' || sent_on "
                + "from case_reminders where case_number = ? order by sent_at").param(n.value())
                .query(String.class).list();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "intake-reminders:pw-reminders".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    /** A staff member's browser, signed in through the sign-in page. */
    private HttpClient signIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page(browser, "/login"));
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=intake-reminders&password=pw-reminders&_csrf="
                        + csrf.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser;
    }

    private String page(HttpClient browser, String path) throws Exception {
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static LocalDate day(int november) {
        return LocalDate.of(2026, 11, november);
    }

    private static LocalDate dec(int december) {
        return LocalDate.of(2026, 12, december);
    }
}
