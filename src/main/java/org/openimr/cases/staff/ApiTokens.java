package org.openimr.cases.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * API tokens of staff: a random secret given once to the member of staff who asks for it, kept in {@code api_tokens}
 * only as its SHA-256 hash, with an expiry and a revocation. A caller sends it as {@code Authorization: Bearer ...};
 * checking it is one hash and one indexed query, where HTTP Basic costs a bcrypt hash on every request. The secret has
 * 256 random bits, so a fast hash is enough: it cannot be guessed, and the stored hash cannot be turned back into it.
 */
@Component
public class ApiTokens {

    /** The prefix of every token, so that a leaked one is easy to recognise (and to scan for). */
    public static final String PREFIX = "oimr_";

    /** A token as listed: never its secret. */
    public record Token(long id, String username, String label, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime revokedAt) {
        public boolean active(OffsetDateTime now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** The details of an authentication by token: which token was used. */
    public record TokenUse(long tokenId) {
        @Override
        public String toString() {
            return "API token " + tokenId;
        }
    }

    /** The token an authentication was made with, if it was made with one. */
    public static Optional<TokenUse> tokenOf(Authentication auth) {
        return auth != null && auth.getDetails() instanceof TokenUse use ? Optional.of(use) : Optional.empty();
    }

    /** A token just issued: the secret, shown this once, and what is stored about it. */
    public record Issued(String secret, Token token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final int maxDays;

    public ApiTokens(JdbcClient jdbc, @Value("${openimr.api-tokens.max-days:90}") int maxDays) {
        this.jdbc = jdbc;
        this.maxDays = maxDays;
    }

    public int maxDays() {
        return maxDays;
    }

    /** Issues a token to {@code username}, valid for {@code days} (1 to {@link #maxDays()}). */
    public Issued issue(String username, String label, int days) {
        if (days < 1 || days > maxDays) {
            throw new IllegalArgumentException("days must be from 1 to " + maxDays + ", not " + days);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Token token = jdbc.sql("""
                insert into api_tokens (token_hash, username, label, expires_at)
                values (?, ?, ?, now() + make_interval(days => ?))
                returning id, username, label, created_at, expires_at, revoked_at""")
                .params(sha256(secret), username, label, days)
                .query(ApiTokens::token).single();
        return new Issued(secret, token);
    }

    /**
     * The staff member a token stands for, with the role they have now, if the token exists, is neither expired nor
     * revoked, and the user is enabled.
     */
    public Optional<Authentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select u.username, u.role, t.id from api_tokens t join staff_users u on u.username = t.username
                where t.token_hash = ? and t.revoked_at is null and t.expires_at > now() and u.enabled""")
                .param(sha256(secret))
                .query((rs, i) -> {
                    var auth = UsernamePasswordAuthenticationToken.authenticated(rs.getString(1), null,
                            List.of(new SimpleGrantedAuthority("ROLE_" + rs.getString(2))));
                    auth.setDetails(new TokenUse(rs.getLong(3)));
                    return (Authentication) auth;
                })
                .optional();
    }

    /** The tokens of one user, newest first. */
    public List<Token> of(String username) {
        return jdbc.sql("""
                select id, username, label, created_at, expires_at, revoked_at from api_tokens
                where username = ? order by id desc""").param(username).query(ApiTokens::token).list();
    }

    /** Revokes a token of {@code username}; false when they have no such token or it was already revoked. */
    public boolean revoke(String username, long id) {
        return jdbc.sql("update api_tokens set revoked_at = now() where id = ? and username = ? and revoked_at is null")
                .params(id, username).update() == 1;
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Token token(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Token(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class));
    }
}
