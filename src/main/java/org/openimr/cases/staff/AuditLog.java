package org.openimr.cases.staff;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log of case data: who (and in which role) did what to which case, when, from which address, and with what
 * outcome, for every read and change, allowed or not. Rows are only ever added: the table's trigger refuses UPDATE,
 * DELETE and TRUNCATE. Each entry commits on its own, so a refused or failed change is logged too.
 */
@Component
public class AuditLog {

    public enum Outcome { ALLOWED, DENIED, NOT_FOUND, INVALID, CONFLICT, FAILED }

    public record Entry(long id, OffsetDateTime at, String username, String role, String action, String caseNumber,
            String address, String outcome, String detail, String credential) {
    }

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String action, String caseNumber, Outcome outcome, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean inRequest = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes;
        // Spring Security clears the context before it asks an unauthenticated caller to sign in, so an HTTP request
        // without authentication is an anonymous caller; only work outside any request (the sweep) is "system".
        String user = auth == null ? (inRequest ? "anonymous" : "system")
                : !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? "anonymous" : auth.getName();
        String role = auth == null ? null : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_") && !a.equals("ROLE_ANONYMOUS")).map(a -> a.substring(5))
                .findFirst().orElse(null);
        String address = null;
        String credential = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            address = request.getRemoteAddr();
            credential = credential(auth, request);
        }
        jdbc.sql("""
                insert into audit_log (username, role, action, case_number, address, outcome, detail, credential)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(user, role, action, caseNumber, address, outcome.name(),
                        detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail, credential)
                .update();
    }

    /** How an authenticated caller proved who they are: an API token (by id), HTTP Basic, or a page session. */
    private static String credential(Authentication auth, HttpServletRequest request) {
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return null;
        }
        var token = ApiTokens.tokenOf(auth);
        if (token.isPresent()) {
            return token.get().toString();
        }
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6) ? "HTTP Basic" : "session";
    }

    /** The latest entries, newest first, optionally of one case. */
    public List<Entry> latest(String caseNumber, int limit) {
        return jdbc.sql("""
                select id, at, username, role, action, case_number, address, outcome, detail, credential from audit_log
                where (cast(:n as text) is null or case_number = :n) order by id desc limit :limit""")
                .param("n", caseNumber).param("limit", limit)
                .query((rs, i) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)))
                .list();
    }
}
