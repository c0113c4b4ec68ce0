package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openimr.shared.BusinessCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * An incomplete application through the API: refused with one problem per field by default; registered with a request
 * for information (reply due in 5 business days) when asked to; completed, then screened, against its version.
 */
class IncompleteApplicationApiTest extends CaseApiSupport {

    @Autowired
    JdbcClient jdbc;

    /** The application without its claim number and with an impossible date of birth. */
    static String incomplete(String complete) {
        return complete.replace("\"1984-05-02\"", "\"1984-02-30\"").replaceFirst("\"claimNumber\":\"[^\"]+\",", "");
    }

    @Test
    void anAnswerThatMakesTheApplicationOneAlreadyFiledInAnOpenCaseIsRefusedNamingItAndNothingIsStored() {
        String claim = uniqueClaim();
        String complete = application(claim);
        Answer first = call("intake", "POST", "/api/cases", complete);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String filed = first.json().get("caseNumber").asString();
        String n = call("intake", "POST", "/api/cases?ifIncomplete=REQUEST_INFORMATION", incomplete(complete)).json()
                .get("caseNumber").asString();

        Answer duplicate = call("intake", "POST", "/api/cases/" + n + "/information", complete, "If-Match", "\"1\"");

        assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
        assertThat(duplicate.json().get("duplicateOf").asString()).isEqualTo(filed);
        assertThat(events(n)).isEqualTo(2);
        Answer still = call("intake", "GET", "/api/cases/" + n, null);
        assertThat(still.json().get("status").get("code").asString()).isEqualTo("AWAITING_INFORMATION");
        assertThat(still.etag()).isEqualTo("\"1\"");
    }

    @Test
    void anIncompleteApplicationGetsARequestForInformationThenItsAnswerIsScreened() {
        String claim = uniqueClaim();
        String complete = application(claim);
        int before = count();

        Answer refused = call("intake", "POST", "/api/cases", incomplete(complete));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("2 field(s) need correcting; nothing was stored.");
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactly("employee.dateOfBirth", "claimNumber");
        assertThat(count()).isEqualTo(before);

        Answer registered = call("intake", "POST", "/api/cases?ifIncomplete=REQUEST_INFORMATION",
                incomplete(complete));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonNode c = registered.json();
        String n = c.get("caseNumber").asString();
        assertThat(c.get("status").get("code").asString()).isEqualTo("AWAITING_INFORMATION");
        assertThat(c.get("applicant").asString()).isEqualTo("Maria Testperson");
        assertThat(c.get("missingInformation").findValuesAsString("field"))
                .containsExactly("employee.dateOfBirth", "claimNumber");
        assertThat(c.get("missingInformation").findValuesAsString("problem"))
                .containsExactly("is not a real date (write it as YYYY-MM-DD): \"1984-02-30\"", "is missing");
        assertThat(c.get("events").findValuesAsString("type"))
                .containsExactly("ApplicationReceived", "InformationRequested");
        JsonNode reply = c.get("deadlines").get(0);
        LocalDate due = BusinessCalendar.california().plusBusinessDays(today(), 5);
        assertThat(reply.get("kind").asString() + " " + reply.get("due").asString() + " "
                + reply.get("state").asString()).isEqualTo("INFORMATION_REPLY " + due + " PENDING");
        assertThat(count()).isEqualTo(before + 1);

        // an answer still missing the claim number: named, nothing stored
        Answer stillWrong = call("intake", "POST", "/api/cases/" + n + "/information",
                complete.replaceFirst("\"claimNumber\":\"[^\"]+\",", ""), "If-Match", "\"1\"");
        assertThat(stillWrong.status()).isEqualTo(400);
        assertThat(stillWrong.json().get("errors").findValuesAsString("field")).containsExactly("claimNumber");
        assertThat(events(n)).isEqualTo(2);

        Answer completed = call("intake", "POST", "/api/cases/" + n + "/information", complete,
                "If-Match", "\"1\"");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.etag()).isEqualTo("\"2\"");
        JsonNode done = completed.json();
        assertThat(done.get("status").get("code").asString()).isEqualTo("ELIGIBLE");
        assertThat(done.get("missingInformation")).isEmpty();
        assertThat(done.get("events").findValuesAsString("type")).containsExactly("ApplicationReceived",
                "InformationRequested", "InformationReceived", "EligibilityDetermined");
        JsonNode met = done.get("deadlines").get(0);
        assertThat(met.get("kind").asString() + " " + met.get("metOn").asString() + " " + met.get("state").asString())
                .isEqualTo("INFORMATION_REPLY " + today() + " MET");
        assertThat(jdbc.sql("select claim_number from cases where case_number = ?").param(n).query(String.class)
                .single()).isEqualTo(claim);

        Answer again = call("intake", "POST", "/api/cases/" + n + "/information", complete, "If-Match", "\"2\"");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("no request for information is out");
    }

    @Test
    void anUnknownChoiceForAnIncompleteApplicationOrAMissingVersionIsNamed() {
        Answer unknown = call("intake", "POST", "/api/cases?ifIncomplete=MAYBE", application(uniqueClaim()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").findValuesAsString("field")).containsExactly("ifIncomplete");

        String n = call("intake", "POST", "/api/cases?ifIncomplete=REQUEST_INFORMATION",
                incomplete(application(uniqueClaim()))).json().get("caseNumber").asString();
        Answer noVersion = call("intake", "POST", "/api/cases/" + n + "/information?on=2026-02-30",
                application(uniqueClaim()));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.json().get("errors").findValuesAsString("field")).containsExactly("If-Match", "on");
    }

    private int count() {
        return jdbc.sql("select count(*) from cases").query(Integer.class).single();
    }

    private int events(String n) {
        return jdbc.sql("select count(*) from case_events where case_number = ?").param(n).query(Integer.class)
                .single();
    }
}
