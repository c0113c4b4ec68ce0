package org.openimr.letters.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.letters.DisputedRequest;
import org.openimr.letters.DisputedRequest.UrModification;

/**
 * Reads the request of an item header (the text before ": Upheld"). A request that UR modified reads, in one of two
 * wordings,
 * <pre>
 * X was the original request. The Claims Administrator authorized Y, leaving the original request IMR eligible.
 *     The original request, X is
 * X was the original request. Y was authorized by the Claims Administrator. The remaining IMR eligible portion of
 *     the original request, Z is
 * </pre>
 * and gives the IMR-eligible remaining portion (Z, or X in the first wording) as the disputed request, with the
 * original request and what was authorized as its {@link UrModification}. The two middle sentences may be mixed.
 */
public final class RequestParser {

    private static final Pattern MODIFIED = Pattern.compile("(?i)^(?<original>.+?) was the original request\\.\\s*"
            + "(?:The Claims Administrator authorized (?<auth1>.+?)|(?<auth2>.+?) was authorized by the Claims Administrator)"
            + "(?:,? leaving the original request IMR eligible)?\\.\\s*"
            + "The (?:original request|remaining IMR eligible portion of the original request),?\\s*(?<remaining>.+?)"
            + "(?:\\s+(?:is|are))?$");

    private RequestParser() {
    }

    public static DisputedRequest parse(String header) {
        String text = Texts.collapse(header);
        Matcher m = MODIFIED.matcher(text);
        if (m.matches()) {
            String authorized = m.group("auth1") != null ? m.group("auth1") : m.group("auth2");
            return new DisputedRequest(m.group("remaining").strip(),
                    Optional.of(new UrModification(m.group("original").strip(), authorized.strip())));
        }
        return DisputedRequest.of(text);
    }
}
