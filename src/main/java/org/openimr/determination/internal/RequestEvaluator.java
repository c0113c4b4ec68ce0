package org.openimr.determination.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.openimr.casefile.Diagnosis;
import org.openimr.determination.CriterionFinding;
import org.openimr.determination.DraftOutcome;
import org.openimr.determination.LimitFinding;
import org.openimr.determination.RecommendationTrace;
import org.openimr.determination.RecommendationTrace.Conclusion;
import org.openimr.determination.Verdict;
import org.openimr.guidelines.CitationStyle;
import org.openimr.guidelines.DateBasis;
import org.openimr.guidelines.Criterion;
import org.openimr.guidelines.Edition;
import org.openimr.guidelines.Extension;
import org.openimr.guidelines.GuidelineCatalogue;
import org.openimr.guidelines.Limit;
import org.openimr.guidelines.Phase;
import org.openimr.guidelines.Recommendation;
import org.openimr.guidelines.RequestKind;
import org.openimr.guidelines.RequestProfile;
import org.openimr.guidelines.Strength;
import org.openimr.guidelines.Topic;
import org.openimr.guidelines.Vocabulary;
import org.openimr.shared.BodyRegion;
import org.openimr.shared.CitationBasis;

/**
 * Evaluates one interpreted request against the recommendations in force on the request date: selects those that
 * address it (kind, region, phase, diagnoses, drug, modality; their applicability conditions evaluated on the
 * record; fallback guidelines only where the MTUS is silent), evaluates each one's criteria, limits and extensions,
 * and concludes. The burden rule of the MTUS framework decides when a condition is not documented.
 */
public final class RequestEvaluator {

    /**
     * The evaluation of one request. {@code byGeneralStandard}: decided by generally accepted standards of medical
     * practice (Labor Code 4610.5(c)(2)(E)), every rule concluding being one of them. {@code setAside}: the ids of
     * recommendations in the trace that another rule in force displaced (generally accepted standards where a
     * guideline addresses the request); their missing facts would change nothing.
     */
    public record Evaluation(DraftOutcome outcome, Optional<RecommendationTrace> decisive,
            List<RecommendationTrace> recommendations, PhaseReader.Reading phase, List<String> editions,
            List<String> steps, String referReason, boolean byBurden, boolean byGeneralStandard,
            Set<String> setAside) {

        public Evaluation {
            setAside = Set.copyOf(setAside);
        }

        Evaluation(DraftOutcome outcome, Optional<RecommendationTrace> decisive,
                List<RecommendationTrace> recommendations, PhaseReader.Reading phase, List<String> editions,
                List<String> steps, String referReason, boolean byBurden, boolean byGeneralStandard) {
            this(outcome, decisive, recommendations, phase, editions, steps, referReason, byBurden, byGeneralStandard,
                    Set.of());
        }

        Evaluation(DraftOutcome outcome, Optional<RecommendationTrace> decisive,
                List<RecommendationTrace> recommendations, PhaseReader.Reading phase, List<String> editions,
                List<String> steps, String referReason, boolean byBurden) {
            this(outcome, decisive, recommendations, phase, editions, steps, referReason, byBurden, false);
        }

        /** Whether a recommendation of the trace was displaced by another rule in force. */
        public boolean wasSetAside(RecommendationTrace t) {
            return setAside.contains(t.id());
        }

        Evaluation withSetAside(Set<String> ids) {
            return new Evaluation(outcome, decisive, recommendations, phase, editions, steps, referReason, byBurden,
                    byGeneralStandard, ids);
        }
    }

    private final GuidelineCatalogue catalogue;
    private final DataFiles data;
    private final PhaseReader phases;

    public RequestEvaluator(GuidelineCatalogue catalogue, DataFiles data) {
        this.catalogue = catalogue;
        this.data = data;
        this.phases = new PhaseReader(catalogue, data);
    }

    public Evaluation evaluate(CaseRecord c, CitationStyle style) {
        Set<String> setAside = new HashSet<>();
        return evaluate(c, style, setAside).withSetAside(setAside);
    }

