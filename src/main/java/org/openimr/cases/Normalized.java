package org.openimr.cases;

import java.text.Normalizer;
import java.util.Locale;

/** Text reduced for comparison: no case, accents, spaces or punctuation ("O'Brien, Ana" and "obrien ana" match). */
final class Normalized {

    private Normalized() {
    }

    static String key(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
