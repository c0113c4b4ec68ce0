package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** API tokens: issued over HTTP Basic, stored as a hash, used as Bearer, audited per use, revoked, expired. */
class ApiTokenTest extends CaseApiSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenIssuedToIntakeFilesAndReadsCasesIsAuditedAndStopsWorkingWhenRevoked() throws Exception {
        Answer issued = call("intake", "POST", "/api/tokens", "{\"label\":\"queue script\",\"days\":7}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        long id = issued.json().get("id").asLong();
        assertThat(token).startsWith("oimr_").hasSize(5 + 43);

        // only the SHA-256 of the secret is stored
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("select encode(token_hash, 'hex'), username, label, "
                        + "(expires_at - created_at) = interval '7 days' from api_tokens where id = ?")
                .param(id).query((rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getBoolean(4)).single())
                .isEqualTo(hex + " intake queue script true");

        String bearer = "Bearer " + token;
        Answer filed = call(null, "POST", "/api/cases", application(uniqueClaim()), "Authorization", bearer);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String n = filed.json().get("caseNumber").asString();
        Answer read = call(null, "GET", "/api/cases/" + n, null, "Authorization", bearer);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("caseNumber").asString()).isEqualTo(n);
        assertThat(jdbc.sql("select username || ' ' || role || ' ' || action || ' ' || outcome || ' ' || credential "
                        + "from audit_log where case_number = ? order by id").param(n).query(String.class).list())
                .containsExactly("intake INTAKE FILE_APPLICATION ALLOWED API token " + id,
                        "intake INTAKE READ_CASE ALLOWED API token " + id);

        // a token cannot issue another; the list shows it without its secret
        Answer again = call(null, "POST", "/api/tokens", "{\"label\":\"more\"}", "Authorization", bearer);
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.json().get("detail").asString()).contains("sign in with your password");
        Answer list = call("intake", "GET", "/api/tokens", null);
        assertThat(list.json().findValuesAsString("label")).contains("queue script");
        assertThat(list.body()).doesNotContain(token.substring(5));

        // another user cannot revoke it; its owner can, and it stops working at once
        assertThat(call("director", "DELETE", "/api/tokens/" + id, null).status()).isEqualTo(404);
        assertThat(call("intake", "DELETE", "/api/tokens/" + id, null).status()).isEqualTo(204);
        Answer revoked = call(null, "GET", "/api/cases/" + n, null, "Authorization", bearer);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("detail").asString())
                .isEqualTo("The API token is unknown, expired or revoked.");
        assertThat(jdbc.sql("select outcome || ' ' || detail from audit_log where case_number = ? order by id desc "
                + "limit 1").param(n).query(String.class).single())
                .isEqualTo("DENIED The API token is unknown, expired or revoked.");
    }

    @Test
    void anExpiredTokenAndAnUnknownOneAreRefusedAndAReviewersTokenKeepsTheReviewersRole() {
        String expired = "oimr_expired-token-of-the-test-" + System.nanoTime();
        jdbc.sql("insert into api_tokens (token_hash, username, label, created_at, expires_at) "
                        + "values (sha256(convert_to(?, 'UTF8')), 'intake', 'old', now() - interval '2 days', "
                        + "now() - interval '1 day')").param(expired).update();
        assertThat(call(null, "GET", "/api/cases", null, "Authorization", "Bearer " + expired).status())
                .isEqualTo(401);
        assertThat(call(null, "GET", "/api/cases", null, "Authorization", "Bearer oimr_nothing").status())
                .isEqualTo(401);

        String reviewer = call("reviewer", "POST", "/api/tokens", "{\"label\":\"reading\"}").json().get("token")
                .asString();
        assertThat(call(null, "GET", "/api/cases", null, "Authorization", "Bearer " + reviewer).status())
                .isEqualTo(200);
        assertThat(call(null, "POST", "/api/cases", application(uniqueClaim()), "Authorization",
                "Bearer " + reviewer).status()).isEqualTo(403);
    }

    @Test
    void aTokenRequestWithoutLabelOrWithTooManyDaysIsOneProblemPerField() {
        Answer bad = call("intake", "POST", "/api/tokens", "{\"label\":\" \",\"days\":1000}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("label", "days");
        assertThat(bad.json().get("errors").findValuesAsString("message"))
                .containsExactly("is missing: say what the token is for", "must be from 1 to 90, not 1000");
    }

    @Test
    void theOpenApiDescriptionOffersTokenAndBasic() {
        Answer docs = call(null, "GET", "/v3/api-docs", null);
        assertThat(docs.json().get("components").get("securitySchemes").get("apiToken").get("scheme").asString())
                .isEqualTo("bearer");
        assertThat(docs.json().get("components").get("securitySchemes").get("basic").get("scheme").asString())
                .isEqualTo("basic");
        assertThat(docs.body()).contains("/api/tokens/{id}");
    }
}
