package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openimr.cases.DisputedItem;
import org.openimr.cases.assignment.PanelFixtures;
import org.openimr.cases.store.CaseStore;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.shared.CaseNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** An application filed twice is refused naming the first; eligible cases of one injury are consolidated. */
class DuplicatesAndConsolidationApiTest extends CaseApiSupport {

    static final String MRI = "Cervical spine MRI without contrast";
    static final String THERAPY = "Physical therapy 2x6 cervical spine";

    @Autowired
    ReviewerPanel panel;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseStore store;

    @Test
    void theSameApplicationFiledAgainIsAConflictNamingTheCaseAndNothingIsStored() {
        String claim = uniqueClaim();
        String first = file(claim);
        int cases = count("cases");
        int events = count("case_events");

        Answer again = call("intake", "POST", "/api/cases", application(claim));

        assertThat(again.status()).isEqualTo(409);
        JsonNode problem = again.json();
        assertThat(problem.get("title").asString()).isEqualTo("Duplicate application");
        assertThat(problem.get("type").asString()).isEqualTo("https://openimr.org/problems/duplicate-application");
        assertThat(problem.get("duplicateOf").asString()).isEqualTo(first);
        assertThat(problem.get("detail").asString()).isEqualTo("This application duplicates the one already filed as "
                + "case " + first + " (same employee, claim, UR decision and disputed treatments); nothing was stored.");
        assertThat(count("cases")).isEqualTo(cases);
        assertThat(count("case_events")).isEqualTo(events);
        assertThat(jdbc.sql("select outcome from audit_log where action = 'FILE_APPLICATION' and case_number = ? "
                + "order by id desc limit 1").param(first).query(String.class).single()).isEqualTo("CONFLICT");
    }

    @Test
    void anApplicationAddingATreatmentIsNotADuplicateAndAWithdrawnCaseMayBeFiledAnew() {
        String claim = uniqueClaim();
        LocalDate ur = today().minusDays(20);
        LocalDate injured = ur.minusDays(60);
        String first = file(claim, application(claim, ur, injured, "NOT_DISPUTED", MRI));

        Answer wider = call("intake", "POST", "/api/cases",
                application(claim, ur, injured, "NOT_DISPUTED", MRI, THERAPY));
        assertThat(wider.status()).as(wider.body()).isEqualTo(201);
        assertThat(wider.json().get("status").get("code").asString()).isEqualTo("ELIGIBLE");
        assertThat(wider.json().get("events").get(1).get("description").asString())
                .isEqualTo("Found eligible (1 disputed treatment, 1 left out)");

        assertThat(wider.json().get("caseNumber").asString()).isNotEqualTo(first);

        String withdrawnClaim = uniqueClaim();
        String withdrawn = file(withdrawnClaim);
        Answer w = call("intake", "POST", "/api/cases/" + withdrawn + "/events",
                "{\"type\":\"WITHDRAWN\",\"on\":\"" + today() + "\"}", "If-Match", "\"1\"");
        assertThat(w.status()).isEqualTo(200);
        Answer anew = call("intake", "POST", "/api/cases", application(withdrawnClaim));
        assertThat(anew.status()).as(anew.body()).isEqualTo(201);
        assertThat(anew.json().get("status").get("code").asString()).isEqualTo("ELIGIBLE");
    }

    @Test
    void anotherEligibleCaseOfTheSameEmployeePhysicianAndInjuryIsConsolidatedAndClosedPointingToTheSurvivor() {
        String claim = uniqueClaim();
        LocalDate injured = today().minusDays(200);
        String surviving = file(claim, application(claim, today().minusDays(20), injured, "NOT_DISPUTED", MRI));
        String absorbed = file(claim, application(claim, today().minusDays(10), injured, "NOT_DISPUTED", THERAPY));

        Answer joined = call("intake", "POST", "/api/cases/" + surviving + "/consolidations",
                "{\"caseNumber\":\"" + absorbed + "\",\"on\":\"" + today() + "\"}", "If-Match", "\"1\"");

        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.etag()).isEqualTo("\"2\"");
        JsonNode survivor = joined.json();
        assertThat(survivor.get("status").get("code").asString()).isEqualTo("ELIGIBLE");
        JsonNode event = survivor.get("events").get(2);
        assertThat(event.get("type").asString()).isEqualTo("ApplicationConsolidated");
        assertThat(event.get("description").asString()).isEqualTo("Application received on " + today().minusDays(2)
                + " (case " + absorbed + ") consolidated into this case");
        assertThat(store.load(new CaseNumber(surviving)).orElseThrow().imrCase().itemsUnderReview())
                .extracting(DisputedItem::request).containsExactly(MRI, THERAPY);

