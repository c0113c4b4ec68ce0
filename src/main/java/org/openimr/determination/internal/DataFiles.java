package org.openimr.determination.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.openimr.casefile.BodySite;
import org.openimr.casefile.Diagnosis;
import org.openimr.casefile.PhraseAlternation;
import org.openimr.casefile.Surgery;
import org.openimr.determination.InterpretedRequest;
import org.openimr.guidelines.Phase;
import org.openimr.guidelines.RequestKind;
import org.openimr.shared.BodyRegion;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The engine's data files under {@code src/main/resources/determination/}, read once. */
public final class DataFiles {

    /**
     * How a vocabulary fact is documented by phrases. {@code planned}: a requested or planned mention documents it (a
     * surgery being considered); {@code suspected}: a requested mention documents the suspicion it names (an MRI "to
     * rule out a ligament tear"). {@code notInSentencesWith}: words whose sentence tells a rule, not an event (a
     * patient "counseled that early refills will not be given"). {@code negationSaysNothing}: a negated mention documents
     * no absence of the fact ("no post-op therapy has been given" says nothing of who prescribes it).
     * {@code againstHoldsItsClause}: an affirmed {@code against} phrase also hides the fact's phrases in its clause
     * ("the spine surgeon found he is not a surgical candidate": the surgeon named is the one who ruled surgery out):
     * only a phrase of {@code againstSubjects} (the surgeon), named before it in its clause with no "and" between.
     * {@code againstUndoneBy}: words that, in the sentence of an {@code against} phrase, make it no ruling-out ("not a
     * surgical candidate at this time", "pending"): it then documents no absence.
     * {@code subjectRecommendingOtherCare}: care other than the fact's that a phrase of {@code againstSubjects}
     * recommends in the words right after it ("the orthopedic surgeon recommended PT"): that phrase then documents
     * nothing (a surgeon who advises therapy considers no operation by that advice).
     * {@code afterADrug}: words that document the fact only after a drug the case file reads, or one of {@code drugWords} ("NSAIDs",
     * "medication"), earlier in the same clause ("naproxen caused gastritis"; not "the head injury caused dizziness").
     * {@code ofPart}: a state of that part; a mention whose clause (else sentence) names only other parts documents
     * nothing ("could not tolerate physical therapy for her neck" is no stiff-knee risk).
     * {@code onlyInSentencesWith}: words one of which the phrase's sentence must hold ("unstable" documents spinal
     * instability only beside "spondylolisthesis" or "flexion-extension", not in "unstable angina").
     * {@code onlyInClausesWith}: words one of which the mention's clause must hold for it to document the fact (a
     * program's stalled progress is of a program: "has not progressed in PT", not "her numbness has not progressed").
     * {@code worsening}: phrases of a worsening in general words ("worse since", "acute on chronic"), also phrases of the
     * fact, that document it only as {@link WorseningOfThePart} reads them (of the part, recent).
     * {@code refusedInTheNextSentence}: words of a refusal that refers back ("She declined it."); in the sentence right
     * after the mention's, when the mention is the last care its sentence names, they make it document nothing
     * ({@link RefusalReferringBack}).
     * {@code drugClasses}: the classes of the drugs {@code afterADrug} words may be said of (pain medication, not a
     * stomach drug taken with it); empty, any drug.
     */
    public record FactPhrases(String fact, List<String> phrases, boolean planned, boolean suspected, boolean request,
            List<String> against, boolean ofRequestedJoint, boolean requestOnly,
            Optional<java.util.regex.Pattern> lowValue, Optional<java.util.regex.Pattern> beforeADrug,
            boolean afterTheOperation, Optional<java.util.regex.Pattern> notInSentencesWith, boolean negationSaysNothing,
            boolean againstHoldsItsClause, Optional<java.util.regex.Pattern> afterADrug,
            Optional<java.util.regex.Pattern> drugWords, Optional<org.openimr.shared.BodyRegion> ofPart,
            Optional<java.util.regex.Pattern> againstSubjects, Optional<java.util.regex.Pattern> againstUndoneBy,
            Optional<java.util.regex.Pattern> subjectRecommendingOtherCare,
            Optional<java.util.regex.Pattern> onlyInSentencesWith,
            Optional<java.util.regex.Pattern> onlyInClausesWith,
            Optional<Worsening> worsening, Optional<java.util.regex.Pattern> refusedInTheNextSentence,
            Set<org.openimr.casefile.DrugClass> drugClasses) {

        /** The lexicon value of a phrase that, affirmed, states the fact does not hold ("drives himself"). */
        public static String against(String fact) {
            return "!" + fact;
        }

        /**
         * A fact read from plain phrases that state what is suspected (a condition "to rule out"), with none of the
         * options above: the indications of a medical test.
         */
        static FactPhrases suspectedOnly(String fact, List<String> phrases) {
            return new FactPhrases(fact, phrases, false, true, false, List.of(), false, false, Optional.empty(),
                    Optional.empty(), false, Optional.empty(), false, false, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
        }
    }

    /**
     * A worsening in general words, a state of the fact's {@code ofPart} only when its own clause names that part and
     * no date of its sentence, nor the time it has lasted, reaches back more than {@code withinMonths} before the
     * request.
     */
    public record Worsening(java.util.regex.Pattern phrases, int withinMonths) {
    }

    /**
     * Recommendations of one edition that are alternative routes to the same treatment (framework.yaml
     * {@code alternativeRoutes}): any one route met supports the request. With shared limits the limits of every route
     * bind the request whichever route it enters by.
     */
    public record AlternativeRoutes(List<String> routes, boolean sharedLimits) {
    }

    /**
     * The weaning and tapering rules (framework.yaml {@code weaning}): they decide only a request whose own words
     * make it a weaning or taper supply; otherwise an upheld draft notes them.
     */
    public record Weaning(Set<String> rules, Pattern requestPhrases, Set<String> negations) {

        /** How many words before a weaning phrase a negation denies it ("patient unable to wean"). */
        private static final int NEGATION_WORDS = 3;

        public boolean isRule(String recommendationId) {
            return rules.contains(recommendationId);
        }

        /** The words of the request that make it a weaning or taper supply, if any: a phrase no negation denies. */
        public Optional<String> supplyWords(String request) {
            var m = requestPhrases.matcher(request);
            while (m.find()) {
                if (!negated(request.substring(0, m.start()))) {
                    return Optional.of(m.group());
                }
            }
            return Optional.empty();
        }

        private boolean negated(String before) {
            String[] words = before.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+");
            for (int i = Math.max(0, words.length - NEGATION_WORDS); i < words.length; i++) {
                if (negations.contains(words[i])) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A row of surgeries.tsv. */
    public record SurgeryMapping(Surgery.Kind kind, Optional<BodyRegion> region, String surgery) {
    }

    /**
     * The chronic pain guidelines applied before the chronic phase (framework.yaml
     * {@code chronicGuidelinesBeforeChronicPhase}): when nothing written for a request's own phase addresses it and the
     * phase is one of {@code fromPhases}, the chronic-phase recommendations of these editions are applied.
     */
    public record ChronicGuidelinesBeforeChronicPhase(Set<String> editions, Set<Phase> fromPhases) {

        public boolean appliesFrom(Optional<Phase> phase) {
            return phase.filter(fromPhases::contains).isPresent();
        }
    }

    /**
     * What makes a request a service for an operation requested with it (framework.yaml
     * {@code servicesForAnOperation}): its DWC subcategory, its words, or a modality used only after an operation.
     */
    public record ServicesForAnOperation(Set<String> subcategories, Pattern requestWords, Set<String> modalities,
            Set<String> forThePlannedOperation, int doneWithinYearsBefore) {

        /**
         * The request is a service given at or after an operation by its kind or modality (framework.yaml
         * {@code forThePlannedOperation}: an assistant surgeon, a hospital stay, a bone growth stimulator), so an
         * operation the record plans is the one it serves, whatever its words.
         */
        public boolean servesThePlannedOperation(InterpretedRequest r) {
            return r.kind().map(k -> forThePlannedOperation.contains(k.name().toLowerCase(java.util.Locale.ROOT)))
                    .orElse(false) || r.modalities().stream().anyMatch(forThePlannedOperation::contains);
        }

        /** The request is a service for an operation (never an operation itself). */
        public boolean isService(InterpretedRequest r) {
            if (r.kind().filter(k -> k == RequestKind.SURGERY).isPresent()) {
                return false;
            }
            String subcategory = r.category().subcategory();
            return subcategory != null && subcategories.contains(subcategory) || requestWords.matcher(r.text()).find()
                    || r.modalities().stream().anyMatch(modalities::contains);
        }
    }

    private static final DataFiles STANDARD = new DataFiles();

    private final Map<String, FactPhrases> facts;
    private final List<DiagnosisGroups> diagnosisGroups;
    private final List<SurgeryMapping> surgeries;
    private final Set<String> givesWayToDrugSections;
    private final List<AlternativeRoutes> alternativeRoutes;
    private final Weaning weaning;
    private final ChronicGuidelinesBeforeChronicPhase chronicGuidelines;
    private final ServicesForAnOperation servicesForAnOperation;
    private final Set<String> generallyAcceptedStandards;
    private final ProgramHours programHours;
    private final EarlierCourses earlierCourses;
    private final Map<String, Pattern> readingWords;

    private DataFiles() {
        this.facts = readFacts();
        this.diagnosisGroups = readDiagnosisGroups();
        this.surgeries = readSurgeries();
        Map<?, ?> framework = framework();
        this.givesWayToDrugSections = readGivesWayToDrugSections(framework);
        this.alternativeRoutes = readAlternativeRoutes(framework);
        this.weaning = readWeaning(framework);
        this.chronicGuidelines = readChronicGuidelines(framework);
        this.servicesForAnOperation = readServicesForAnOperation(framework);
        this.generallyAcceptedStandards = readGenerallyAcceptedStandards(framework);
        this.programHours = readProgramHours(framework);
        this.earlierCourses = readEarlierCourses(framework);
        this.readingWords = readReadingWords();
    }

    /**
     * Programs requested in hours (framework.yaml {@code programHours}): hours in all are full days of
     * {@code hoursADay} hours, {@code daysAWeek} days a week.
     */
    public record ProgramHours(Set<org.openimr.guidelines.RequestKind> requestKinds, int hoursADay, int daysAWeek) {
    }

    public ProgramHours programHours() {
        return programHours;
    }

    private static ProgramHours readProgramHours(Map<?, ?> framework) {
        if (!(framework.get("programHours") instanceof Map<?, ?> m) || !(m.get("requestKinds") instanceof List<?> kinds)
                || !(m.get("hoursADay") instanceof Integer hours) || !(m.get("daysAWeek") instanceof Integer days)
                || hours < 1 || hours > 24 || days < 1 || days > 7) {
            throw new IllegalStateException(FRAMEWORK
                    + ": expected 'programHours' with 'requestKinds', 'hoursADay' (1-24) and 'daysAWeek' (1-7)");
        }
        Set<org.openimr.guidelines.RequestKind> set = new java.util.LinkedHashSet<>();
        for (Object k : kinds) {
            set.add(org.openimr.guidelines.RequestKind.valueOf(k.toString().toUpperCase(java.util.Locale.ROOT)));
        }
        return new ProgramHours(Set.copyOf(set), hours, days);
    }

    /**
     * Courses of care separated by time (framework.yaml {@code earlierCourses}): sessions of {@code modalities} dated
     * to a time that ended more than {@code courseWeeks} weeks before a request for one of {@code bodyRegions}.
     */
    public record EarlierCourses(Set<org.openimr.casefile.Modality> modalities,
            Set<org.openimr.shared.BodyRegion> bodyRegions, int courseWeeks) {
    }

    public EarlierCourses earlierCourses() {
        return earlierCourses;
    }

    private static EarlierCourses readEarlierCourses(Map<?, ?> framework) {
        if (!(framework.get("earlierCourses") instanceof Map<?, ?> m) || !(m.get("modalities") instanceof List<?> mods)
                || !(m.get("bodyRegions") instanceof List<?> regions) || !(m.get("courseWeeks") instanceof Integer weeks)
                || weeks < 1) {
            throw new IllegalStateException(FRAMEWORK
                    + ": expected 'earlierCourses' with 'modalities', 'bodyRegions' and 'courseWeeks' (at least 1)");
        }
        Set<org.openimr.casefile.Modality> modalities = new java.util.LinkedHashSet<>();
        mods.forEach(o -> modalities.add(org.openimr.casefile.Modality.valueOf(o.toString()
                .toUpperCase(java.util.Locale.ROOT))));
        Set<org.openimr.shared.BodyRegion> parts = new java.util.LinkedHashSet<>();
        regions.forEach(o -> parts.add(org.openimr.shared.BodyRegion.valueOf(o.toString()
                .toUpperCase(java.util.Locale.ROOT))));
        return new EarlierCourses(Set.copyOf(modalities), Set.copyOf(parts), weeks);
    }

    public static DataFiles standard() {
        return STANDARD;
    }

    public Map<String, FactPhrases> facts() {
        return facts;
    }

    /** The groups a diagnosis stands for: those of its kind, and of its kind in its region or naming a word. */
    public List<String> diagnosisGroups(Diagnosis d) {
        return diagnosisGroups.stream().filter(g -> g.kind() == d.kind()
                && g.region().map(r -> d.region().map(BodySite::region).equals(Optional.of(r))).orElse(true)
                && g.word().map(w -> w.matcher(d.text()).find()).orElse(true))
                .flatMap(g -> g.groups().stream()).distinct().toList();
    }

    /** A row of diagnosis-groups.tsv: a kind, "in REGION" or "naming WORD" to narrow it, and its groups. */
    private record DiagnosisGroups(Diagnosis.Kind kind, Optional<BodyRegion> region, Optional<Pattern> word,
            List<String> groups) {
    }

    /** The Postsurgical Treatment Guidelines' surgery a case file surgery is, or unlisted_surgery. */
    public String surgeryCode(Surgery.Kind kind, Optional<BodyRegion> region) {
        for (SurgeryMapping m : surgeries) {
            if (m.kind() == kind && (m.region().isEmpty() || m.region().equals(region))) {
                return m.surgery();
            }
        }
        return "unlisted_surgery";
    }

    /**
     * The general drug sections (recommendation ids) that give way to the same edition's own paragraph for the drug
     * or narrower class requested (framework.yaml); any other general section governs together with the drug's.
     */
    public boolean givesWayToDrugSections(String recommendationId) {
        return givesWayToDrugSections.contains(recommendationId);
    }

    /** The groups of alternative routes (framework.yaml {@code alternativeRoutes}). */
    public List<AlternativeRoutes> alternativeRoutes() {
        return alternativeRoutes;
    }

    /** The weaning and tapering rules (framework.yaml {@code weaning}). */
    public Weaning weaning() {
        return weaning;
    }

    /** The chronic pain guidelines applied before the chronic phase (framework.yaml). */
    public ChronicGuidelinesBeforeChronicPhase chronicGuidelinesBeforeChronicPhase() {
        return chronicGuidelines;
    }

    /** What makes a request a service for an operation requested with it (framework.yaml). */
    public ServicesForAnOperation servicesForAnOperation() {
        return servicesForAnOperation;
    }

    /**
     * Whether a recommendation's edition is one of the generally accepted standards of medical practice (framework.yaml
     * {@code generallyAcceptedStandards}, Labor Code 4610.5(c)(2)(E)): the last standard, applied only where no MTUS
     * or fallback rule in force addresses the request, and whose documented indication refers the item.
     */
    public boolean isGenerallyAcceptedStandard(String editionId) {
        return generallyAcceptedStandards.contains(editionId);
    }

    private static final String FRAMEWORK = "determination/framework.yaml";

    private static Set<String> readGenerallyAcceptedStandards(Map<?, ?> framework) {
        if (!(framework.get("generallyAcceptedStandards") instanceof Map<?, ?> m)
                || !(m.get("editions") instanceof List<?> editions) || editions.isEmpty()) {
            throw new IllegalStateException(FRAMEWORK + ": expected 'generallyAcceptedStandards' with an 'editions' list");
        }
        return stringSet(editions);
    }

    /** A YAML list of scalars as an unmodifiable set of strings. */
    private static Set<String> stringSet(List<?> values) {
        return values.stream().map(Object::toString).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static ServicesForAnOperation readServicesForAnOperation(Map<?, ?> framework) {
        if (!(framework.get("servicesForAnOperation") instanceof Map<?, ?> m)
                || !(m.get("subcategories") instanceof List<?> subcategories)
                || !(m.get("requestWords") instanceof List<?> words) || words.isEmpty()
                || !(m.get("modalities") instanceof List<?> modalities)
                || !(m.get("forThePlannedOperation") instanceof List<?> planned)
                || !(m.get("doneWithinYearsBefore") instanceof Integer years) || years < 0) {
            throw new IllegalStateException(FRAMEWORK + ": expected 'servicesForAnOperation' with 'subcategories', "
                    + "'requestWords', 'modalities' and 'forThePlannedOperation' lists and 'doneWithinYearsBefore', a "
                    + "count of years not below 0");
        }
        String alternatives = String.join("|", words.stream().map(Object::toString).toList());
        return new ServicesForAnOperation(
                stringSet(subcategories),
                Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE),
                stringSet(modalities),
                stringSet(planned),
                years);
    }

    private static ChronicGuidelinesBeforeChronicPhase readChronicGuidelines(Map<?, ?> framework) {
        if (!(framework.get("chronicGuidelinesBeforeChronicPhase") instanceof Map<?, ?> m)
                || !(m.get("editions") instanceof List<?> editions) || editions.isEmpty()
                || !(m.get("fromPhases") instanceof List<?> phases) || phases.isEmpty()) {
            throw new IllegalStateException(FRAMEWORK
                    + ": expected 'chronicGuidelinesBeforeChronicPhase' with 'editions' and 'fromPhases' lists");
        }
        Set<Phase> from = new java.util.LinkedHashSet<>();
        for (Object p : phases) {
            Phase phase;
            try {
                phase = Phase.valueOf(p.toString().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(FRAMEWORK + ": chronicGuidelinesBeforeChronicPhase: unknown phase '"
                        + p + "'", e);
            }
            if (phase == Phase.CHRONIC) {
                throw new IllegalStateException(FRAMEWORK
                        + ": chronicGuidelinesBeforeChronicPhase: fromPhases cannot name the chronic phase itself");
            }
            from.add(phase);
        }
        return new ChronicGuidelinesBeforeChronicPhase(
                stringSet(editions),
                Set.copyOf(from));
    }

    private static Weaning readWeaning(Map<?, ?> framework) {
        if (!(framework.get("weaning") instanceof Map<?, ?> w) || !(w.get("rules") instanceof List<?> rules)
                || !(w.get("requestPhrases") instanceof List<?> phrases) || phrases.isEmpty()
                || !(w.get("negations") instanceof List<?> negations)) {
            throw new IllegalStateException(
                    FRAMEWORK + ": expected 'weaning' with 'rules', 'requestPhrases' and 'negations' lists");
        }
        String alternatives = PhraseAlternation.longestFirst(phrases.stream().map(Object::toString).toList());
        return new Weaning(stringSet(rules),
                Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE),
                negations.stream().map(n -> n.toString().toLowerCase(java.util.Locale.ROOT))
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    private static Map<?, ?> framework() {
        try (InputStream in = open(FRAMEWORK)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(root instanceof Map<?, ?> map)) {
                throw new IllegalStateException(FRAMEWORK + ": expected a mapping");
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> readGivesWayToDrugSections(Map<?, ?> framework) {
        if (!(framework.get("givesWayToDrugSections") instanceof List<?> ids)) {
            throw new IllegalStateException(FRAMEWORK + ": expected a 'givesWayToDrugSections' list");
        }
        return stringSet(ids);
    }

    private static List<AlternativeRoutes> readAlternativeRoutes(Map<?, ?> framework) {
        if (!(framework.get("alternativeRoutes") instanceof List<?> groups)) {
            throw new IllegalStateException(FRAMEWORK + ": expected an 'alternativeRoutes' list");
        }
        List<AlternativeRoutes> out = new ArrayList<>();
        for (Object g : groups) {
            if (!(g instanceof Map<?, ?> group) || !(group.get("routes") instanceof List<?> routes) || routes.size() < 2
                    || !(group.get("sharedLimits") instanceof Boolean shared)) {
                throw new IllegalStateException(FRAMEWORK + ": each alternativeRoutes group needs 'routes' (two or more "
                        + "recommendation ids) and 'sharedLimits' (true or false): " + g);
            }
            out.add(new AlternativeRoutes(routes.stream().map(Object::toString).toList(), shared));
        }
        return List.copyOf(out);
    }

    private static Map<String, FactPhrases> readFacts() {
        String resource = "determination/fact-phrases.yaml";
        try (InputStream in = open(resource)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(root instanceof Map<?, ?> map) || !(map.get("facts") instanceof Map<?, ?> facts)) {
                throw new IllegalStateException(resource + ": expected a top-level 'facts' mapping");
            }
            Map<String, FactPhrases> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : facts.entrySet()) {
                String fact = e.getKey().toString();
                if (!(e.getValue() instanceof Map<?, ?> v) || !(v.get("phrases") instanceof List<?> phrases)) {
                    throw new IllegalStateException(resource + ": fact '" + fact + "' needs a 'phrases' list");
                }
                List<?> against = v.get("against") instanceof List<?> l ? l : List.of();
                List<?> analytes = v.get("lowValueOf") instanceof List<?> l ? l : List.of();
                Optional<Worsening> worsening = worsening(v.get("worsening"), resource + ": fact '" + fact + "'");
                List<String> all = new java.util.ArrayList<>(phrases.stream().map(Object::toString).toList());
                if (v.get("worsening") instanceof Map<?, ?> w && w.get("phrases") instanceof List<?> more) {
                    more.forEach(o -> all.add(o.toString()));
                }
                out.put(fact, new FactPhrases(fact, List.copyOf(all),
                        Boolean.TRUE.equals(v.get("planned")), Boolean.TRUE.equals(v.get("suspected")),
                        Boolean.TRUE.equals(v.get("request")),
                        against.stream().map(Object::toString).toList(),
                        Boolean.TRUE.equals(v.get("ofRequestedJoint")), Boolean.TRUE.equals(v.get("requestOnly")),
                        lowValue(analytes, map.get("lowValueWords"), resource + ": fact '" + fact + "'"),
                        beforeADrug(v.get("beforeADrug") instanceof List<?> l ? l : List.of()),
                        Boolean.TRUE.equals(v.get("afterTheOperation")),
                        wholeWords(v.get("notInSentencesWith") instanceof List<?> l ? l : List.of()),
                        Boolean.TRUE.equals(v.get("negationSaysNothing")),
                        Boolean.TRUE.equals(v.get("againstHoldsItsClause")),
                        wholeWords(v.get("afterADrug") instanceof List<?> l ? l : List.of()),
                        wholeWords(v.get("drugWords") instanceof List<?> l ? l : List.of()),
                        Optional.ofNullable(v.get("ofPart")).map(o -> org.openimr.shared.BodyRegion.valueOf(o.toString())),
                        wholeWords(v.get("againstSubjects") instanceof List<?> l ? l : List.of()),
                        wholeWords(v.get("againstUndoneBy") instanceof List<?> l ? l : List.of()),
                        wholeWords(v.get("subjectRecommendingOtherCare") instanceof List<?> l ? l : List.of()),
                        wholeWords(v.get("onlyInSentencesWith") instanceof List<?> l ? l : List.of()),
                        wholeWords(v.get("onlyInClausesWith") instanceof List<?> l ? l : List.of()),
                        worsening,
                        wholeWords(v.get("refusedInTheNextSentence") instanceof List<?> l ? l : List.of()),
                        (v.get("drugClasses") instanceof List<?> l ? l : List.of()).stream()
                                .map(o -> org.openimr.casefile.DrugClass.valueOf(o.toString()))
                                .collect(java.util.stream.Collectors.toUnmodifiableSet())));
            }
            for (MedicalTests.TestGroup g : MedicalTests.standard().groups()) {
                // suspected: a condition "to rule out" is the clinical question a test answers
                if (out.putIfAbsent(g.indicationFact(), FactPhrases.suspectedOnly(g.indicationFact(), g.indications()))
                        != null) {
                    throw new IllegalStateException(resource + ": fact '" + g.indicationFact() + "' is documented by "
                            + MedicalTests.RESOURCE + "; it has no phrases of its own");
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fact's {@code worsening} entry: its phrases and {@code withinMonths}. */
    private static Optional<Worsening> worsening(Object entry, String where) {
        if (entry == null) {
            return Optional.empty();
        }
        if (!(entry instanceof Map<?, ?> w) || !(w.get("phrases") instanceof List<?> phrases)
                || !(w.get("withinMonths") instanceof Integer months)) {
            throw new IllegalStateException(where + ": 'worsening' needs 'phrases' and 'withinMonths'");
        }
        return wholeWords(phrases).map(p -> new Worsening(p, months));
    }

    /**
     * A lab result the record calls low in its own words, its value between ("total testosterone 160 ng/dL, below the
     * normal range"): an analyte of the fact, then within a short stretch of the same clause, with no word of a normal
     * result and none saying the test is still to be done ("ordered to evaluate for deficiency"), one of the file's
     * {@code lowValueWords} not preceded by "not".
     */
    /** Words that make a level a test to be done, not a result ("ordered to rule out deficiency"). */
    private static final String NOT_A_RESULT = "ordered|orders?|requested|pending|rule out|ruled out|r/o|evaluate|"
            + "evaluation|assess|check|checked|screen|screening|will|plan|planned|recommended|whether|if|possible";

    /**
     * Words that document the fact only right before a drug the case file reads ("reduced his" ibuprofen, "cut back
     * on" Norco, "half the" Norco), an article or pronoun between: the end of the text before the drug's name.
     */
    private static Optional<java.util.regex.Pattern> beforeADrug(List<?> phrases) {
        if (phrases.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])(?:" + org.openimr.casefile
                .PhraseAlternation.longestFirst(phrases.stream().map(Object::toString).toList())
                + ")\\s+(?:(?:his|her|the|their)\\s+)?$"));
    }

    /** Any of the words, whole, case ignored. */
    private static Optional<java.util.regex.Pattern> wholeWords(List<?> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])(?:" + org.openimr.casefile
                .PhraseAlternation.longestFirst(words.stream().map(Object::toString).toList()) + ")(?![\\p{L}])"));
    }

    private static Optional<java.util.regex.Pattern> lowValue(List<?> analytes, Object lowWords, String where) {
        if (analytes.isEmpty()) {
            return Optional.empty();
        }
        if (!(lowWords instanceof List<?> words) || words.isEmpty()) {
            throw new IllegalStateException(where + ": 'lowValueOf' needs the file's 'lowValueWords' list");
        }
        return Optional.of(java.util.regex.Pattern.compile("(?i)\\b(?:" + org.openimr.casefile.PhraseAlternation
                .longestFirst(analytes.stream().map(Object::toString).toList())
                + ")\\b(?:(?!\\b(?:normal|not|" + NOT_A_RESULT + ")\\b)(?:[^.;:\\n]|\\.(?=\\d))){0,40}?\\b(?:"
                + org.openimr.casefile.PhraseAlternation
                .longestFirst(words.stream().map(Object::toString).toList()) + ")\\b"));
    }

    private static List<DiagnosisGroups> readDiagnosisGroups() {
        List<DiagnosisGroups> out = new ArrayList<>();
        for (String[] row : tsv("determination/diagnosis-groups.tsv")) {
            String[] kind = row[0].strip().split("\\s+", 3);
            Optional<String> narrowing = kind.length == 3 ? Optional.of(kind[2]) : Optional.empty();
            if (kind.length == 2 || kind.length == 3 && !kind[1].equals("in") && !kind[1].equals("naming")) {
                throw new IllegalStateException("diagnosis-groups.tsv: expected KIND, KIND in REGION or KIND naming "
                        + "WORD: " + row[0]);
            }
            out.add(new DiagnosisGroups(Diagnosis.Kind.valueOf(kind[0]),
                    narrowing.filter(x -> kind[1].equals("in")).map(BodyRegion::valueOf),
                    narrowing.filter(x -> kind[1].equals("naming"))
                            .map(w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b", Pattern.CASE_INSENSITIVE)),
                    List.of(row[1].strip().split("\\s*,\\s*"))));
        }
        return out;
    }

    private static List<SurgeryMapping> readSurgeries() {
        List<SurgeryMapping> out = new ArrayList<>();
        for (String[] row : tsv("determination/surgeries.tsv")) {
            String region = row[1].strip();
            out.add(new SurgeryMapping(Surgery.Kind.valueOf(row[0].strip()),
                    region.equals("*") ? Optional.empty() : Optional.of(BodyRegion.valueOf(region)), row[2].strip()));
        }
        return out;
    }

    /**
     * The words of one reading of record sentences (reading-words.tsv), as one case-insensitive pattern of whole
     * words; an unknown reading is an error of the code that asks.
     */
    public Pattern readingWords(String reading) {
        Pattern p = readingWords.get(reading);
        if (p == null) {
            throw new IllegalArgumentException("no words for the reading '" + reading + "' in determination/reading-words.tsv");
        }
        return p;
    }

    private static Map<String, Pattern> readReadingWords() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (String[] row : tsv("determination/reading-words.tsv")) {
            words.computeIfAbsent(row[0].strip(), k -> new ArrayList<>()).add(row[1].strip());
        }
        Map<String, Pattern> out = new LinkedHashMap<>();
        words.forEach((reading, list) -> out.put(reading, Pattern.compile("\\b(?:" + String.join("|", list) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        return Map.copyOf(out);
    }

    private static List<String[]> tsv(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalStateException(resource + ":" + n + ": expected tab-separated columns");
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static InputStream open(String resource) {
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing from the class path: " + resource);
        }
        return in;
    }
}
