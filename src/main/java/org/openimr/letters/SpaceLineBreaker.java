package org.openimr.letters;

import java.text.BreakIterator;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Line-break opportunities at white space only. openhtmltopdf's default breaker also breaks before a slash and after
 * a hyphen ("Hydrocodone/APAP 10" | "/325mg"); a reader of the extracted text could then not tell a wrapped line
 * from a space in the value. With breaks at spaces only, joining a letter's lines with one space restores every
 * request, citation and date exactly.
 */
final class SpaceLineBreaker implements FSTextBreaker {

    private String text = "";
    private int position;

    @Override
    public void setText(String newText) {
        text = newText;
        position = 0;
    }

    /** The offset after the next run of spaces (or the end of the text), then {@link BreakIterator#DONE}. */
    @Override
    public int next() {
        int n = text.length();
        if (position >= n) {
            return BreakIterator.DONE;
        }
        int i = position;
        while (i < n && !breaksAfter(text.charAt(i))) {
            i++;
        }
        while (i < n && breaksAfter(text.charAt(i))) {
            i++;
        }
        position = i;
        return i;
    }

    private static boolean breaksAfter(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u2009' || c == '\u200B';
    }
}
