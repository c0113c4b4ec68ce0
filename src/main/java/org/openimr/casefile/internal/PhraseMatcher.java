package org.openimr.casefile.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lexicon terms in a text: whole words, any run of white space (line breaks included) between the words of a
 * term, an apostrophe optional ("Spurling's" = "Spurlings" = "Spurling’s"), a term's first word "not" also written on
 * the verb before it ("wasn't able to transfer" for "not able to transfer"; casefile/shorthand.tsv has the verbs
 * written so inside a term, "didn't tolerate"). Where terms of one vocabulary overlap,
 * the leftmost wins, the longest of those starting there. A vocabulary of cues that each act on their own
 * ({@link #sharingWords}: the context triggers) instead keeps the longest term and also any term of a different
 * meaning that only shares some words with it ("was negative" reads back and "negative for" on, in "the MRI was
 * negative for disc herniation"); a term inside a longer one still gives way to it. A vocabulary whose caller decides
 * itself which of overlapping terms count ({@link #everyTerm}: the fact phrases, each fact with its own `against`
 * phrases) gets every term found, overlapping and nested ones included. Terms of another vocabulary are another
 * matcher's and never
 * compete: a body part inside a diagnosis or injection phrase is still found. A term
 * written in capitals only ("PT", "MRI") is matched case-sensitively; every other term ignores case. The terms are
 * compiled into one trie-shaped pattern ("n(?:orco|aproxen)"), so matching costs the length of a match rather than
 * the number of terms.
 */
final class PhraseMatcher<V> {

    private static final String GAP = " ";
    private static final String APOSTROPHE = "'";
    private static final String WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_AFTER = "(?![\\p{L}\\p{N}])";
    /** A verb with its "not" written on: "wasn't", "can't", "don't" (the apostrophe required, "want" is no "not"). */
    private static final Pattern CONTRACTED_NOT = Pattern.compile(WORD_BEFORE + "\\p{L}+"
            + Shorthand.NOT_WRITTEN_ON);

    private final Pattern caseInsensitive;
    private final Pattern caseSensitive;
    private final Map<String, V> values;
    private final Overlaps overlaps;

    /** Which of overlapping terms are kept. */
    private enum Overlaps {
        LEFTMOST_LONGEST, SHARING_WORDS, EVERY_TERM
    }

    private PhraseMatcher(Map<String, V> terms, Overlaps overlaps) {
        this.values = new HashMap<>();
        this.overlaps = overlaps;
        List<String> insensitive = new ArrayList<>();
        List<String> sensitive = new ArrayList<>();
        for (Map.Entry<String, V> e : terms.entrySet()) {
            String term = e.getKey().strip();
            V previous = values.put(key(term), e.getValue());
            if (previous != null && !previous.equals(e.getValue())) {
                throw new IllegalStateException("term with two meanings: " + term);
            }
            (isCapitals(term) ? sensitive : insensitive).add(term);
        }
        this.caseInsensitive = compile(insensitive, true);
        this.caseSensitive = compile(sensitive, false);
    }

    static <V> PhraseMatcher<V> of(Map<String, V> terms) {
        return new PhraseMatcher<>(Shorthand.withShortForms(terms), Overlaps.LEFTMOST_LONGEST);
    }

    /** A matcher whose terms of different meanings may share words where neither holds the other. */
    static <V> PhraseMatcher<V> sharingWords(Map<String, V> terms) {
        return new PhraseMatcher<>(Shorthand.withShortForms(terms), Overlaps.SHARING_WORDS);
    }

    /**
     * A matcher that keeps every term it finds, overlapping and nested ones included ("complete tear" and "tear of the
     * supraspinatus" in "complete tear of the supraspinatus", "home exercise" inside "home exercise program"), in
     * text order, the longest first where several start together.
     */
    static <V> PhraseMatcher<V> everyTerm(Map<String, V> terms) {
        return new PhraseMatcher<>(Shorthand.withShortForms(terms), Overlaps.EVERY_TERM);
    }

    List<Match<V>> find(CharSequence text) {
        List<Match<V>> all = new ArrayList<>();
        boolean nested = overlaps == Overlaps.EVERY_TERM;
        collect(caseInsensitive, lowerCase(text), nested, all);
        collect(caseSensitive, text, nested, all);
        return switch (overlaps) {
            case LEFTMOST_LONGEST -> leftmostLongest(all);
            case SHARING_WORDS -> longestSharingWords(all);
            case EVERY_TERM -> inTextOrder(all);
        };
    }

    private static <V> List<Match<V>> inTextOrder(List<Match<V>> all) {
        all.sort(Comparator.<Match<V>>comparingInt(Match::start).thenComparing(m -> -(m.end() - m.start())));
        return all;
    }

    private static <V> List<Match<V>> leftmostLongest(List<Match<V>> all) {
        all.sort(Comparator.<Match<V>>comparingInt(Match::start).thenComparing(m -> -(m.end() - m.start())));
        List<Match<V>> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Match<V> m : all) {
            if (m.start() >= lastEnd) {
                kept.add(m);
                lastEnd = m.end();
            }
        }
        return kept;
    }

    private static <V> List<Match<V>> longestSharingWords(List<Match<V>> all) {
        all.sort(Comparator.<Match<V>>comparingInt(m -> -(m.end() - m.start())).thenComparingInt(Match::start));
        TreeMap<Integer, List<Match<V>>> kept = new TreeMap<>(); // by start; the first kept is the longest
        int longest = all.isEmpty() ? 0 : all.get(0).end() - all.get(0).start();
        for (Match<V> m : all) {
            boolean hidden = kept.subMap(m.start() - longest, true, m.end(), false).values().stream()
                    .flatMap(List::stream).anyMatch(k -> outranks(k, m));
            if (!hidden) {
                kept.computeIfAbsent(m.start(), s -> new ArrayList<>()).add(m);
            }
        }
        return kept.values().stream().flatMap(List::stream).toList();
    }

    /** Whether a kept term (as long or longer) hides an overlapping one: it holds it, or they mean the same. */
    private static <V> boolean outranks(Match<V> kept, Match<V> other) {
        return kept.overlaps(other.start(), other.end()) && (kept.start() <= other.start() && other.end() <= kept.end()
                || kept.value().equals(other.value()));
    }

    /**
     * The longest term at every position where one starts, overlapping ones included; with {@code nested} also the
     * shorter terms starting there ("home exercise" under "home exercise program").
     */
    private void collect(Pattern pattern, CharSequence text, boolean nested, List<Match<V>> into) {
        if (pattern == null) {
            return;
        }
        Matcher m = pattern.matcher(text);
        Matcher shorter = nested ? pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false) : null;
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            add(m.start(), m.end(), text, into);
            for (int end = m.end() - 1; nested && end > m.start() && shorter.region(m.start(), end).lookingAt();
                    end = shorter.end() - 1) {
                add(m.start(), shorter.end(), text, into);
            }
            from = m.start() + 1;
        }
    }

    private void add(int start, int end, CharSequence text, List<Match<V>> into) {
        String matched = text.subSequence(start, end).toString();
        V value = values.get(key(matched));
        Matcher contracted = CONTRACTED_NOT.matcher(matched);
        if (value == null && contracted.lookingAt()) {
            value = values.get(key("not" + matched.substring(contracted.end())));
        }
        if (value != null) {
            into.add(new Match<>(start, end, value));
        }
    }

    /** A node of the trie of term units: a character, a word gap (white space) or an optional apostrophe. */
    private static final class Node {
        final Map<String, Node> children = new TreeMap<>();
        boolean terminal;
    }

    private static Pattern compile(List<String> terms, boolean ignoreCase) {
        if (terms.isEmpty()) {
            return null;
        }
        Node root = new Node();
        for (String term : terms) {
            Node node = root;
            for (String unit : units(ignoreCase ? term.toLowerCase(Locale.ROOT) : term)) {
                node = node.children.computeIfAbsent(unit, u -> new Node());
            }
            node.terminal = true;
        }
        // the word-start check once, before the alternation: most positions are inside a word and fail at once
        Node words = new Node();
        Node others = new Node();
        root.children.forEach((unit, child) ->
                (Character.isLetterOrDigit(unit.charAt(0)) ? words : others).children.put(unit, child));
        StringBuilder regex = new StringBuilder();
        if (!words.children.isEmpty()) {
            regex.append(WORD_BEFORE).append("(?:");
            emit(words, null, regex);
            regex.append(")");
        }
        if (!others.children.isEmpty()) {
            regex.append(regex.length() > 0 ? "|" : "").append("(?:");
            emit(others, null, regex);
            regex.append(")");
        }
        Node not = ignoreCase ? notNode(root) : null;
        if (not != null) {
            // the terms that start with "not", also after a verb that has it for its end: "wasn't able to transfer"
            regex.append(regex.length() > 0 ? "|" : "").append("(?:").append(CONTRACTED_NOT.pattern());
            emit(not, "t", regex);
            regex.append(")");
        }
        return Pattern.compile(regex.toString()); // case-insensitive terms are matched on the lower-cased text
    }

    /** The term "not" and the terms that start with "not " ("notes" is another word), if any. */
    private static Node notNode(Node root) {
        Node node = root;
        for (String unit : List.of("n", "o", "t")) {
            node = node.children.get(unit);
            if (node == null) {
                return null;
            }
        }
        Node not = new Node();
        not.terminal = node.terminal;
        if (node.children.containsKey(GAP)) {
            not.children.put(GAP, node.children.get(GAP));
        }
        return not.terminal || !not.children.isEmpty() ? not : null;
    }

    /** Lower case, character by character, so that offsets stay those of the text. */
    private static CharSequence lowerCase(CharSequence text) {
        char[] lower = new char[text.length()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(text.charAt(i));
        }
        return java.nio.CharBuffer.wrap(lower);
    }

    private static List<String> units(String term) {
        List<String> units = new ArrayList<>();
        String[] words = term.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                units.add(GAP);
            }
            for (char c : words[i].toCharArray()) {
                units.add(c == '\'' || c == '’' ? APOSTROPHE : String.valueOf(c));
            }
        }
        return units;
    }

    /**
     * Writes the pattern of a node: the alternation of its children, longest first by construction (a term that ends
     * here is the last alternative). A term beginning (ending) with a letter or digit must begin (end) a word.
     */
    private static void emit(Node node, String unit, StringBuilder regex) {
        List<String> alternatives = new ArrayList<>();
        for (Map.Entry<String, Node> child : node.children.entrySet()) {
            StringBuilder alternative = new StringBuilder();
            String u = child.getKey();
            alternative.append(switch (u) {
                case GAP -> "\\s+";
                case APOSTROPHE -> "['’]?";
                default -> Character.isLetterOrDigit(u.charAt(0)) ? u : "\\" + u;
            });
            emit(child.getValue(), u, alternative);
            alternatives.add(alternative.toString());
        }
        if (node.terminal) {
            boolean word = unit != null && unit.length() == 1 && Character.isLetterOrDigit(unit.charAt(0));
            alternatives.add(word ? WORD_AFTER : "");
        }
        if (alternatives.size() == 1) {
            regex.append(alternatives.get(0));
        } else if (!alternatives.isEmpty()) {
            regex.append("(?:").append(String.join("|", alternatives)).append(")");
        }
    }

    /** The lookup key of a term or of matched text: lower case, single spaces, no apostrophes. */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("\\s+", " ").strip();
    }

    private static boolean isCapitals(String term) {
        boolean letters = false;
        for (char c : term.toCharArray()) {
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
