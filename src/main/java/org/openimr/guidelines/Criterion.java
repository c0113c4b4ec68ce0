package org.openimr.guidelines;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The predicate vocabulary of the guideline data: a condition on the clinical facts of a case that a recommendation
 * requires (its criteria), that narrows when it applies (its applicability conditions) or that extends its limits.
 * This module only names the predicates and their parameters; the determination module evaluates them against the
 * facts of a case file. Codes (facts, diagnosis groups, drugs, treatments, ...) are declared in the data's
 * vocabulary.yaml and checked when the data loads.
 *
 * <p>Every predicate is tri-state when evaluated: it holds, it does not hold, or the record does not say. A missing
 * fact is reported as missing, never assumed. Each predicate's YAML form is given by {@link #predicate()} and in
 * docs/guideline-data.md.
 *
 * <p>On Java 17, use {@link #accept(Visitor)} to handle every kind; the compiler then names any kind left out.
 */
public sealed interface Criterion {

    /** The name of this predicate in the data files. */
    String predicate();

    <R> R accept(Visitor<R> visitor);

    /** A short plain-language reading of this criterion, for traces and rationales. */
    default String describe() {
        return accept(new Describer());
    }

    /** One method per kind of criterion. */
    interface Visitor<R> {
        R documented(Documented c);

        R absent(Absent c);

        R allOf(AllOf c);

        R anyOf(AnyOf c);

        R not(Not c);

        R diagnosis(Diagnosis c);

        R functionalImprovement(FunctionalImprovement c);

        R failedConservativeCare(FailedConservativeCare c);

        R failedTreatment(FailedTreatment c);

        R redFlag(RedFlag c);

        R neurologicDeficit(NeurologicDeficit c);

        R radiculopathyCorroborated(RadiculopathyCorroborated c);

        R symptomDuration(SymptomDuration c);

        R timeSince(TimeSince c);

        R age(AgeRange c);

        R morphineEquivalentDose(MorphineEquivalentDose c);

        R currentlyTaking(CurrentlyTaking c);

        R opioidMonitoring(OpioidMonitoring c);

        R painRelief(PainRelief c);

        R priorStudy(PriorStudy c);

        R noIngredientIn(NoIngredientIn c);

        R successfulTrial(SuccessfulTrial c);
    }

    /** {@code documented: <fact>}: the record documents the fact (e.g. {@code homebound}). */
    record Documented(String fact) implements Criterion {
        public Documented {
            Objects.requireNonNull(fact, "fact");
        }

        public String predicate() {
            return "documented";
        }

        public <R> R accept(Visitor<R> v) {
            return v.documented(this);
        }
    }

    /**
     * {@code absent: <fact>}: the fact is not established: the record documents its absence (e.g. no radiculopathy
     * on examination). Evaluators should distinguish "documented absent" from "not mentioned" and report the latter
     * as missing documentation.
     */
    record Absent(String fact) implements Criterion {
        public Absent {
            Objects.requireNonNull(fact, "fact");
        }

        public String predicate() {
            return "absent";
        }

        public <R> R accept(Visitor<R> v) {
            return v.absent(this);
        }
    }

    /** {@code allOf: [criteria]}: every criterion holds. */
    record AllOf(List<Criterion> criteria) implements Criterion {
        public AllOf {
            criteria = List.copyOf(criteria);
        }

        public String predicate() {
            return "allOf";
        }

        public <R> R accept(Visitor<R> v) {
            return v.allOf(this);
        }
    }

    /** {@code anyOf: [criteria]}: at least one criterion holds. */
    record AnyOf(List<Criterion> criteria) implements Criterion {
        public AnyOf {
            criteria = List.copyOf(criteria);
        }

        public String predicate() {
            return "anyOf";
        }

        public <R> R accept(Visitor<R> v) {
            return v.anyOf(this);
        }
    }

    /** {@code not: criterion}: the criterion does not hold. */
    record Not(Criterion criterion) implements Criterion {
        public Not {
            Objects.requireNonNull(criterion, "criterion");
        }

        public String predicate() {
            return "not";
        }

        public <R> R accept(Visitor<R> v) {
            return v.not(this);
        }
    }

    /** {@code diagnosis: [groups]}: a diagnosis of the case belongs to one of the diagnosis groups. */
    record Diagnosis(List<String> groups) implements Criterion {
        public Diagnosis {
            groups = List.copyOf(groups);
        }

        public String predicate() {
            return "diagnosis";
        }

        public <R> R accept(Visitor<R> v) {
            return v.diagnosis(this);
        }
    }

    /**
     * {@code functionalImprovement: {from: <treatment>}}: objective functional improvement as 8 CCR 9792.20 defines it
     * (a clinically significant improvement in activities of daily living or a reduction in work restrictions, and
     * less dependency on continued medical treatment) is documented from the earlier course of {@code fromTreatment},
     * or of the treatment requested when {@code fromTreatment} is null.
     */
    record FunctionalImprovement(String fromTreatment) implements Criterion {
        public String predicate() {
            return "functionalImprovement";
        }

        public <R> R accept(Visitor<R> v) {
            return v.functionalImprovement(this);
        }
    }

    /**
     * {@code failedConservativeCare: {atLeast: 4 weeks, including: [treatments]}}: conservative care was given for at
     * least {@code atLeast} (null: any length) and did not resolve the problem; when {@code including} is not empty,
     * it included each of those treatments (or they were contraindicated).
     */
    record FailedConservativeCare(TimeSpan atLeast, List<String> including) implements Criterion {
        public FailedConservativeCare {
            including = List.copyOf(including);
        }

        public String predicate() {
            return "failedConservativeCare";
        }

        public <R> R accept(Visitor<R> v) {
            return v.failedConservativeCare(this);
        }
    }

    /**
     * {@code failedTreatment: {anyOf: [treatments]}} or {@code {allOf: [...]}}: a trial of one (anyOf) or each (allOf)
     * of the treatments, drugs or drug classes failed, was not tolerated or is contraindicated.
     */
    record FailedTreatment(List<String> treatments, boolean all) implements Criterion {
        public FailedTreatment {
            treatments = List.copyOf(treatments);
        }

        public String predicate() {
            return "failedTreatment";
        }

        public <R> R accept(Visitor<R> v) {
            return v.failedTreatment(this);
        }
    }

    /** {@code redFlag: [flags]}: one of the red flags is present or suspected; an empty list means any red flag. */
    record RedFlag(List<String> flags) implements Criterion {
        public RedFlag {
            flags = List.copyOf(flags);
        }

        public String predicate() {
            return "redFlag";
        }

        public <R> R accept(Visitor<R> v) {
            return v.redFlag(this);
        }
    }

    /**
     * {@code neurologicDeficit: {unequivocal: true}}: the neurologic examination documents objective findings of nerve
     * compromise (dermatomal sensory loss, myotomal weakness, reflex change); {@code unequivocal} asks that they
     * identify a specific nerve root or nerve.
     */
    record NeurologicDeficit(boolean unequivocal) implements Criterion {
        public String predicate() {
            return "neurologicDeficit";
        }

        public <R> R accept(Visitor<R> v) {
            return v.neurologicDeficit(this);
        }
    }

    /**
     * {@code radiculopathyCorroborated: {by: [imaging, electrodiagnostic]}}: radiculopathy is documented by physical
     * examination and corroborated by at least one of the listed kinds of study.
     */
    record RadiculopathyCorroborated(List<String> by) implements Criterion {
        public RadiculopathyCorroborated {
            by = List.copyOf(by);
        }

        public String predicate() {
            return "radiculopathyCorroborated";
        }

        public <R> R accept(Visitor<R> v) {
            return v.radiculopathyCorroborated(this);
        }
    }

    /** {@code symptomDuration: {atLeast: 3 months, atMost: ...}}: how long the symptoms have lasted. */
    record SymptomDuration(TimeSpan atLeast, TimeSpan atMost) implements Criterion {
        public String predicate() {
            return "symptomDuration";
        }

        public <R> R accept(Visitor<R> v) {
            return v.symptomDuration(this);
        }
    }

    /**
     * {@code timeSince: {event: injury, atLeast: ..., atMost: 2 years}}: the time from a dated event (see the
     * vocabulary's events: injury, surgery, last injection, ...) to the request date.
     */
    record TimeSince(String event, TimeSpan atLeast, TimeSpan atMost) implements Criterion {
        public TimeSince {
            Objects.requireNonNull(event, "event");
        }

        public String predicate() {
            return "timeSince";
        }

        public <R> R accept(Visitor<R> v) {
            return v.timeSince(this);
        }
    }

    /** {@code age: {min: 66, max: ...}}: the patient's age in completed years, bounds inclusive ("over 65" is min 66). */
    record AgeRange(Integer min, Integer max) implements Criterion {
        public String predicate() {
            return "age";
        }

        public <R> R accept(Visitor<R> v) {
            return v.age(this);
        }
    }

    /**
     * {@code medAtMost: 120}: the cumulative morphine equivalent dose of all opioids, with the requested one, is at
     * most this many mg of oral morphine a day (conversion factors in the vocabulary's medConversion).
     */
    record MorphineEquivalentDose(BigDecimal atMostMgPerDay) implements Criterion {
        public MorphineEquivalentDose {
            Objects.requireNonNull(atMostMgPerDay, "atMostMgPerDay");
        }

        public String predicate() {
            return "medAtMost";
        }

        public <R> R accept(Visitor<R> v) {
            return v.morphineEquivalentDose(this);
        }
    }

    /**
     * {@code currentlyTaking: [drugs or drug classes]}: the patient currently takes one of them; written
     * {@code currentlyTaking: {drugs: [...], otherThanRequested: true}} it counts only a drug other than the one
     * requested (a second NSAID beside the one the patient takes, not a refill of it).
     */
    record CurrentlyTaking(List<String> drugs, boolean otherThanRequested) implements Criterion {
        public CurrentlyTaking {
            drugs = List.copyOf(drugs);
        }

        public CurrentlyTaking(List<String> drugs) {
            this(drugs, false);
        }

        public String predicate() {
            return "currentlyTaking";
        }

        public <R> R accept(Visitor<R> v) {
            return v.currentlyTaking(this);
        }
    }

    /**
     * {@code opioidMonitoring: [domains]}: the recent visits document each of the monitoring domains (the "4 A's":
     * analgesia, activities of daily living, adverse effects, aberrant drug-related behaviour).
     */
    record OpioidMonitoring(List<String> domains) implements Criterion {
        public OpioidMonitoring {
            domains = List.copyOf(domains);
        }

        public String predicate() {
            return "opioidMonitoring";
        }

        public <R> R accept(Visitor<R> v) {
            return v.opioidMonitoring(this);
        }
    }

    /**
     * {@code painRelief: {atLeastPercent: 50, lasting: 6 weeks, withReducedMedication: true}}: the earlier course or
     * injection of the same treatment gave at least this much pain relief, for at least {@code lasting} (null: any),
     * with (when asked) a documented reduction of medication use.
     */
    record PainRelief(int atLeastPercent, TimeSpan lasting, boolean withReducedMedication) implements Criterion {
        public String predicate() {
            return "painRelief";
        }

        public <R> R accept(Visitor<R> v) {
            return v.painRelief(this);
        }
    }

    /**
     * {@code priorStudy: {study: mri, within: ..., sinceInjury: true}}: the same study of the same body region (and
     * side) was done before (within {@code within} of the request when given; with {@code sinceInjury}, after the
     * injury: films taken the day of an ankle sprain). Usually negated or paired with a documented change of findings.
     */
    record PriorStudy(String study, TimeSpan within, boolean sinceInjury) implements Criterion {
        public PriorStudy {
            Objects.requireNonNull(study, "study");
        }

        public String predicate() {
            return "priorStudy";
        }

        public <R> R accept(Visitor<R> v) {
            return v.priorStudy(this);
        }
    }

    /** {@code noIngredientIn: [ingredients]}: the (compounded) product contains none of these ingredients. */
    record NoIngredientIn(List<String> ingredients) implements Criterion {
        public NoIngredientIn {
            ingredients = List.copyOf(ingredients);
        }

        public String predicate() {
            return "noIngredientIn";
        }

        public <R> R accept(Visitor<R> v) {
            return v.noIngredientIn(this);
        }
    }

    /**
     * {@code successfulTrial: {treatment: tens, atLeast: 1 month}}: a documented trial of the treatment, at least this
     * long, showed benefit (use, pain and function recorded). {@code atLeastPercent} (null when not given) is the relief
     * a trial must give to count as a success where the record quantifies it (a diagnostic block: "30% relief" is a
     * trial that did not succeed, though it speaks of relief).
     */
    record SuccessfulTrial(String treatment, TimeSpan atLeast, Integer atLeastPercent) implements Criterion {
        public SuccessfulTrial {
            Objects.requireNonNull(treatment, "treatment");
        }

        public String predicate() {
            return "successfulTrial";
        }

        public <R> R accept(Visitor<R> v) {
            return v.successfulTrial(this);
        }
    }

    /** Reads a criterion as a short phrase. */
    final class Describer implements Visitor<String> {

        private static String list(List<String> codes) {
            return String.join(", ", codes);
        }

        private static String range(TimeSpan atLeast, TimeSpan atMost) {
            if (atLeast != null && atMost != null) {
                return "between " + atLeast + " and " + atMost;
            }
            return atLeast != null ? "at least " + atLeast : atMost != null ? "at most " + atMost : "any length";
        }

        private String many(List<Criterion> criteria, String joiner) {
            return criteria.stream().map(c -> c.accept(this)).collect(Collectors.joining(joiner, "(", ")"));
        }

        public String documented(Documented c) {
            return "documented " + c.fact();
        }

        public String absent(Absent c) {
            return "no " + c.fact();
        }

        public String allOf(AllOf c) {
            return many(c.criteria(), " and ");
        }

        public String anyOf(AnyOf c) {
            return many(c.criteria(), " or ");
        }

        public String not(Not c) {
            return "not " + c.criterion().accept(this);
        }

        public String diagnosis(Diagnosis c) {
            return "diagnosis in " + list(c.groups());
        }

        public String functionalImprovement(FunctionalImprovement c) {
            return "documented functional improvement from "
                    + (c.fromTreatment() == null ? "the earlier course" : "earlier " + c.fromTreatment());
        }

        public String failedConservativeCare(FailedConservativeCare c) {
            return "failed conservative care" + (c.atLeast() == null ? "" : " for at least " + c.atLeast())
                    + (c.including().isEmpty() ? "" : " including " + list(c.including()));
        }

        public String failedTreatment(FailedTreatment c) {
            return "failed trial of " + (c.all() ? "each of " : "one of ") + list(c.treatments());
        }

        public String redFlag(RedFlag c) {
            return c.flags().isEmpty() ? "a red flag" : "red flag: " + list(c.flags());
        }

        public String neurologicDeficit(NeurologicDeficit c) {
            return (c.unequivocal() ? "unequivocal " : "") + "objective neurologic findings of nerve compromise";
        }

        public String radiculopathyCorroborated(RadiculopathyCorroborated c) {
            return "radiculopathy on examination corroborated by " + String.join(" or ", c.by());
        }

        public String symptomDuration(SymptomDuration c) {
            return "symptoms lasting " + range(c.atLeast(), c.atMost());
        }

        public String timeSince(TimeSince c) {
            return "time since " + c.event() + " " + range(c.atLeast(), c.atMost());
        }

        public String age(AgeRange c) {
            if (c.min() != null && c.max() != null) {
                return "age " + c.min() + "-" + c.max();
            }
            return c.min() != null ? "age at least " + c.min() : "age at most " + c.max();
        }

        public String morphineEquivalentDose(MorphineEquivalentDose c) {
            return "cumulative MED at most " + c.atMostMgPerDay().toPlainString() + " mg/day";
        }

        public String currentlyTaking(CurrentlyTaking c) {
            return "currently taking " + list(c.drugs()) + (c.otherThanRequested() ? " other than the drug requested" : "");
        }

        public String opioidMonitoring(OpioidMonitoring c) {
            return "monitoring documented: " + list(c.domains());
        }

        public String painRelief(PainRelief c) {
            return "at least " + c.atLeastPercent() + "% pain relief"
                    + (c.lasting() == null ? "" : " for " + c.lasting())
                    + (c.withReducedMedication() ? " with reduced medication use" : "");
        }

        public String priorStudy(PriorStudy c) {
            return "prior " + c.study() + " of the region" + (c.within() == null ? "" : " within " + c.within())
                    + (c.sinceInjury() ? " since the injury" : "");
        }

        public String noIngredientIn(NoIngredientIn c) {
            return "no ingredient among " + list(c.ingredients());
        }

        public String successfulTrial(SuccessfulTrial c) {
            return "successful " + (c.atLeast() == null ? "" : c.atLeast() + " ") + "trial of " + c.treatment()
                    + (c.atLeastPercent() == null ? "" : " (at least " + c.atLeastPercent() + "% relief)");
        }
    }
}
