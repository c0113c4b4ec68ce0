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
 * <p>The pairs only narrow the items whose positions PostgreSQL then compares; the search's words still decide. So
 * the pairs must be implied by the words, never more: they are taken only from phrases every match must contain
 * (the parts of the query joined by AND, without OR, NOT or parentheses), and only from words the phrase puts at
 * consecutive positions ({@code <->}, not {@code <2>}, which a stop word between them gives).
 */
final class PhrasePairs {

    /** Pairs of lexemes longer than this (in bytes, with the '_') are not in pair_document. */
    static final int MAX_PAIR_BYTES = 2046;

    private PhrasePairs() {
    }

    /**
     * @param tsquery a tsquery as PostgreSQL prints it, e.g. {@code 'physic' <-> 'therapi' & !'opioid'}
     * @return the pairs as tsquery text, or empty when the words require no pair
     */
    static Optional<String> required(String tsquery) {
        List<Token> tokens = tokens(tsquery);
        if (tokens == null) {
            return Optional.empty();
        }
        Set<String> pairs = new LinkedHashSet<>();
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
                addPairs(conjunct, pairs);
                conjunct.clear();
            } else {
                conjunct.add(token);
            }
        }
        addPairs(conjunct, pairs);
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        StringJoiner all = new StringJoiner(" & ");
        pairs.forEach(pair -> all.add(quoted(pair)));
        return Optional.of(all.toString());
    }

    /** The pairs of one part of the query when it is a plain phrase ('a' <-> 'b' <2> 'c'), else none. */
    private static void addPairs(List<Token> phrase, Set<String> pairs) {
        for (int i = 0; i < phrase.size(); i++) {
            Token token = phrase.get(i);
            boolean lexemeExpected = i % 2 == 0;
            if (lexemeExpected != (token.lexeme() != null) || !lexemeExpected && !token.text().startsWith("<")) {
                return; // a negation, a group, a prefix or weighted word: not a plain phrase
            }
        }
        if (phrase.size() % 2 == 0) {
            return;
        }
        for (int i = 1; i < phrase.size(); i += 2) {
            if (phrase.get(i).is("<->")) {
                String pair = phrase.get(i - 1).lexeme() + "_" + phrase.get(i + 1).lexeme();
                if (pair.getBytes(StandardCharsets.UTF_8).length <= MAX_PAIR_BYTES) {
                    pairs.add(pair);
                }
            }
        }
    }

    /**
     * One token of a printed tsquery: a lexeme (its text unquoted in {@code lexeme}), or an operator: {@code & | !
     * ( ) <-> <N>}. A lexeme with a weight or prefix mark ({@code 'word':*A}) has no {@code lexeme}.
     */
    private record Token(String text, String lexeme) {

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
                    tokens.add(new Token(tsquery.substring(i, end), null));
                    i = end;
                } else {
                    tokens.add(new Token(lexeme.toString(), lexeme.toString()));
                }
            } else if (c == '<') {
                int end = tsquery.indexOf('>', i);
                if (end < 0) {
                    return null;
                }
                tokens.add(new Token(tsquery.substring(i, end + 1), null));
                i = end + 1;
            } else if ("&|!()".indexOf(c) >= 0) {
                tokens.add(new Token(String.valueOf(c), null));
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
