package org.openimr.cases.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.openimr.cases.staff.AuditLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log of case data, for administrators. */
@RestController
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "The latest audit entries, newest first (ADMIN only)")
    List<AuditLog.Entry> latest(@RequestParam(required = false) String caseNumber,
            @RequestParam(defaultValue = "200") int limit) {
        return audit.latest(caseNumber, Math.min(Math.max(limit, 1), 1000));
    }
}
