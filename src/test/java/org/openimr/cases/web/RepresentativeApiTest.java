package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Filing through the API with and without the employee's designated representative. */
class RepresentativeApiTest extends CaseApiSupport {

    static final String ATTORNEY = """
            "representative":{"name":"Linda Park","kind":"ATTORNEY","firm":"Park & Reyes LLP",
              "address":{"street":"9 Counsel Row","city":"Fresno","state":"CA","zip":"93702"}},
            """;

    @Autowired
    JdbcClient jdbc;

    static String withRepresentative(String json) {
        return application(uniqueClaim()).replaceFirst("\\{\"reviewType\"", "{" + json.strip() + "\"reviewType\"");
    }

    @Test
    void anApplicationWithAnAttorneyKeepsThemAndTheCaseShowsThem() {
        Answer a = call("intake", "POST", "/api/cases", withRepresentative(ATTORNEY));

        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode r = call("intake", "GET", "/api/cases/" + a.json().get("caseNumber").asString(), null).json()
                .get("representative");
        assertThat(r.get("name").asString()).isEqualTo("Linda Park");
        assertThat(r.get("kind").asString()).isEqualTo("ATTORNEY");
        assertThat(r.get("firm").asString()).isEqualTo("Park & Reyes LLP");
        assertThat(r.get("address").get("zip").asString()).isEqualTo("93702");
        assertThat(r.get("description").asString()).isEqualTo("Linda Park (attorney, Park & Reyes LLP)");
    }

    @Test
    void anApplicationWithoutRepresentativeHasNone() {
        Answer a = call("intake", "POST", "/api/cases", application(uniqueClaim()));

        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("representative").isNull()).isTrue();
        assertThat(a.json().get("status").get("code").asString()).isEqualTo("ELIGIBLE");
    }

    @Test
    void aRepresentativeWithoutNameOrAddressOrWithAnUnknownKindIsRefusedAndNothingIsStored() {
        int before = count();
        Answer a = call("intake", "POST", "/api/cases", withRepresentative("""
                "representative":{"kind":"NEIGHBOUR","firm":"Park & Reyes LLP",
                  "address":{"street":"9 Counsel Row","state":"CA","zip":"937"}},
                """));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body()).contains("\"title\":\"Invalid input\"");
        assertThat(a.json().get("errors").findValuesAsString("field")).containsExactly("representative.kind",
                "representative.name", "representative.address.city", "representative.address.zip");
        assertThat(a.body()).contains("is not ATTORNEY, PARENT_OR_GUARDIAN, RELATIVE or OTHER: \\\"NEIGHBOUR\\\"");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theOpenApiDescriptionDescribesTheRepresentative() {
        Answer docs = call(null, "GET", "/v3/api-docs", null);
        assertThat(docs.body()).contains("PARENT_OR_GUARDIAN");
    }

    private int count() {
        return jdbc.sql("select count(*) from cases").query(Integer.class).single();
    }
}