    private Evaluation evaluate(CaseRecord c, CitationStyle style, Set<String> setAside) {
        List<String> steps = new ArrayList<>();
        PhaseReader.Reading phase = phases.read(c);
        List<String> editions = editionsInForce(c);
        if (c.requestDate() == null) {
            return refer(phase, editions, steps, "no request date: the guidelines in force cannot be chosen");
        }
        steps.add("Request date " + c.requestDate() + "; guidelines in force chosen by it.");
        steps.add("Phase of care: " + phase.why() + ".");
        if (c.request().kind().isEmpty()) {
            return refer(phase, editions, steps, "the request (" + c.request().category().label()
                    + ") names no treatment the guideline data addresses");
        }
        RequestKind kind = c.request().kind().get();
        steps.add("Request read as " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (c.request().regions().isEmpty() ? "" : " of the " + c.request().regions().stream()
                        .map(BodyRegion::phrase).reduce((a, b) -> a + ", " + b).orElse(""))
                + (c.request().modalities().isEmpty() ? "" : " (" + String.join(", ", c.request().modalities()) + ")")
                + (c.request().quantity().isStated() ? ", quantity " + c.request().quantity().describe() : "") + ".");
        if (isDrug(kind) && c.request().drug().isEmpty()) {
            return refer(phase, editions, steps, "the drug requested could not be identified");
        }
        if (kind == RequestKind.SURGERY && c.request().surgery().isEmpty()) {
            return refer(phase, editions, steps, "the operation requested could not be identified");
        }

        FactResolver facts = new FactResolver(c, catalogue.vocabulary(), data);
        CriterionEvaluator criteria = new CriterionEvaluator(c, facts, catalogue.vocabulary(), data);
        LimitEvaluator limits = new LimitEvaluator(c, catalogue.vocabulary(), phase.period(), phase.operationAhead());

        List<Recommendation> found = candidates(c, phase);
        List<Recommendation> ownPhase = withoutRefusalsForAnotherRegion(found, c);
        List<Recommendation> refusalsSetAside = found.stream().filter(r -> !ownPhase.contains(r)).toList();
        if (!refusalsSetAside.isEmpty()) {
            steps.add("The request names no body region and the record affirms "
                    + regionsOfTheRecord(c).stream().map(BodyRegion::phrase).sorted().collect(Collectors.joining(", "))
                    + "; it is judged as care of a region the guideline allows it for, so "
                    + refusalsSetAside.stream().map(Recommendation::title).collect(Collectors.joining("; "))
                    + " does not decide.");
        }
        List<RecommendationTrace> traces = new ArrayList<>();
        CriterionEvaluator applicability = criteria.closedWorld();
        for (Recommendation r : ownPhase) {
            traces.add(evaluate(r, criteria, applicability, limits, style));
        }
        List<RecommendationTrace> governing = traces.stream().filter(t -> t.conclusion() != Conclusion.DOES_NOT_APPLY)
                .toList();
        List<Recommendation> chronic = governing.isEmpty()
                ? chronicGuidelinesBeforeChronicPhase(c, phase, ownPhase) : List.of();
        if (!chronic.isEmpty()) {
            List<RecommendationTrace> chronicTraces = chronic.stream()
                    .map(r -> evaluate(r, criteria, applicability, limits, style)).toList();
            governing = chronicTraces.stream().filter(t -> t.conclusion() != Conclusion.DOES_NOT_APPLY).toList();
            if (!governing.isEmpty()) {
                traces.addAll(chronicTraces);
                steps.add("No recommendation written for the " + phase.phase().orElseThrow().name()
                        .toLowerCase(Locale.ROOT) + " phase addresses this request, and the MTUS addresses it only in "
                        + "its chronic pain guidelines, so their recommendation is applied ("
                        + editionNames(governing, chronic) + ").");
            }
        }
        List<Recommendation> candidates = governing.isEmpty() ? ownPhase : concat(ownPhase, chronic);
        List<RecommendationTrace> standards = governing.stream()
                .filter(t -> data.isGenerallyAcceptedStandard(rule(t, candidates).edition().id())).toList();
        if (!standards.isEmpty() && standards.size() < governing.size()) {
            governing = governing.stream().filter(t -> !standards.contains(t)).toList();
            standards.forEach(t -> setAside.add(t.id()));
            steps.add("A guideline rule in force addresses this request, so generally accepted standards of medical "
                    + "practice (Labor Code 4610.5(c)(2)(E)), the last standard of medical necessity, do not decide it.");
        } else if (!standards.isEmpty()) {
            return byGeneralStandard(c, standards, candidates, traces, phase, editions, steps);
        }
        boolean anyMtus = governing.stream().anyMatch(t -> t.citation().basis() == CitationBasis.MTUS);
        if (anyMtus) {
            List<RecommendationTrace> supplements = governing.stream()
                    .filter(t -> t.citation().basis() != CitationBasis.MTUS && singlesOutCircumstance(t, candidates))
                    .toList();
            governing = governing.stream().filter(t -> t.citation().basis() == CitationBasis.MTUS
                    || supplements.contains(t)).toList();
            if (!supplements.isEmpty()) {
                steps.add("The MTUS rules in force do not address the circumstance "
                        + supplements.stream().map(RecommendationTrace::title).reduce((a, b) -> a + "; " + b).orElse("")
                        + " addresses, so that fallback guideline is applied with them (8 CCR 9792.21.1).");
            }
        } else if (!governing.isEmpty()) {
            List<String> unrecorded = mtusEditionsWithoutData(governing, candidates, c.requestDate());
            if (!unrecorded.isEmpty()) {
                return new Evaluation(DraftOutcome.REFER, Optional.empty(), traces, phase, editions, steps,
                        "the MTUS in force on the request date (" + String.join(", ", unrecorded) + ") addresses this "
                        + "topic, but the guideline data holds none of its recommendations; a fallback guideline may "
                        + "decide only where the MTUS is silent (8 CCR 9792.21.1)", false);
            }
            steps.add("The MTUS has no recommendation for this request in force on the request date; a fallback "
                    + "guideline is used (8 CCR 9792.21.1).");
        }
        List<RecommendationTrace> beforeSpecific = governing;
        governing = specificOverGeneral(governing, candidates);
        List<RecommendationTrace> gaveWay = new ArrayList<>(beforeSpecific);
        gaveWay.removeAll(governing);
        if (!gaveWay.isEmpty()) {
            // the general rule's missing facts would change nothing once a rule written for the item decides
            gaveWay.forEach(t -> setAside.add(t.id()));
            steps.add(titles(gaveWay) + ", written for every request of its kind, gives way to the rule written for "
                    + "the item requested.");
        }
        governing = narrowerDrugRules(governing, candidates, c);
        governing = phaseOwnRules(governing, candidates);
        governing = alternativeRoutes(governing, steps);
        governing = weaningRules(governing, c, steps);
        if (governing.isEmpty()) {
            return new Evaluation(DraftOutcome.REFER, Optional.empty(), traces, phase, editions, steps,
                    "no recommendation in force addresses this request in this case", false);
        }
        for (Conclusion wanted : List.of(Conclusion.NOT_RECOMMENDED, Conclusion.NOT_SUPPORTED,
                Conclusion.UNDOCUMENTED)) {
            Optional<RecommendationTrace> hit = mostSpecific(governing, wanted, candidates);
            if (hit.isPresent()) {
                return new Evaluation(DraftOutcome.UPHELD, hit, traces, phase, editions, steps, "",
                        wanted == Conclusion.UNDOCUMENTED);
            }
        }
        return new Evaluation(DraftOutcome.OVERTURNED, mostSpecific(governing, Conclusion.SUPPORTED, candidates),
                traces, phase, editions, steps, "", false);
    }

