package org.openimr.determination.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.openimr.guidelines.Criterion;
import org.openimr.guidelines.TimeSpan;

/** A guideline criterion in plain words for traces and rationales, with the fact vocabulary's descriptions. */
final class Words implements Criterion.Visitor<String> {

    private final FactResolver facts;

    private Words(FactResolver facts) {
        this.facts = facts;
    }

    static String of(Criterion c, FactResolver facts) {
        return c.accept(new Words(facts));
    }

    private static String codes(List<String> codes, String joiner) {
        return codes.stream().map(c -> c.replace('_', ' ')).collect(Collectors.joining(joiner));
    }

    /** Codes in the vocabulary's words, as a list: "exercise, physical methods and muscle relaxants". */
    private String inWords(List<String> codes) {
        return inWords(codes, facts);
    }

    static String inWords(List<String> codes, FactResolver facts) {
        List<String> words = codes.stream().map(facts::wordsFor).toList();
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String span(TimeSpan atLeast, TimeSpan atMost) {
        if (atLeast != null && atMost != null) {
            return "between " + atLeast + " and " + atMost;
        }
        return atLeast != null ? "at least " + atLeast : atMost != null ? "at most " + atMost : "";
    }

    private String many(List<Criterion> cs, String joiner) {
        return cs.stream().map(c -> c.accept(this)).collect(Collectors.joining(joiner));
    }

    public String documented(Criterion.Documented c) {
        return facts.describe(c.fact());
    }

    public String absent(Criterion.Absent c) {
        return facts.describeAbsence(c.fact());
    }

    public String allOf(Criterion.AllOf c) {
        return "all of [" + many(c.criteria(), "; ") + "]";
    }

    public String anyOf(Criterion.AnyOf c) {
        return "any of [" + many(c.criteria(), "; ") + "]";
    }

    public String not(Criterion.Not c) {
        return "the opposite of " + c.criterion().accept(this);
    }

    public String diagnosis(Criterion.Diagnosis c) {
        return "a diagnosis of " + codes(c.groups(), " or ");
    }

    public String functionalImprovement(Criterion.FunctionalImprovement c) {
        return "objective functional improvement from the earlier "
                + (c.fromTreatment() == null ? "course" : c.fromTreatment().replace('_', ' '));
    }

    public String failedConservativeCare(Criterion.FailedConservativeCare c) {
        return "conservative care" + (c.including().isEmpty() ? "" : " (including " + inWords(c.including()) + ")")
                + (c.atLeast() == null ? "" : " for at least " + c.atLeast()) + " tried without success";
    }

    public String failedTreatment(Criterion.FailedTreatment c) {
        return "a failed or not tolerated trial of " + codes(c.treatments(), c.all() ? " and " : " or ");
    }

    public String redFlag(Criterion.RedFlag c) {
        return c.flags().isEmpty() ? "a red flag" : "a red flag (" + codes(c.flags(), ", ") + ")";
    }

    public String neurologicDeficit(Criterion.NeurologicDeficit c) {
        return c.unequivocal() ? "unequivocal objective neurologic findings of a specific nerve compromise"
                : "objective neurologic findings of nerve compromise";
    }

    public String radiculopathyCorroborated(Criterion.RadiculopathyCorroborated c) {
        return "radiculopathy on examination corroborated by " + codes(c.by(), " or ") + " studies";
    }

    public String symptomDuration(Criterion.SymptomDuration c) {
        return "symptoms lasting " + span(c.atLeast(), c.atMost());
    }

    public String timeSince(Criterion.TimeSince c) {
        return span(c.atLeast(), c.atMost()) + " since the " + c.event().replace('_', ' ');
    }

    public String age(Criterion.AgeRange c) {
        return c.min() != null && c.max() != null ? "age " + c.min() + " to " + c.max()
                : c.min() != null ? "age at least " + c.min() : "age at most " + c.max();
    }

    public String morphineEquivalentDose(Criterion.MorphineEquivalentDose c) {
        return "a cumulative morphine equivalent dose of at most " + c.atMostMgPerDay().toPlainString() + " mg a day";
    }

    public String currentlyTaking(Criterion.CurrentlyTaking c) {
        return "current use of " + codes(c.drugs(), " or ") + (c.otherThanRequested() ? " other than the drug requested"
                : "");
    }

    public String opioidMonitoring(Criterion.OpioidMonitoring c) {
        return "documented monitoring of " + codes(c.domains(), ", ");
    }

    public String painRelief(Criterion.PainRelief c) {
        return "at least " + c.atLeastPercent() + "% pain relief" + (c.lasting() == null ? "" : " for " + c.lasting())
                + (c.withReducedMedication() ? " with less medication" : "") + " from the earlier treatment";
    }

    public String priorStudy(Criterion.PriorStudy c) {
        return "an earlier " + c.study().replace('_', ' ') + " of the region"
                + (c.within() == null ? "" : " within " + c.within()) + (c.sinceInjury() ? " since the injury" : "");
    }

    public String noIngredientIn(Criterion.NoIngredientIn c) {
        return "no ingredient the guideline does not recommend (" + codes(c.ingredients(), ", ") + ")";
    }

    public String successfulTrial(Criterion.SuccessfulTrial c) {
        String treatment = facts.wordsFor(c.treatment()).replaceFirst("^(a|an|the) ", "");
        String length = c.atLeast() == null ? "" : c.atLeast() + " ";
        return treatment.contains("trial") ? "a successful " + length + treatment
                : "a successful " + length + "trial of " + treatment;
    }
}
