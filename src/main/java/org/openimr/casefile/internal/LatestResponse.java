package org.openimr.casefile.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response to care that changed over time: the latest state decides. "Naproxen helped at first but no longer helps",
 * "initially helpful, now ineffective", "helped for a while, then stopped working" report a care that has failed; "was
 * not helpful at first, now controls the pain" one that works. A cue that says the state is the latest (a loss of
 * effect, or help stated "now") sets aside the opposite cues before it in its sentence, up to a semicolon.
 */
final class LatestResponse {

    /** Help that was lost: "no longer helps", "now ineffective", "stopped working", "wore off", "lost its effect". */
    private static final Pattern LOST = Pattern.compile("(?i)(?<![\\p{L}])(?:no\\s+longer\\s+(?:\\p{L}+\\s+)?(?:helps?|"
            + "helping|helpful|effective|works?|working|relieves|gives?\\s+(?:\\p{L}+\\s+)?relief)|now\\s+(?:(?:is|are|"
            + "it\\s+is|they\\s+are)\\s+)?(?:ineffective|not\\s+(?:helpful|effective|helping|working)|(?:does|do)\\s+not\\s+"
            + "help|doesn't\\s+help|gives?\\s+no\\s+relief)|(?:then\\s+|but\\s+|since\\s+|has\\s+|have\\s+)?stopped\\s+"
            + "(?:working|helping)|(?:relief|effect|benefit)\\s+(?:has\\s+|had\\s+)?wore\\s+off|wore\\s+off|"
            + "(?:has\\s+|have\\s+)?lost\\s+(?:its|their)\\s+(?:effect|effectiveness|benefit))(?![\\p{L}])");
    /** Help stated as the state now: "now controls the pain", "now helps", "is now effective". */
    private static final Pattern HELPS_NOW = Pattern.compile("(?i)(?<![\\p{L}])now\\s+(?:(?:is|are|it\\s+is)\\s+)?"
            + "$");

    private LatestResponse() {
    }

    /** The cues of a loss of effect in the sentence: failures that are the latest state. */
    private static List<int[]> losses(String text, Sentence s) {
        List<int[]> found = new java.util.ArrayList<>();
        Matcher m = LOST.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

    /**
     * Sets aside the cues an opposite later one overrides: help before a loss of effect, a failure before help stated
     * "now"; the losses join {@code failed}.
     */
    static void keepTheLatest(String text, Sentence s, List<int[]> failed, List<int[]> helped) {
        List<int[]> losses = losses(text, s);
        failed.addAll(losses);
        List<int[]> helpsNow = helped.stream().filter(h -> HELPS_NOW.matcher(text)
                .region(Math.max(s.start(), h[0] - 12), h[0]).find()).toList();
        helped.removeIf(h -> losses.stream().anyMatch(l -> before(text, h, l)));
        failed.removeIf(f -> helpsNow.stream().anyMatch(h -> before(text, f, h)));
    }

    /** The cue {@code earlier} ends before {@code later} starts, no semicolon between them. */
    private static boolean before(String text, int[] earlier, int[] later) {
        return earlier[1] <= later[0] && text.substring(earlier[1], later[0]).indexOf(';') < 0;
    }
}
