package org.openimr.guidelines;

import java.util.List;
import java.util.Objects;

import org.openimr.shared.BodyRegion;

/**
 * Which requests a recommendation addresses. An empty list means "any". Codes are those of the data's
 * vocabulary.yaml.
 *
 * @param requestKinds         the kinds of request addressed (never empty)
 * @param phases               clinical phases
 * @param bodyRegions          body regions
 * @param bodyRegionsExcluded  body regions explicitly left out (e.g. acupuncture for the shoulder, which ACOEM keeps)
 * @param diagnosisGroups      diagnosis groups (e.g. {@code neuralgia_neuritis_radiculitis})
 * @param drugs                drugs by generic name
 * @param drugClasses          drug classes
 * @param modalities           specific modalities within the request kind (e.g. {@code tens}, {@code h_wave})
 * @param surgeries            the surgery a postsurgical recommendation follows
 * @param postsurgicalPeriod   the postsurgical physical medicine treatment period counted from the surgery, or null
 * @param when                 conditions on the case that narrow applicability (e.g. a flare-up); all must hold
 */
public record Applicability(List<RequestKind> requestKinds, List<Phase> phases, List<BodyRegion> bodyRegions,
        List<BodyRegion> bodyRegionsExcluded, List<String> diagnosisGroups, List<String> drugs,
        List<String> drugClasses, List<String> modalities, List<String> surgeries, TimeSpan postsurgicalPeriod,
        List<Criterion> when) {

    public Applicability {
        requestKinds = List.copyOf(requestKinds);
        if (requestKinds.isEmpty()) {
            throw new IllegalArgumentException("an applicability needs at least one request kind");
        }
        phases = List.copyOf(phases);
        bodyRegions = List.copyOf(bodyRegions);
        bodyRegionsExcluded = List.copyOf(bodyRegionsExcluded);
        diagnosisGroups = List.copyOf(diagnosisGroups);
        drugs = List.copyOf(drugs);
        drugClasses = List.copyOf(drugClasses);
        modalities = List.copyOf(modalities);
        surgeries = List.copyOf(surgeries);
        when = List.copyOf(when);
    }

    public boolean addresses(RequestKind kind) {
        return requestKinds.contains(Objects.requireNonNull(kind));
    }

    /**
     * True unless the profile's known details rule this recommendation out. A detail the profile leaves unknown
     * never rules it out; {@link #when()} conditions are left to the evaluator.
     */
    public boolean matches(RequestProfile p) {
        return addresses(p.kind())
                && (phases.isEmpty() || p.phase() == null || phases.contains(p.phase()))
                && (p.region() == null || (bodyRegions.isEmpty() || bodyRegions.contains(p.region()))
                        && !bodyRegionsExcluded.contains(p.region()))
                && overlapsOrUnknown(diagnosisGroups, p.diagnosisGroups())
                && drugMatches(p)
                && overlapsOrUnknown(modalities, p.modality() == null ? List.of() : List.of(p.modality()))
                && overlapsOrUnknown(surgeries, p.surgery() == null ? List.of() : List.of(p.surgery()));
    }

    private boolean drugMatches(RequestProfile p) {
        if (drugs.isEmpty() && drugClasses.isEmpty()) {
            return true;
        }
        if (p.drug() == null && p.drugClasses().isEmpty()) {
            return true;
        }
        return (p.drug() != null && drugs.contains(p.drug())) || p.drugClasses().stream().anyMatch(drugClasses::contains);
    }

    private static boolean overlapsOrUnknown(List<String> wanted, List<String> known) {
        return wanted.isEmpty() || known.isEmpty() || known.stream().anyMatch(wanted::contains);
    }
}
