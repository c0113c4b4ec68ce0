package org.openimr.guidelines;

import java.util.List;
import java.util.Objects;
import org.openimr.shared.CitationBasis;
import org.openimr.shared.GuidelineCitation;

/**
 * One rule of a guideline edition, as data: what it addresses, what it requires, its limits and what extends them.
 *
 * @param id          stable identifier, e.g. {@code cpmtg-2009.physical-medicine.myalgia}
 * @param title       a short name
 * @param topic       the MTUS topic it belongs to (decides when it is in force)
 * @param citation    edition, sections and pages
 * @param applies     the requests it addresses
 * @param strength    recommended, recommended with criteria, or not recommended
 * @param criteria    conditions that must all hold for the request to be supported (none for not recommended)
 * @param limits      numeric bounds
 * @param extensions  how the limits may be exceeded
 * @param confidence  how sure the data is (tags of mtus-criteria.md)
 * @param summary     the rule in a sentence, in this project's words
 * @param source      where the data came from (rule ids of mtus-criteria.md, letters that quote it) and doubts
 * @param file        the data file it was read from
 */
public record Recommendation(String id, String title, Topic topic, Citation citation, Applicability applies,
        Strength strength, List<Criterion> criteria, List<Limit> limits, List<Extension> extensions,
        Confidence confidence, String summary, String source, String file) {

    public Recommendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(applies, "applies");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(confidence, "confidence");
        criteria = List.copyOf(criteria);
        limits = List.copyOf(limits);
        extensions = List.copyOf(extensions);
        source = Objects.requireNonNullElse(source, "");
    }

    public Edition edition() {
        return citation.edition();
    }

    /** MTUS, or NON_MTUS for fallback guidelines (ODG) used only where the MTUS is silent (8 CCR 9792.21.1). */
    public CitationBasis basis() {
        return edition().document().basis();
    }

    /** The guideline line a letter would print for this recommendation (2016-17 layout). */
    public GuidelineCitation guidelineCitation() {
        return citation.toGuidelineCitation();
    }

    /** The limits that count against a shared budget, e.g. {@code physical_medicine}. */
    public List<Limit> limitsInBudget(String budget) {
        return limits.stream().filter(l -> budget.equals(l.budget())).toList();
    }

    @Override
    public String toString() {
        return id + " [" + citation.edition().displayName() + "]";
    }
}
