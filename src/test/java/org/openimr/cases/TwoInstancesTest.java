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
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.openimr.OpenImrApplication;
import org.openimr.cases.staff.Role;
import org.openimr.cases.staff.StaffUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the application on one PostgreSQL: the overdue sweep and the daily assignment batch, scheduled on
 * both every second, run once each;
 * a case filed on one is read on the other; a staff sign-in on one is a sign-in on the other (sessions in the database).
 */
class TwoInstancesTest {

    @Test
    void twoInstancesShareEverythingThroughTheDatabaseAndSweepOnce() throws Exception {
        Path dir = Files.createTempDirectory("openimr-two");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true).start()) {
            String[] props = {"--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--server.port=0", "--openimr.demo.enabled=false",
                    "--openimr.sweep.cron=* * * * * *", "--openimr.sweep.lock-at-least=PT5M",
                    "--openimr.batch.cron=* * * * * *", "--openimr.batch.lock-at-least=PT5M"};
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
                } finally {
                    b.close();
                }
            } finally {
                a.close();
            }
        }
    }

    private static int countRuns(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from case_sweep_runs").query(Integer.class).single();
    }

    private static String application() {
        LocalDate received = LocalDate.now().minusDays(40);
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
