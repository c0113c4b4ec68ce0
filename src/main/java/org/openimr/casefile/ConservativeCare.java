package org.openimr.casefile;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * Conservative care the record says was tried ("Treatment to date has included medications, physical therapy and
 * activity modification"), and how it went where it says so ("failed", "helped"). A drug named on its own ("naproxen")
 * is recorded here only where the record says it helps ("naproxen gives good relief"), as {@link Kind#MEDICATIONS} with
 * no class: a medication that works, which no rule counts as a failed trial.
 *
 * @param modality for {@link Kind#THERAPY}, which therapy
 * @param drugClass for {@link Kind#MEDICATIONS}, the drug class a class word names ("NSAIDs": {@code nsaid}, "muscle
 *     relaxants": {@code muscle_relaxant}; the guidelines' drug class codes), empty for "medications" in general
 * @param duration how long, where stated ("6 weeks of physical therapy", "for 3 months")
 */
public record ConservativeCare(Kind kind, Optional<Modality> modality, Optional<String> drugClass, Response response,
        Optional<Period> duration, Assertion assertion, Span span) implements ClinicalFact {

    public enum Kind {
        MEDICATIONS, THERAPY, INJECTIONS, ACTIVITY_MODIFICATION, REST, HOME_EXERCISE, BRACING, ELECTRICAL_STIMULATION,
        HEAT_ICE, SHOCKWAVE,
        /** "conservative care", "conservative treatment" in general. */
        UNSPECIFIED
    }

    public enum Response {
        /** Tried; the record says nothing of the result. */
        TRIED,
        /** Failed, did not help, no relief, "despite". */
        FAILED,
        /** Helped, improved. */
        HELPED
    }

    public ConservativeCare {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(drugClass, "drugClass");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(span, "span");
    }
}
