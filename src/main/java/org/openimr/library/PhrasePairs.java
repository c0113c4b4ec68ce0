package org.openimr.library;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The adjacent word pairs a search's phrases require of every item that matches it, as a tsquery over the items'
 * {@code pair_document} (V13__library_word_pairs.sql): for {@code "physical therapy pain"}, whose words PostgreSQL
 * reads as {@code 'physic' <-> 'therapi' <-> 'pain'}, the pairs {@code 'physic_therapi' & 'therapi_pain'}.
 *
 * <p>The pairs must be implied by the words, never more: they are taken only from phrases every match must contain
 * (the parts of the query joined by AND, without OR, NOT or parentheses), and only from words the phrase puts at
 * consecutive positions ({@code <->}, not {@code <2>}, which a stop word between them gives). A phrase of two words
 * is exactly its pair; for a longer phrase the pairs narrow the items whose word positions PostgreSQL then compares
 * ({@link Match#comparePositions()}).
 */
final class PhrasePairs {

    /** Pairs of lexemes longer than this (in bytes, with the '_') are not in pair_document. */
    static final int MAX_PAIR_BYTES = 2046;

    private PhrasePairs() {
    }

    /**
     * How to match words with phrases: the words outside the phrases and the phrases' pairs by index, exactly; and
     * when some phrase is longer than two words or has a gap, the positions of the words too, on the items left.
     *
     * @param otherWords       the parts of the query that are no phrase, as tsquery text; null if none
     * @param pairs            the pairs the phrases require, as tsquery text
     * @param comparePositions whether the words must still be compared by position: a phrase of two words is its
     *                         pair, but one of three holds its two pairs in the right place only
     */
    record Match(String otherWords, String pairs, boolean comparePositions) {
    }

    /**
     * @param tsquery a tsquery as PostgreSQL prints it, e.g. {@code 'physic' <-> 'therapi' & !'opioid'}
     * @return how to match it with pairs, or empty when the words require no pair
     */
    static Optional<Match> match(String tsquery) {
        List<Token> tokens = tokens(tsquery);
        if (tokens == null) {
            return Optional.empty();
        }
        List<List<Token>> conjuncts = new ArrayList<>();
        List<Token> conjunct = new ArrayList<>();
        int depth = 0;
        for (Token token : tokens) {
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                depth--;
            } else if (depth == 0 && token.is("|")) {
                return Optional.empty(); // an item may match either side: no pair is required
            }
            if (depth == 0 && token.is("&")) {
                conjuncts.add(conjunct);
                conjunct = new ArrayList<>();
            } else {
                conjunct.add(token);
            }
        }
        conjuncts.add(conjunct);
        Set<String> pairs = new LinkedHashSet<>();
        StringJoiner otherWords = new StringJoiner(" & ");
        boolean comparePositions = false;
        for (List<Token> part : conjuncts) {
            if (isPhrase(part)) {
                Set<String> own = new LinkedHashSet<>();
                if (!addPairs(part, own)) {
                    comparePositions = true;
                    // words of the phrase no pair holds (beside a gap) are still required: the index finds them
                    for (int i = 0; i < part.size(); i += 2) {
                        String lexeme = part.get(i).lexeme();
                        if (own.stream().noneMatch(pair -> pair.startsWith(lexeme + "_") || pair.endsWith("_" + lexeme))) {
                            otherWords.add(part.get(i).raw());
                        }
                    }
                }
                pairs.addAll(own);
            } else {
                part.stream().map(Token::raw).reduce((a, b) -> a + " " + b).ifPresent(otherWords::add);
                comparePositions |= part.stream().anyMatch(t -> t.lexeme() == null && t.text().startsWith("<"));
            }
        }
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        StringJoiner all = new StringJoiner(" & ");
        pairs.forEach(pair -> all.add(quoted(pair)));
        return Optional.of(new Match(otherWords.length() == 0 ? null : otherWords.toString(), all.toString(),
                comparePositions));
    }

    /** The pairs the words require of every item that matches them, as tsquery text. */
    static Optional<String> required(String tsquery) {
        return match(tsquery).map(Match::pairs);
    }

    /** Whether one part of the query is a plain phrase: words joined by {@code <->} or {@code <N>}. */
    private static boolean isPhrase(List<Token> part) {
        if (part.size() < 3 || part.size() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < part.size(); i++) {
            Token token = part.get(i);
            boolean lexemeExpected = i % 2 == 0;
            if (lexemeExpected != (token.lexeme() != null) || !lexemeExpected && !token.text().startsWith("<")) {
                return false; // a negation, a group, a prefix or weighted word
            }
        }
        return true;
    }

    /**
     * Adds a phrase's pairs of adjacent words.
     *
     * @return whether the pairs alone match exactly the items that hold the phrase
     */
    private static boolean addPairs(List<Token> phrase, Set<String> pairs) {
        boolean exact = phrase.size() == 3 || isHyphenatedWord(phrase);
        for (int i = 1; i < phrase.size(); i += 2) {
            String left = phrase.get(i - 1).lexeme();
            String right = phrase.get(i + 1).lexeme();
            String pair = left + "_" + right;
            if (phrase.get(i).is("<->") && pair.getBytes(StandardCharsets.UTF_8).length <= MAX_PAIR_BYTES) {
                pairs.add(pair);
                // 'x_y' + 'z' and 'x' + 'y_z' give the same pair
                exact &= left.indexOf('_') < 0 && right.indexOf('_') < 0;
            } else {
                exact = false;
            }
        }
        return exact;
    }

    /**
     * Whether a phrase is one hyphenated word as PostgreSQL reads it: the whole word, then each of its parts at the
     * next positions ({@code x-rays}: {@code 'x-ray' <-> 'x' <-> 'ray'}). The parser always puts a hyphenated word's
     * parts right after it, so an item holding the pair of the whole word and its first part holds the word, parts and
     * all: the pairs match exactly the items holding the phrase, and no positions need comparing. (A part that is a
     * stop word leaves a gap, {@code <2>}, and the phrase is then not this shape.)
     */
    private static boolean isHyphenatedWord(List<Token> phrase) {
        String whole = phrase.get(0).lexeme();
        if (whole.indexOf('-') < 0 || whole.split("-", -1).length != phrase.size() / 2) {
            return false;
        }
        for (int i = 1; i < phrase.size(); i += 2) {
            if (!phrase.get(i).is("<->")) {
                return false;
            }
        }
        return true;
    }

    /**
     * One token of a printed tsquery: a lexeme (its text unquoted in {@code lexeme}), or an operator: {@code & | !
     * ( ) <-> <N>}. A lexeme with a weight or prefix mark ({@code 'word':*A}) has no {@code lexeme}.
     */
    private record Token(String text, String lexeme, String raw) {

        Token(String operator) {
            this(operator, null, operator);
        }

        boolean is(String operator) {
            return lexeme == null && text.equals(operator);
        }
    }

    /** The tokens of a printed tsquery, or null when it has a form this reader does not know. */
    private static List<Token> tokens(String tsquery) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < tsquery.length()) {
            char c = tsquery.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '\'') {
                StringBuilder lexeme = new StringBuilder();
                int start = i;
                i++;
                while (true) {
                    if (i >= tsquery.length()) {
                        return null;
                    }
                    char d = tsquery.charAt(i);
                    if (d == '\'' && i + 1 < tsquery.length() && tsquery.charAt(i + 1) == '\'') {
                        lexeme.append('\'');
                        i += 2;
                    } else if (d == '\\' && i + 1 < tsquery.length()) {
                        lexeme.append(tsquery.charAt(i + 1));
                        i += 2;
                    } else if (d == '\'') {
                        i++;
                        break;
                    } else {
                        lexeme.append(d);
                        i++;
                    }
                }
                if (i < tsquery.length() && tsquery.charAt(i) == ':') {
                    int end = i + 1;
                    while (end < tsquery.length() && "*ABCDabcd".indexOf(tsquery.charAt(end)) >= 0) {
                        end++;
                    }
                    tokens.add(new Token(tsquery.substring(i, end), null, tsquery.substring(start, end)));
                    i = end;
                } else {
                    tokens.add(new Token(lexeme.toString(), lexeme.toString(), tsquery.substring(start, i)));
                }
            } else if (c == '<') {
                int end = tsquery.indexOf('>', i);
                if (end < 0) {
                    return null;
                }
                tokens.add(new Token(tsquery.substring(i, end + 1)));
                i = end + 1;
            } else if ("&|!()".indexOf(c) >= 0) {
                tokens.add(new Token(String.valueOf(c)));
                i++;
            } else {
                return null;
            }
        }
        return tokens;
    }

    /** A lexeme in tsquery syntax: quoted, with quotes doubled and backslashes escaped. */
    static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
