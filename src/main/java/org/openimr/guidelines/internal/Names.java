package org.openimr.guidelines.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Normalises guideline names as letters print them, so that spelling variants find the same guideline. */
public final class Names {

    private Names() {
    }

    /**
     * "MTUS Forearm, Wrist, & Hand Complaints Guidelines" and "Forearm Wrist and Hand Complaints" give the same key:
     * lower case, "&" read as "and", punctuation and hyphens as spaces, a leading "MTUS"/"CA"/"California"/"the" and
     * a trailing "guideline(s)" dropped.
     */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        String before;
        do {
            before = s;
            s = s.replaceFirst("^(mtus|ca|california|the)\\s+", "")
                    .replaceFirst("\\s+guidelines?$", "")
                    .strip();
        } while (!s.equals(before));
        return s;
    }
}
