package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openimr.cases.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The panel through the API, and assignment in the case workflow: a reviewer added with licenses, certifications
 * and affiliations; bad input refused field by field with nothing stored; a case ready for a reviewer ranked with the
 * rule that excluded each conflicted reviewer; the assignment recorded under the reviewer's sign-in name with an
 * attestation that does not name them; the reviewer then sees exactly that case.
 */
class PanelApiTest extends CaseApiSupport {

    @Autowired
    JdbcClient jdbc;

    /** A qualified reviewer's JSON: PM&R, licensed in California, optionally with one affiliation. */
    static String reviewer(String name, String signIn, String affiliation) {
        return """
                {"name":"%s","profession":"PHYSICIAN","signInName":%s,"activePracticeSince":"2005-07-01",
                 "weeklyHours":32,"maxOpenCases":10,"maxNewCasesPerDay":3,"affiliationsDeclaredOn":"%s",
                 "subspecialties":["Pain Management"],
                 "licenses":[{"state":"CA","number":"A-%s","status":"ACTIVE","expires":"%s"}],
                 "certifications":[{"specialty":"Physical Medicine & Rehabilitation",
                   "board":"American Board of Physical Medicine and Rehabilitation","certifiedOn":"2007-01-15"}],
                 "affiliations":[%s]}
                """.formatted(name, signIn == null ? "null" : "\"" + signIn + "\"", today().minusDays(10),
                System.nanoTime() % 1000000, today().plusYears(2), affiliation == null ? "" : affiliation);
    }

    String add(String json) {
        Answer a = call("director", "POST", "/api/reviewers", json);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    @Test
    void aReviewerIsAddedWithTheirListsAndReadBackExactly() {
        String id = add(reviewer("Dr. Panel Testperson", null,
                "{\"kind\":\"OWNERSHIP\",\"party\":\"Acme Orchard Holdings\",\"detail\":\"2.5\"}"));
        JsonNode r = call("intake", "GET", "/api/reviewers/" + id, null).json();
        assertThat(r.get("name").asString()).isEqualTo("Dr. Panel Testperson");
        assertThat(r.get("weeklyHours").asInt()).isEqualTo(32);
        assertThat(r.get("licenses").get(0).get("state").asString()).isEqualTo("California");
        assertThat(r.get("certifications").get(0).get("specialty").asString())
                .isEqualTo("Physical Medicine & Rehabilitation");
        assertThat(r.get("subspecialties").get(0).asString()).isEqualTo("Pain Management");
        assertThat(r.get("affiliations").get(0).get("description").asString())
                .isEqualTo("financial interest 2.5% with 'Acme Orchard Holdings'");
        assertThat(jdbc.sql("select detail from audit_log where action = 'PANEL_ADD_REVIEWER' and username = "
                + "'director' order by id desc limit 1").query(String.class).single())
                .isEqualTo("reviewer " + id + ": 1 license(s), 1 certification(s), 1 affiliation(s)");

        // one more license through its own endpoint
        Answer added = call("admin", "POST", "/api/reviewers/" + id + "/licenses",
                "{\"state\":\"Nevada\",\"number\":\"NV-1\",\"status\":\"ACTIVE\",\"expires\":\"" + today().plusYears(1)
                        + "\"}");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("licenses").size()).isEqualTo(2);
        assertThat(jdbc.sql("select detail from audit_log where action = 'PANEL_ADD_LICENSE' order by id desc "
                + "limit 1").query(String.class).single()).isEqualTo("reviewer " + id + ": license in Nevada, ACTIVE");
    }

