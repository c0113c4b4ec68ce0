package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openimr.cases.Timeframes;
import org.openimr.shared.BusinessCalendar.LastDay;

import tools.jackson.databind.JsonNode;

/**
 * Each event staff record through the API, and what it does to the case: its status, its review type, its deadlines
 * (due dates and rules exactly as the regulation counts them) and its timeline.
 */
class CaseEventsApiTest extends CaseApiSupport {

    static final String MRI = "Cervical spine MRI without contrast";
    static final String THERAPY = "Physical therapy 2x6 cervical spine";

    @Test
    void anExpeditedCertificationNamesThePhysicianAndBringsTheRecordsAndTheDeterminationForward() {
        String n = file(uniqueClaim());
        LocalDate today = today();
        record(n, 1, "{\"type\":\"NOARFI_SENT\",\"on\":\"" + today + "\",\"method\":\"MAIL\"}");
        JsonNode before = call("intake", "GET", "/api/cases/" + n, null).json();
        assertThat(deadline(before, "RECORDS_RECEIVED").get("due").asString()).isEqualTo(Timeframes.current()
                .calendar().plusCalendarDays(today, 15, LastDay.EXTENDED_TO_BUSINESS_DAY).toString());

        Answer unnamed = call("intake", "POST", "/api/cases/" + n + "/events",
                "{\"type\":\"CONVERTED_TO_EXPEDITED\",\"on\":\"" + today + "\"}", "If-Match", "\"2\"");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().get("errors").findValuesAsString("field")).containsExactly("certifiedBy");
        assertThat(unnamed.json().get("errors").findValuesAsString("message")).containsExactly("is missing: name the "
                + "physician who certified an imminent and serious threat to the employee's health");

        JsonNode converted = record(n, 2, "{\"type\":\"CONVERTED_TO_EXPEDITED\",\"on\":\"" + today
                + "\",\"certifiedBy\":\"Dr. Ana Doctorson\"}");
        assertThat(converted.get("priority").asString()).isEqualTo("EXPEDITED");
        assertThat(converted.get("status").get("code").asString()).isEqualTo("AWAITING_RECORDS");
        assertThat(lastEvent(converted).get("type").asString()).isEqualTo("ConvertedToExpedited");
        assertThat(lastEvent(converted).get("description").asString())
                .isEqualTo("Converted to expedited review on the certification of Dr. Ana Doctorson");
        JsonNode records = deadline(converted, "RECORDS_RECEIVED");
        assertThat(records.get("due").asString()).isEqualTo(today.plusDays(1).toString());
        // converted the day the notice went out: the whole request counts as expedited, 24 hours from the notice
        assertThat(records.get("rule").asString())
                .isEqualTo("24 hours after the notice, expedited review (8 CCR 9792.10.5)");
        assertThat(records.get("state").asString()).isEqualTo("PENDING");

        JsonNode complete = record(n, 3, "{\"type\":\"RECORDS_RECEIVED\",\"on\":\"" + today
                + "\",\"completeness\":\"COMPLETE\"}");
        assertThat(deadline(complete, "RECORDS_RECEIVED").get("state").asString()).isEqualTo("MET");
        JsonNode determination = deadline(complete, "DETERMINATION_ISSUED");
        assertThat(determination.get("startsFrom").asString()).isEqualTo(today.toString());
        assertThat(determination.get("due").asString()).isEqualTo(today.plusDays(3).toString());
        assertThat(determination.get("rule").asString())
                .isEqualTo("3 days after the records were complete, expedited review (LC 4610.6(d)(2))");

