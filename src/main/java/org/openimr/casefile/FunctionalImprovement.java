package org.openimr.casefile;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement about functional improvement (MTUS 8 CCR 9792.20: improvement in activities of daily living or a
 * reduction in work restrictions, and less dependency on treatment).
 *
 * @param treatment the therapy the statement is about, where the sentence names one ("from prior physical therapy")
 * @param withMedication the statement credits a drug or the medication ("with Norco he is able to walk 30 minutes",
 *        "the medication lets him sleep"): a gain from the drug, not from a therapy
 * @param drug the guideline code of the drug the statement credits, else of the drug its clause names ("since
 *        gabapentin was started"); empty for "the medication" or none
 * @param offADrug the statement's sentence or the one before puts the patient off a drug ("Off Norco for 2 weeks.
 *        Walking tolerance increased."), and the statement credits no medication
 * @param device the words of the device the statement credits, as the record names it ("TENS unit", "H-wave") ("the TENS unit lowers his pain and lets him do his home
 *        exercises", "with the TENS unit she is able to sleep"): a gain from the device, not from a drug or a therapy
 */
public record FunctionalImprovement(Finding finding, Optional<Modality> treatment, boolean withMedication,
        Optional<String> drug, boolean offADrug, Optional<String> device, Span span)
        implements ClinicalFact {

    public enum Finding {
        /** Improvement is documented ("improved ability to walk", "able to return to work"). */
        IMPROVED,
        /** The record states there was none, or a decline ("no functional improvement", "had not proven beneficial"). */
        NOT_IMPROVED,
        /** The record states it is not documented ("no documentation of functional improvement"). */
        NOT_DOCUMENTED
    }

    public FunctionalImprovement {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(span, "span");
    }
}