    @Test
    void aReviewerIsReplacedAndAnItemRemovedEachChangeStoredAndAuditedWithoutNamesOrNumbers() {
        String id = add(reviewer("Dr. Before Testperson", null,
                "{\"kind\":\"PROFESSIONAL\",\"party\":\"Orchard Audit Holdings\",\"detail\":\"medical advisor\"}"));

        // replaced: new name and hours, two licenses, no affiliation any more
        String replacement = reviewer("Dr. After Testperson", null, null).replace("\"weeklyHours\":32",
                "\"weeklyHours\":40").replace("\"licenses\":[", "\"licenses\":[{\"state\":\"NV\",\"number\":\"NV-77\","
                        + "\"status\":\"ACTIVE\",\"expires\":\"" + today().plusYears(3) + "\"},");
        Answer replaced = call("admin", "PUT", "/api/reviewers/" + id, replacement);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode r = call("intake", "GET", "/api/reviewers/" + id, null).json();
        assertThat(r.get("name").asString()).isEqualTo("Dr. After Testperson");
        assertThat(r.get("weeklyHours").asInt()).isEqualTo(40);
        assertThat(r.get("licenses").findValuesAsString("state")).containsExactly("Nevada", "California");
        assertThat(r.get("affiliations").size()).isZero();
        assertThat(auditOf(id)).containsExactly(
                "director PANEL_ADD_REVIEWER reviewer " + id + ": 1 license(s), 1 certification(s), 1 affiliation(s)",
                "admin PANEL_REPLACE_REVIEWER reviewer " + id + ": 2 license(s), 1 certification(s), 0 affiliation(s)");

        // the first license removed: Nevada goes, California stays
        Answer removed = call("director", "DELETE", "/api/reviewers/" + id + "/licenses/0", null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(call("intake", "GET", "/api/reviewers/" + id, null).json().get("licenses")
                .findValuesAsString("state")).containsExactly("California");
        assertThat(jdbc.sql("select count(*) from reviewer_licenses where reviewer_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(auditOf(id)).hasSize(3).last()
                .isEqualTo("director PANEL_REMOVE_LICENSE reviewer " + id + ": licenses item 1");

        // no such item, no such list, no such reviewer: refused, nothing stored, nothing audited
        Answer none = call("director", "DELETE", "/api/reviewers/" + id + "/licenses/4", null);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("errors").get(0).get("field").asString()).isEqualTo("licenses");
        assertThat(none.json().get("errors").get(0).get("message").asString()).isEqualTo("has no item 5");
        assertThat(call("director", "DELETE", "/api/reviewers/R-999999/licenses/0", null).status()).isEqualTo(404);
        assertThat(call("director", "PUT", "/api/reviewers/" + id, reviewer(" ", null, null)).status())
                .isEqualTo(400);
        assertThat(call("intake", "GET", "/api/reviewers/" + id, null).json().get("name").asString())
                .isEqualTo("Dr. After Testperson");
        assertThat(auditOf(id)).hasSize(3);
        assertThat(String.join("\n", auditOf(id))).doesNotContain("Testperson").doesNotContain("NV-77")
                .doesNotContain("Orchard Audit Holdings");
    }

    /** The audit rows of a reviewer's panel changes, oldest first: "user ACTION detail". */
    private java.util.List<String> auditOf(String id) {
        return jdbc.sql("select username || ' ' || action || ' ' || detail from audit_log where action like 'PANEL_%' "
                + "and (detail = ? or detail like ?) order by id").params("reviewer " + id, "reviewer " + id + ":%")
                .query(String.class).list();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        int before = jdbc.sql("select count(*) from reviewers").query(Integer.class).single();
        Answer a = call("director", "POST", "/api/reviewers", """
                {"name":" ","profession":"WIZARD","activePracticeSince":"2005-02-30","weeklyHours":200,
                 "maxOpenCases":10,"maxNewCasesPerDay":3,"affiliationsDeclaredOn":"2026-01-01",
                 "licenses":[{"state":"Atlantis","number":"X","status":"ACTIVE","expires":"2030-01-01"}]}""");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name",
                "profession", "activePracticeSince", "weeklyHours", "licenses[0].state");
        assertThat(a.json().get("errors").get(3).get("message").asString()).isEqualTo("must be between 0 and 168");
        assertThat(jdbc.sql("select count(*) from reviewers").query(Integer.class).single()).isEqualTo(before);
        assertThat(call("director", "GET", "/api/reviewers/R-999999", null).status()).isEqualTo(404);
    }

    @Test
    void aReadyCaseIsRankedAssignedWithAnAttestationAndSeenByItsReviewerOnly() {
        String login = "rev-" + System.nanoTime();
        users.add(login, PASSWORD, Role.REVIEWER);
        String employer = "Orchard Test Packing " + System.nanoTime();
        String claim = uniqueClaim();
        String caseNumber = file(claim, employer);
        String other = file(uniqueClaim());
        String on = today().toString();
        assertThat(call("intake", "POST", "/api/cases/" + caseNumber + "/events",
                "{\"type\":\"NOARFI_SENT\",\"on\":\"" + on + "\",\"method\":\"MAIL\",\"version\":1}").status())
                .isEqualTo(200);
        // not ready yet: 409 with the reason
        Answer early = call("director", "GET", "/api/cases/" + caseNumber + "/reviewer-ranking", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(call("intake", "POST", "/api/cases/" + caseNumber + "/events",
                "{\"type\":\"RECORDS_RECEIVED\",\"on\":\"" + on + "\",\"completeness\":\"COMPLETE\",\"version\":2}")
                .status()).isEqualTo(200);

        String free = add(reviewer("Dr. Free Testdoctor", login, null));
        String conflicted = add(reviewer("Dr. Owner Testdoctor", "rev-owner-" + System.nanoTime(),
                "{\"kind\":\"PROFESSIONAL\",\"party\":\"" + employer + "\",\"detail\":\"medical director\"}"));

        JsonNode ranking = call("intake", "GET", "/api/cases/" + caseNumber + "/reviewer-ranking", null).json();
        JsonNode owner = find(ranking, conflicted);
        assertThat(owner.get("eligible").asBoolean()).isFalse();
        assertThat(owner.get("explanation").asString()).isEqualTo("excluded by 'no conflict of interest': professional "
                + "affiliation (medical director) with the employer '" + employer + "'");
        JsonNode freeOne = find(ranking, free);
        assertThat(freeOne.get("eligible").asBoolean()).isTrue();
        assertThat(freeOne.get("rules").findValuesAsString("rule")).containsExactly("active license",
                "board certification", "years in active practice", "hours in active practice",
                "no disciplinary history", "no conflict of interest", "capacity before the deadline");
        assertThat(call("reviewer", "GET", "/api/cases/" + caseNumber + "/reviewer-ranking", null).status())
                .isEqualTo(403);

        // the conflicted reviewer is refused, nothing is recorded
        Answer refused = call("director", "POST", "/api/cases/" + caseNumber + "/reviewer-assignment",
                "{\"reviewer\":\"" + conflicted + "\",\"version\":3}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).startsWith("Reviewer " + conflicted
                + " may not take this case: excluded by 'no conflict of interest': professional affiliation");
        assertThat(call("intake", "POST", "/api/cases/" + caseNumber + "/reviewer-assignment",
                "{\"reviewer\":\"" + free + "\",\"version\":3}").status()).isEqualTo(403);

        Answer assigned = call("director", "POST", "/api/cases/" + caseNumber + "/reviewer-assignment",
                "{\"reviewer\":\"" + free + "\",\"version\":3}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("reviewer").asString()).isEqualTo(login);
        assertThat(jdbc.sql("select reviewer from cases where case_number = ?").param(caseNumber)
                .query(String.class).single()).isEqualTo(login);

        JsonNode attestations = call("director", "GET", "/api/cases/" + caseNumber + "/attestations", null).json();
        assertThat(attestations.size()).isEqualTo(1);
        String statement = attestations.get(0).get("statement").asString();
        assertThat(statement).contains("was screened for case " + caseNumber + " against 4 parties")
                .contains("the employer '" + employer + "'").contains("Finding: no material affiliation")
                .doesNotContain("Free Testdoctor").doesNotContain(free);
        assertThat(attestations.get(0).get("reviewerReference").asString()).matches("RR-[0-9a-f]{24}");
        assertThat(jdbc.sql("select count(*) from reviewer_assignments where case_number = ?").param(caseNumber)
                .query(Integer.class).single()).isEqualTo(1);

        // the reviewer sees exactly this case, and 404 for any other
        assertThat(call(login, "GET", "/api/cases", null).json().findValuesAsString("caseNumber"))
                .containsExactly(caseNumber);
        assertThat(call(login, "GET", "/api/cases/" + caseNumber, null).status()).isEqualTo(200);
        assertThat(call(login, "GET", "/api/cases/" + other, null).status()).isEqualTo(404);
        assertThat(call(login, "GET", "/api/cases/" + other + "/attestations", null).status()).isEqualTo(404);
        assertThat(call(login, "GET", "/api/reviewers", null).status()).isEqualTo(403);

        // assigned once: a second assignment is not possible
        assertThat(call("director", "POST", "/api/cases/" + caseNumber + "/reviewer-assignment",
                "{\"reviewer\":\"" + free + "\",\"version\":4}").status()).isEqualTo(409);
    }

    @Test
    void theDailyBatchAssignsTheReadyCasesAndTheApiIsDocumented() {
        String caseNumber = file(uniqueClaim(), "Batch Orchard " + System.nanoTime());
        String on = today().toString();
        call("intake", "POST", "/api/cases/" + caseNumber + "/events",
                "{\"type\":\"NOARFI_SENT\",\"on\":\"" + on + "\",\"method\":\"MAIL\",\"version\":1}");
        call("intake", "POST", "/api/cases/" + caseNumber + "/events",
                "{\"type\":\"RECORDS_RECEIVED\",\"on\":\"" + on + "\",\"completeness\":\"COMPLETE\",\"version\":2}");
        add(reviewer("Dr. Batch Testdoctor", "rev-batch-" + System.nanoTime(), null));

        Answer batch = call("director", "POST", "/api/reviewers/daily-batch", null);
        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.json().get("assigned").asInt()).isEqualTo(batch.json().get("ready").asInt()
                - batch.json().get("unassignable").size());
        assertThat(batch.json().get("failures").size()).isZero();
        JsonNode kase = call("director", "GET", "/api/cases/" + caseNumber, null).json();
        assertThat(kase.get("status").get("code").asString()).isEqualTo("IN_REVIEW");
        assertThat(call("director", "GET", "/api/cases/" + caseNumber + "/attestations", null).json().size())
                .isEqualTo(1);
        assertThat(jdbc.sql("select detail from audit_log where action = 'ASSIGN_DAILY_BATCH' order by id desc "
                + "limit 1").query(String.class).single()).endsWith(" without an eligible reviewer");

        String docs = call(null, "GET", "/v3/api-docs", null).body();
        assertThat(docs).contains("\"/api/reviewers\"", "\"/api/reviewers/{id}\"", "\"/api/reviewers/daily-batch\"",
                "\"/api/cases/{caseNumber}/reviewer-ranking\"", "\"/api/cases/{caseNumber}/reviewer-assignment\"");
    }

    private static JsonNode find(JsonNode ranking, String reviewer) {
        for (JsonNode c : ranking) {
            if (c.get("reviewer").asString().equals(reviewer)) {
                return c;
            }
        }
        throw new AssertionError(reviewer + " not in the ranking");
    }

    String file(String claim, String employer) {
        Answer a = call("intake", "POST", "/api/cases", application(claim).replace("Example Packing Co.", employer));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("caseNumber").asString();
    }

}
