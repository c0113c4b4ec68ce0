package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Parties the records name, through the API: bad input refused field by field with nothing stored; the facility and
 * the maker of the disputed drug screened like the application's parties (their affiliates excluded from the ranking
 * and refused at assignment, with the reason); a party named after the assignment shows the conflict of the reviewer
 * assigned, who is replaced by a reassignment with its reason; a closed case takes no party.
 */
class NamedPartyApiTest extends CaseApiSupport {

    static final String TREATMENT = "Cervical spine MRI without contrast";

    @Autowired
    JdbcClient jdbc;

    @Test
    void partiesOfTheRecordsAreScreenedBeforeAndAfterTheAssignment() {
        long n = System.nanoTime();
        String facility = "Testvale Surgery Center " + n;
        String maker = "Examplon Pharmaceuticals " + n;
        String insurer = "Samplewood Reinsurance " + n;
        String caseNumber = readyCase();

        String owner = add(PanelApiTest.reviewer("Dr. Owner Testdoctor", "rev-own-" + n,
                "{\"kind\":\"OWNERSHIP\",\"party\":\"" + facility + "\",\"detail\":\"8\"}"));
        String consultant = add(PanelApiTest.reviewer("Dr. Consultant Testdoctor", "rev-con-" + n,
                "{\"kind\":\"COMPENSATION\",\"party\":\"" + maker + "\",\"detail\":\"consulting fees\"}"));
        String advisor = add(PanelApiTest.reviewer("Dr. Advisor Testdoctor", "rev-adv-" + n,
                "{\"kind\":\"PROFESSIONAL\",\"party\":\"" + insurer + "\",\"detail\":\"medical advisor\"}"));
        String free = add(PanelApiTest.reviewer("Dr. Free Testdoctor", "rev-free-" + n, null));

        // bad input: one problem per field, nothing stored
        Answer bad = call("intake", "POST", "/api/cases/" + caseNumber + "/parties", """
                {"role":"SURGEON","name":" ","identifier":{"scheme":"NPI","value":"12345"},
                 "disputedItem":"Knee arthroscopy","on":"2026-13-01","version":3}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("title").asString()).isEqualTo("Invalid input");
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString() + ": " + e.get("message")
                .asString()));
        assertThat(fields).containsExactly(
                "role: is not one of [FACILITY, MANUFACTURER, TREATING_PROVIDER, INSURER, DEFENSE_ATTORNEY, "
                        + "OFFICER_DIRECTOR_OR_MANAGER]: \"SURGEON\"",
                "name: is missing",
                "identifier.value: is not valid: an NPI has 10 digits: \"12345\"",
                "disputedItem: is not a treatment disputed in this case ('" + TREATMENT + "'): \"Knee arthroscopy\"",
                "on: is not a real date (write it as YYYY-MM-DD): \"2026-13-01\"");
        Answer unchanged = call("intake", "GET", "/api/cases/" + caseNumber, null);
        assertThat(unchanged.etag()).isEqualTo("\"3\"");
        assertThat(unchanged.json().get("partiesNamedInRecords").size()).isZero();

        // the facility, for the treatment (worded loosely), and the maker
        Answer named = call("intake", "POST", "/api/cases/" + caseNumber + "/parties", """
                {"role":"facility","name":"%s","identifier":{"scheme":"NPI","value":"1902 000 107"},
                 "disputedItem":"cervical spine MRI, without contrast"}""".formatted(facility), "If-Match", "\"3\"");
        assertThat(named.status()).as(named.body()).isEqualTo(200);
        assertThat(named.etag()).isEqualTo("\"4\"");
        JsonNode party = named.json().get("partiesNamedInRecords").get(0);
        assertThat(party.get("role").asString()).isEqualTo("FACILITY");
        assertThat(party.get("roleDescription").asString()).isEqualTo("the facility where the treatment would be given");
        assertThat(party.get("name").asString()).isEqualTo(facility);
        assertThat(party.get("identifier").get("scheme").asString()).isEqualTo("NPI");
        assertThat(party.get("identifier").get("value").asString()).isEqualTo("1902000107");
        assertThat(party.get("disputedItem").asString()).isEqualTo(TREATMENT);
        assertThat(party.get("namedOn").asString()).isEqualTo(today().toString());
        JsonNode events = named.json().get("events");
        assertThat(events.get(events.size() - 1).get("description").asString()).isEqualTo("Named in the records: the "
                + "facility where the treatment would be given '" + facility + "' (NPI 1902000107), for '" + TREATMENT
                + "'");
        assertThat(jdbc.sql("select recorded_by from case_events where case_number = ? and type = 'PartyNamed'")
                .param(caseNumber).query(String.class).single()).isEqualTo("intake");
        assertThat(call("intake", "POST", "/api/cases/" + caseNumber + "/parties",
                "{\"role\":\"MANUFACTURER\",\"name\":\"" + maker + "\",\"version\":4}").status()).isEqualTo(200);
        // the same party twice: refused
        Answer twice = call("intake", "POST", "/api/cases/" + caseNumber + "/parties",
                "{\"role\":\"MANUFACTURER\",\"name\":\"" + maker.toUpperCase() + "\",\"version\":5}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).endsWith("is not possible: it is already named (the case is "
                + "records complete, reviewer to be assigned since " + today() + ").");

        // their affiliates are excluded from the ranking and refused at assignment, with the reason
        JsonNode ranking = call("director", "GET", "/api/cases/" + caseNumber + "/reviewer-ranking", null).json();
        assertThat(candidate(ranking, owner).get("explanation").asString()).isEqualTo("excluded by 'no conflict of "
                + "interest': financial interest 8% in the facility where the treatment would be given '" + facility
                + "'");
        assertThat(candidate(ranking, consultant).get("explanation").asString()).isEqualTo("excluded by 'no conflict "
                + "of interest': financial tie (consulting fees) with the maker of the drug or device in dispute '"
                + maker + "'");
        assertThat(candidate(ranking, free).get("eligible").asBoolean()).isTrue();
        Answer refused = call("director", "POST", "/api/cases/" + caseNumber + "/reviewer-assignment",
                "{\"reviewer\":\"" + owner + "\",\"version\":5}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).isEqualTo("Reviewer " + owner + " may not take this "
                + "case: excluded by 'no conflict of interest': financial interest 8% in the facility where the "
                + "treatment would be given '" + facility + "'");

        // the advisor is free of every party so far, and is assigned; the attestation lists the named parties
        Answer assigned = call("director", "POST", "/api/cases/" + caseNumber + "/reviewer-assignment",
                "{\"reviewer\":\"" + advisor + "\",\"version\":5}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("assignedReviewerConflict").isNull()).isTrue();
        String statement = call("director", "GET", "/api/cases/" + caseNumber + "/attestations", null).json().get(0)
                .get("statement").asString();
        assertThat(statement).contains("against 6 parties").contains("the facility where the treatment would be "
                + "given '" + facility + "', the maker of the drug or device in dispute '" + maker + "')");
        assertThat(jdbc.sql("select p::text from reviewer_assignments, jsonb_array_elements(attestation->"
                + "'partiesChecked') p where case_number = ? and p->>'role' in ('FACILITY', 'MANUFACTURER')")
                .param(caseNumber).query(String.class).list()).containsExactly("{\"name\": \"" + facility + "\", "
                        + "\"role\": \"FACILITY\", \"identifiers\": [\"NPI 1902000107\"]}",
                        "{\"name\": \"" + maker + "\", \"role\": \"MANUFACTURER\"}");

        // the insurer, named afterwards, is the one the assigned reviewer advises: shown at once, and audited
        Answer late = call("intake", "POST", "/api/cases/" + caseNumber + "/parties",
                "{\"role\":\"INSURER\",\"name\":\"" + insurer + "\",\"version\":6}");
        assertThat(late.status()).isEqualTo(200);
        String conflict = "The assigned reviewer has a conflict of interest: professional affiliation (medical "
                + "advisor) with the insurer '" + insurer + "'. Assign another reviewer.";
        assertThat(late.json().get("assignedReviewerConflict").asString()).isEqualTo(conflict);
        assertThat(call("intake", "GET", "/api/cases/" + caseNumber, null).json().get("assignedReviewerConflict")
                .asString()).isEqualTo(conflict);
        assertThat(jdbc.sql("select detail from audit_log where action = 'ASSIGNED_REVIEWER_CONFLICT' and "
                + "case_number = ?").param(caseNumber).query(String.class).single()).isEqualTo("the insurer named "
                        + "after the assignment: conflict of interest found after the assignment: professional "
                        + "affiliation (medical advisor) with the insurer '" + insurer + "'");

        // reassigned: a reason is required, then the free reviewer takes the case and the conflict is gone
        Answer noReason = call("director", "POST", "/api/cases/" + caseNumber + "/reviewer-assignment",
                "{\"reviewer\":\"" + free + "\",\"version\":7}");
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(noReason.json().get("detail").asString()).isEqualTo("The case is in review with another reviewer: "
                + "say why it is reassigned.");
        Answer reassigned = call("director", "POST", "/api/cases/" + caseNumber + "/reviewer-assignment",
                "{\"reviewer\":\"" + free + "\",\"version\":7,\"reason\":\"advises the insurer named in the "
                        + "records\"}");
        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(200);
        assertThat(reassigned.json().get("reviewer").asString()).isEqualTo("rev-free-" + n);
        assertThat(reassigned.json().get("assignedReviewerConflict").isNull()).isTrue();
        JsonNode after = reassigned.json().get("events");
        assertThat(after.get(after.size() - 1).get("description").asString()).isEqualTo("Reviewer rev-free-" + n
                + " assigned in place of the reviewer assigned before: advises the insurer named in the records");
        assertThat(call("director", "GET", "/api/cases/" + caseNumber + "/attestations", null).json().size())
                .isEqualTo(2);

        // a closed case takes no party
        assertThat(call("intake", "POST", "/api/cases/" + caseNumber + "/events",
                "{\"type\":\"WITHDRAWN\",\"on\":\"" + today() + "\",\"version\":8}").status()).isEqualTo(200);
        Answer closed = call("intake", "POST", "/api/cases/" + caseNumber + "/parties",
                "{\"role\":\"TREATING_PROVIDER\",\"name\":\"Dr. Late Testdoctor\",\"version\":9}");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("detail").asString()).isEqualTo("Case " + caseNumber + " is closed (withdrawn on "
                + today() + "): a party is named in the records only while the case is open, before the "
                + "determination is issued.");
        assertThat(call("reviewer", "POST", "/api/cases/" + caseNumber + "/parties",
                "{\"role\":\"FACILITY\",\"name\":\"X\",\"version\":9}").status()).isEqualTo(403);
    }

    @Test
    void theEndpointIsDocumented() {
        String docs = call(null, "GET", "/v3/api-docs", null).body();
        assertThat(docs).contains("\"/api/cases/{caseNumber}/parties\"", "NamedPartyJson",
                "assignedReviewerConflict");
    }

    /** A case filed, its NOARFI sent and its records complete: version 3. */
    private String readyCase() {
        String caseNumber = file(uniqueClaim());
        String on = today().toString();
        assertThat(call("intake", "POST", "/api/cases/" + caseNumber + "/events",
                "{\"type\":\"NOARFI_SENT\",\"on\":\"" + on + "\",\"method\":\"MAIL\",\"version\":1}").status())
                .isEqualTo(200);
        assertThat(call("intake", "POST", "/api/cases/" + caseNumber + "/events",
                "{\"type\":\"RECORDS_RECEIVED\",\"on\":\"" + on + "\",\"completeness\":\"COMPLETE\",\"version\":2}")
                .status()).isEqualTo(200);
        return caseNumber;
    }

    private String add(String json) {
        Answer a = call("director", "POST", "/api/reviewers", json);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    private static JsonNode candidate(JsonNode ranking, String reviewer) {
        for (JsonNode c : ranking) {
            if (c.get("reviewer").asString().equals(reviewer)) {
                return c;
            }
        }
        throw new AssertionError(reviewer + " not in the ranking");
    }
}
