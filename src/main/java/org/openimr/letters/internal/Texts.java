package org.openimr.letters.internal;

import java.util.List;
import java.util.regex.Pattern;

/** Joining wrapped lines and collapsing white space, the same way for every field. */
public final class Texts {

    private static final Pattern WHITE = Pattern.compile("\\s+");

    private Texts() {
    }

    /** Collapses every run of white space to one space and strips the ends. */
    public static String collapse(String s) {
        if (s == null) {
            return null;
        }
        // most strings need nothing or only a strip: find out without a regular expression
        int n = s.length();
        boolean previousSpace = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean white = Character.isWhitespace(c) || c == '\u00A0';
            if (white && (previousSpace || c != ' ')) {
                return WHITE.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
            }
            previousSpace = white;
        }
        return previousSpace && n > 0 ? s.substring(0, n - 1) : s;
    }

    /**
     * Joins wrapped lines into one string. A line that ends in a hyphen right after a letter or digit continues
     * in the next line without a space ("electro-" + "myography" gives "electro-myography", as the letter
     * prints it); otherwise the lines are joined with one space.
     */
    public static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            appendJoined(sb, line);
        }
        return collapse(sb.toString());
    }

    /** Appends {@code next} to {@code sb} with the wrapping rule of {@link #join}. */
    public static void appendJoined(StringBuilder sb, String next) {
        if (next.isEmpty()) {
            return;
        }
        if (sb.length() > 0) {
            int n = sb.length();
            boolean hyphenWrap = n >= 2 && sb.charAt(n - 1) == '-' && Character.isLetterOrDigit(sb.charAt(n - 2));
            if (!hyphenWrap) {
                sb.append(' ');
            }
        }
        sb.append(next);
    }
}