        Answer again = call("intake", "POST", "/api/cases/" + n + "/events", "{\"type\":\"CONVERTED_TO_EXPEDITED\","
                + "\"on\":\"" + today + "\",\"certifiedBy\":\"Dr. Ana Doctorson\"}", "If-Match", "\"4\"");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("the review is already expedited");
    }

    @Test
    void completeRecordsStartTheThirtyDaysOfTheDeterminationAndPartialOnesDoNot() {
        String n = file(uniqueClaim());
        LocalDate today = today();
        record(n, 1, "{\"type\":\"NOARFI_SENT\",\"on\":\"" + today + "\",\"method\":\"ELECTRONIC\"}");

        JsonNode partial = record(n, 2, "{\"type\":\"RECORDS_RECEIVED\",\"on\":\"" + today
                + "\",\"completeness\":\"PARTIAL\"}");
        assertThat(partial.get("status").get("code").asString()).isEqualTo("AWAITING_RECORDS");
        assertThat(partial.get("status").get("description").asString()).isEqualTo("awaiting records (some received)");
        assertThat(partial.get("deadlines").findValuesAsString("kind")).containsExactly("APPLICATION_FILED",
                "NOARFI_SENT", "RECORDS_RECEIVED");
        assertThat(deadline(partial, "RECORDS_RECEIVED").get("due").asString()).isEqualTo(Timeframes.current()
                .calendar().plusCalendarDays(today, 12, LastDay.EXTENDED_TO_BUSINESS_DAY).toString());

        JsonNode complete = record(n, 3, "{\"type\":\"RECORDS_RECEIVED\",\"on\":\"" + today
                + "\",\"completeness\":\"COMPLETE\"}");
        assertThat(complete.get("status").get("code").asString()).isEqualTo("AWAITING_ASSIGNMENT");
        assertThat(lastEvent(complete).get("description").asString()).isEqualTo("Medical records received: complete");
        assertThat(deadline(complete, "RECORDS_RECEIVED").get("metOn").asString()).isEqualTo(today.toString());
        JsonNode determination = deadline(complete, "DETERMINATION_ISSUED");
        assertThat(determination.get("due").asString()).isEqualTo(today.plusDays(30).toString());
        assertThat(determination.get("rule").asString())
                .isEqualTo("30 days after the records were complete (LC 4610.6(d)(1)(B))");
        assertThat(determination.get("state").asString()).isEqualTo("PENDING");
        assertThat(determination.get("owedBy").asString()).isEqualTo("the IMRO");
    }

    @Test
    void anAuthorizationEndsTheCaseAndItsOpenStepsAreNoLongerDue() {
        String n = file(uniqueClaim());
        LocalDate today = today();

        JsonNode ended = record(n, 1, "{\"type\":\"TERMINATED_BY_AUTHORIZATION\",\"on\":\"" + today + "\"}");

        assertThat(ended.get("status").get("code").asString()).isEqualTo("TERMINATED");
        assertThat(ended.get("status").get("description").asString()).isEqualTo("ended by authorization");
        assertThat(ended.get("status").get("since").asString()).isEqualTo(today.toString());
        assertThat(lastEvent(ended).get("description").asString())
                .isEqualTo("Ended: the claims administrator authorized the treatment");
        assertThat(deadline(ended, "NOARFI_SENT").get("state").asString()).isEqualTo("NO_LONGER_DUE");

        Answer after = call("intake", "POST", "/api/cases/" + n + "/events",
                "{\"type\":\"NOARFI_SENT\",\"on\":\"" + today + "\",\"method\":\"MAIL\"}", "If-Match", "\"2\"");
        assertThat(after.status()).isEqualTo(409);
        assertThat(after.json().get("detail").asString()).contains("is not possible: the case is closed "
                + "(ended by authorization on " + today + ")");
    }

    @Test
    void aResolvedLiabilityDisputeScreensTheCaseAgainAndItBecomesEligible() {
        LocalDate ur = today().minusDays(20);
        Answer deferred = call("intake", "POST", "/api/cases",
                application(uniqueClaim(), ur, ur.minusDays(60), "DISPUTED", MRI));
        assertThat(deferred.status()).as(deferred.body()).isEqualTo(201);
        assertThat(deferred.json().get("status").get("code").asString()).isEqualTo("DEFERRED");
        String n = deferred.json().get("caseNumber").asString();

        JsonNode resolved = record(n, 1, "{\"type\":\"LIABILITY_RESOLVED\",\"on\":\"" + today() + "\"}");

        assertThat(resolved.get("status").get("code").asString()).isEqualTo("ELIGIBLE");
        assertThat(resolved.get("events").findValuesAsString("description")).containsExactly("Application received",
                "Deferred: The claims administrator disputes liability for the injury or the body part; IMR waits "
                        + "until that dispute is resolved.", "Liability dispute resolved",
                "Found eligible (1 disputed treatment)");
        assertThat(deadline(resolved, "NOARFI_SENT").get("due").asString()).isEqualTo(Timeframes.current().calendar()
                .plusBusinessDays(today(), 1).toString());
    }

    @Test
    void aResolvedLiabilityDisputeFindsTheSameTreatmentReviewedMeanwhileInAnotherCase() {
        String claim = uniqueClaim();
        LocalDate ur = today().minusDays(20);
        LocalDate injured = ur.minusDays(60);
        Answer deferred = call("intake", "POST", "/api/cases", application(claim, ur, injured, "DISPUTED", MRI));
        assertThat(deferred.json().get("status").get("code").asString()).isEqualTo("DEFERRED");
        String n = deferred.json().get("caseNumber").asString();
        // the same MRI, with physical therapy, of the same UR decision: filed and found eligible while n waits
        Answer reviewed = call("intake", "POST", "/api/cases",
                application(claim, ur, injured, "NOT_DISPUTED", MRI, THERAPY));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(201);
        assertThat(reviewed.json().get("status").get("code").asString()).isEqualTo("ELIGIBLE");
        assertThat(lastEvent(reviewed.json()).get("description").asString())
                .isEqualTo("Found eligible (2 disputed treatments)");
        String other = reviewed.json().get("caseNumber").asString();

        JsonNode resolved = record(n, 1, "{\"type\":\"LIABILITY_RESOLVED\",\"on\":\"" + today() + "\"}");

        assertThat(resolved.get("status").get("code").asString()).isEqualTo("INELIGIBLE");
        assertThat(resolved.get("ineligibilityReasons").findValuesAsString("reason"))
                .containsExactly("EARLIER_IMR_OF_SAME_TREATMENT");
        assertThat(resolved.get("ineligibilityReasons").findValuesAsString("facts")).containsExactly("\"" + MRI
                + "\" from the UR decision of " + DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US).format(ur)
                + " went to IMR in case " + other + ".");
    }

    private JsonNode record(String n, int version, String event) {
        Answer a = call("intake", "POST", "/api/cases/" + n + "/events", event, "If-Match", "\"" + version + "\"");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.etag()).isEqualTo("\"" + (version + 1) + "\"");
        return a.json();
    }

    private static JsonNode deadline(JsonNode c, String kind) {
        for (JsonNode d : c.get("deadlines")) {
            if (d.get("kind").asString().equals(kind)) {
                return d;
            }
        }
        throw new AssertionError("no deadline " + kind + " in " + c.get("deadlines"));
    }

    private static JsonNode lastEvent(JsonNode c) {
        return c.get("events").get(c.get("events").size() - 1);
    }
}
