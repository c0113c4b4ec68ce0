package org.openimr.cases.staff;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Who may see what. The public library (pages, its API, open data, static files, health and metrics) is open to
 * everyone. Staff pages need a form sign-in (server-side session in PostgreSQL, CSRF token on every form and in a meta
 * tag for htmx). The case API needs credentials on every request and keeps no session: an API token
 * ({@code Authorization: Bearer}, see {@link ApiTokens}; one indexed lookup) or HTTP Basic (a bcrypt hash per request).
 *
 * <p>CSRF is off for {@code /api/cases/**}, {@code /api/reviewers/**}, {@code /api/tokens/**} and {@code /api/audit} only: that chain accepts
 * nothing but an {@code Authorization} header on each request, never a session cookie, so a page on another site
 * cannot make a browser send credentials it does not hold. (A browser that was shown the Basic prompt caches the
 * credentials; the API therefore sends no {@code WWW-Authenticate: Basic} challenge, so browsers never prompt for them.)
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

    static final String[] PUBLIC = {"/", "/decisions", "/decisions/**", "/analytics", "/data", "/data/**",
            "/api/decisions", "/api/decisions/**", "/api/analytics", "/library/**", "/webjars/**", "/staff/staff.css", "/staff/staff.js",
            "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/login"};

    @Bean
    @Order(1)
    SecurityFilterChain caseApiSecurity(HttpSecurity http, AuditLog audit, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/cases", "/api/cases/**", "/api/audit", "/api/tokens", "/api/tokens/**",
                        "/api/reviewers", "/api/reviewers/**")
                .addFilterBefore(new BearerTokenFilter(tokens, problem(audit)), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/audit").hasRole("ADMIN")
                        .requestMatchers("/api/cases/*/letter/quality").hasAnyRole("MEDICAL_DIRECTOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/letter").hasAnyRole("MEDICAL_DIRECTOR", "ADMIN")
                        .requestMatchers("/api/tokens", "/api/tokens/**")
                        .hasAnyRole("INTAKE", "REVIEWER", "MEDICAL_DIRECTOR", "ADMIN")
                        // the panel holds names: staff read it, the medical director and admins change it
                        .requestMatchers(HttpMethod.GET, "/api/reviewers", "/api/reviewers/**",
                                "/api/cases/*/reviewer-ranking").hasAnyRole("INTAKE", "MEDICAL_DIRECTOR", "ADMIN")
                        .requestMatchers("/api/reviewers", "/api/reviewers/**", "/api/cases/*/reviewer-assignment")
                        .hasAnyRole("MEDICAL_DIRECTOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/cases", "/api/cases/**")
                        .hasAnyRole("INTAKE", "REVIEWER", "MEDICAL_DIRECTOR", "ADMIN")
                        .anyRequest().hasAnyRole("INTAKE", "MEDICAL_DIRECTOR", "ADMIN"))
                .httpBasic(b -> b.authenticationEntryPoint(problem(audit)))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problem(audit)).accessDeniedHandler(denied(audit)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, AuditLog audit) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/staff/audit").hasRole("ADMIN")
                        .requestMatchers("/staff/cases/*/review", "/staff/cases/*/review/**")
                        .hasAnyRole("REVIEWER", "INTAKE", "MEDICAL_DIRECTOR", "ADMIN")
                        .requestMatchers("/staff/cases/*/quality", "/staff/cases/*/letter")
                        .hasAnyRole("MEDICAL_DIRECTOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/staff/reviewers", "/staff/reviewers/**",
                                "/staff/cases/*/reviewer-assignment").hasAnyRole("MEDICAL_DIRECTOR", "ADMIN")
                        // a reviewer sees the cases assigned to them and their issued letters (the service answers
                        // 404 for any other), and manages their own API tokens as the API lets them
                        .requestMatchers(HttpMethod.GET, "/staff", "/staff/cases/*", "/staff/cases/*/letter.pdf")
                        .hasAnyRole("INTAKE", "REVIEWER", "MEDICAL_DIRECTOR", "ADMIN")
                        .requestMatchers("/staff/tokens", "/staff/tokens/**")
                        .hasAnyRole("INTAKE", "REVIEWER", "MEDICAL_DIRECTOR", "ADMIN")
                        .requestMatchers("/staff", "/staff/**").hasAnyRole("INTAKE", "MEDICAL_DIRECTOR", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/staff", false))
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) -> {
                    audit.record(request.getMethod() + " " + request.getRequestURI(), null, AuditLog.Outcome.DENIED,
                            "page not allowed for this role");
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                }));
        return http.build();
    }

    private static AuthenticationEntryPoint problem(AuditLog audit) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> {
            audit.record(request.getMethod() + " " + request.getRequestURI(), caseOf(request), AuditLog.Outcome.DENIED,
                    badToken(request, ex) ? ex.getMessage() : "not signed in");
            boolean badToken = badToken(request, ex);
            write(response, 401, "Sign-in required", badToken ? ex.getMessage()
                    : "The case API needs staff credentials on every request: an API token (Authorization: Bearer) "
                            + "or HTTP Basic.");
        };
    }

    private static AccessDeniedHandler denied(AuditLog audit) {
        return (request, response, ex) -> {
            audit.record(request.getMethod() + " " + request.getRequestURI(), caseOf(request), AuditLog.Outcome.DENIED,
                    "role not allowed");
            write(response, 403, "Forbidden", "Your role may not do this.");
        };
    }

    private static boolean badToken(HttpServletRequest request, AuthenticationException ex) {
        String header = request.getHeader("Authorization");
        return ex instanceof BadCredentialsException && header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    static String caseOf(HttpServletRequest request) {
        String[] parts = request.getRequestURI().split("/");
        return parts.length > 3 && parts[3].matches("CM\\d{2}-\\d{7}") ? parts[3] : null;
    }

    private static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
