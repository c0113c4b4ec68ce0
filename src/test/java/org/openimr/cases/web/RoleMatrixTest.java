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
        expected.put("POST /api/cases/" + other + "/consolidations", new int[] {401, 400, 403, 400, 400});
        expected.put("GET /api/audit", new int[] {401, 403, 403, 403, 200});
        expected.put("GET /api/tokens", new int[] {401, 200, 200, 200, 200});
        expected.put("DELETE /api/tokens/999999", new int[] {401, 404, 404, 404, 404});
        // the reviewer panel: staff read it, the medical director and admins change it, reviewers never see it
        expected.put("GET /api/reviewers", new int[] {401, 200, 403, 200, 200});
        expected.put("GET /api/reviewers/R-999999", new int[] {401, 404, 403, 404, 404});
        expected.put("POST /api/reviewers", new int[] {401, 403, 403, 201, 201});
        expected.put("PUT /api/reviewers/R-999999", new int[] {401, 403, 403, 404, 404});
        expected.put("POST /api/reviewers/daily-batch", new int[] {401, 403, 403, 200, 200});
        // in review and not signed: ranked, so that it can be reassigned
        expected.put("GET /api/cases/" + assigned + "/reviewer-ranking", new int[] {401, 200, 403, 200, 200});
        expected.put("GET /api/cases/" + other + "/reviewer-ranking", new int[] {401, 409, 403, 409, 409});
        expected.put("POST /api/cases/" + other + "/parties", new int[] {401, 400, 403, 400, 400});
        expected.put("POST /api/cases/" + other + "/reviewer-assignment", new int[] {401, 403, 403, 409, 409});
        expected.put("GET /api/cases/" + other + "/attestations", new int[] {401, 200, 404, 200, 200});
        expected.put("GET /", new int[] {200, 200, 200, 200, 200});
        expected.put("GET /decisions", new int[] {200, 200, 200, 200, 200});
        expected.put("GET /api/decisions", new int[] {200, 200, 200, 200, 200});
        expected.put("GET /api/analytics", new int[] {200, 200, 200, 200, 200});
        expected.put("GET /data", new int[] {200, 200, 200, 200, 200});
        expected.put("GET /actuator/health", new int[] {200, 200, 200, 200, 200});
        expected.put("GET /library/library.css", new int[] {200, 200, 200, 200, 200});

        List<String> wrong = mismatches(expected, (user, method, path) -> call(user, method, path, body(method, path))
                .status());
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

    /**
     * The letter of a case (its API, its quality check, its issue) and the staff pages: the case, the reviewer's
     * workspace, the letter page, the notices, the audit, the panel, the tokens. Pages are called as a browser does,
     * signed in through the form, with the session's CSRF token on every POST; nobody signed in is sent to the sign-in
     * page (302). Each form is sent with the review version 1 and nothing else, so that a change of the review is
     * refused for who asks, not for a form without its version. {@code assigned} is the reviewer's case, {@code
     * theirs} another reviewer's.
     */
    @Test
    void everyRoleGetsExactlyTheLetterTheReviewAndTheStaffPagesItMay() {
        String assigned = assignedTo("reviewer");
        String theirs = assignedTo("reviewer2");

        Map<String, int[]> api = new LinkedHashMap<>();
        // anonymous, intake, reviewer, director, admin; nothing is signed, so no letter is issued yet
        api.put("GET /api/cases/" + assigned + "/letter", new int[] {401, 404, 404, 404, 404});
        api.put("GET /api/cases/" + theirs + "/letter", new int[] {401, 404, 404, 404, 404});
        api.put("GET /api/cases/" + assigned + "/letter/quality", new int[] {401, 403, 403, 409, 409});
        api.put("POST /api/cases/" + assigned + "/letter", new int[] {401, 403, 403, 409, 409});
        assertThat(mismatches(api, (user, method, path) -> call(user, method, path, body(method, path)).status()))
                .isEmpty();

        Map<String, int[]> pages = new LinkedHashMap<>();
        pages.put("GET /staff", new int[] {302, 200, 200, 200, 200});
        pages.put("GET /staff/cases/" + assigned, new int[] {302, 200, 200, 200, 200});
        pages.put("GET /staff/cases/" + theirs, new int[] {302, 200, 404, 200, 200});
        pages.put("GET /staff/cases/CM99-9999999", new int[] {302, 404, 404, 404, 404});
        pages.put("GET /staff/cases/" + assigned + "/review", new int[] {302, 200, 200, 200, 200});
        pages.put("GET /staff/cases/" + theirs + "/review", new int[] {302, 200, 404, 200, 200});
        pages.put("GET /staff/cases/" + theirs + "/review/documents/999999", new int[] {302, 404, 404, 404, 404});
        // the assigned reviewer may change the review; the form's version 1 is not the review's: 409, nothing saved
        pages.put("POST /staff/cases/" + assigned + "/review/summary", new int[] {302, 403, 409, 403, 403});
        pages.put("POST /staff/cases/" + theirs + "/review/summary", new int[] {302, 403, 404, 403, 403});
        pages.put("POST /staff/cases/" + theirs + "/review/sign", new int[] {302, 403, 404, 403, 403});
        pages.put("GET /staff/cases/" + assigned + "/quality", new int[] {302, 403, 403, 200, 200});
        pages.put("POST /staff/cases/" + assigned + "/letter", new int[] {302, 403, 403, 409, 409});
        pages.put("GET /staff/cases/" + assigned + "/letter.pdf", new int[] {302, 404, 404, 404, 404});
        pages.put("GET /staff/cases/" + assigned + "/notices/noarfi", new int[] {302, 200, 403, 200, 200});
        pages.put("GET /staff/cases/" + assigned + "/notices/ineligibility", new int[] {302, 409, 403, 409, 409});
        pages.put("GET /staff/applications/new", new int[] {302, 200, 403, 200, 200});
        pages.put("GET /staff/audit", new int[] {302, 403, 403, 403, 200});
        pages.put("GET /staff/reviewers", new int[] {302, 200, 403, 200, 200});
        pages.put("GET /staff/reviewers/R-999999", new int[] {302, 404, 403, 404, 404});
        pages.put("POST /staff/reviewers", new int[] {302, 403, 403, 400, 400});
        pages.put("POST /staff/cases/" + theirs + "/reviewer-assignment", new int[] {302, 403, 403, 409, 409});
        pages.put("GET /staff/tokens", new int[] {302, 200, 200, 200, 200});
        pages.put("POST /staff/tokens", new int[] {302, 400, 400, 400, 400});

        Map<String, StaffPageSession> sessions = new LinkedHashMap<>();
        for (String who : WHO) {
            sessions.put(who, who.equals("anonymous") ? StaffPageSession.anonymous(port)
                    : StaffPageSession.signIn(port, who, PASSWORD));
        }
        assertThat(mismatches(pages, (user, method, path) -> sessions.get(user == null ? "anonymous" : user)
                .status(method, path, "version=1"))).isEmpty();
    }

    /**
     * A reviewer asking for the letter or the review of a case not assigned to them learns nothing: 404 "Case not
     * found", as for a case that does not exist, while their own case answers that its letter is not issued yet.
     */
    @Test
    void aReviewerFindsNeitherTheLetterNorTheReviewOfACaseNotAssignedToThem() {
        String assigned = assignedTo("reviewer");
        String theirs = assignedTo("reviewer2");

        Answer own = call("reviewer", "GET", "/api/cases/" + assigned + "/letter", null);
        assertThat(own.status()).isEqualTo(404);
        assertThat(own.json().get("title").asString()).isEqualTo("Letter not issued");
        for (String n : List.of(theirs, "CM99-9999999")) {
            Answer other = call("reviewer", "GET", "/api/cases/" + n + "/letter", null,
                    "Accept", "application/json");
            assertThat(other.status()).as(n).isEqualTo(404);
            assertThat(other.json().get("title").asString()).as(n).isEqualTo("Case not found");
            assertThat(other.json().get("detail").asString()).as(n).isEqualTo("No case " + n + " was found.");
        }
        // their own reviewer sees it is not issued: the 404 above is about who asks, not about the letter
        assertThat(call("reviewer2", "GET", "/api/cases/" + theirs + "/letter", null).json().get("title").asString())
                .isEqualTo("Letter not issued");

        StaffPageSession reviewer = StaffPageSession.signIn(port, "reviewer", PASSWORD);
        var theirReview = reviewer.get("/staff/cases/" + theirs + "/review");
        var noSuchReview = reviewer.get("/staff/cases/CM99-9999999/review");
        assertThat(theirReview.statusCode()).isEqualTo(404);
        assertThat(noSuchReview.statusCode()).isEqualTo(404);
        assertThat(theirReview.body()).isEqualTo(noSuchReview.body().replace("CM99-9999999", theirs));
        assertThat(theirReview.body()).doesNotContain("Maria").doesNotContain("Cervical");
        assertThat(reviewer.get("/staff/cases/" + assigned + "/review").statusCode()).isEqualTo(200);
        assertThat(StaffPageSession.signIn(port, "reviewer2", PASSWORD).get("/staff/cases/" + theirs + "/review")
                .statusCode()).isEqualTo(200);

        // refused and audited: the letter API read the case once, the workspace read it and refused the review
        assertThat(jdbc.sql("select action || ' ' || outcome from audit_log where username = 'reviewer' "
                + "and case_number = ? order by id").param(theirs).query(String.class).list())
                .containsExactly("READ_CASE NOT_FOUND", "READ_CASE NOT_FOUND", "OPEN_REVIEW NOT_FOUND");
    }

    /**
     * A case filed by intake, its NOARFI sent, its records complete, and the panel reviewer signed in as
     * {@code reviewer} assigned today through the conflict screening.
     */
    private String assignedTo(String reviewer) {
        String n = file(uniqueClaim());
        String on = today().toString();
        assertThat(call("intake", "POST", "/api/cases/" + n + "/events",
                "{\"type\":\"NOARFI_SENT\",\"on\":\"" + on + "\",\"method\":\"MAIL\",\"version\":1}").status())
                .isEqualTo(200);
        assertThat(call("intake", "POST", "/api/cases/" + n + "/events",
                "{\"type\":\"RECORDS_RECEIVED\",\"on\":\"" + on + "\",\"completeness\":\"COMPLETE\",\"version\":2}")
                .status()).isEqualTo(200);
        assertThat(call("director", "POST", "/api/cases/" + n + "/reviewer-assignment", "{\"reviewer\":\""
                + PanelFixtures.reviewerSignedInAs(panel, reviewer).value() + "\",\"version\":3}").status())
                .isEqualTo(200);
        return n;
    }

    interface Caller {
        int status(String user, String method, String path);
    }

    /** Each endpoint called by each of {@link #WHO}: every status that differs from the one expected. */
    static List<String> mismatches(Map<String, int[]> expected, Caller caller) {
        List<String> wrong = new ArrayList<>();
        expected.forEach((endpoint, statuses) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (int i = 0; i < WHO.size(); i++) {
                String user = WHO.get(i).equals("anonymous") ? null : WHO.get(i);
                int got = caller.status(user, method, path);
                if (got != statuses[i]) {
                    wrong.add(WHO.get(i) + " " + endpoint + ": expected " + statuses[i] + ", got " + got);
                }
            }
        });
        return wrong;
    }

    /** The body the API is sent with each call of the matrix. */
    static String body(String method, String path) {
        return !method.equals("POST") && !method.equals("PUT") ? null
                : path.endsWith("/events") || path.endsWith("/letter") || path.endsWith("/parties")
                        || path.endsWith("/consolidations") ? "{}"
                : path.endsWith("/reviewer-assignment") ? "{\"reviewer\":\"R-999999\",\"version\":1}"
                : path.startsWith("/api/reviewers") ? PanelApiTest.reviewer("Dr. Matrix Testdoctor", null, null)
                : application(uniqueClaim());
    }
}