        JsonNode closed = call("intake", "GET", "/api/cases/" + absorbed, null).json();
        assertThat(closed.get("version").asInt()).isEqualTo(2);
        assertThat(closed.get("status").get("code").asString()).isEqualTo("CONSOLIDATED");
        assertThat(closed.get("status").get("description").asString())
                .isEqualTo("consolidated into case " + surviving);
        assertThat(closed.get("events").get(2).get("type").asString()).isEqualTo("ConsolidatedInto");
        assertThat(closed.get("events").get(2).get("description").asString())
                .isEqualTo("Consolidated into case " + surviving + ", which decides its treatments");
        assertThat(closed.get("deadlines").findValuesAsString("state")).containsExactly("MET", "NO_LONGER_DUE");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CONSOLIDATE' and outcome = 'ALLOWED' "
                + "and case_number in (?, ?)").params(surviving, absorbed).query(Integer.class).single()).isEqualTo(2);

        Answer twice = call("intake", "POST", "/api/cases/" + surviving + "/consolidations",
                "{\"caseNumber\":\"" + absorbed + "\"}", "If-Match", "\"2\"");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).isEqualTo("Case " + absorbed + ": \"Consolidated into case "
                + surviving + ", which decides its treatments\" on " + today() + " is not possible: the case is "
                + "closed (consolidated into case " + surviving + " on " + today() + ").");
    }

    @Test
    void aConsolidationIsRefusedWithTheReasonAndNothingIsStored() {
        String claim = uniqueClaim();
        LocalDate injured = today().minusDays(200);
        String first = file(claim, application(claim, today().minusDays(20), injured, "NOT_DISPUTED", MRI));
        String otherInjury = file(claim, application(claim, today().minusDays(10), injured.plusDays(1),
                "NOT_DISPUTED", THERAPY));
        String assigned = file(claim, application(claim, today().minusDays(5), injured, "NOT_DISPUTED", THERAPY));
        call("director", "POST", "/api/cases/" + assigned + "/events", "{\"type\":\"NOARFI_SENT\",\"on\":\"" + today()
                + "\",\"method\":\"MAIL\"}", "If-Match", "\"1\"");
        call("director", "POST", "/api/cases/" + assigned + "/events", "{\"type\":\"RECORDS_RECEIVED\",\"on\":\""
                + today() + "\",\"completeness\":\"COMPLETE\"}", "If-Match", "\"2\"");
        assertThat(call("director", "POST", "/api/cases/" + assigned + "/reviewer-assignment", "{\"reviewer\":\""
                + PanelFixtures.reviewerSignedInAs(panel, "reviewer").value() + "\",\"version\":3}").status())
                .isEqualTo(200);
        int events = count("case_events");

        Answer notSameInjury = consolidate(first, otherInjury);
        assertThat(notSameInjury.status()).isEqualTo(409);
        assertThat(notSameInjury.json().get("title").asString()).isEqualTo("Not possible now");
        assertThat(notSameInjury.json().get("detail").asString()).contains("is not possible: it is not of the same "
                + "employee, requesting physician and date of injury");

        Answer inReview = consolidate(first, assigned);
        assertThat(inReview.status()).isEqualTo(409);
        assertThat(inReview.json().get("detail").asString()).contains("is not possible: applications are "
                + "consolidated after eligibility and before a reviewer is assigned (the case is in review since "
                + today() + ")");

        Answer itself = consolidate(first, first);
        assertThat(itself.status()).isEqualTo(409);
        assertThat(itself.json().get("detail").asString()).isEqualTo("Case " + first + ": \"Consolidated into case "
                + first + ", which decides its treatments\" on " + today() + " is not possible: a case cannot be "
                + "consolidated into itself (the case is eligible, notice of assignment to be sent since " + today()
                + ").");

        Answer unknown = consolidate(first, "CM99-9999998");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("No case CM99-9999998 was found.");

        Answer missing = call("intake", "POST", "/api/cases/" + first + "/consolidations", "{\"on\":\"2026-02-30\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("version", "caseNumber", "on");

        assertThat(count("case_events")).isEqualTo(events);
        assertThat(call("intake", "GET", "/api/cases/" + first, null).json().get("version").asInt()).isEqualTo(1);
    }

    private Answer consolidate(String into, String other) {
        return call("intake", "POST", "/api/cases/" + into + "/consolidations", "{\"caseNumber\":\"" + other + "\"}",
                "If-Match", "\"1\"");
    }

    private String file(String claim, String application) {
        Answer a = call("intake", "POST", "/api/cases", application);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("status").get("code").asString()).as(claim).isIn("ELIGIBLE", "DEFERRED");
        return a.json().get("caseNumber").asString();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
