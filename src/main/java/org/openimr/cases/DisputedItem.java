package org.openimr.cases;

import java.util.Objects;
import java.util.Optional;

/**
 * One treatment the application disputes, as the form describes it.
 *
 * @param request                     the treatment as requested (e.g. "Physical therapy 2x6 lumbar spine")
 * @param diagnosis                   the diagnosis it is for, if given
 * @param alsoDisputedForOtherReasons the form's box: also disputed for reasons other than medical necessity (a
 *                                    liability dispute, which defers IMR)
 * @param conditionallyNonCertified   the form's box: denied because requested information was not received (CNC);
 *                                    such an item is not eligible
 * @param formularyMedication         a medication prescribed under the MTUS drug formulary (reviewed in 5 working days
 *                                    for disputes from 2018, LC 4610.6(d)(1)(A))
 */
public record DisputedItem(String request, Optional<Diagnosis> diagnosis, boolean alsoDisputedForOtherReasons,
        boolean conditionallyNonCertified, boolean formularyMedication) {

    public DisputedItem {
        if (request == null || request.isBlank()) {
            throw new IllegalArgumentException("the disputed treatment is missing");
        }
        request = request.strip().replaceAll("\\s+", " ");
        Objects.requireNonNull(diagnosis, "diagnosis");
    }

    public static DisputedItem of(String request) {
        return new DisputedItem(request, Optional.empty(), false, false, false);
    }

    /** True for the same treatment, ignoring case, spacing and punctuation. */
    public boolean sameTreatmentAs(DisputedItem other) {
        return Normalized.same(request, other.request);
    }
}
