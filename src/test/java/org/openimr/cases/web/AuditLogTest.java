package org.openimr.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads and changes of cases are audited; the audit log and the case events refuse UPDATE, DELETE and TRUNCATE. */
class AuditLogTest extends CaseApiSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void filingAndReadingAreAuditedWithWhoRoleAddressAndOutcome() {
        String n = file(uniqueClaim());
        call("director", "GET", "/api/cases/" + n, null);

        var entries = call("admin", "GET", "/api/audit?caseNumber=" + n, null).json();
        assertThat(entries.findValuesAsString("action")).contains("FILE_APPLICATION", "READ_CASE");
        assertThat(entries.findValuesAsString("username")).contains("intake", "director");
        assertThat(entries.findValuesAsString("role")).contains("INTAKE", "MEDICAL_DIRECTOR");
        assertThat(entries.findValuesAsString("address")).contains("127.0.0.1");
        assertThat(entries.findValuesAsString("outcome")).containsOnly("ALLOWED");
    }

    @Test
    void theAuditLogAndTheEventsAreAppendOnly() {
        file(uniqueClaim());
        assertThatThrownBy(() -> jdbc.sql("update audit_log set outcome = 'ALLOWED'").update())
                .rootCause().hasMessageContaining("audit_log is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
                .rootCause().hasMessageContaining("audit_log is append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update case_events set occurred_on = occurred_on + 1").update())
                .rootCause().hasMessageContaining("case_events is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from case_events").update())
                .rootCause().hasMessageContaining("case_events is append-only");
    }
}
