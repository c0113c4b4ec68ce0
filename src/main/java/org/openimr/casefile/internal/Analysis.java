package org.openimr.casefile.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.BodySite;
import org.openimr.casefile.CaseDocument;
import org.openimr.casefile.Span;
import org.openimr.shared.BodyRegion;
import org.openimr.shared.Side;

/**
 * One document prepared for the extractors: its sentences (with sections), and the lexicon terms, triggers and dates
 * found in it, each computed once.
 */
final class Analysis {

    private static final Pattern SPINAL_LEVEL = Pattern.compile(
            "(?<![\\p{L}\\d])([CTLS])(\\d{1,2})(?:\\s*[-/]\\s*(?:[CTLS]?\\d{1,2}))?(?![\\p{L}\\d])");
    private static final Pattern SIDE_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(right\\s+and\\s+left|left\\s+and\\s+right|bilateral|bilaterally|both|"
                    + BodySite.LEFT_AS_A_SIDE + "|right|lt\\.?|rt\\.?)"
                    + "(?![\\p{L}])");
    /**
     * A capital L or R just before a limb is its side ("L knee", "R wrist"); before a spinal level ("L4-5") or the
     * spine ("L spine") it is none, so only a limb's part after it ({@link #LIMB}) takes it.
     */
    private static final Pattern SIDE_LETTER = Pattern.compile("(?<![\\p{L}\\d./-])([LR])\\s{1,2}$");
    private static final Pattern LIMB = Pattern.compile("(?i)(?:knee|shoulder|hip|elbow|wrist|hand|ankle|foot|arm|leg|"
            + "thumb|finger|heel|forearm|upper\\s+extremity|lower\\s+extremity)s?(?![\\p{L}])");
    private static final Pattern SIDE_AFTER = Pattern.compile(
            "(?i)^[\\s,]*(?:(bilaterally|bilateral)|(?:on\\s+the\\s+|,\\s*)(left|right)(?![\\p{L}]))");
    /**
     * A side written after a diagnosis or finding and closing its phrase: "radiculopathy on the left (side)",
     * "impingement, right-sided", "radiculopathy left sided". The side must end the phrase (a separator, the end, or
     * "greater than" follows), so that "sprain, left hand contusion" leaves the left to the hand.
     */
    private static final Pattern SIDE_CLOSING = Pattern.compile("(?i)^[\\s,]*(?:on\\s+the\\s+)?(left|right|bilateral(?:ly)?)"
            + "(?:[\\s-]*sided|\\s+side)?(?=\\s*(?:[;.,:)]|$|(?:greater|worse|more)(?![\\p{L}])))");

    final CaseDocument document;
    final String text;
    final Lexicon lexicon;
    final List<Sentence> sentences;
    private final Map<Object, List<?>> cache = new HashMap<>();

    Analysis(CaseDocument document, Lexicon lexicon, SentenceSplitter splitter) {
        this.document = document;
        this.text = document.text();
        this.lexicon = lexicon;
        this.sentences = splitter.split(text);
    }

