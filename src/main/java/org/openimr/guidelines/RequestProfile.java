package org.openimr.guidelines;

import java.util.List;
import java.util.Objects;

import org.openimr.shared.BodyRegion;

/**
 * What is known of a disputed request, to narrow the recommendations that address it. Every detail but the kind
 * may be null (or empty): an unknown detail narrows nothing.
 *
 * @param drugClasses the classes of {@code drug}; {@link GuidelineCatalogue#applicable(RequestProfile,
 *                    java.time.LocalDate)} adds the classes the vocabulary knows for the drug
 */
public record RequestProfile(RequestKind kind, BodyRegion region, Phase phase, List<String> diagnosisGroups,
        String drug, List<String> drugClasses, String modality, String surgery) {

    public RequestProfile {
        Objects.requireNonNull(kind, "kind");
        diagnosisGroups = List.copyOf(diagnosisGroups);
        drugClasses = List.copyOf(drugClasses);
    }

    public static RequestProfile of(RequestKind kind) {
        return new RequestProfile(kind, null, null, List.of(), null, List.of(), null, null);
    }

    public RequestProfile withRegion(BodyRegion r) {
        return new RequestProfile(kind, r, phase, diagnosisGroups, drug, drugClasses, modality, surgery);
    }

    public RequestProfile withPhase(Phase ph) {
        return new RequestProfile(kind, region, ph, diagnosisGroups, drug, drugClasses, modality, surgery);
    }

    public RequestProfile withDiagnosisGroups(List<String> groups) {
        return new RequestProfile(kind, region, phase, groups, drug, drugClasses, modality, surgery);
    }

    public RequestProfile withDrug(String d) {
        return new RequestProfile(kind, region, phase, diagnosisGroups, d, drugClasses, modality, surgery);
    }

    public RequestProfile withDrugClasses(List<String> classes) {
        return new RequestProfile(kind, region, phase, diagnosisGroups, drug, classes, modality, surgery);
    }

    public RequestProfile withModality(String m) {
        return new RequestProfile(kind, region, phase, diagnosisGroups, drug, drugClasses, m, surgery);
    }

    public RequestProfile withSurgery(String s) {
        return new RequestProfile(kind, region, phase, diagnosisGroups, drug, drugClasses, modality, s);
    }
}
