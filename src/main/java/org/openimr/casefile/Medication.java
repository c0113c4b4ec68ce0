package org.openimr.casefile;

import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A medication: taken now ({@link Assertion#AFFIRMED}: "current medications include", "was prescribed"), taken before
 * ({@link Assertion#HISTORICAL}: "discontinued", "previously"), requested ({@link Assertion#REQUESTED}: "request
 * for", "treatment plan included") or not taken ({@link Assertion#NEGATED}).
 *
 * @param name     the name as written (brand or generic)
 * @param generic  the generic name(s) from the drug lexicon
 * @param drug     the drug's code in the MTUS vocabulary (guidelines vocabulary.yaml), from the drug lexicon's one
 *                 table of names; empty when the guidelines have no rule about the drug
 * @param opioid   the key of the opioid in the conversion table (e.g. "hydrocodone"), for opioids
 * @param quantity the quantity dispensed ("#90")
 * @param since    "has been on tramadol since 2015"
 * @param duration "for 6 months"
 */
public record Medication(String name, String generic, Optional<String> drug, Set<DrugClass> classes, Optional<String> opioid,
        Optional<Strength> strength, OptionalInt quantity, Optional<Dosing> dosing, Optional<StatedDate> since,
        Optional<Period> duration, Assertion assertion, Span span) implements ClinicalFact {

    public Medication {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(generic, "generic");
        Objects.requireNonNull(drug, "drug");
        classes = classes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(classes)); // stable order
        Objects.requireNonNull(opioid, "opioid");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(dosing, "dosing");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(span, "span");
    }

    public boolean is(DrugClass drugClass) {
        return classes.contains(drugClass);
    }
}