    Span span(int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(text.charAt(s)))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return Span.of(document, s, e);
    }

    String quote(int start, int end) {
        return text.substring(start, end);
    }

    /** The sentence holding this offset, if any (offsets between sentences belong to none). */
    Optional<Sentence> sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                high = mid - 1;
            } else if (offset >= s.end()) {
                low = mid + 1;
            } else {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    <V> List<Match<V>> matches(PhraseMatcher<V> matcher) {
        @SuppressWarnings("unchecked")
        List<Match<V>> found = (List<Match<V>>) cache.get(matcher);
        if (found == null) {
            found = matcher.find(text);
            cache.put(matcher, found);
        }
        return found;
    }

    <V> List<Match<V>> matchesIn(PhraseMatcher<V> matcher, int from, int to) {
        List<Match<V>> all = matches(matcher);
        int low = 0;
        int high = all.size();
        while (low < high) { // the first match starting at or after from (matches are sorted by start)
            int mid = (low + high) >>> 1;
            if (all.get(mid).start() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<Match<V>> in = new ArrayList<>();
        for (int i = low; i < all.size() && all.get(i).start() < to; i++) {
            if (all.get(i).end() <= to) {
                in.add(all.get(i));
            }
        }
        return in;
    }

    <V> List<Match<V>> matchesIn(PhraseMatcher<V> matcher, Sentence s) {
        return matchesIn(matcher, s.start(), s.end());
    }

    List<Dates.Mention> dates() {
        return cached("dates", () -> Dates.find(text));
    }

    List<Dates.Mention> datesIn(int from, int to) {
        return dates().stream().filter(d -> d.start() >= from && d.end() <= to).toList();
    }

    /** Body parts in the text: lexicon terms, and spinal levels (L4-5, C5-6, L5-S1) as their spine region. */
    List<Match<BodyRegion>> bodyParts() {
        return cached("bodyParts", () -> {
            List<Match<BodyRegion>> all = new ArrayList<>(matches(lexicon.bodyParts));
            Matcher m = SPINAL_LEVEL.matcher(text);
            while (m.find()) {
                int level = Integer.parseInt(m.group(2));
                BodyRegion part = switch (m.group(1)) {
                    case "C" -> level <= 8 ? BodyRegion.CERVICAL_SPINE : null;
                    case "T" -> level <= 12 ? BodyRegion.THORACIC_SPINE : null;
                    case "L", "S" -> level <= 5 ? BodyRegion.LUMBAR_SPINE : null;
                    default -> null;
                };
                int start = m.start();
                if (part == BodyRegion.THORACIC_SPINE && isThyroidHormone(m)) {
                    continue;
                }
                if (part != null && all.stream().noneMatch(x -> x.overlaps(start, m.end()))) {
                    all.add(new Match<>(m.start(), m.end(), part));
                }
            }
            all.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return all;
        });
    }

    /**
     * "T3" or "T4" alone as a thyroid hormone, not a thoracic level: after "free", "total" or "reverse", or beside
     * a thyroid word ("TSH, free T4", "T4 and TSH").
     */
    private boolean isThyroidHormone(Matcher level) {
        if (level.end() - level.start() != 2 || !level.group(2).matches("[34]")) {
            return false;
        }
        String before = text.substring(Math.max(0, level.start() - 25), level.start());
        String after = text.substring(level.end(), Math.min(text.length(), level.end() + 25));
        String around = before.substring(before.lastIndexOf('.') + 1) + " " + after.split("\\.", 2)[0];
        return THYROID_WORDS.matcher(around).find()
                || FREE_OR_TOTAL.matcher(text.substring(Math.max(0, level.start() - 10), level.start())).find();
    }

    private static final Pattern THYROID_WORDS = Pattern.compile("\\b(TSH|thyroid|Thyroid|THYROID|FT4|FT3)\\b");
    private static final Pattern FREE_OR_TOTAL = Pattern.compile("(?i)\\b(free|total|reverse)\\s+$");

    /** The nearest body part within the window around {@code [start, end)}, inside the sentence, with its side. */
    Optional<Match<BodySite>> regionNear(Sentence s, int start, int end, int before, int after) {
        int from = Math.max(s.start(), start - before);
        int to = Math.min(s.end(), end + after);
        Match<BodyRegion> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Match<BodyRegion> m : bodyParts()) {
            if (!m.within(from, to)) {
                continue;
            }
            int distance = m.overlaps(start, end) ? 0 : m.end() <= start ? start - m.end() : m.start() - end;
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        BodyRegion part = best.value();
        Optional<Side> side = sideOf(s, best.start(), best.end());
        if (side.isEmpty() && best.start() < end) {
            side = sideClosing(s, Math.max(end, best.end())); // "lumbar radiculopathy on the left"
        }
        return Optional.of(new Match<>(best.start(), best.end(), new BodySite(part, side)));
    }

    /** The side stated just before a mention ("left knee", "right and left shoulder") or just after ("knees bilaterally"). */
    Optional<Side> sideOf(Sentence s, int start, int end) {
        int from = Math.max(s.start(), start - 25);
        int separator = Math.max(text.lastIndexOf(';', start - 1), text.lastIndexOf(',', start - 1));
        if (separator >= from) {
            from = separator + 1; // "left L5 radiculopathy; lumbar disc herniation": the side stays with its item
        }
        Matcher letter = SIDE_LETTER.matcher(text).region(from, start);
        if (letter.find() && LIMB.matcher(text).region(start, end).lookingAt()) {
            return Optional.of(side(letter.group(1)));
        }
        Matcher before = SIDE_BEFORE.matcher(text).region(from, start);
        Side side = null;
        while (before.find()) {
            side = side(before.group(1));
        }
        if (side != null) {
            return Optional.of(side);
        }
        Matcher after = SIDE_AFTER.matcher(text).region(end, Math.min(s.end(), end + 20));
        if (after.find()) {
            return Optional.of(side(after.group(1) != null ? after.group(1) : after.group(2)));
        }
        return Optional.empty();
    }

    private Optional<Side> sideClosing(Sentence s, int end) {
        Matcher after = SIDE_CLOSING.matcher(text).region(end, s.end());
        return after.find() ? Optional.of(side(after.group(1))) : Optional.empty();
    }

    private static Side side(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        if (w.startsWith("bilateral") || w.equals("both") || w.contains(" and ")) {
            return Side.BILATERAL;
        }
        return w.startsWith("l") ? Side.LEFT : Side.RIGHT;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cached(String key, Supplier<List<T>> compute) {
        List<T> found = (List<T>) cache.get(key);
        if (found == null) {
            found = compute.get(); // may itself fill the cache, so no computeIfAbsent
            cache.put(key, found);
        }
        return found;
    }
}
