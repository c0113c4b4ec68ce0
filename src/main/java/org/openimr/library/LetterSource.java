package org.openimr.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where a stored letter came from: a name (the file name, or "demo/CM16-0000001.txt") and the SHA-256 of its
 * source text with white space collapsed, so that the same letter extracted twice, or with other line breaks,
 * hashes the same.
 */
public record LetterSource(String name, String contentHash) {

    public LetterSource {
        Objects.requireNonNull(name, "source name");
        Objects.requireNonNull(contentHash, "content hash");
        if (!contentHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + contentHash);
        }
    }

    /** A source read from its text. */
    public static LetterSource ofText(String name, String text) {
        return new LetterSource(name, contentHash(text));
    }

    /** The SHA-256 (hex) of a text with its white space collapsed to single spaces and trimmed. */
    public static String contentHash(String text) {
        String collapsed = text.strip().replaceAll("\\s+", " ");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(collapsed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
