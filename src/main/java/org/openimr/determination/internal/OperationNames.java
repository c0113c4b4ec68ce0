package org.openimr.determination.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations a request can name (codes of the guideline vocabulary's surgeries, {@code surgeries} of
 * {@value CategoryRules#RESOURCE}) and the words that name a procedure only as possible ({@code tentativeProcedures}:
 * "possible RCR", "+/- labral debridement"). What a physician decides is the operation definitely requested: with the
 * possible procedures set aside, the first entry that still matches by a procedure's own name is the operation read
 * ("R shoulder arthroscopy, SAD, DCE, possible RCR" is the decompression). When nothing but a bare arthroscopy is left
 * beside them ("R shoulder arthroscopy, possible RCR") or nothing at all, the whole request is read, as before.
 */
public final class OperationNames {

    /**
     * One operation's words; {@code namesNoProcedure}: the entry reads an operation from a bare arthroscopy of a joint,
     * no procedure named, so it never wins over a procedure the request names only as possible.
     */
    public record OperationPattern(String code, List<Pattern> any, boolean namesNoProcedure) {

        boolean matches(String text) {
            return any.stream().anyMatch(p -> p.matcher(text).find());
        }

        /** Where the first of its patterns that matches finds the operation's name in the text. */
        Optional<int[]> span(String text) {
            for (Pattern p : any) {
                Matcher m = p.matcher(text);
                if (m.find()) {
                    return Optional.of(new int[] {m.start(), m.end()});
                }
            }
            return Optional.empty();
        }
    }

    private final List<OperationPattern> operations;
    private final List<Pattern> tentative;

    OperationNames(List<OperationPattern> operations, List<Pattern> tentative) {
        this.operations = List.copyOf(operations);
        this.tentative = List.copyOf(tentative);
    }

    /** The operation the request names, as a code of the vocabulary's surgeries: the first matching entry counts. */
    public Optional<String> read(String text) {
        String definite = withoutPossibleProcedures(text);
        if (!definite.equals(text)) {
            Optional<String> named = operations.stream().filter(o -> !o.namesNoProcedure() && o.matches(definite))
                    .map(OperationPattern::code).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        return operations.stream().filter(o -> o.matches(text)).map(OperationPattern::code).findFirst();
    }

    /**
     * Every operation the request names definitely, by a procedure's own words, in the order of the entries: a
     * combined request ("R shoulder scope with SAD, DCE and RCR") names several, each decided by its own rule.
     * Procedures named only as possible ("possible RCR", the second of "SAD vs RCR"), and a bare arthroscopy, are not
     * among them.
     */
    public List<String> readAll(String text) {
        String definite = withoutPossibleProcedures(text);
        List<String> codes = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (OperationPattern o : operations) {
            if (o.namesNoProcedure() || codes.contains(o.code())) {
                continue;
            }
            // a name that ends among the words an earlier operation's name holds is that operation's ("cervical
            // discectomy and fusion" names no lumbar discectomy; "L4-5 laminectomy and fusion" is the fusion)
            Optional<int[]> span = o.span(definite);
            if (span.isPresent() && taken.stream().noneMatch(t -> t[0] < span.get()[1] && span.get()[1] <= t[1])) {
                codes.add(o.code());
                taken.add(span.get());
            }
        }
        return List.copyOf(codes);
    }

    /** The text with each procedure named only as possible blanked. */
    String withoutPossibleProcedures(String text) {
        String out = text;
        for (Pattern p : tentative) {
            Matcher m = p.matcher(out);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(b, " ".repeat(m.end() - m.start()));
            }
            m.appendTail(b);
            out = b.toString();
        }
        return out;
    }
}
