package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openimr.cases.assignment.PanelFixtures;
import org.openimr.reviewers.ReviewerPanel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each role, and nobody signed in, against each endpoint: the status expected. A reviewer reads only the case
 * assigned to them; another case is 404 whether it exists or not. Denied calls are in the audit log.
 */
class RoleMatrixTest extends CaseApiSupport {

    static final List<String> WHO = List.of("anonymous", "intake", "reviewer", "director", "admin");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReviewerPanel panel;

    @Test
    void everyRoleGetsExactlyWhatItMay() {
        String assigned = file(uniqueClaim());
        String other = file(uniqueClaim());
        String on = today().toString();
        assertThat(call("intake", "POST", "/api/cases/" + assigned + "/events",
                "{\"type\":\"NOARFI_SENT\",\"on\":\"" + on + "\",\"method\":\"MAIL\",\"version\":1}").status())
                .isEqualTo(200);
        assertThat(call("intake", "POST", "/api/cases/" + assigned + "/events",
                "{\"type\":\"RECORDS_RECEIVED\",\"on\":\"" + on + "\",\"completeness\":\"COMPLETE\",\"version\":2}")
                .status()).isEqualTo(200);
        assertThat(call("director", "POST", "/api/cases/" + assigned + "/reviewer-assignment", "{\"reviewer\":\""
                + PanelFixtures.reviewerSignedInAs(panel, "reviewer").value() + "\",\"version\":3}").status())
                .isEqualTo(200);

        Map<String, int[]> expected = new LinkedHashMap<>();
        // anonymous, intake, reviewer, director, admin
        expected.put("GET /api/cases", new int[] {401, 200, 200, 200, 200});
        expected.put("GET /api/cases/" + assigned, new int[] {401, 200, 200, 200, 200});
        expected.put("GET /api/cases/" + other, new int[] {401, 200, 404, 200, 200});
        expected.put("GET /api/cases/CM99-9999999", new int[] {401, 404, 404, 404, 404});
        expected.put("POST /api/cases", new int[] {401, 201, 403, 201, 201});
        expected.put("POST /api/cases/" + other + "/events", new int[] {401, 400, 403, 400, 400});
        expected.put("GET /api/audit", new int[] {401, 403, 403, 403, 200});
        expected.put("GET /api/tokens", new int[] {401, 200, 200, 200, 200});
        expected.put("DELETE /api/tokens/999999", new int[] {401, 404, 404, 404, 404});
        // the reviewer panel: staff read it, the medical director and admins change it, reviewers never see it
        expected.put("GET /api/reviewers", new int[] {401, 200, 403, 200, 200});
        expected.put("GET /api/reviewers/R-999999", new int[] {401, 404, 403, 404, 404});
        expected.put("POST /api/reviewers", new int[] {401, 403, 403, 201, 201});
        expected.put("PUT /api/reviewers/R-999999", new int[] {401, 403, 403, 404, 404});
        expected.put("POST /api/reviewers/daily-batch", new int[] {401, 403, 403, 200, 200});
        expected.put("GET /api/cases/" + assigned + "/reviewer-ranking", new int[] {401, 409, 403, 409, 409});
        expected.put("POST /api/cases/" + other + "/reviewer-assignment", new int[] {401, 403, 403, 409, 409});
        expected.put("GET /api/cases/" + other + "/attestations", new int[] {401, 200, 404, 200, 200});
        expected.put("GET /", new int[] {200, 200, 200, 200, 200});
        expected.put("GET /decisions", new int[] {200, 200, 200, 200, 200});
        expected.put("GET /api/decisions", new int[] {200, 200, 200, 200, 200});
        expected.put("GET /api/analytics", new int[] {200, 200, 200, 200, 200});
        expected.put("GET /data", new int[] {200, 200, 200, 200, 200});
        expected.put("GET /actuator/health", new int[] {200, 200, 200, 200, 200});
        expected.put("GET /library/library.css", new int[] {200, 200, 200, 200, 200});

        List<String> wrong = new ArrayList<>();
        expected.forEach((endpoint, statuses) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (int i = 0; i < WHO.size(); i++) {
                String user = WHO.get(i).equals("anonymous") ? null : WHO.get(i);
                String body = !method.equals("POST") && !method.equals("PUT") ? null
                        : path.endsWith("/events") ? "{}"
                        : path.endsWith("/reviewer-assignment") ? "{\"reviewer\":\"R-999999\",\"version\":1}"
                        : path.startsWith("/api/reviewers") ? PanelApiTest.reviewer("Dr. Matrix Testdoctor", null, null)
                        : application(uniqueClaim());
                int got = call(user, method, path, body).status();
                if (got != statuses[i]) {
                    wrong.add(WHO.get(i) + " " + endpoint + ": expected " + statuses[i] + ", got " + got);
                }
            }
        });
        assertThat(wrong).isEmpty();

        // the reviewer's list holds only their case
        assertThat(call("reviewer", "GET", "/api/cases", null).json().findValuesAsString("caseNumber"))
                .contains(assigned).doesNotContain(other);
        // refused attempts are audited
        assertThat(jdbc.sql("select count(*) from audit_log where username = 'reviewer' and outcome in "
                + "('DENIED', 'NOT_FOUND') and case_number = ?").param(other).query(Integer.class).single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from audit_log where username = 'anonymous' and outcome = 'DENIED'")
                .query(Integer.class).single()).isPositive();
    }
}
