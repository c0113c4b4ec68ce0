package org.openimr.letters;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.PageRange;

/**
 * Writes a {@link GuidelineCitation} back as the sentence a letter prints on its guideline line, from the citation's
 * typed fields (never from its {@code text}), in the forms of the 2016-17 letters:
 * <pre>
 * MTUS      Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use.
 *           Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 98-99.
 *           (each other source follows as "Decision based on Non-MTUS Citation &lt;source&gt;.")
 * NON_MTUS  The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines.
 *           Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain.
 * NONE      The Claims Administrator did not cite any medical evidence for its decision.
 * </pre>
 * Each non-MTUS source gets its own "Decision based on Non-MTUS Citation" sentence, so that a reader (and the parser)
 * can tell where one source ends and the next begins. The sentence never includes the line's label.
 */
public final class CitationSentence {

    /** Whose guideline line it is: the sentences name the claims administrator or the expert reviewer. */
    public enum Citer {
        CLAIMS_ADMINISTRATOR("The Claims Administrator", "its"),
        EXPERT_REVIEWER("The Expert Reviewer", "their");

        private final String subject;
        private final String possessive;

        Citer(String subject, String possessive) {
            this.subject = subject;
            this.possessive = possessive;
        }
    }

    private static final String NON_MTUS_SOURCE = "Decision based on Non-MTUS Citation ";

    private CitationSentence() {
    }

    /** The sentence(s) of the guideline line, without its label. */
    public static String of(GuidelineCitation citation, Citer citer) {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(citer, "citer");
        return switch (citation.basis()) {
            case NONE -> citer.subject + " did not cite any medical evidence for " + citer.possessive + " decision.";
            case NON_MTUS -> join(citer.subject
                    + " based their decision on recommendation(s) outside of the MTUS Guidelines.",
                    otherSources(citation.otherSources()));
            case MTUS -> join(mtus(citation), otherSources(citation.otherSources()));
        };
    }

    /** The same citation with {@code text} set to its sentence: the form a letter issued by OpenIMR carries. */
    public static GuidelineCitation withSentence(GuidelineCitation citation, Citer citer) {
        return new GuidelineCitation(citation.basis(), citation.guideline(), citation.edition(), citation.sections(),
                citation.pages(), citation.otherSources(), of(citation, citer));
    }

    private static String mtus(GuidelineCitation c) {
        StringBuilder sb = new StringBuilder("Decision based on MTUS");
        if (c.guideline() != null && !c.guideline().isBlank()) {
            sb.append(' ').append(c.guideline().strip());
        }
        if (c.edition() != null && !c.edition().isBlank()) {
            sb.append(' ').append(c.edition().strip());
        }
        if (!c.sections().isEmpty()) {
            sb.append(", Section(s): ").append(String.join(", ", c.sections()));
        }
        if (!c.pages().isEmpty()) {
            sb.append(c.sections().isEmpty() ? " " : ", ").append("Page(s): ")
                    .append(c.pages().stream().map(PageRange::toString).collect(Collectors.joining(", ")));
        }
        return sentence(sb.toString());
    }

    private static String otherSources(List<String> sources) {
        return sources.stream().map(s -> sentence(NON_MTUS_SOURCE + s.strip())).collect(Collectors.joining(" "));
    }

    private static String join(String first, String rest) {
        return rest.isEmpty() ? first : first + " " + rest;
    }

    /** Ends the text with a full stop unless it already ends with one. */
    private static String sentence(String s) {
        return s.endsWith(".") ? s : s + ".";
    }
}
