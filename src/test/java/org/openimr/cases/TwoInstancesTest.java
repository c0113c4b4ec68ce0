package org.openimr.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.openimr.OpenImrApplication;
import org.openimr.cases.service.ReminderCases;
import org.openimr.cases.service.ReminderJob;
import org.openimr.cases.service.Reminders;
import org.openimr.cases.staff.Role;
import org.openimr.cases.staff.StaffUsers;
import org.openimr.cases.store.CaseStore;
import org.openimr.cases.store.PostgresCaseNumberSequence;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.openimr.shared.BusinessCalendar;

/**
 * Two instances of the application on one PostgreSQL: the overdue sweep and the daily assignment batch, scheduled on
 * both every second, run once each; the reminder job, started on both at the same moment run after run, runs on one
 * instance per run, and each reminder is one row, even when both record reminders without the lock;
 * a case filed on one is read on the other; a staff sign-in on one is a sign-in on the other (sessions in the database).
 */
class TwoInstancesTest {

    /** How long the reminder job's lock is held at least: longer than two threads take to start at once. */
    static final Duration REMINDER_LOCK = Duration.ofSeconds(5);

    @Test
    void twoInstancesShareEverythingThroughTheDatabaseAndSweepOnce() throws Exception {
        Path dir = Files.createTempDirectory("openimr-two");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true).start()) {
            String[] props = {"--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--server.port=0", "--openimr.demo.enabled=false",
                    "--openimr.sweep.cron=* * * * * *", "--openimr.sweep.lock-at-least=PT5M",
                    "--openimr.batch.cron=* * * * * *", "--openimr.batch.lock-at-least=PT5M",
                    "--openimr.reminders.cron=-", "--openimr.reminders.lock-at-least=" + REMINDER_LOCK};
            ConfigurableApplicationContext a = new SpringApplicationBuilder(OpenImrApplication.class).run(props);
            try {
                // one overdue case before the second instance starts
                JdbcClient jdbc = a.getBean(JdbcClient.class);
                a.getBean(StaffUsers.class).add("intake", "pw-two-instances", Role.INTAKE);
                ConfigurableApplicationContext b = new SpringApplicationBuilder(OpenImrApplication.class).run(props);
                try {
                    int portA = ((WebServerApplicationContext) a).getWebServer().getPort();
                    int portB = ((WebServerApplicationContext) b).getWebServer().getPort();
                    HttpClient http = HttpClient.newHttpClient();
                    String basic = "Basic " + Base64.getEncoder().encodeToString("intake:pw-two-instances"
                            .getBytes(StandardCharsets.UTF_8));

                    // filed on A (received 40 days ago: the NOARFI is overdue), read on B
                    HttpResponse<String> filed = http.send(HttpRequest.newBuilder(URI.create(
                                    "http://localhost:" + portA + "/api/cases"))
                            .header("Authorization", basic).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(application())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
                    Matcher m = Pattern.compile("\"caseNumber\":\"(CM\\d{2}-\\d{7})\"").matcher(filed.body());
                    assertThat(m.find()).isTrue();
                    HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(
                                    "http://localhost:" + portB + "/api/cases/" + m.group(1)))
                            .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(read.statusCode()).isEqualTo(200);
                    assertThat(read.body()).contains(m.group(1));

                    // signed in on A, the session works on B
                    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                    String login = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portA
                            + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
                    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
                    assertThat(csrf.find()).as(login).isTrue();
                    HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(
                                    "http://localhost:" + portA + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=intake&password=pw-two-instances&_csrf="
                                    + csrf.group(1))).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(signedIn.statusCode()).isEqualTo(302);
                    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
                    HttpResponse<String> queueOnB = browser.send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + portB + "/staff")).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(queueOnB.statusCode()).isEqualTo(200);
                    assertThat(queueOnB.body()).contains("Intake queue").contains(m.group(1));

                    // both schedule the sweep every second; the lock lets one run, once
                    long until = System.currentTimeMillis() + 15_000;
                    while (countRuns(jdbc) == 0 && System.currentTimeMillis() < until) {
                        Thread.sleep(200);
                    }
                    Thread.sleep(3_000);
                    assertThat(countRuns(jdbc)).isEqualTo(1);
                    // the daily assignment batch, scheduled on both every second too, ran once
                    assertThat(jdbc.sql("select count(*) from audit_log where action = 'ASSIGN_DAILY_BATCH'")
                            .query(Integer.class).single()).isEqualTo(1);
                    // called by hand on B while the lock is held: skipped
                    b.getBean(org.openimr.cases.service.OverdueSweep.class).sweep();
                    assertThat(countRuns(jdbc)).isEqualTo(1);

                    remindersRunOnOneInstancePerRunAndAreRecordedOnce(a, b, jdbc);
                } finally {
                    b.close();
                }
            } finally {
                a.close();
            }
        }
    }

    /**
     * Cases whose records reminder goes out today (expedited, NOARFI sent today: due tomorrow, whatever day today is).
     * Run after run, the reminder job is started on both instances at the same moment, as two schedulers would: the
     * lock (held {@link #REMINDER_LOCK} at least) lets one run each time, and the first run records every reminder.
     * Then both record the reminders of new cases at once without the lock: the primary key keeps each one row.
     */
    private static void remindersRunOnOneInstancePerRunAndAreRecordedOnce(ConfigurableApplicationContext a,
            ConfigurableApplicationContext b, JdbcClient jdbc) throws Exception {
        ReminderCases cases = new ReminderCases(a.getBean(PostgresCaseNumberSequence.class), a.getBean(CaseStore.class));
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        List<CaseNumber> due = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            due.add(cases.store(cases.awaitingRecords(Priority.EXPEDITED, today, today, today)));
        }
        ReminderJob onA = a.getBean(ReminderJob.class);
        ReminderJob onB = b.getBean(ReminderJob.class);
        for (int run = 1; run <= 3; run++) {
            atOnce(() -> { onA.run(); return 0; }, () -> { onB.run(); return 0; });
            assertThat(jdbc.sql("select count(*) from case_reminder_runs").query(Integer.class).single())
                    .as("runs after %d start(s) on both instances", run).isEqualTo(run);
            Thread.sleep(REMINDER_LOCK.toMillis() + 500);
        }
        assertThat(jdbc.sql("select recorded from case_reminder_runs order by id").query(Integer.class).list())
                .containsExactly(4, 0, 0);
        assertThat(jdbc.sql("select instance from case_reminder_runs").query(String.class).list())
                .allMatch(i -> i.equals(onA.instance()) || i.equals(onB.instance()));
        assertThat(onA.instance()).isNotEqualTo(onB.instance());
        for (CaseNumber n : due) {
            assertThat(reminders(jdbc, n)).containsExactly("RECORDS_RECEIVED due " + today.plusDays(1));
        }

        List<CaseNumber> more = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            more.add(cases.store(cases.awaitingRecords(Priority.EXPEDITED, today, today, today)));
        }
        List<Integer> recorded = atOnce(() -> a.getBean(Reminders.class).sendDue(today, "a without the lock"),
                () -> b.getBean(Reminders.class).sendDue(today, "b without the lock"));
        assertThat(recorded.get(0) + recorded.get(1)).isEqualTo(3);
        for (CaseNumber n : more) {
            assertThat(reminders(jdbc, n)).containsExactly("RECORDS_RECEIVED due " + today.plusDays(1));
        }
    }

    /** Calls both at the same moment, each on its own thread; their answers in order. */
    private static List<Integer> atOnce(Callable<Integer> first, Callable<Integer> second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Integer> one = threads.submit(() -> {
                start.await();
                return first.call();
            });
            Future<Integer> two = threads.submit(() -> {
                start.await();
                return second.call();
            });
            return List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<String> reminders(JdbcClient jdbc, CaseNumber n) {
        return jdbc.sql("select step || ' due ' || due from case_reminders where case_number = ?").param(n.value())
                .query(String.class).list();
    }

    private static int countRuns(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from case_sweep_runs").query(Integer.class).single();
    }

    private static String application() {
        LocalDate received = LocalDate.now(BusinessCalendar.ZONE).minusDays(40);
        return """
                {"reviewType":"STANDARD",
                 "employee":{"firstName":"Two","lastName":"Instances","dateOfBirth":"1980-01-01",
                   "address":{"street":"1 Main St","city":"Fresno","state":"CA","zip":"93701"}},
                 "claimNumber":"CLM-TWO","dateOfInjury":"%s","employer":{"name":"Example Co."},
                 "claimsAdministrator":{"company":"Sample Claims"},
                 "requestingPhysician":{"firstName":"Ana","lastName":"Doctorson"},
                 "urDecision":{"date":"%s","servedBy":"ELECTRONIC","attached":true},
                 "disputedItems":[{"request":"Lumbar MRI"}],"signed":true,"dateReceived":"%s"}
                """.formatted(received.minusDays(100), received.minusDays(5), received);
    }
}
