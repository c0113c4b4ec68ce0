package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Filing, reading, recording events and their conflicts, through the HTTP API. */
class CaseApiTest extends CaseApiSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEligibleApplicationOpensACaseWithItsNumberStatusAndDeadlines() {
        Answer a = call("intake", "POST", "/api/cases", application(uniqueClaim()));

        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode c = a.json();
        assertThat(c.get("caseNumber").asString()).matches("CM" + String.format("%02d", today().minusDays(2)
                .getYear() % 100) + "-\\d{7}");
        assertThat(c.get("status").get("code").asString()).isEqualTo("ELIGIBLE");
        assertThat(c.get("ineligibilityReasons")).isEmpty();
        assertThat(c.get("version").asInt()).isEqualTo(1);
        assertThat(a.etag()).isEqualTo("\"1\"");
        assertThat(c.get("deadlines").findValuesAsString("kind")).contains("APPLICATION_FILED", "NOARFI_SENT");

        Answer read = call("intake", "GET", "/api/cases/" + c.get("caseNumber").asString(), null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("events").findValuesAsString("type"))
                .containsExactly("ApplicationReceived", "EligibilityDetermined");
    }

    @Test
    void eachIneligibilityReasonIsGivenWithItsFacts() {
        assertThat(reasons(application(uniqueClaim(), today().minusDays(20), false, true, false)))
                .containsExactly("UNSIGNED");
        assertThat(reasons(application(uniqueClaim(), today().minusDays(120), true, true, false)))
                .containsExactly("LATE");
        assertThat(reasons(application(uniqueClaim(), today().minusDays(20), true, false, false)))
                .containsExactly("UR_DECISION_NOT_ATTACHED");
        assertThat(reasons(application(uniqueClaim(), today().minusDays(20), true, true, true)))
                .containsExactly("CONDITIONALLY_NON_CERTIFIED");
        // each treatment already went to IMR, in two cases: no treatment is left (one case alone would be a duplicate)
        String claim = uniqueClaim();
        LocalDate ur = today().minusDays(20);
        String mri = "Cervical spine MRI without contrast";
        String therapy = "Physical therapy 2x6 cervical spine";
        file(claim, ur, mri);
        file(claim, ur, therapy);
        assertThat(reasons(application(claim, ur, ur.minusDays(60), "NOT_DISPUTED", mri, therapy)))
                .containsExactly("EARLIER_IMR_OF_SAME_TREATMENT", "EARLIER_IMR_OF_SAME_TREATMENT");
    }

    private void file(String claim, LocalDate ur, String treatment) {
        Answer a = call("intake", "POST", "/api/cases", application(claim, ur, ur.minusDays(60), "NOT_DISPUTED",
                treatment));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }

    private List<String> reasons(String body) {
        Answer a = call("intake", "POST", "/api/cases", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("status").get("code").asString()).isEqualTo("INELIGIBLE");
        assertThat(a.json().get("ineligibilityReasons").findValuesAsString("facts")).allMatch(f -> f != null);
        return a.json().get("ineligibilityReasons").findValuesAsString("reason");
    }

    @Test
    void impossibleDatesMissingFieldsAndUnknownCodesAreOneProblemPerFieldAndNothingIsStored() {
        int before = count();
        String body = application(uniqueClaim()).replace("\"1984-05-02\"", "\"1984-02-30\"")
                .replace("\"servedBy\":\"ELECTRONIC\"", "\"servedBy\":\"PIGEON\"")
                .replace("\"claimNumber\":\"CLM", "\"claimNumberX\":\"CLM");

        Answer a = call("intake", "POST", "/api/cases", body);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body()).contains("\"title\":\"Invalid input\"");
        assertThat(a.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("employee.dateOfBirth", "urDecision.servedBy", "claimNumber");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void eventsMoveTheCaseAndAStaleVersionOrAnImpossibleStepIsAConflict() {
        String n = file(uniqueClaim());
        String on = today().toString();

        Answer noarfi = call("intake", "POST", "/api/cases/" + n + "/events",
                "{\"type\":\"NOARFI_SENT\",\"on\":\"" + on + "\",\"method\":\"ELECTRONIC\"}", "If-Match", "\"1\"");
        assertThat(noarfi.status()).as(noarfi.body()).isEqualTo(200);
        assertThat(noarfi.json().get("status").get("code").asString()).isEqualTo("AWAITING_RECORDS");
        assertThat(noarfi.etag()).isEqualTo("\"2\"");

        Answer stale = call("director", "POST", "/api/cases/" + n + "/events",
                "{\"type\":\"WITHDRAWN\",\"on\":\"" + on + "\",\"version\":1}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("changed by someone else").contains("version 2");

        Answer twice = call("intake", "POST", "/api/cases/" + n + "/events",
                "{\"type\":\"NOARFI_SENT\",\"on\":\"" + on + "\",\"method\":\"MAIL\",\"version\":2}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).contains("only once");

        Answer missing = call("intake", "POST", "/api/cases/" + n + "/events", "{\"type\":\"RECORDS_RECEIVED\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("on", "version");

        Answer events = call("intake", "GET", "/api/cases/" + n, null);
        assertThat(events.json().get("version").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from case_events where case_number = ?").param(n)
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void theDeterminationIsNotAnEventToRecordButIsIssuedOnlyWithItsLetter() {
        String n = file(uniqueClaim());

        Answer issued = call("director", "POST", "/api/cases/" + n + "/events",
                "{\"type\":\"DETERMINATION_ISSUED\",\"on\":\"" + today() + "\",\"outcomes\":[\"UPHELD\"]}",
                "If-Match", "\"1\"");

        assertThat(issued.status()).as(issued.body()).isEqualTo(400);
        assertThat(issued.json().get("errors").findValuesAsString("field")).containsExactly("type");
        assertThat(issued.json().get("errors").findValuesAsString("message")).containsExactly(
                "DETERMINATION_ISSUED is not recorded as an event: the determination is issued with its letter, "
                        + "after the quality check (POST /api/cases/{caseNumber}/letter, or the letter page)");
        Answer c = call("director", "GET", "/api/cases/" + n, null);
        assertThat(c.json().get("version").asInt()).isEqualTo(1);
        assertThat(c.json().get("status").get("code").asString()).isEqualTo("ELIGIBLE");
    }

    @Test
    void aReviewerIsNotAnEventToRecordButIsAssignedOnlyThroughTheConflictScreening() {
        String n = file(uniqueClaim());
        String on = today().toString();
        call("intake", "POST", "/api/cases/" + n + "/events", "{\"type\":\"NOARFI_SENT\",\"on\":\"" + on
                + "\",\"method\":\"MAIL\",\"version\":1}");
        call("intake", "POST", "/api/cases/" + n + "/events", "{\"type\":\"RECORDS_RECEIVED\",\"on\":\"" + on
                + "\",\"completeness\":\"COMPLETE\",\"version\":2}");

        for (String who : List.of("intake", "director")) {
            Answer assigned = call(who, "POST", "/api/cases/" + n + "/events", "{\"type\":\"reviewer_assigned\","
                    + "\"on\":\"" + on + "\",\"reviewer\":\"reviewer\"}", "If-Match", "\"3\"");
            assertThat(assigned.status()).as(assigned.body()).isEqualTo(400);
            assertThat(assigned.json().get("errors").findValuesAsString("field")).containsExactly("type");
            assertThat(assigned.json().get("errors").findValuesAsString("message")).containsExactly(
                    "REVIEWER_ASSIGNED is not recorded as an event: a reviewer is assigned through the conflict "
                            + "screening, which checks every hard rule and records the conflict attestation (POST "
                            + "/api/cases/{caseNumber}/reviewer-assignment with the panel reviewer's id and the case "
                            + "version, or the ranking on the case page)");
        }
        Answer c = call("director", "GET", "/api/cases/" + n, null);
        assertThat(c.json().get("version").asInt()).isEqualTo(3);
        assertThat(c.json().get("status").get("code").asString()).isEqualTo("AWAITING_ASSIGNMENT");
        assertThat(c.json().path("reviewer").isNull() || c.json().path("reviewer").isMissingNode()).isTrue();
        assertThat(jdbc.sql("select count(*) from reviewer_assignments where case_number = ?").param(n)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theQueueFiltersByStatusAndPriority() {
        String n = file(uniqueClaim());
        Answer eligible = call("intake", "GET", "/api/cases?status=ELIGIBLE&priority=STANDARD", null);
        assertThat(eligible.status()).isEqualTo(200);
        assertThat(eligible.json().findValuesAsString("caseNumber")).contains(n);
        Answer withdrawn = call("intake", "GET", "/api/cases?status=WITHDRAWN", null);
        assertThat(withdrawn.json().findValuesAsString("caseNumber")).doesNotContain(n);
        Answer dueSoon = call("intake", "GET", "/api/cases?dueWithinDays=30", null);
        assertThat(dueSoon.json().findValuesAsString("caseNumber")).contains(n);
    }

    @Test
    void theOpenApiDescriptionListsTheCaseApi() {
        Answer docs = call(null, "GET", "/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/cases/{caseNumber}/events").contains("/api/audit")
                .contains("/api/cases/{caseNumber}/consolidations").contains("\"certifiedBy\"");
    }

    private int count() {
        return jdbc.sql("select count(*) from cases").query(Integer.class).single();
    }
}
