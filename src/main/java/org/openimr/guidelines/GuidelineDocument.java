package org.openimr.guidelines;

import java.util.List;
import java.util.Objects;
import org.openimr.shared.CitationBasis;

/**
 * A guideline as a lasting work that has editions over time, e.g. the DWC Chronic Pain Medical Treatment
 * Guidelines (2009, 2016) or the ACOEM low back guideline (Low Back Complaints 2004, then the ACOEM Low Back
 * Disorders guideline versions adopted from 2017-12-01).
 *
 * @param id             stable identifier used by the data files, e.g. {@code cpmtg}
 * @param title          the full title
 * @param publisher      who writes it (DWC, ACOEM, ...)
 * @param basis          {@link CitationBasis#MTUS} for parts of the MTUS, {@link CitationBasis#NON_MTUS} for
 *                       guidelines reviewers fall back on (ODG)
 * @param aliases        other names letters print for it (every edition's {@link Edition#citedAs()} is a name too)
 * @param pagesStyleName the name the older page-citing letter layout prints, e.g. "Chronic Pain Treatment
 *                       Guidelines" in "Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 98-99."
 */
public record GuidelineDocument(String id, String title, String publisher, CitationBasis basis, List<String> aliases,
        String pagesStyleName) {

    public GuidelineDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(basis, "basis");
        aliases = List.copyOf(aliases);
        pagesStyleName = pagesStyleName == null ? title : pagesStyleName;
    }

    public boolean isMtus() {
        return basis == CitationBasis.MTUS;
    }
}
