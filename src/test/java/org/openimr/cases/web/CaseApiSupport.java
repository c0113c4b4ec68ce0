package org.openimr.cases.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.openimr.cases.staff.Role;
import org.openimr.cases.staff.StaffUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.openimr.shared.BusinessCalendar;

/** The application on a random port with one user per role (password "test-password"), called over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-cases", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
abstract class CaseApiSupport {

    static final String PASSWORD = "test-password";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;

    @BeforeEach
    void staff() {
        users.add("intake", PASSWORD, Role.INTAKE);
        users.add("reviewer", PASSWORD, Role.REVIEWER);
        users.add("reviewer2", PASSWORD, Role.REVIEWER);
        users.add("director", PASSWORD, Role.MEDICAL_DIRECTOR);
        users.add("admin", PASSWORD, Role.ADMIN);
    }

    record Answer(int status, String body, String etag) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Answer call(String user, String method, String path, String body, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            if (user != null) {
                b.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate today() {
        return LocalDate.now(BusinessCalendar.ZONE);
    }

    /** An eligible application (UR decision 20 days ago, received 2 days ago) as API JSON; claim number given. */
    static String application(String claim) {
        return application(claim, today().minusDays(20), true, true, false);
    }

    static String application(String claim, LocalDate urDecision, boolean signed, boolean attached, boolean cnc) {
        return """
                {"reviewType":"STANDARD",
                 "employee":{"firstName":"Maria","middleInitial":"L","lastName":"Testperson","dateOfBirth":"1984-05-02",
                   "address":{"street":"100 Sample Street","city":"Fresno","state":"CA","zip":"93701"},
                   "phone":"(559) 555-0100","email":"maria@example.org"},
                 "claimNumber":"%s","dateOfInjury":"%s","employer":{"name":"Example Packing Co."},
                 "claimsAdministrator":{"company":"Sample Claims Services","adjuster":"J. Adjuster","phone":"916-555-0199"},
                 "requestingPhysician":{"firstName":"Ana","lastName":"Doctorson","specialty":"Family Practice"},
                 "urDecision":{"date":"%s","servedBy":"ELECTRONIC","attached":%s},
                 "disputedItems":[{"request":"Cervical spine MRI without contrast",
                   "diagnosis":{"description":"Cervical sprain","icd10":"S13.4XXA"},"conditionallyNonCertified":%s}],
                 "signed":%s,"dateReceived":"%s"}
                """.formatted(claim, urDecision.minusDays(60), urDecision, attached, cnc, signed,
                today().minusDays(2));
    }

    /**
     * An application of the same employee (Maria Testperson, born 1984-05-02) and physician (Ana Doctorson) as
     * {@link #application(String)}, received 2 days ago, with the UR decision, date of injury, liability position
     * (NOT_DISPUTED, DISPUTED) and treatments given; each treatment for a cervical sprain.
     */
    static String application(String claim, LocalDate urDecision, LocalDate injured, String liability,
            String... treatments) {
        String items = java.util.Arrays.stream(treatments).map(t -> """
                {"request":"%s","diagnosis":{"description":"Cervical sprain","icd10":"S13.4XXA"}}""".formatted(t))
                .collect(java.util.stream.Collectors.joining(","));
        return application(claim).replace("\"dateOfInjury\":\"" + today().minusDays(80) + "\"",
                        "\"dateOfInjury\":\"" + injured + "\"")
                .replace("\"date\":\"" + today().minusDays(20) + "\"", "\"date\":\"" + urDecision + "\"")
                .replaceFirst("(?s)\"disputedItems\":\\[.*?}],", java.util.regex.Matcher.quoteReplacement(
                        "\"disputedItems\":[" + items + "],"))
                .replace("\"signed\":true", "\"liability\":\"" + liability + "\",\"signed\":true");
    }

    String file(String claim) {
        Answer a = call("intake", "POST", "/api/cases", application(claim));
        if (a.status() != 201) {
            throw new AssertionError(a.status() + " " + a.body());
        }
        return a.json().get("caseNumber").asString();
    }

    static String uniqueClaim() {
        return "CLM-" + System.nanoTime();
    }
}
