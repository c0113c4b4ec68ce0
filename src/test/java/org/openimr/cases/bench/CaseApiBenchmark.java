package org.openimr.cases.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.OpenImrApplication;
import org.openimr.cases.staff.Role;
import org.openimr.cases.staff.StaffUsers;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.openimr.shared.BusinessCalendar;

/**
 * Latency of the case API on the embedded PostgreSQL, loopback only: 50 concurrent clients each file 10 cases and
 * read each back, beside GET /actuator/health in the same run; first with HTTP Basic, then with an API token. Not a test (surefire leaves out *Benchmark).
 * Run: ./mvnw -B -ntp -q test-compile exec:java ... or from the IDE; see README "Case API benchmark".
 */
public final class CaseApiBenchmark {

    static final int CLIENTS = 50;
    static final int PER_CLIENT = 10;

    public static void main(String[] args) throws Exception {
        String dir = Files.createTempDirectory("openimr-bench").resolve("pg").toString();
        ConfigurableApplicationContext app = OpenImrApplication.startWeb("--server.port=0",
                "--openimr.embedded-db.data-dir=" + dir, "--openimr.demo.enabled=false",
                "--openimr.sweep.enabled=false");
        // the client's threads are shut down at the end, so that the JVM exits once the figures are printed
        java.util.concurrent.ExecutorService clientThreads = Executors.newFixedThreadPool(8);
        try {
            app.getBean(StaffUsers.class).add("bench", "bench-password", Role.INTAKE);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String base = "http://127.0.0.1:" + port;
            String auth = "Basic " + Base64.getEncoder().encodeToString("bench:bench-password"
                    .getBytes(StandardCharsets.UTF_8));
            HttpClient http = HttpClient.newBuilder().executor(clientThreads).build();
            // warm-up
            for (int i = 0; i < 20; i++) {
                send(http, HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build());
                send(http, file(base, auth, "WARM-" + i));
            }
            Matcher issued = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(send(http, HttpRequest.newBuilder(
                            URI.create(base + "/api/tokens")).header("Authorization", auth)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"benchmark\",\"days\":1}")).build())
                    .body());
            if (!issued.find()) {
                throw new IllegalStateException("no API token issued");
            }
            String bearer = "Bearer " + issued.group(1);
            for (int i = 0; i < 20; i++) {
                send(http, file(base, bearer, "WARM-TOKEN-" + i));
            }
            phase(http, base, "HTTP Basic", auth);
            phase(http, base, "API token (Bearer)", bearer);
        } finally {
            clientThreads.shutdownNow();
            app.close();
        }
    }

    /** 50 clients, each: health, file a case, read it back; PER_CLIENT times. */
    static void phase(HttpClient http, String base, String credentials, String auth) throws Exception {
        List<Long> health = Collections.synchronizedList(new ArrayList<>());
        List<Long> filing = Collections.synchronizedList(new ArrayList<>());
        List<Long> reading = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            done.add(clients.submit(() -> {
                for (int i = 0; i < PER_CLIENT; i++) {
                    health.add(time(http, HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build())
                            .nanos());
                    Timed filed = time(http, file(base, auth, "BENCH-" + credentials.charAt(0) + client + "-" + i));
                    filing.add(filed.nanos());
                    Matcher m = Pattern.compile("\"caseNumber\":\"([^\"]+)\"").matcher(filed.body());
                    if (!m.find()) {
                        throw new IllegalStateException("filing failed: " + filed.body());
                    }
                    reading.add(time(http, HttpRequest.newBuilder(URI.create(base + "/api/cases/" + m.group(1)))
                            .header("Authorization", auth).build()).nanos());
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        System.out.printf("%s: %d clients x %d, %.1f s, loopback, embedded PostgreSQL%n", credentials, CLIENTS,
                PER_CLIENT, seconds);
        report("GET /actuator/health (baseline)", health);
        report("POST /api/cases (file)", filing);
        report("GET /api/cases/{n} (read)", reading);
    }

    record Timed(long nanos, String body) {
    }

    static Timed time(HttpClient http, HttpRequest request) {
        long t = System.nanoTime();
        HttpResponse<String> r = send(http, request);
        long nanos = System.nanoTime() - t;
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return new Timed(nanos, r.body());
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%-34s n=%4d  p50 %7.1f ms  p95 %7.1f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6);
    }

    static HttpRequest file(String base, String auth, String claim) {
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        String body = """
                {"reviewType":"STANDARD",
                 "employee":{"firstName":"Bench","lastName":"Mark","dateOfBirth":"1980-01-01",
                   "address":{"street":"1 Main St","city":"Fresno","state":"CA","zip":"93701"}},
                 "claimNumber":"%s","dateOfInjury":"%s","employer":{"name":"Example Co."},
                 "claimsAdministrator":{"company":"Sample Claims"},
                 "requestingPhysician":{"firstName":"Ana","lastName":"Doctorson"},
                 "urDecision":{"date":"%s","servedBy":"ELECTRONIC","attached":true},
                 "disputedItems":[{"request":"Lumbar MRI"}],"signed":true,"dateReceived":"%s"}
                """.formatted(claim, today.minusDays(100), today.minusDays(10), today.minusDays(1));
        return HttpRequest.newBuilder(URI.create(base + "/api/cases")).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