    /**
     * A test no MTUS or fallback rule in force addresses, decided by generally accepted standards of medical practice
     * (Labor Code 4610.5(c)(2)(E), framework.yaml {@code generallyAcceptedStandards}): a documented indication for any
     * test of the request refers it to the physician, who weighs the clinical question; with none documented (or each
     * denied) the request is upheld. Where the MTUS in force is one whose recommendations the data lacks, it is not
     * known to be silent, and the item is referred.
     */
    private Evaluation byGeneralStandard(CaseRecord c, List<RecommendationTrace> standards,
            List<Recommendation> candidates, List<RecommendationTrace> traces, PhaseReader.Reading phase,
            List<String> editions, List<String> steps) {
        List<String> unrecorded = mtusEditionsWithoutData(standards, candidates, c.requestDate());
        if (!unrecorded.isEmpty()) {
            return new Evaluation(DraftOutcome.REFER, Optional.empty(), traces, phase, editions, steps,
                    "the MTUS in force on the request date (" + String.join(", ", unrecorded) + ") may address this "
                    + "test, but the guideline data holds none of its recommendations", false);
        }
        steps.add("Neither the MTUS nor a fallback guideline in force addresses this test, so the last standard of "
                + "medical necessity applies: generally accepted standards of medical practice (Labor Code "
                + "4610.5(c)(2)(E)), under which a diagnostic test answers a clinical question the record documents.");
        List<RecommendationTrace> indicated = standards.stream().filter(t -> t.conclusion() == Conclusion.SUPPORTED)
                .toList();
        if (!indicated.isEmpty()) {
            String found = indicated.stream().map(t -> rule(t, candidates).citation().sections().get(0) + ": "
                    + t.criteria().stream().flatMap(f -> f.allEvidence().stream()).map(e -> "\"" + e.quote() + "\"")
                            .distinct().limit(3).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; "));
            return new Evaluation(DraftOutcome.REFER, Optional.empty(), traces, phase, editions, steps,
                    "the record documents a clinical question for this test (" + found + "); under generally accepted "
                    + "standards of medical practice (Labor Code 4610.5(c)(2)(E)) the physician weighs whether it calls "
                    + "for the test", false);
        }
        Optional<RecommendationTrace> decisive = mostSpecific(standards, Conclusion.NOT_SUPPORTED, candidates)
                .or(() -> mostSpecific(standards, Conclusion.UNDOCUMENTED, candidates));
        return new Evaluation(DraftOutcome.UPHELD, decisive, traces, phase, editions, steps, "", false, true);
    }

    private static Recommendation rule(RecommendationTrace t, List<Recommendation> candidates) {
        return candidates.stream().filter(r -> r.id().equals(t.id())).findFirst().orElseThrow();
    }

    /**
     * A rule that addresses every request of its kind (no region, phase, diagnosis, drug, modality, surgery or
     * condition of its own, e.g. durable medical equipment in general) gives way to a rule of the same guideline basis
     * written for the very item requested (a cold therapy unit, a drug, an operation).
     */
    private static List<RecommendationTrace> specificOverGeneral(List<RecommendationTrace> governing,
            List<Recommendation> candidates) {
        Map<String, Recommendation> byId = new LinkedHashMap<>();
        candidates.forEach(r -> byId.put(r.id(), r));
        boolean specific = governing.stream().map(t -> byId.get(t.id()).applies())
                .anyMatch(a -> !a.modalities().isEmpty() || !a.drugs().isEmpty() || !a.surgeries().isEmpty());
        if (!specific) {
            return governing;
        }
        List<RecommendationTrace> kept = governing.stream().filter(t -> !isGeneric(byId.get(t.id()))).toList();
        return kept.isEmpty() ? governing : kept;
    }

    /**
     * A general drug section listed in framework.yaml ({@code givesWayToDrugSections}) that addresses the drug only
     * through a class gives way to a rule of the same edition written for a strictly narrower part of that class: the
     * very drug requested, or a class all of whose drugs lie in each class the broader rule reaches it by (the CPMTG's
     * topical analgesics in general give way to its own paragraphs on topical NSAIDs, lidocaine, capsaicin and
     * salicylates). A rule that names the narrower class itself (compounded products) keeps its place, and so does
     * every general section not listed (the opioid criteria for use govern beside the section on hydrocodone).
     */
    private List<RecommendationTrace> narrowerDrugRules(List<RecommendationTrace> governing,
            List<Recommendation> candidates, CaseRecord c) {
        if (c.request().drug().isEmpty() || governing.stream().noneMatch(t -> data.givesWayToDrugSections(t.id()))) {
            return governing;
        }
        Optional<String> code = c.request().drug().get().code();
        List<String> classes = c.request().drug().get().classes();
        Map<String, Recommendation> byId = new LinkedHashMap<>();
        candidates.forEach(r -> byId.put(r.id(), r));
        Map<String, List<Set<String>>> reach = new LinkedHashMap<>();
        for (RecommendationTrace t : governing) {
            var a = byId.get(t.id()).applies();
            List<Set<String>> sets = new ArrayList<>();
            if (code.isPresent() && a.drugs().contains(code.get())) {
                sets.add(Set.of(code.get()));
            } else {
                a.drugClasses().stream().filter(classes::contains).map(this::drugsOfClass)
                        .filter(d -> !d.isEmpty()).forEach(sets::add);
            }
            reach.put(t.id(), sets);
        }
        return governing.stream().filter(t -> !data.givesWayToDrugSections(t.id()) || reach.get(t.id()).isEmpty()
                || governing.stream()
                .filter(o -> o != t && byId.get(o.id()).edition().id().equals(byId.get(t.id()).edition().id()))
                .noneMatch(o -> reach.get(o.id()).stream().anyMatch(narrow -> reach.get(t.id()).stream()
                        .allMatch(broad -> broad.containsAll(narrow) && broad.size() > narrow.size()))))
                .toList();
    }

    /**
     * A rule for a modality in any phase of care gives way to a rule of the same edition for that modality written for
     * the phase the request falls in (TENS after surgery is judged by the postoperative section, not the chronic one).
     */
    private static List<RecommendationTrace> phaseOwnRules(List<RecommendationTrace> governing,
            List<Recommendation> candidates) {
        Map<String, Recommendation> byId = new LinkedHashMap<>();
        candidates.forEach(r -> byId.put(r.id(), r));
        return governing.stream().filter(t -> {
            Recommendation r = byId.get(t.id());
            return !r.applies().phases().isEmpty() || r.applies().modalities().isEmpty() || governing.stream()
                    .map(o -> byId.get(o.id()))
                    .noneMatch(o -> o != r && !o.applies().phases().isEmpty() && o.edition().id().equals(r.edition().id())
                            && o.applies().modalities().stream().anyMatch(r.applies().modalities()::contains));
        }).toList();
    }

    /**
     * Where the guideline gives alternative routes to one treatment (framework.yaml {@code alternativeRoutes}), a route
     * met (criteria documented, limits kept) supports the request: the other routes of its group, missed on their
     * entry criteria, are set aside. With shared limits a route whose own limit is exceeded or not known stays and
     * decides, so no limit is weakened. When no route is met every route stays, and the draft names what each lacks.
     */
    private List<RecommendationTrace> alternativeRoutes(List<RecommendationTrace> governing, List<String> steps) {
        List<RecommendationTrace> kept = new ArrayList<>(governing);
        for (DataFiles.AlternativeRoutes group : data.alternativeRoutes()) {
            List<RecommendationTrace> routes = governing.stream().filter(t -> group.routes().contains(t.id())).toList();
            Optional<RecommendationTrace> met = routes.stream().filter(t -> t.conclusion() == Conclusion.SUPPORTED)
                    .findFirst();
            if (met.isEmpty()) {
                continue;
            }
            List<RecommendationTrace> setAside = routes.stream()
                    .filter(t -> t.conclusion() == Conclusion.NOT_SUPPORTED || t.conclusion() == Conclusion.UNDOCUMENTED)
                    .filter(t -> !group.sharedLimits() || withinLimits(t)).toList();
            if (setAside.isEmpty()) {
                continue;
            }
            kept.removeAll(setAside);
            steps.add("The guideline gives alternative routes to this treatment: the route of " + met.get().title()
                    + " is met, so " + titles(setAside) + ", whose entry criteria are not met, does not decide"
                    + (group.sharedLimits() ? " (its limits still apply and are kept)." : "."));
        }
        return kept;
    }

    /**
     * The weaning and tapering rules (framework.yaml {@code weaning}) decide alone a request whose own words make it a
     * weaning or taper supply; any other request is decided without them (an upheld draft notes them).
     */
    private List<RecommendationTrace> weaningRules(List<RecommendationTrace> governing, CaseRecord c,
            List<String> steps) {
        DataFiles.Weaning weaning = data.weaning();
        List<RecommendationTrace> rules = governing.stream().filter(t -> weaning.isRule(t.id())).toList();
        if (rules.isEmpty()) {
            return governing;
        }
        Optional<String> supply = weaning.supplyWords(c.request().text());
        if (supply.isPresent()) {
            steps.add("The request is a supply for weaning (\"" + supply.get() + "\") of a drug taken for more than "
                    + "two weeks, so " + titles(rules) + " decides it.");
            return rules;
        }
        return governing.stream().filter(t -> !weaning.isRule(t.id())).toList();
    }

    private static String titles(List<RecommendationTrace> traces) {
        return traces.stream().map(RecommendationTrace::title).collect(Collectors.joining("; "));
    }

    /** No limit of the rule is exceeded or left unknown for want of a stated figure. */
    static boolean withinLimits(RecommendationTrace t) {
        return t.limits().stream().allMatch(l -> l.verdict() == Verdict.MET
                || l.verdict() == Verdict.UNKNOWN && l.missing().isBlank());
    }

    private Set<String> drugsOfClass(String drugClass) {
        Set<String> drugs = new LinkedHashSet<>();
        for (String drug : catalogue.vocabulary().terms(Vocabulary.Category.DRUGS).keySet()) {
            if (catalogue.vocabulary().classesOf(drug).contains(drugClass)) {
                drugs.add(drug);
            }
        }
        return drugs;
    }

    /**
     * The MTUS editions in force on the date, for the topics of the fallback rules that would decide, whose
     * recommendations the data does not hold (the ACOEM-based MTUS from 2017-12-01 and the Drug Formulary from
     * 2018-01-01, measured by service or dispensing date): there the MTUS is not known to be silent.
     */
    private List<String> mtusEditionsWithoutData(List<RecommendationTrace> fallbacks, List<Recommendation> candidates,
            java.time.LocalDate date) {
        Map<Topic, Edition> inForce = catalogue.mtusInForce(date);
        Set<String> names = new LinkedHashSet<>();
        for (RecommendationTrace t : fallbacks) {
            Recommendation r = candidates.stream().filter(x -> x.id().equals(t.id())).findFirst().orElseThrow();
            Edition e = inForce.get(r.topic());
            if (e != null && e.dateBasis() != DateBasis.REQUEST_DATE
                    && catalogue.recommendations().stream().noneMatch(x -> x.edition().id().equals(e.id()))) {
                names.add(e.displayName());
            }
        }
        return List.copyOf(names);
    }

    /**
     * A fallback rule whose own applicability conditions hold (a repeat study, the frequency of testing at a risk
     * level, a repeat procedure) addresses a circumstance; when no MTUS rule in force was written for a circumstance of
     * its own, the MTUS is silent on it and the fallback applies alongside the MTUS rules.
     */
    private static boolean singlesOutCircumstance(RecommendationTrace t, List<Recommendation> candidates) {
        boolean fallbackHasCircumstance = candidates.stream().filter(r -> r.id().equals(t.id()))
                .anyMatch(r -> !r.applies().when().isEmpty());
        boolean mtusHasCircumstance = candidates.stream()
                .filter(r -> r.basis() == CitationBasis.MTUS)
                .anyMatch(r -> !r.applies().when().isEmpty());
        return fallbackHasCircumstance && !mtusHasCircumstance;
    }

    private static boolean isGeneric(Recommendation r) {
        var a = r.applies();
        return a.phases().isEmpty() && a.bodyRegions().isEmpty() && a.bodyRegionsExcluded().isEmpty()
                && a.diagnosisGroups().isEmpty() && a.drugs().isEmpty() && a.drugClasses().isEmpty()
                && a.modalities().isEmpty() && a.surgeries().isEmpty() && a.when().isEmpty();
    }

    private static Evaluation refer(PhaseReader.Reading phase, List<String> editions, List<String> steps,
            String reason) {
        return new Evaluation(DraftOutcome.REFER, Optional.empty(), List.of(), phase, editions, steps, reason, false);
    }

    private static boolean isDrug(RequestKind k) {
        return switch (k) {
            case OPIOID, NSAID, MUSCLE_RELAXANT, TOPICAL_ANALGESIC, PROTON_PUMP_INHIBITOR, ANTICONVULSANT,
                    ANTIDEPRESSANT, SLEEP_AID, BENZODIAZEPINE, OTHER_MEDICATION -> true;
            default -> false;
        };
    }

    private List<String> editionsInForce(CaseRecord c) {
        if (c.requestDate() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<Topic, Edition> e : catalogue.mtusInForce(c.requestDate()).entrySet()) {
            out.add(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + e.getValue().displayName());
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- selection

    /** Diagnosis groups of the case (empty: unknown). */
    private List<String> diagnosisGroups(CaseRecord c) {
        Set<String> groups = new LinkedHashSet<>();
        for (Diagnosis d : c.facts().diagnoses()) {
            if (d.assertion().isPresentOrPast()) {
                groups.addAll(data.diagnosisGroups(d));
            }
        }
        return List.copyOf(groups);
    }

    /**
     * The chronic-phase recommendations of the chronic pain guidelines (framework.yaml
     * {@code chronicGuidelinesBeforeChronicPhase}) for a request made in an earlier phase that nothing written for
     * that phase addresses; none when the phase is not one the framework lists.
     */
    private List<Recommendation> chronicGuidelinesBeforeChronicPhase(CaseRecord c, PhaseReader.Reading phase,
            List<Recommendation> already) {
        DataFiles.ChronicGuidelinesBeforeChronicPhase rule = data.chronicGuidelinesBeforeChronicPhase();
        if (!rule.appliesFrom(phase.phase())) {
            return List.of();
        }
        PhaseReader.Reading asChronic = new PhaseReader.Reading(Optional.of(Phase.CHRONIC), phase.why(),
                phase.evidence(), phase.surgery(), phase.period());
        return withoutRefusalsForAnotherRegion(candidates(c, asChronic), c).stream()
                .filter(r -> rule.editions().contains(r.edition().id()) && r.applies().phases().contains(Phase.CHRONIC))
                .filter(r -> already.stream().noneMatch(a -> a.id().equals(r.id())))
                .toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private static String editionNames(List<RecommendationTrace> governing, List<Recommendation> rules) {
        return governing.stream().map(t -> rules.stream().filter(r -> r.id().equals(t.id())).findFirst().orElseThrow())
                .map(r -> r.edition().displayName()).distinct().collect(Collectors.joining(", "));
    }

    private List<Recommendation> candidates(CaseRecord c, PhaseReader.Reading phase) {
        RequestKind kind = c.request().kind().orElseThrow();
        List<BodyRegion> regions = c.request().regions();
        List<String> modalities = c.request().modalities();
        Optional<String> drug = c.request().drug().flatMap(d -> d.code());
        List<String> drugClasses = c.request().drug().map(d -> d.classes()).orElse(List.of());
        List<String> groups = diagnosisGroups(c);
        Map<String, Recommendation> found = new LinkedHashMap<>();
        for (BodyRegion region : regions.isEmpty() ? java.util.Collections.<BodyRegion>singletonList(null) : regions) {
            for (String modality : modalities.isEmpty() ? java.util.Collections.<String>singletonList(null)
                    : modalities) {
                RequestProfile p = RequestProfile.of(kind).withRegion(region).withPhase(phase.phase().orElse(null))
                        .withDiagnosisGroups(groups).withDrug(drug.orElse(null)).withDrugClasses(drugClasses)
                        .withModality(modality).withSurgery(surgery(c, phase).orElse(null));
                for (Recommendation r : catalogue.applicable(p, c.requestDate())) {
                    if (fits(r, c, phase, regions, modalities, drug.isPresent() || !drugClasses.isEmpty())) {
                        found.putIfAbsent(r.id(), r);
                    }
                }
            }
        }
        return groups.isEmpty() ? forNoDiagnosis(found.values()) : List.copyOf(found.values());
    }

    /**
     * When the record names no diagnosis the engine reads, rules written for one diagnosis (NSAIDs in neuropathic
     * pain, the stress chapter's referral) would all apply, and the strictest would decide; the rules written for
     * any diagnosis decide instead, and the diagnosis rules stay where no other addresses the request: where every
     * rule for any diagnosis applies only under conditions of its own (an NSAID's monitoring, a second NSAID).
     */
    private static List<Recommendation> forNoDiagnosis(Collection<Recommendation> found) {
        boolean general = found.stream().anyMatch(r -> r.applies().diagnosisGroups().isEmpty()
                && r.applies().when().isEmpty());
        return general ? found.stream().filter(r -> r.applies().diagnosisGroups().isEmpty()).toList()
                : List.copyOf(found);
    }

    /** What {@link GuidelineCatalogue#applicable} leaves open when a detail is unknown, narrowed by the record. */
    private boolean fits(Recommendation r, CaseRecord c, PhaseReader.Reading phase, List<BodyRegion> regions,
            List<String> modalities, boolean drugKnown) {
        var a = r.applies();
        if (!a.bodyRegions().isEmpty() && regions.isEmpty() && !regionOfTheRecordFits(r, c)) {
            return false;
        }
        if (!a.modalities().isEmpty() && modalities.isEmpty()) {
            return false;
        }
        if ((!a.drugs().isEmpty() || !a.drugClasses().isEmpty()) && !drugKnown) {
            return false;
        }
        if (a.phases().size() == 1 && a.phases().contains(Phase.POSTSURGICAL)
                && phase.phase().filter(p -> p == Phase.POSTSURGICAL).isEmpty()) {
            return false;
        }
        return a.surgeries().isEmpty() || surgery(c, phase).filter(a.surgeries()::contains).isPresent();
    }

    /**
     * For a request that names no body region, whether a rule written for some regions concerns the record's: the
     * parts it affirms now, or failing those the parts its history names (a knee operation years ago does not make
     * today's chiropractic request one for the knee).
     */
    private static boolean regionOfTheRecordFits(Recommendation r, CaseRecord c) {
        Set<BodyRegion> parts = regionsOfTheRecord(c);
        return parts.stream().anyMatch(r.applies().bodyRegions()::contains) || limbOfTheJointOperated(r, c, parts);
    }

    /**
     * A rule written for an operation on a joint ("CPM after a knee replacement") concerns a record that names now only
     * the whole limb ("non-weight bearing on the R leg") when the record names that joint too, in the operation's
     * history: the leg is the knee's. The rule still applies only after the operation it names.
     */
    private static boolean limbOfTheJointOperated(Recommendation r, CaseRecord c, Set<BodyRegion> parts) {
        if (r.applies().surgeries().isEmpty()) {
            return false;
        }
        Set<BodyRegion> joints = EnumSet.noneOf(BodyRegion.class);
        joints.addAll(r.applies().bodyRegions());
        joints.removeAll(EnumSet.of(BodyRegion.LUMBAR_SPINE, BodyRegion.CERVICAL_SPINE));
        joints.retainAll(c.facts().affectedBodyParts());
        return parts.stream().filter(p -> p == BodyRegion.LOWER_EXTREMITY || p == BodyRegion.UPPER_EXTREMITY)
                .anyMatch(limb -> joints.stream().anyMatch(j -> FactResolver.sameLimb(limb, j)));
    }

    private static Set<BodyRegion> regionsOfTheRecord(CaseRecord c) {
        Set<BodyRegion> current = c.facts().currentBodyParts();
        return current.isEmpty() ? c.facts().affectedBodyParts() : current;
    }

    /**
     * For a request that names no body region, a rule refusing the treatment for some regions does not decide when
     * another rule of its edition allows it for a region the record affirms: chiropractic care for a patient with low
     * back and knee pain is judged as care for the back, which the guideline allows, not refused for the knee.
     */
    private static List<Recommendation> withoutRefusalsForAnotherRegion(List<Recommendation> found, CaseRecord c) {
        if (!c.request().regions().isEmpty()) {
            return found;
        }
        Set<BodyRegion> parts = regionsOfTheRecord(c);
        return found.stream().filter(r -> r.strength() != Strength.NOT_RECOMMENDED || r.applies().bodyRegions().isEmpty()
                || found.stream().noneMatch(other -> other != r && other.edition().equals(r.edition())
                        && !other.applies().bodyRegionsExcluded().isEmpty()
                        && parts.stream().anyMatch(p -> allowedBy(other, p))))
                .toList();
    }

    /**
     * A part of the body a rule with excluded regions allows: neither one of them nor a whole limb holding one (pain
     * down the leg of a sprained knee is the knee's, not a region chiropractic care is allowed for).
     */
    private static boolean allowedBy(Recommendation rule, BodyRegion part) {
        return rule.applies().bodyRegionsExcluded().stream().noneMatch(x -> x == part
                || (part == BodyRegion.LOWER_EXTREMITY || part == BodyRegion.UPPER_EXTREMITY)
                        && FactResolver.sameLimb(part, x));
    }

    /** The surgery a recommendation must name: the operation requested, or the one a postsurgical request follows. */
    private static Optional<String> surgery(CaseRecord c, PhaseReader.Reading phase) {
        return c.request().kind().filter(k -> k == RequestKind.SURGERY).isPresent() ? c.request().surgery()
                : phase.surgery();
    }

    /**
     * The recommendation a draft cites among those reaching a conclusion: the best-sourced one (confidence V, S, R1
     * before R2, R3, ODG), then the most specific (a drug, modality or surgery of its own before a class or a region,
     * before a general rule).
     */
    private static Optional<RecommendationTrace> mostSpecific(List<RecommendationTrace> traces, Conclusion wanted,
            List<Recommendation> candidates) {
        RecommendationTrace best = null;
        int bestScore = Integer.MIN_VALUE;
        for (RecommendationTrace t : traces) {
            if (t.conclusion() != wanted) {
                continue;
            }
            Recommendation r = candidates.stream().filter(x -> x.id().equals(t.id())).findFirst().orElseThrow();
            var a = r.applies();
            int specificity = (a.drugs().isEmpty() ? 0 : 4) + (a.modalities().isEmpty() ? 0 : 3)
                    + (a.surgeries().isEmpty() ? 0 : 3) + (a.bodyRegions().isEmpty() ? 0 : 2)
                    + (a.diagnosisGroups().isEmpty() ? 0 : a.diagnosisGroups().size() == 1 ? 2 : 1)
                    + (a.drugClasses().isEmpty() ? 0 : 1) + (a.when().isEmpty() ? 0 : 1);
            int score = -100 * r.confidence().ordinal() + specificity;
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    // ---------------------------------------------------------------------------------------------- one rule

    private RecommendationTrace evaluate(Recommendation r, CriterionEvaluator criteria,
            CriterionEvaluator applicability, LimitEvaluator limits, CitationStyle style) {
        List<CriterionFinding> when = r.applies().when().stream().map(applicability::evaluate).toList();
        boolean applies = when.stream().allMatch(f -> f.verdict() == Verdict.MET);
        String strength = r.strength().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (!applies) {
            return trace(r, style, strength, when, List.of(), List.of(), List.of(), Conclusion.DOES_NOT_APPLY);
        }
        if (r.strength() == Strength.NOT_RECOMMENDED) {
            return trace(r, style, strength, when, List.of(), List.of(), List.of(), Conclusion.NOT_RECOMMENDED);
        }
        List<CriterionFinding> found = r.criteria().stream().map(criteria::evaluate).toList();
        List<LimitFinding> checked = new ArrayList<>();
        for (Limit l : r.limits()) {
            checked.add(limits.check(r, l));
        }
        List<CriterionFinding> extensionFindings = new ArrayList<>();
        boolean exceeded = checked.stream().anyMatch(l -> l.verdict() == Verdict.NOT_MET);
        if (exceeded && !r.extensions().isEmpty()) {
            checked = extend(r, checked, criteria, limits, extensionFindings);
        }
        Verdict criteriaVerdict = Verdict.MET;
        for (CriterionFinding f : found) {
            criteriaVerdict = criteriaVerdict.and(f.verdict());
        }
        boolean limitFails = checked.stream().anyMatch(l -> l.verdict() == Verdict.NOT_MET);
        boolean limitUnknown = checked.stream().anyMatch(l -> l.verdict() == Verdict.UNKNOWN && !l.missing().isBlank());
        Conclusion conclusion = criteriaVerdict == Verdict.NOT_MET || limitFails ? Conclusion.NOT_SUPPORTED
                : criteriaVerdict == Verdict.UNKNOWN || limitUnknown ? Conclusion.UNDOCUMENTED
                : Conclusion.SUPPORTED;
        return trace(r, style, strength, when, found, checked, extensionFindings, conclusion);
    }

    /** Limits exceeded are allowed when every requirement of an extension holds and its figures (if any) are met. */
    private List<LimitFinding> extend(Recommendation r, List<LimitFinding> checked, CriterionEvaluator criteria,
            LimitEvaluator limits, List<CriterionFinding> findings) {
        for (Extension e : r.extensions()) {
            List<CriterionFinding> req = e.requires().stream().map(criteria::evaluate).toList();
            findings.addAll(req);
            boolean holds = req.stream().allMatch(f -> f.verdict() == Verdict.MET);
            String missing = req.stream().filter(f -> f.verdict() != Verdict.MET).map(CriterionFinding::missing)
                    .filter(m -> !m.isBlank()).reduce((a, b) -> a + "; and " + b).orElse("");
            List<LimitFinding> out = new ArrayList<>();
            boolean allowed = true;
            for (Limit up : e.upTo()) {
                LimitFinding f = limits.check(r, up);
                if (holds) {
                    out.add(f);
                }
                allowed &= f.verdict() != Verdict.NOT_MET;
            }
            List<LimitFinding> result = new ArrayList<>();
            for (int i = 0; i < checked.size(); i++) {
                LimitFinding l = checked.get(i);
                // the first findings are the entry's own limits, in order; an extension may lift only some scopes
                boolean lifted = i >= r.limits().size() || e.lifts(r.limits().get(i));
                if (l.verdict() != Verdict.NOT_MET) {
                    result.add(l);
                } else if (holds && allowed && lifted) {
                    result.add(new LimitFinding(l.limit(), Verdict.MET, l.explanation() + "; allowed by the extension ("
                            + req.stream().map(CriterionFinding::criterion).reduce((a, b) -> a + ", " + b).orElse("")
                            + ")", l.evidence(), true, ""));
                } else {
                    // what would change the outcome: the first extension whose own figures the request meets, so
                    // that a later, wider extension does not add requirements this request does not need
                    String needed = !l.missing().isBlank() || !allowed || !lifted ? l.missing() : missing;
                    result.add(new LimitFinding(l.limit(), Verdict.NOT_MET, l.explanation(), l.evidence(), false,
                            needed));
                }
            }
            result.addAll(out);
            if (result.stream().noneMatch(l -> l.verdict() == Verdict.NOT_MET)) {
                return result;
            }
            checked = result;
        }
        return checked;
    }

    private static RecommendationTrace trace(Recommendation r, CitationStyle style, String strength, List<CriterionFinding> when,
            List<CriterionFinding> criteria, List<LimitFinding> limits, List<CriterionFinding> extensions,
            Conclusion conclusion) {
        return new RecommendationTrace(r.id(), r.title(), r.citation().toGuidelineCitation(style), strength, r.confidence().name(), when,
                criteria, limits, extensions, conclusion, r.summary() == null ? "" : r.summary().strip());
    }

    static <T> List<T> concat(Collection<T> a, Collection<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
