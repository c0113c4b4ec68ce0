package org.openimr.reviewers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.openimr.shared.CaseNumber;

/**
 * The organization's secret for making {@link ReviewerReference}s: HMAC-SHA256 of the panel id and the case number.
 * Whoever holds it can confirm which reviewer a reference denotes; nobody else can. Keep it with the other secrets
 * of the deployment, and keep it: references made under a lost key can no longer be confirmed.
 */
public final class AttestationKey {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    private AttestationKey(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** A key from at least 32 secret bytes. */
    public static AttestationKey of(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < 32) {
            throw new IllegalArgumentException("an attestation key needs at least 32 bytes, got " + secret.length);
        }
        return new AttestationKey(secret.clone());
    }

    /** The reference of the reviewer for the case. */
    public ReviewerReference referenceFor(ReviewerId reviewer, CaseNumber caseNumber) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((reviewer.value() + "|" + caseNumber.value()).getBytes(StandardCharsets.UTF_8));
            return new ReviewerReference("RR-" + HexFormat.of().formatHex(digest, 0, 12));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** Whether the reference denotes that reviewer on that case (compared in constant time). */
    public boolean denotes(ReviewerReference reference, ReviewerId reviewer, CaseNumber caseNumber) {
        return MessageDigest.isEqual(reference.value().getBytes(StandardCharsets.US_ASCII),
                referenceFor(reviewer, caseNumber).value().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "AttestationKey[secret]";
    }
}
