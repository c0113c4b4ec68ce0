package org.openimr.determination.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openimr.casefile.Clauses;
import org.openimr.casefile.Assertion;
import org.openimr.casefile.BodySite;
import org.openimr.casefile.BodyPartMention;
import org.openimr.casefile.ConservativeCare;
import org.openimr.casefile.Diagnosis;
import org.openimr.casefile.DiagnosticStudy;
import org.openimr.casefile.FunctionalImprovement;
import org.openimr.casefile.Medication;
import org.openimr.casefile.Modality;
import org.openimr.casefile.MorphineEquivalentDose;
import org.openimr.casefile.MorphineEquivalents;
import org.openimr.casefile.NeurologicalFinding;
import org.openimr.casefile.PainScore;
import org.openimr.casefile.RedFlag;
import org.openimr.casefile.Span;
import org.openimr.casefile.Surgery;
import org.openimr.casefile.UrineDrugScreen;
import org.openimr.determination.CriterionFinding;
import org.openimr.determination.Evidence;
import org.openimr.determination.RequestedDrug;
import org.openimr.determination.Verdict;
import org.openimr.guidelines.Criterion;
import org.openimr.guidelines.Phase;
import org.openimr.guidelines.RequestKind;
import org.openimr.guidelines.TimeSpan;
import org.openimr.guidelines.Vocabulary;
import org.openimr.shared.BodyRegion;
import org.openimr.shared.Side;

/**
 * Evaluates every predicate of the guideline data against the record: each gives MET, NOT_MET or UNKNOWN (the record
 * does not say), with the facts and spans it used and, when not met, the documentation that would settle it.
 * Compound criteria follow three-valued logic (a missing fact makes an "all of" unknown unless another part fails).
 */
public final class CriterionEvaluator implements Criterion.Visitor<CriterionFinding> {

    private static final Pattern PERCENT_RELIEF = Pattern.compile(
            "(\\d{1,3})\\s*(?:-\\s*\\d{1,3}\\s*)?(?:%|percent)\\s*(?:of\\s+)?(?:pain\\s+)?(?:relief|improvement|reduction"
                    + "|decrease|better)"
                    // the percent right after the word relief, not denied and not a share of something else: "gave
                    // good relief, 40% for 4 hours" (not "no relief, 80% of pain remained")
                    + "|(?<!no\\s)(?<!without\\s)(?<!w/o\\s)relief\\s*[,:]?\\s*(\\d{1,3})\\s*(?:%|percent)(?!\\s*of\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LESION = Pattern.compile(
            "(?i)\\b(nerve root|foramin\\w*|compress\\w*|impinge\\w*|radiculopathy|herniat\\w*|protrusion|extrusion"
                    + "|stenosis|thecal sac|abut\\w*|displac\\w*|lateral recess|denervation)\\b");
    private static final Pattern SIDE_EFFECTS = Pattern.compile(
            "(?i)\\b(?:no|denies|denied|without|w/o|any)?\\s*(?:side|adverse)\\s+effects?\\b"
                    // the common side effects denied by name: "no sedation/constipation", "denies nausea or drowsiness"
                    + "|\\b(?:no|denies|denied|without|w/o)\\s+(?:sedation|constipation|nausea|drowsiness|somnolence)\\b");
    private static final Pattern NORMAL = Pattern.compile("(?i)\\b(normal|unremarkable|negative|no evidence)\\b");

    private final CaseRecord c;
    private final FactResolver facts;
    private final Vocabulary vocabulary;
    private final DataFiles data;
    private final Optional<RequestKind> requestKind;
    private final boolean closedWorld;
    /** Less medication in the words of this record, compiled when first asked. */
    private Pattern lessMedication;

    public CriterionEvaluator(CaseRecord c, FactResolver facts, Vocabulary vocabulary, DataFiles data) {
        this(c, facts, vocabulary, data, false);
    }

    private CriterionEvaluator(CaseRecord c, FactResolver facts, Vocabulary vocabulary, DataFiles data,
            boolean closedWorld) {
        this.c = c;
        this.facts = facts;
        this.vocabulary = vocabulary;
        this.data = data;
        this.requestKind = c.request().kind();
        this.closedWorld = closedWorld;
    }

    /**
     * The evaluator for a recommendation's applicability conditions: a fact the record does not state is taken as not
     * present (a rule "for cases without obvious radiculopathy" addresses a record that documents none), so an
     * applicability condition is never left unknown.
     */
    public CriterionEvaluator closedWorld() {
        return new CriterionEvaluator(c, facts, vocabulary, data, true);
    }

    /** A leaf predicate's verdict: in the closed world what is not documented does not hold. */
    private Verdict leaf(Verdict v) {
        return closedWorld && v == Verdict.UNKNOWN ? Verdict.NOT_MET : v;
    }

    public CriterionFinding evaluate(Criterion criterion) {
        return criterion.accept(this);
    }

    private CriterionFinding finding(Criterion cr, Verdict v, List<Evidence> ev, String missing) {
        Verdict leaf = leaf(v);
        return new CriterionFinding(Words.of(cr, facts), cr.predicate(), leaf, ev, List.of(),
                leaf == Verdict.MET ? "" : missing);
    }

    // ------------------------------------------------------------------------------------------ facts

    @Override
    public CriterionFinding documented(Criterion.Documented cr) {
        FactResolver.Resolution r = facts.resolve(cr.fact());
        Verdict v = leaf(r.verdict());
        boolean unchangeable = v == Verdict.NOT_MET && FactResolver.OF_THE_ITEM.contains(cr.fact());
        return new CriterionFinding(Words.of(cr, facts), cr.predicate(), v, r.evidence(), List.of(),
                v == Verdict.MET || unchangeable ? "" : facts.documentationOf(cr.fact()));
    }

    @Override
    public CriterionFinding absent(Criterion.Absent cr) {
        FactResolver.Resolution r = facts.resolve(cr.fact());
        Verdict v = leaf(r.verdict()).not();
        return new CriterionFinding(Words.of(cr, facts), cr.predicate(), v, r.evidence(), List.of(),
                v == Verdict.MET ? "" : "documentation that " + facts.describeAbsence(cr.fact()));
    }

    // ------------------------------------------------------------------------------------------ logic

    @Override
    public CriterionFinding allOf(Criterion.AllOf cr) {
        List<CriterionFinding> parts = cr.criteria().stream().map(this::evaluate).toList();
        Verdict v = Verdict.MET;
        for (CriterionFinding p : parts) {
            v = v.and(p.verdict());
        }
        // a part the record settles as not met (nothing missing from it) leaves no documentation that would meet the whole
        boolean settled = parts.stream().anyMatch(p -> p.verdict() == Verdict.NOT_MET && p.missing().isBlank());
        String missing = settled ? "" : parts.stream().filter(p -> p.verdict() != Verdict.MET)
                .map(CriterionFinding::missing).filter(m -> !m.isBlank()).collect(Collectors.joining("; and "));
        return new CriterionFinding(Words.of(cr, facts), cr.predicate(), v, List.of(), parts,
                v == Verdict.MET ? "" : missing);
    }

    @Override
    public CriterionFinding anyOf(Criterion.AnyOf cr) {
        List<CriterionFinding> parts = cr.criteria().stream().map(this::evaluate).toList();
        Verdict v = Verdict.NOT_MET;
        for (CriterionFinding p : parts) {
            v = v.or(p.verdict());
        }
        String missing = parts.stream().map(CriterionFinding::missing).filter(m -> !m.isBlank())
                .collect(Collectors.joining("; or "));
        return new CriterionFinding(Words.of(cr, facts), cr.predicate(), v, List.of(), parts,
                v == Verdict.MET ? "" : missing);
    }

    @Override
    public CriterionFinding not(Criterion.Not cr) {
        CriterionFinding inner = evaluate(cr.criterion());
        Verdict v = inner.verdict().not();
        // a study the record shows done is settled: no documentation would undo it
        boolean settled = cr.criterion() instanceof Criterion.PriorStudy && inner.verdict() == Verdict.MET;
        return new CriterionFinding(Words.of(cr, facts), cr.predicate(), v, List.of(), List.of(inner),
                v == Verdict.MET || settled ? "" : "documentation that it is not so: " + inner.criterion());
    }

    // ------------------------------------------------------------------------------------------ diagnoses

    @Override
    public CriterionFinding diagnosis(Criterion.Diagnosis cr) {
        List<Evidence> yes = new ArrayList<>();
        List<Evidence> others = new ArrayList<>();
        for (Diagnosis d : c.facts().diagnoses()) {
            if (!d.assertion().isPresentOrPast()) {
                continue;
            }
            List<String> groups = data.diagnosisGroups(d);
            // a diagnosis of another part (hip osteoarthritis for a knee replacement) is no diagnosis for the request
            boolean ofTheGroup = groups.stream().anyMatch(cr.groups()::contains);
            if (ofTheGroup && facts.bearsOnRequest(d.region().map(r -> r.region())) && !facts.ofTheOtherSide(d)) {
                yes.add(new Evidence("the diagnoses include " + d.text().strip(), d.span()));
            } else if (ofTheGroup && facts.bearsOnRequest(d.region().map(r -> r.region()))) {
                // a diagnosis of the other side (a right ACL tear for a left knee brace) is none of the side requested
                others.add(new Evidence("the diagnoses include " + d.text().strip() + ", of the other side, not the "
                        + "side the request is for", d.span()));
            } else if (ofTheGroup) {
                others.add(new Evidence("the diagnoses include " + d.text().strip() + ", of "
                        + d.region().map(r -> "the " + r.region().phrase()).orElse("another part")
                        + ", not the part the request is for", d.span()));
            } else {
                others.add(new Evidence("the diagnoses include " + d.text().strip(), d.span()));
            }
        }
        String wanted = cr.groups().stream().map(g -> vocabulary.term(Vocabulary.Category.DIAGNOSIS_GROUPS, g)
                .map(t -> t.label()).orElse(g)).collect(Collectors.joining(", or "));
        if (!yes.isEmpty()) {
            return finding(cr, Verdict.MET, yes, "");
        }
        if (!others.isEmpty()) {
            return finding(cr, Verdict.NOT_MET, others, "a documented diagnosis of " + wanted);
        }
        return finding(cr, Verdict.UNKNOWN, List.of(), "a documented diagnosis of " + wanted);
    }

    // ------------------------------------------------------------------------------------------ function

    @Override
    public CriterionFinding functionalImprovement(Criterion.FunctionalImprovement cr) {
        Optional<Modality> modality = cr.fromTreatment() != null ? modalityOf(cr.fromTreatment())
                : requestKind.flatMap(CriterionEvaluator::modalityOf);
        String from = cr.fromTreatment() != null ? cr.fromTreatment().replace('_', ' ')
                : requestKind.map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("the treatment");
        boolean fromADevice = "tens".equals(cr.fromTreatment());
        List<Evidence> improved = new ArrayList<>();
        List<Evidence> notImproved = new ArrayList<>();
        for (FunctionalImprovement f : c.facts().functionalImprovement()) {
            if (f.treatment().isPresent() && modality.isPresent() && f.treatment().get() != modality.get()) {
                continue;
            }
            // a gain the record credits to a device ("the TENS unit ... lets him do his exercises") is the device's,
            // not a therapy's or a drug's; and a device's gain is never one credited to a drug or a therapy
            // and only a gain from the device requested: an H-wave unit's gain is not the TENS unit's
            if (f.device().isPresent() ? !fromADevice || !namedInTheRequest(f.device().get(), c)
                    : fromADevice && (f.withMedication() || f.treatment().isPresent())) {
                continue;
            }
            // a gain the record credits to a drug ("with Norco he is able to walk") is not a therapy's
            if (f.treatment().isEmpty() && f.withMedication() && modality.isPresent()) {
                continue;
            }
            // a gain that names another therapy ("since starting PT") or another drug, or follows the drug's absence
            // ("Off Norco for 2 weeks"), is not the drug's
            if (f.finding() == FunctionalImprovement.Finding.IMPROVED && modality.isEmpty()
                    && c.request().drug().isPresent() && !ofTheDrug(f, c.request().drug().get())) {
                continue;
            }
            // a return to work undone since, or years ago, is no gain now
            if (f.finding() == FunctionalImprovement.Finding.IMPROVED
                    && new ReturnToWorkSinceUndone(c, facts).undone(f.span())) {
                continue;
            }
            // the reviewer's criteria ("extension only with documented functional improvement") are no gain of the
            // patient's
            if (f.finding() == FunctionalImprovement.Finding.IMPROVED && inReviewersSentence(f.span())) {
                continue;
            }
            // a gain told with the sessions of an earlier course ("chiropractic x 24 in 2014 with ADLs improved") is
            // that course's, and extends no current one; only a flare-up's rule re-evaluates it (MT-4)
            if (f.finding() == FunctionalImprovement.Finding.IMPROVED && modality.isPresent()
                    && new EarlierCourse(c, data).gainOf(f.span())
                    && facts.resolve("flare_up").verdict() != Verdict.MET) {
                continue;
            }
            // an improvement the record credits to nothing in particular can be the therapy's only if it was given
            if (f.treatment().isEmpty() && modality.isPresent() && !givenBefore(modality.get())) {
                continue;
            }
            switch (f.finding()) {
                case IMPROVED -> improved.add(new Evidence("the record reports improved function", f.span()));
                case NOT_IMPROVED -> notImproved.add(new Evidence("the record reports no improvement in function",
                        f.span()));
                case NOT_DOCUMENTED -> { }
            }
        }
        String missing = "documentation of objective functional improvement (better activities of daily living or "
                + "fewer work restrictions, and less dependence on medical treatment) from the prior " + from;
        if (!notImproved.isEmpty() && improved.isEmpty()) {
            return finding(cr, Verdict.NOT_MET, notImproved, missing);
        }
        if (!improved.isEmpty()) {
            return finding(cr, Verdict.MET, improved, "");
        }
        return finding(cr, Verdict.UNKNOWN, List.of(), missing);
    }

    /**
     * A gain that may be the drug's: credited to it or to the medication, or naming neither another therapy, nor another
     * drug, nor the patient off a drug.
     */
    private static boolean ofTheDrug(FunctionalImprovement f, RequestedDrug requested) {
        if (f.drug().isPresent() && !f.drug().equals(requested.code())) {
            return false;
        }
        return f.withMedication() || f.treatment().isEmpty() && !f.offADrug();
    }

    /**
     * Sessions or a course of the therapy (physical medicine counts PT, OT and aquatic therapy together) were given
     * for the part of the body requested, or for a part the record does not name.
     */
    private boolean givenBefore(Modality m) {
        Set<Modality> same = EnumSet.of(Modality.PHYSICAL_THERAPY, Modality.OCCUPATIONAL_THERAPY,
                Modality.AQUATIC_THERAPY).contains(m) ? EnumSet.of(Modality.PHYSICAL_THERAPY,
                        Modality.OCCUPATIONAL_THERAPY, Modality.AQUATIC_THERAPY) : EnumSet.of(m);
        return c.facts().therapySessions().stream().anyMatch(t -> t.completed() && same.contains(t.modality())
                        && !TreatedParts.forAnotherRegion(c, t.span()))
                || c.facts().conservativeCare().stream().anyMatch(cc -> cc.assertion().isPresentOrPast()
                        && cc.modality().filter(same::contains).isPresent()
                        && !TreatedParts.forAnotherRegion(c, cc.span()));
    }

    static Optional<Modality> modalityOf(RequestKind k) {
        return switch (k) {
            case PHYSICAL_THERAPY -> Optional.of(Modality.PHYSICAL_THERAPY);
            case OCCUPATIONAL_THERAPY -> Optional.of(Modality.OCCUPATIONAL_THERAPY);
            case AQUATIC_THERAPY -> Optional.of(Modality.AQUATIC_THERAPY);
            case MANIPULATION -> Optional.of(Modality.CHIROPRACTIC);
            case ACUPUNCTURE -> Optional.of(Modality.ACUPUNCTURE);
            case MASSAGE -> Optional.of(Modality.MASSAGE);
            case PSYCHOTHERAPY -> Optional.of(Modality.PSYCHOTHERAPY);
            case WORK_CONDITIONING -> Optional.of(Modality.WORK_CONDITIONING);
            case FUNCTIONAL_RESTORATION_PROGRAM -> Optional.of(Modality.FUNCTIONAL_RESTORATION);
            default -> Optional.empty();
        };
    }

    /**
     * Whether the request names the device a gain is credited to, in the record's words less a trailing "unit" ("TENS
     * unit" in "TENS unit purchase"): an H-wave unit's gain is no evidence for a TENS unit.
     */
    private static boolean namedInTheRequest(String device, CaseRecord c) {
        String term = device.replaceFirst("(?i)\\s+unit$", "").trim();
        return !term.isEmpty() && java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])" + java.util.regex.Pattern.quote(term)
                + "(?![\\p{L}])").matcher(c.requestDocument().text()).find();
    }

    private static Optional<Modality> modalityOf(String treatment) {
        return switch (treatment) {
            case "physical_therapy" -> Optional.of(Modality.PHYSICAL_THERAPY);
            case "manipulation" -> Optional.of(Modality.CHIROPRACTIC);
            case "acupuncture" -> Optional.of(Modality.ACUPUNCTURE);
            case "psychotherapy" -> Optional.of(Modality.PSYCHOTHERAPY);
            case "functional_restoration_program" -> Optional.of(Modality.FUNCTIONAL_RESTORATION);
            default -> Optional.empty();
        };
    }

    // ------------------------------------------------------------------------------------------ treatment history

    @Override
    public CriterionFinding failedConservativeCare(Criterion.FailedConservativeCare cr) {
        List<Evidence> tried = new ArrayList<>();
        boolean failed = false;
        Set<String> covered = new LinkedHashSet<>();
        for (ConservativeCare cc : c.facts().conservativeCare()) {
            if (!cc.assertion().isPresentOrPast() || TreatedParts.forAnotherRegion(c, cc.span())) {
                continue;
            }
            String what = careWords(cc);
            if (cc.response() == ConservativeCare.Response.HELPED) {
                continue;
            }
            failed |= cc.response() == ConservativeCare.Response.FAILED;
            tried.add(new Evidence(cc.response() == ConservativeCare.Response.FAILED
                    ? "the record states " + what + " did not resolve the problem"
                    : "the treatment has included " + what, cc.span()));
            covered.addAll(treatmentsOf(cc));
        }
        for (Medication m : c.facts().medications()) {
            if (m.assertion().isPresentOrPast()) {
                m.drug().ifPresent(code -> covered.addAll(vocabulary.classesOf(code)));
                if (m.drug().isPresent() && !vocabulary.classesOf(m.drug().get()).isEmpty()) {
                    covered.add("medication");
                }
            }
        }
        for (var t : c.facts().therapySessions()) {
            if (t.completed() && !TreatedParts.forAnotherRegion(c, t.span())) {
                covered.addAll(treatmentsOf(t.modality()));
                // sessions given are care tried ("She completed 12 sessions of physical therapy"), unless the record
                // says that therapy helped
                if (!helpedTherapy(t.modality())) {
                    tried.add(new Evidence("the treatment has included " + t.count().map(n -> n.max()
                            + (n.max() == 1 ? " session of " : " sessions of ")).orElse("")
                            + LimitEvaluator.modalityWords(t.modality()), t.span()));
                }
            }
        }
        List<String> lacking = cr.including().stream().filter(t -> !covered.contains(t)).toList();
        String missing = "documentation that conservative care"
                + (cr.including().isEmpty() ? "" : " (including " + Words.inWords(cr.including(), facts) + ")")
                + (cr.atLeast() == null ? "" : " for at least " + cr.atLeast()) + " was tried and failed";
        // care cannot have been given for longer than the symptoms have lasted, whatever the record names of it
        Optional<Long> days = cr.atLeast() == null ? Optional.empty() : daysSinceInjury();
        List<Evidence> notTried = new ArrayList<>();
        for (ConservativeCare cc : c.facts().conservativeCare()) {
            // only a mention that the care was never tried: "no relief with physical therapy" is negated too, and
            // says it was tried and failed
            if (cc.assertion() == Assertion.NEGATED && cc.response() == ConservativeCare.Response.TRIED
                    && treatmentsOf(cc).stream().anyMatch(lacking::contains)) {
                notTried.add(new Evidence("the record states " + careWords(cc) + " has not been tried", cc.span()));
            }
        }
        if (!notTried.isEmpty()) {
            // a treatment the guideline asks to have failed first that the record says was never tried
            return finding(cr, Verdict.NOT_MET, notTried, "documentation of a trial of "
                    + String.join(" or ", lacking).replace('_', ' ') + " before this request");
        }
        if (tried.isEmpty() && (days.isEmpty() || days.get() >= cr.atLeast().approximateDays())) {
            return finding(cr, Verdict.UNKNOWN, List.of(), missing);
        }
        if (!lacking.isEmpty() && (days.isEmpty() || days.get() >= cr.atLeast().approximateDays())) {
            return finding(cr, Verdict.UNKNOWN, tried, "documentation of a trial of "
                    + String.join(" or ", lacking).replace('_', ' ') + " before this request");
        }
        if (cr.atLeast() != null) {
            if (days.isEmpty()) {
                return finding(cr, Verdict.UNKNOWN, tried, missing);
            }
            if (days.get() < cr.atLeast().approximateDays()) {
                List<Evidence> ev = new ArrayList<>(tried);
                c.onsetEvidence().ifPresent(ev::add);
                CriterionFinding f = finding(cr, Verdict.NOT_MET, ev, missing);
                return new CriterionFinding(f.criterion() + " (only " + days.get() + " days from "
                        + (c.onset().equals(c.injury()) ? "the injury on " : "the onset of symptoms on ")
                        + c.onset().get() + " to the request)", f.predicate(), f.verdict(), f.evidence(), f.parts(),
                        f.missing());
            }
        }
        // Care given and the complaint persisting at the request is a failure of that care, when the record says it
        // failed or the care went beyond medication alone (a physician expects a documented trial of active care).
        boolean beyondMedication = c.facts().conservativeCare().stream().anyMatch(cc -> cc.assertion().isPresentOrPast()
                && !TreatedParts.forAnotherRegion(c, cc.span()) && cc.response() != ConservativeCare.Response.HELPED
                && cc.kind() != ConservativeCare.Kind.MEDICATIONS && cc.kind() != ConservativeCare.Kind.UNSPECIFIED)
                || c.facts().therapySessions().stream().anyMatch(t -> t.completed()
                        && !TreatedParts.forAnotherRegion(c, t.span()));
        if (!failed && !beyondMedication) {
            return finding(cr, Verdict.UNKNOWN, tried, "documentation of a trial of conservative care beyond "
                    + "medication (therapy, exercise) and its outcome");
        }
        return finding(cr, Verdict.MET, tried, "");
    }

    /** The record states that the therapy of this modality helped ("physical therapy helped"). */
    private boolean helpedTherapy(Modality modality) {
        return c.facts().conservativeCare().stream().anyMatch(cc -> cc.assertion().isPresentOrPast()
                && cc.response() == ConservativeCare.Response.HELPED && cc.modality().filter(modality::equals).isPresent());
    }

    private static String careWords(ConservativeCare cc) {
        if (cc.kind() == ConservativeCare.Kind.THERAPY && cc.modality().isPresent()) {
            return cc.modality().get().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return cc.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The treatments a guideline names that sessions of a therapy are ("exercise" is physical medicine's, not acupuncture's). */
    private static List<String> treatmentsOf(Modality m) {
        return switch (m) {
            case PHYSICAL_THERAPY, OCCUPATIONAL_THERAPY, AQUATIC_THERAPY -> List.of("physical_therapy", "exercise",
                    "physical_methods");
            case CHIROPRACTIC -> List.of("manipulation", "physical_methods");
            case MASSAGE -> List.of("physical_methods");
            case WORK_CONDITIONING -> List.of("exercise");
            case ACUPUNCTURE -> List.of("acupuncture");
            case PSYCHOTHERAPY -> List.of("psychotherapy");
            case FUNCTIONAL_RESTORATION -> List.of("functional_restoration_program");
        };
    }

    private static List<String> treatmentsOf(ConservativeCare cc) {
        return switch (cc.kind()) {
            case MEDICATIONS -> cc.drugClass().map(drugClass -> List.of("medication", drugClass))
                    .orElse(List.of("medication"));
            // therapy of a named modality covers only its own treatments: acupuncture tried is no exercise program
            case THERAPY -> cc.modality().map(CriterionEvaluator::treatmentsOf)
                    .orElse(List.of("physical_therapy", "exercise", "physical_methods"));
            case HOME_EXERCISE -> List.of("exercise", "home_exercise_program", "stretching");
            case INJECTIONS -> List.of("injection");
            case ACTIVITY_MODIFICATION, REST -> List.of("activity_modification");
            case BRACING -> List.of("splinting");
            case ELECTRICAL_STIMULATION, HEAT_ICE -> List.of("physical_methods");
            default -> List.of("conservative_care");
        };
    }

    /**
     * The record says the drug helps ("naproxen gives good relief", "tramadol controls his pain"): a medication that
     * works is no failed trial of medication, whatever else the record says of the pain.
     */
    private boolean helps(Medication m) {
        return c.facts().conservativeCare().stream().anyMatch(cc -> cc.kind() == ConservativeCare.Kind.MEDICATIONS
                && cc.response() == ConservativeCare.Response.HELPED
                && cc.span().documentId().equals(m.span().documentId())
                && cc.span().start() < m.span().end() && m.span().start() < cc.span().end());
    }

    @Override
    public CriterionFinding failedTreatment(Criterion.FailedTreatment cr) {
        List<Evidence> ev = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        for (Medication m : c.facts().medications()) {
            if (!m.assertion().isPresentOrPast() || m.drug().isEmpty() || helps(m)) {
                continue;
            }
            String code = m.drug().get();
            Set<String> names = new LinkedHashSet<>(vocabulary.classesOf(code));
            names.add(code);
            names.add("medication");
            for (String t : cr.treatments()) {
                if (names.contains(t)) {
                    found.add(t);
                    ev.add(new Evidence("the patient has taken " + m.name(), m.span()));
                }
            }
        }
        for (ConservativeCare cc : c.facts().conservativeCare()) {
            if (!cc.assertion().isPresentOrPast() || cc.response() == ConservativeCare.Response.HELPED) {
                continue;
            }
            for (String t : treatmentsOf(cc)) {
                if (cr.treatments().contains(t) || (t.equals("physical_methods") && cr.treatments().contains("tens")
                        && cc.kind() == ConservativeCare.Kind.ELECTRICAL_STIMULATION)) {
                    found.add(cr.treatments().contains(t) ? t : "tens");
                    ev.add(new Evidence("the treatment has included " + careWords(cc), cc.span()));
                }
            }
        }
        boolean holds = cr.all() ? found.containsAll(cr.treatments()) : !found.isEmpty();
        String missing = "documentation that a trial of " + cr.treatments().stream().map(t -> t.replace('_', ' '))
                .collect(Collectors.joining(cr.all() ? " and " : " or ")) + " failed or was not tolerated";
        if (!holds) {
            // the record says the drugs were never taken ("she has not tried naproxen"): for any-of, every treatment
            // listed; for all-of, one that is lacking
            List<Evidence> notTaken = new ArrayList<>();
            Set<String> negated = new LinkedHashSet<>();
            for (Medication m : c.facts().medications()) {
                if (m.assertion() != Assertion.NEGATED || m.drug().isEmpty()) {
                    continue;
                }
                Set<String> names = new LinkedHashSet<>(vocabulary.classesOf(m.drug().get()));
                names.add(m.drug().get());
                cr.treatments().stream().filter(t -> names.contains(t) && !found.contains(t)).forEach(t -> {
                    negated.add(t);
                    notTaken.add(new Evidence("the record states the patient has not taken " + m.name(), m.span()));
                });
            }
            boolean contradicted = cr.all() ? !negated.isEmpty() : negated.containsAll(cr.treatments());
            if (contradicted) {
                return finding(cr, Verdict.NOT_MET, dedupe(notTaken), missing);
            }
        }
        return finding(cr, holds ? Verdict.MET : Verdict.UNKNOWN, dedupe(ev), missing);
    }

    // ------------------------------------------------------------------------------------------ findings

    @Override
    public CriterionFinding redFlag(Criterion.RedFlag cr) {
        List<Evidence> yes = new ArrayList<>();
        List<Evidence> no = new ArrayList<>();
        for (RedFlag r : c.facts().redFlags()) {
            String code = switch (r.kind()) {
                case CAUDA_EQUINA -> "cauda_equina";
                case PROGRESSIVE_NEUROLOGICAL_DEFICIT -> "progressive_neurologic_deficit";
                case FRACTURE, MAJOR_TRAUMA, OSTEOPOROSIS -> "fracture";
                case INFECTION -> "infection";
                case TUMOR -> "tumor";
                case UNSPECIFIED -> "";
            };
            boolean wanted = cr.flags().isEmpty() || cr.flags().contains(code) || code.isEmpty();
            if (!wanted || !relevantRegion(r)) {
                continue;
            }
            String words = code.isEmpty() ? "red flags" : code.replace('_', ' ');
            if (riskOfFracture(r)) {
                if (r.assertion().isPresentOrPast() && beforeChronicPhase() && ofThisPatientsInjury(r)) {
                    yes.add(new Evidence(r.kind() == RedFlag.Kind.MAJOR_TRAUMA
                            ? "the record documents major trauma, a red flag for fracture"
                            : "the record documents osteoporosis, in which the injury is a red flag for fracture",
                            r.span()));
                } // "no fall" says nothing of a fracture either way
            } else if (historyOfCancer(r)) {
                yes.add(new Evidence("the record documents a history of cancer", r.span()));
            } else if (r.assertion() == Assertion.AFFIRMED && !code.isEmpty()) {
                yes.add(new Evidence("the record documents " + words, r.span()));
            } else if (r.assertion() == Assertion.NEGATED) {
                no.add(new Evidence("the record states there are no " + words, r.span()));
            }
        }
        String missing = "documentation of a red flag (" + (cr.flags().isEmpty() ? "any" : String.join(", ",
                cr.flags()).replace('_', ' ')) + ")";
        return !yes.isEmpty() ? finding(cr, Verdict.MET, yes, "")
                : !no.isEmpty() ? finding(cr, Verdict.NOT_MET, no, missing)
                : finding(cr, Verdict.UNKNOWN, List.of(), missing);
    }

    /**
     * A red flag bears on a request for a body region when it is of that region, or is neurological (cauda equina,
     * progressive deficit) and the request is for the spine; a flag of another part of the body does not. Red flags
     * named in general ("no red flags") are about the whole case, so they bear on every request.
     */
    private boolean relevantRegion(RedFlag r) {
        List<BodyRegion> regions = c.request().regions();
        if (riskOfFracture(r)) {
            return regions.stream().anyMatch(BodyRegion::isSpine)
                    && requestKind.filter(k -> k == RequestKind.X_RAY || k == RequestKind.CT).isPresent();
        }
        if (regions.isEmpty() || r.kind() == RedFlag.Kind.UNSPECIFIED) {
            return true;
        }
        if (r.kind() == RedFlag.Kind.CAUDA_EQUINA || r.kind() == RedFlag.Kind.PROGRESSIVE_NEUROLOGICAL_DEFICIT
                || historyOfCancer(r) && r.region().isEmpty()) {
            return regions.stream().anyMatch(BodyRegion::isSpine) || regions.contains(BodyRegion.LOWER_EXTREMITY)
                    || regions.contains(BodyRegion.UPPER_EXTREMITY);
        }
        return r.region().isPresent() && regions.contains(r.region().get().region());
    }

    /**
     * Major trauma, or an osteoporotic patient's injury, is a red flag for a fracture of the spine (Low Back Complaints
     * Table 12-1): the flag is of the patient, so it bears on spine requests only, not on a knee's Ottawa rules; and a
     * suspected fracture is imaged with plain films or CT (bone), not MRI (neural and soft tissue; mtus-criteria IM-L1),
     * so it bears on those studies only.
     */
    private static boolean riskOfFracture(RedFlag r) {
        return r.kind() == RedFlag.Kind.MAJOR_TRAUMA || r.kind() == RedFlag.Kind.OSTEOPOROSIS;
    }

    /** Another person, a fear or advice, or a childhood event: not this patient's injury nor this patient's bones. */
    private static final Pattern NOT_THIS_INJURY = Pattern.compile("(?i)(?<![\\p{L}])(?:mother|father|parents?|sister|"
            + "brother|wife|husband|son|daughter|family|co-?workers?|colleague|friend|afraid|fear|fears|worried|avoid|"
            + "risk\\s+of|how\\s+to|prevent|as\\s+a\\s+(?:child|teen(?:ager)?|boy|girl)|years\\s+ago)(?![\\p{L}])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)|(?<![\\d/])\\d{1,2}/\\d{1,2}/(\\d{2})(?!\\d)");

    /**
     * A fall or osteoporosis is a red flag of this claim's injury only when its sentence speaks of this patient and of
     * no other time: not a relative or a co-worker, a fear or advice, a childhood fall, or a year other than the
     * injury's ("fell from a ladder in 1998").
     */
    private boolean ofThisPatientsInjury(RedFlag r) {
        String text = c.record().text();
        if (!r.span().documentId().equals(CaseRecord.RECORD) || r.span().end() > text.length()) {
            return true;
        }
        int from = Math.max(0, Math.max(text.lastIndexOf(". ", r.span().start()) + 1,
                text.lastIndexOf('\n', r.span().start()) + 1));
        int end = text.indexOf(". ", r.span().end());
        String sentence = text.substring(from, end < 0 ? text.length() : end);
        if (NOT_THIS_INJURY.matcher(sentence).find()) {
            return false;
        }
        Matcher year = YEAR.matcher(sentence);
        while (year.find()) {
            int y = year.group(1) != null ? 2000 + Integer.parseInt(year.group(1)) : Integer.parseInt(year.group());
            if (c.onset().isPresent() && y != c.onset().get().getYear()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The mechanism of the injury is a red flag of the acute and subacute problems the ACOEM chapters govern (Table
     * 12-1 is for the first assessment): months later, with the pain chronic, the story of the fall raises no new
     * suspicion of fracture. An unknown date of injury leaves it unread.
     */
    private boolean beforeChronicPhase() {
        return daysSinceInjury().map(PhaseReader::phaseAfter).filter(p -> p != Phase.CHRONIC).isPresent();
    }

    /**
     * A history of cancer is one of the ACOEM chapters' red flags for a tumor of the spine (Low Back Complaints Table
     * 12-1; Neck and Upper Back Table 8-1), so a cancer the record states in the patient's past counts; a cancer in
     * the family's history does not.
     */
    private boolean historyOfCancer(RedFlag r) {
        if (r.kind() != RedFlag.Kind.TUMOR || r.assertion() != Assertion.HISTORICAL) {
            return false;
        }
        String text = c.record().text();
        int start = Math.min(r.span().start(), text.length());
        String before = text.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT);
        return !before.contains("family");
    }

    @Override
    public CriterionFinding neurologicDeficit(Criterion.NeurologicDeficit cr) {
        Set<NeurologicalFinding.Test> deficits = cr.unequivocal()
                ? EnumSet.of(NeurologicalFinding.Test.SENSORY_DEFICIT, NeurologicalFinding.Test.REFLEX_CHANGE,
                        NeurologicalFinding.Test.MOTOR_WEAKNESS)
                : EnumSet.allOf(NeurologicalFinding.Test.class);
        List<Evidence> yes = new ArrayList<>();
        List<Evidence> no = new ArrayList<>();
        for (NeurologicalFinding f : c.facts().neurologicalFindings()) {
            if (!deficits.contains(f.test()) || !facts.bearsOnRequest(f.region())) {
                continue;
            }
            // a finding the examiner writes as doubtful is not unequivocal (HedgedFinding)
            boolean doubtful = cr.unequivocal() && HedgedFinding.of(f, c.record().text());
            if ((f.assertion() == Assertion.AFFIRMED || f.assertion() == Assertion.HISTORICAL) && !doubtful) {
                yes.add(new Evidence("the examination found " + NeuroWords.of(f), f.span()));
            } else if (f.assertion() == Assertion.NEGATED) {
                no.add(new Evidence("the examination found no " + NeuroWords.of(f), f.span()));
            }
        }
        String missing = "a neurologic examination documenting " + (cr.unequivocal()
                ? "objective findings that identify a specific nerve root or nerve (dermatomal sensory loss, "
                        + "myotomal weakness or a reflex change)"
                : "objective findings of nerve compromise");
        return !yes.isEmpty() ? finding(cr, Verdict.MET, yes, "")
                : !no.isEmpty() ? finding(cr, Verdict.NOT_MET, no, missing)
                : finding(cr, Verdict.UNKNOWN, List.of(), missing);
    }

    @Override
    public CriterionFinding radiculopathyCorroborated(Criterion.RadiculopathyCorroborated cr) {
        FactResolver.Resolution exam = facts.resolve("radiculopathy");
        CriterionFinding deficit = neurologicDeficit(new Criterion.NeurologicDeficit(false));
        List<Evidence> ev = new ArrayList<>();
        boolean onExam = exam.verdict() == Verdict.MET || deficit.verdict() == Verdict.MET;
        if (exam.verdict() == Verdict.MET) {
            ev.addAll(exam.evidence());
        }
        List<Evidence> deficits = deficit.verdict() == Verdict.MET ? deficit.evidence() : List.of();
        Verdict study = Verdict.UNKNOWN;
        for (DiagnosticStudy s : c.facts().diagnosticStudies()) {
            if (!s.done() || s.findings().isEmpty()) {
                continue;
            }
            boolean imaging = s.kind() == DiagnosticStudy.Kind.MRI || s.kind() == DiagnosticStudy.Kind.CT;
            boolean eds = s.kind().isElectrodiagnostic();
            if (!(imaging && cr.by().contains("imaging") || eds && cr.by().contains("electrodiagnostic"))
                    || !facts.bearsOnRequest(s.region().map(BodySite::region))) {
                continue; // a study of another part (a cervical MRI for a lumbar block) corroborates nothing here
            }
            String findingsText = s.findings().get().quote();
            if (showsALesion(findingsText)) {
                study = Verdict.MET;
                ev.add(new Evidence("the " + s.kind().name().replace('_', ' ') + " showed " + findingsText.strip()
                        .replaceAll("\\s+", " "), s.findings().get()));
            } else if (NORMAL.matcher(findingsText).find() && study != Verdict.MET) {
                study = Verdict.NOT_MET;
                ev.add(new Evidence("the " + s.kind().name().replace('_', ' ') + " was reported as "
                        + findingsText.strip().replaceAll("\\s+", " "), s.findings().get()));
            }
        }
        // the study before the deficits: a rationale quotes the first few, and the corroboration must show
        ev.addAll(deficits);
        String missing = "radiculopathy documented on physical examination and corroborated by "
                + String.join(" or ", cr.by()).replace("electrodiagnostic", "electrodiagnostic testing")
                + " (e.g. an MRI showing nerve root compression)";
        Verdict v = (onExam ? Verdict.MET : exam.verdict() == Verdict.NOT_MET ? Verdict.NOT_MET : Verdict.UNKNOWN)
                .and(study);
        return finding(cr, v, ev, missing);
    }

    /**
     * Findings that name a lesion the study shows, not one it rules out: "no disc herniation and no nerve root
     * compression" names two and shows neither; the denial reaches to the end of its clause, so "no stenosis, but a
     * protrusion compressing the L5 root" still shows one.
     */
    private static boolean showsALesion(String findings) {
        Matcher m = LESION.matcher(findings);
        while (m.find()) {
            String before = findings.substring(0, m.start());
            int clause = Clauses.LIST_OR_CONTRAST.start(before, 0, before.length());
            if (!LESION_DENIED.matcher(before.substring(clause)).find()
                    && !LESION_CLEAR_AFTER.matcher(findings.substring(m.end())).find()
                    && !LESION_CLEAR_BEFORE.matcher(before.substring(clause)).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern LESION_DENIED = Pattern.compile("(?i)\\b(?:no|not|without|nor|negative\\s+for|free\\s+of"
            + "|absence\\s+of)\\b");
    /** A structure the study finds clear, named like a lesion: "the foramina are patent", "patent neural foramina". */
    private static final Pattern LESION_CLEAR_AFTER = Pattern.compile("(?i)^\\s+(?:are|is|were|was|appear\\w*)\\s+"
            + "(?:\\w+\\s+)?(?:patent|open|normal|unremarkable|clear|preserved|intact|adequate)\\b");
    private static final Pattern LESION_CLEAR_BEFORE = Pattern.compile("(?i)\\b(?:patent|open|normal|unremarkable|clear)"
            + "\\s+(?:(?:neural|central|bilateral)\\s+)?$");

    @Override
    public CriterionFinding symptomDuration(Criterion.SymptomDuration cr) {
        Optional<Long> days = daysSinceInjury();
        String missing = "the date the symptoms began (or the date of injury)";
        if (days.isEmpty()) {
            return finding(cr, Verdict.UNKNOWN, List.of(), missing);
        }
        boolean ok = (cr.atLeast() == null || days.get() >= cr.atLeast().approximateDays())
                && (cr.atMost() == null || days.get() <= cr.atMost().approximateDays());
        List<Evidence> ev = c.onsetEvidence().map(List::of).orElse(List.of());
        CriterionFinding f = finding(cr, ok ? Verdict.MET : Verdict.NOT_MET, ev,
                "symptoms lasting " + cr.describe().replace("symptoms lasting ", ""));
        return new CriterionFinding(Words.of(cr, facts) + " (" + days.get() + " days from the injury to the request)",
                f.predicate(), f.verdict(), f.evidence(), List.of(), f.missing());
    }

    @Override
    public CriterionFinding timeSince(Criterion.TimeSince cr) {
        Optional<LocalDate> event = switch (cr.event()) {
            case "injury", "symptom_onset" -> c.injury();
            case "surgery" -> lastSurgery().flatMap(s -> s.date()).map(d -> d.lastDay());
            case "treatment_start" -> treatmentStart();
            case "last_injection" -> lastInjection();
            case "last_procedure" -> lastProcedure();
            default -> Optional.empty();
        };
        boolean neverHappened = switch (cr.event()) {
            case "surgery" -> c.facts().surgeries().stream().noneMatch(s -> s.assertion() == Assertion.HISTORICAL);
            case "last_procedure" -> !NEUROTOMY.matcher(c.record().text()).find();
            case "last_injection" -> c.facts().conservativeCare().stream()
                    .noneMatch(cc -> cc.kind() == ConservativeCare.Kind.INJECTIONS && cc.assertion().isPresentOrPast())
                    && c.mentions().stream().noneMatch(m -> m.span().quote().toLowerCase(Locale.ROOT).contains("inject"));
            default -> false;
        };
        String missing = "the date of the " + cr.event().replace('_', ' ');
        if (event.isEmpty() || c.requestDate() == null) {
            return finding(cr, neverHappened ? Verdict.NOT_MET : Verdict.UNKNOWN, List.of(), missing);
        }
        long days = ChronoUnit.DAYS.between(event.get(), c.requestDate());
        boolean ok = (cr.atLeast() == null || days >= cr.atLeast().approximateDays())
                && (cr.atMost() == null || days <= cr.atMost().approximateDays());
        return new CriterionFinding(Words.of(cr, facts) + " (" + days + " days)", cr.predicate(),
                ok ? Verdict.MET : Verdict.NOT_MET, c.injuryEvidence().filter(e -> cr.event().equals("injury"))
                        .map(List::of).orElse(List.of()), List.of(), ""); // the date is documented: nothing is missing
    }

    private Optional<Surgery> lastSurgery() {
        return c.facts().surgeries().stream().filter(s -> s.assertion() == Assertion.HISTORICAL && s.date().isPresent())
                .max((a, b) -> a.date().get().compareTo(b.date().get()));
    }

    /**
     * The latest date, not after the request, the record gives an injection of the kind requested ("the epidural
     * injection at L5-S1 on 01/15/2015", "trigger point injections dated 3/2/15"): the date follows the injection's
     * name in the same sentence.
     */
    private Optional<LocalDate> lastInjection() {
        return latestDated(injectionNames());
    }

    /** The names of an injection of the kind requested. */
    private String injectionNames() {
        return requestKind.map(k -> switch (k) {
            case EPIDURAL_STEROID_INJECTION -> "epidural|ESIs?|transforaminal|interlaminar|caudal";
            case TRIGGER_POINT_INJECTION -> "trigger\\s+point";
            case FACET_INJECTION -> "facet|medial\\s+branch|radio-?frequency";
            default -> "injections?|blocks?";
        }).orElse("injections?|blocks?");
    }

    /** The names of the procedure a repeat neurotomy is dated from. */
    private static final String NEUROTOMY_NAMES = "radio-?frequency|neurotom\\w*|rhizotom\\w*|RFA|ablation";
    private static final Pattern NEUROTOMY = Pattern.compile("(?i)\\b(?:" + NEUROTOMY_NAMES + ")\\b");
    /** The pattern of a name followed by its date, compiled once for each set of names. */
    private static final Map<String, Pattern> DATED = new ConcurrentHashMap<>();
    /** The pattern of the names alone, compiled once for each set of names. */
    private static final Map<String, Pattern> NAMED = new ConcurrentHashMap<>();
    /** A sentence that reports a request rather than a treatment given ("the provider requested an ESI on ..."). */
    private static final Pattern REQUEST_REPORTED = Pattern.compile(
            "(?i)\\b(?:request(?:s|ed|ing)?|authori[sz](?:ation|ed)|recommend(?:s|ed|ation)?)\\b");

    /**
     * The latest date, not after the request, the record gives next to one of the names (a regular expression): the
     * date follows the name in the same sentence ("the epidural injection at L5-S1 on 01/15/2015", "radiofrequency
     * neurotomy dated 3/2/15"). A sentence reporting a utilization review decision or a request dates no treatment
     * given ("UR non-certified the lumbar epidural steroid injection on 11/20/2016").
     */
    /** Whether a sentence reports a utilization review decision or a request: it dates no treatment given. */
    private boolean reportsAReviewOrARequest(String text, Sentences sentence) {
        return facts.inUtilizationReview(sentence)
                || REQUEST_REPORTED.matcher(text).region(sentence.start(), sentence.end()).find();
    }

    private Optional<LocalDate> latestDated(String names) {
        String text = c.record().text();
        Matcher m = DATED.computeIfAbsent(names, n -> Pattern.compile("(?i)\\b(?:" + n + ")\\b[^.;]{0,80}?\\b(?:on|dated"
                + "|of|in)\\s+(\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2}))\\b")).matcher(text);
        Optional<LocalDate> last = Optional.empty();
        while (m.find()) {
            if (reportsAReviewOrARequest(text, Sentences.betweenPeriods(text, m.start(), m.end()))) {
                continue;
            }
            Optional<LocalDate> d = FactResolver.parseDate(m.group(1));
            if (d.isPresent() && (c.requestDate() == null || !d.get().isAfter(c.requestDate()))
                    && (last.isEmpty() || d.get().isAfter(last.get()))) {
                last = d;
            }
        }
        Matcher loose = LOOSELY_DATED.computeIfAbsent(names, n -> Pattern.compile("(?i)\\b(?:" + n + ")\\b[^.;]{0,80}?"
                + "(?:\\b(?:in|during)\\s+(" + MONTHS + ")[a-z]*\\.?\\s+(\\d{4})\\b|\\b(\\d{1,2}|" + COUNT_WORDS
                + ")\\s+(days?|weeks?|months?|years?)\\s+ago\\b)")).matcher(text);
        while (loose.find()) {
            if (reportsAReviewOrARequest(text, Sentences.betweenPeriods(text, loose.start(), loose.end()))) {
                continue;
            }
            Optional<LocalDate> d = looseDate(loose);
            if (d.isPresent() && (c.requestDate() == null || !d.get().isAfter(c.requestDate()))
                    && (last.isEmpty() || d.get().isAfter(last.get()))) {
                last = d;
            }
        }
        return last;
    }

    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    private static final String COUNT_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    /** The pattern of a name followed by a month ("in March 2017") or a time before the visit ("2 months ago"). */
    private static final Map<String, Pattern> LOOSELY_DATED = new ConcurrentHashMap<>();

    /**
     * The latest date a loose date allows: the last day of a month named with its year ("in March 2017", as a
     * surgery's month is read), or the request date less a time before it ("2 months ago": the visit that says so is
     * not after the request, so the treatment was that long before the request at the latest).
     */
    private Optional<LocalDate> looseDate(Matcher m) {
        if (m.group(1) != null) {
            int month = List.of(MONTHS.split("\\|")).indexOf(m.group(1).toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
            return month == 0 ? Optional.empty()
                    : Optional.of(java.time.YearMonth.of(Integer.parseInt(m.group(2)), month).atEndOfMonth());
        }
        if (c.requestDate() == null) {
            return Optional.empty();
        }
        String count = m.group(3).toLowerCase(Locale.ROOT);
        int n = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count)
                : List.of(COUNT_WORDS.split("\\|")).indexOf(count) + 1;
        String unit = m.group(4).toLowerCase(Locale.ROOT);
        return Optional.of(unit.startsWith("day") ? c.requestDate().minusDays(n)
                : unit.startsWith("week") ? c.requestDate().minusWeeks(n)
                : unit.startsWith("month") ? c.requestDate().minusMonths(n) : c.requestDate().minusYears(n));
    }

    private Optional<LocalDate> treatmentStart() {
        Optional<String> code = c.request().drug().flatMap(d -> d.code());
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return c.facts().medications().stream().filter(m -> m.drug().equals(code)).flatMap(m -> c.startOf(m).stream())
                .min(LocalDate::compareTo);
    }

    @Override
    public CriterionFinding age(Criterion.AgeRange cr) {
        if (c.facts().age().isEmpty()) {
            return finding(cr, Verdict.UNKNOWN, List.of(), "the patient's age");
        }
        int age = c.facts().age().get().value();
        boolean ok = (cr.min() == null || age >= cr.min()) && (cr.max() == null || age <= cr.max());
        return finding(cr, ok ? Verdict.MET : Verdict.NOT_MET,
                List.of(new Evidence("the patient is " + age + " years old", c.facts().age().get().span())),
                // an age the record states is settled: no documentation changes it
                "");
    }

    @Override
    public CriterionFinding morphineEquivalentDose(Criterion.MorphineEquivalentDose cr) {
        List<Medication> regimen = new ArrayList<>(c.facts().currentMedications());
        regimen.addAll(c.requestFacts().medications());
        MorphineEquivalentDose med = MorphineEquivalents.standard().of(regimen);
        List<Evidence> ev = med.contributions().stream().map(k -> new Evidence(k.medication().name() + " "
                + k.dailyDose().toPlainString() + " " + k.unit() + " gives " + k.milligramsMorphinePerDay()
                .toPlainString() + " mg morphine equivalents a day", k.medication().span())).toList();
        String missing = "the strength and frequency of every opioid taken, to compute the morphine equivalent dose";
        if (med.exceeds(cr.atMostMgPerDay())) {
            return finding(cr, Verdict.NOT_MET, ev, "a morphine equivalent dose of at most "
                    + cr.atMostMgPerDay().toPlainString() + " mg a day, or the exception the guideline allows");
        }
        if (!med.complete() || med.contributions().isEmpty()) {
            return finding(cr, Verdict.UNKNOWN, ev, missing);
        }
        return finding(cr, Verdict.MET, ev, "");
    }

    @Override
    public CriterionFinding currentlyTaking(Criterion.CurrentlyTaking cr) {
        List<Evidence> yes = new ArrayList<>();
        boolean anyMedication = false;
        Optional<String> requested = cr.otherThanRequested() ? c.request().drug().flatMap(d -> d.code())
                : Optional.empty();
        for (Medication m : c.facts().medications()) {
            if (m.assertion() != Assertion.AFFIRMED || m.drug().isEmpty()) {
                continue;
            }
            anyMedication = true;
            if (!m.drug().equals(c.request().drug().flatMap(d -> d.code())) && takenOnlyInThePast(m)) {
                continue; // "was on warfarin until 2014": another drug's past use is no current use
            }
            if (new StartedWithTheRequest(c, facts).startedNow(m)) {
                continue; // the drug requested, started at the visit that asks for it, is not yet taken
            }
            if (cr.otherThanRequested() && (requested.isEmpty() || requested.get().equals(m.drug().get())
                    || m.classes().contains(org.openimr.casefile.DrugClass.TOPICAL) != requestedTopical() || stoppedInTheRecord(m))) {
                // the drug requested itself (or a request whose drug is not named) is no other drug; nor is a drug
                // given by another route (a gel beside a tablet), or one the record says is stopped or replaced
                continue;
            }
            Set<String> names = new LinkedHashSet<>(vocabulary.classesOf(m.drug().get()));
            names.add(m.drug().get());
            if (cr.drugs().stream().anyMatch(names::contains)) {
                yes.add(new Evidence("the patient takes " + m.name(), m.span()));
            }
        }
        String missing = "documentation of current use of " + String.join(" or ", cr.drugs()).replace('_', ' ');
        return !yes.isEmpty() ? finding(cr, Verdict.MET, dedupe(yes), "")
                : anyMedication ? finding(cr, Verdict.NOT_MET, List.of(), missing)
                : finding(cr, Verdict.UNKNOWN, List.of(), missing);
    }

    private boolean requestedTopical() {
        return c.request().drug().map(d -> d.route() == org.openimr.determination.RequestedDrug.Route.TOPICAL
                || d.route() == org.openimr.determination.RequestedDrug.Route.TRANSDERMAL).orElse(false);
    }

    /**
     * Whether any mention of the drug in the record says it is stopped, discontinued or switched from, or the record
     * changes it to another ("change naproxen to meloxicam").
     */
    private boolean stoppedInTheRecord(Medication taken) {
        List<Medication> mentions = c.facts().medications().stream().filter(m -> m.drug().equals(taken.drug()))
                .toList();
        if (mentions.stream().anyMatch(m -> m.assertion() == Assertion.HISTORICAL)) {
            return true;
        }
        // only a record that speaks of a change is searched for one, with each name the drug is written by
        String text = c.record().text();
        return CHANGE.matcher(text).find() && mentions.stream().map(Medication::name).distinct().anyMatch(name ->
                Pattern.compile("(?i)\\b" + CHANGE_WORDS + "\\s+(?:(?:his|her|the)\\s+)?"
                        + Pattern.quote(name) + "\\s+(?:\\S+\\s+){0,3}?to\\b").matcher(text).find());
    }

    /**
     * The drug's own sentence puts its use in the past: taken until a time ("until 2014", "until last year"), or "was
     * on", "used to take", "previously on", or stopped ("discontinued Eliquis", "Eliquis was discontinued").
     */
    private boolean takenOnlyInThePast(Medication m) {
        String text = c.record().text();
        if (!m.span().documentId().equals(CaseRecord.RECORD) || m.span().end() > text.length()) {
            return false;
        }
        Sentences sentence = Sentences.around(text, m.span().start(), m.span().end());
        String before = text.substring(sentence.start(), m.span().start());
        String after = text.substring(m.span().end(), Math.max(m.span().end(), sentence.end()));
        return PAST_USE_BEFORE.matcher(before).find() || PAST_USE_AFTER.matcher(after).find();
    }

    private static final Pattern PAST_USE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:was|were|had\\s+been)\\s+on"
            + "(?:\\s+(?:the|his|her))?\\s*$|(?<![\\p{L}])(?:used\\s+to\\s+take|previously\\s+(?:on|took|taking)|formerly"
            + "\\s+on|stopped(?:\\s+taking)?|discontinued|quit|d/c(?:'d)?)(?:\\s+(?:the|his|her))?\\s*$");
    private static final Pattern PAST_USE_AFTER = Pattern.compile("(?i)^[^;]{0,40}?(?<![\\p{L}])(?:until\\s+(?:(?:19|20)"
            + "\\d{2}|\\d{1,2}/|last\\s|early\\s+(?:19|20)|late\\s+(?:19|20)|recently|a\\s+(?:few|couple)|\\p{L}+\\s+"
            + "(?:19|20)\\d{2})|(?:was|were|has\\s+been|had\\s+been)\\s+(?:stopped|discontinued|d/c'?d?))");

    private static final String CHANGE_WORDS = "(?:change|changed|switch|switched)";
    private static final Pattern CHANGE = Pattern.compile("(?i)\\b" + CHANGE_WORDS + "\\b");

    @Override
    public CriterionFinding opioidMonitoring(Criterion.OpioidMonitoring cr) {
        List<CriterionFinding> parts = new ArrayList<>();
        for (String domain : cr.domains()) {
            parts.add(monitoringDomain(domain));
        }
        Verdict v = Verdict.MET;
        for (CriterionFinding p : parts) {
            v = v.and(p.verdict());
        }
        String missing = parts.stream().filter(p -> p.verdict() != Verdict.MET).map(CriterionFinding::missing)
                .collect(Collectors.joining("; "));
        return new CriterionFinding(Words.of(cr, facts), cr.predicate(), leaf(v), List.of(), parts,
                leaf(v) == Verdict.MET ? "" : missing);
    }

    private CriterionFinding monitoringDomain(String domain) {
        List<Evidence> ev = new ArrayList<>();
        Verdict v = Verdict.UNKNOWN;
        String missing;
        switch (domain) {
            case "analgesia" -> {
                missing = "pain scores with and without the medication (analgesia)";
                FactResolver.Resolution r = facts.resolve("improved_pain");
                if (r.verdict() == Verdict.MET) {
                    v = Verdict.MET;
                    ev.addAll(r.evidence());
                } else if (c.facts().painScores().stream().anyMatch(p ->
                        p.circumstance() == PainScore.Circumstance.WITH_MEDICATION)) {
                    v = r.verdict() == Verdict.NOT_MET ? Verdict.NOT_MET : Verdict.UNKNOWN;
                    ev.addAll(r.evidence());
                }
            }
            case "activities_of_daily_living" -> {
                missing = "documented improvement in activities of daily living or function with the medication";
                CriterionFinding fi = functionalImprovement(new Criterion.FunctionalImprovement(null));
                v = fi.verdict();
                ev.addAll(fi.evidence());
            }
            case "adverse_effects" -> {
                missing = "documentation of side effects (or their absence)";
                Matcher m = SIDE_EFFECTS.matcher(c.record().text());
                if (m.find()) {
                    v = Verdict.MET;
                    c.span(CaseRecord.RECORD, m.start(), m.end())
                            .ifPresent(sp -> ev.add(new Evidence("the record addresses side effects", sp)));
                }
            }
            default -> {
                missing = "a recent urine drug screen or CURES report showing compliance (aberrant behaviour)";
                // aberrant drug-taking the record documents is what this domain watches for: a consistent screen
                // beside it does not undo it
                FactResolver.Resolution aberrant = facts.resolve("aberrant_drug_behavior");
                if (aberrant.verdict() == Verdict.MET) {
                    return new CriterionFinding("monitoring of " + domain.replace('_', ' '), "opioidMonitoring",
                            Verdict.NOT_MET, aberrant.evidence(), List.of(), "no aberrant drug-taking behaviour "
                            + "(the record documents some)");
                }
                for (UrineDrugScreen u : c.facts().urineDrugScreens()) {
                    if (u.assertion() == Assertion.NEGATED) {
                        continue;
                    }
                    if (u.result() == UrineDrugScreen.Result.CONSISTENT) {
                        v = Verdict.MET;
                        ev.add(new Evidence("a urine drug screen was consistent", u.span()));
                    } else if (u.result() == UrineDrugScreen.Result.INCONSISTENT && v != Verdict.MET) {
                        v = Verdict.NOT_MET;
                        ev.add(new Evidence("a urine drug screen was inconsistent", u.span()));
                    }
                }
                FactResolver.Resolution cures = facts.resolve("cures_checked");
                if (v == Verdict.UNKNOWN && cures.verdict() == Verdict.MET) {
                    v = Verdict.MET;
                    ev.addAll(cures.evidence());
                }
            }
        }
        return new CriterionFinding("monitoring of " + domain.replace('_', ' '), "opioidMonitoring", v, ev, List.of(),
                v == Verdict.MET ? "" : missing);
    }

    @Override
    public CriterionFinding painRelief(Criterion.PainRelief cr) {
        String text = c.record().text();
        String missing = "documentation of at least " + cr.atLeastPercent() + "% pain relief"
                + (cr.lasting() == null ? "" : " lasting " + cr.lasting())
                + (cr.withReducedMedication() ? " with reduced medication use" : "") + " from the earlier treatment";
        List<Evidence> ev = new ArrayList<>();
        Verdict v = Verdict.UNKNOWN;
        List<MatchResult> reliefs = PERCENT_RELIEF.matcher(text).results().filter(m -> !reliefNotReported(text, m))
                .toList();
        // the relief of the earlier treatment of the kind requested, not whichever relief the record states first
        List<MatchResult> judged = nearestToEarlierTreatment(text, reliefs).map(List::of).orElse(reliefs);
        for (MatchResult m : judged) {
            int pct = percentOf(m);
            Optional<Span> span = c.span(CaseRecord.RECORD, m.start(), m.end());
            if (span.isEmpty()) {
                continue;
            }
            if (pct >= cr.atLeastPercent()) {
                ev.add(new Evidence("the record reports " + pct + "% relief", span.get()));
                Verdict lasted = lasted(cr, text, m.end());
                v = v == Verdict.MET || lasted == Verdict.MET ? Verdict.MET
                        : lasted == Verdict.NOT_MET ? Verdict.NOT_MET : v;
            } else if (v == Verdict.UNKNOWN) {
                ev.add(new Evidence("the record reports " + pct + "% relief", span.get()));
                v = Verdict.NOT_MET;
            }
        }
        if (v == Verdict.UNKNOWN && cr.lasting() == null && !cr.withReducedMedication()) {
            // a drug's relief the record gives in scores before it and on it
            Optional<ReliefFromPainScores.Relief> scored = new ReliefFromPainScores(c, facts).ofTheRequestedDrug();
            if (scored.isPresent()) {
                ReliefFromPainScores.Relief r = scored.get();
                ev.add(new Evidence("pain is rated " + r.before().score().toPlainString() + "/10 before the drug",
                        r.before().span()));
                ev.add(new Evidence("pain is rated " + r.on().score().toPlainString() + "/10 on it, " + r.percent()
                        + "% less", r.on().span()));
                v = r.percent() >= cr.atLeastPercent() ? Verdict.MET : Verdict.NOT_MET;
            }
        }
        return finding(cr, v, ev, missing);
    }

    /**
     * A relief the record does not report: one it denies ("no documentation of at least 30% pain relief", "without 50%
     * relief") or one in a sentence reporting a utilization review decision, whose words are the reviewer's criteria
     * ("the reviewer stated that repeat blocks require 50% relief"), not the patient's response.
     */
    private boolean reliefNotReported(String text, MatchResult m) {
        Sentences sentence = Sentences.around(text, m.start(), m.end());
        return RELIEF_DENIED.matcher(text.substring(Math.max(sentence.start(), m.start() - 60), m.start())).find()
                || reviewersWords(text, sentence);
    }

    /**
     * Whether the record's sentence holding this span gives the utilization review's words there: a sentence reporting
     * the review, unless the span comes after words bringing in the record's own facts ("even though", "despite") with
     * none of the reviewer's reasoning ("stating that", "guidelines allow ... only with") between them and it.
     */
    private boolean inReviewersSentence(Span span) {
        String text = c.record().text();
        return Sentences.ofRecord(text, span).map(s -> reviewersWords(text, s) && !reportsTheRecordsFacts(text, s, span))
                .orElse(false);
    }

    private static final Pattern RECORD_FACTS_IN_A_REVIEW = DataFiles.standard().readingWords("record-facts-in-a-review");
    private static final Pattern REVIEWERS_CLAUSE = DataFiles.standard().readingWords("reviewers-clause");

    private static boolean reportsTheRecordsFacts(String text, Sentences sentence, Span span) {
        Matcher facts = RECORD_FACTS_IN_A_REVIEW.matcher(text).region(sentence.start(), Math.max(sentence.start(),
                Math.min(span.start(), sentence.end())));
        int last = -1;
        while (facts.find()) {
            last = facts.end();
        }
        return last >= 0 && !REVIEWERS_CLAUSE.matcher(text).region(last, span.start()).find();
    }

    /** Whether a sentence gives the utilization review's words, not the record's: its decision, or "the reviewer ...". */
    private boolean reviewersWords(String text, Sentences sentence) {
        return facts.inUtilizationReview(sentence) || REVIEWERS.matcher(sentence.of(text)).find();
    }

    /**
     * The relief stated nearest a mention of the earlier treatment of the kind requested, in the same sentence
     * ("trigger point injections on 08/01/2016 gave 20% relief"); empty when no relief is stated next to one.
     */
    private Optional<MatchResult> nearestToEarlierTreatment(String text, List<MatchResult> reliefs) {
        String names = c.request().modalities().contains("radiofrequency_neurotomy") ? NEUROTOMY_NAMES
                : injectionNames();
        List<MatchResult> treatments = NAMED.computeIfAbsent(names, n -> Pattern.compile("(?i)\\b(?:" + n + ")\\b"))
                .matcher(text).results().toList();
        MatchResult nearest = null;
        int best = Integer.MAX_VALUE;
        for (MatchResult r : reliefs) {
            for (MatchResult t : treatments) {
                int from = Math.min(r.end(), t.end());
                int to = Math.max(r.start(), t.start());
                int gap = Math.max(0, to - from);
                if (gap < best && (from >= to || !text.substring(from, to).contains(". "))
                        && !ofAnotherRegion(text, t, r)) {
                    best = gap;
                    nearest = r;
                }
            }
        }
        return Optional.ofNullable(nearest);
    }

    /**
     * The treatment and its relief are of a region the request is not for: the words from the start of the treatment's
     * clause (so "a cervical ESI at C5-6" counts "cervical") to the relief name body parts, and none of them bears on
     * the request (the 70% relief of a cervical injection is not the relief of the lumbar one requested again).
     */
    private boolean ofAnotherRegion(String text, MatchResult treatment, MatchResult relief) {
        int start = Math.min(treatment.start(), relief.start());
        // the treatment's clause, at most 40 characters back
        int from = Clauses.LIST_AND_PERIODS.start(text, Math.max(0, start - 40), start);
        int to = Math.max(treatment.end(), relief.end());
        List<BodyPartMention> named = c.facts().bodyParts().stream()
                .filter(b -> b.span().documentId().equals(CaseRecord.RECORD) && b.span().start() >= from
                        && b.span().end() <= to && b.assertion().isPresentOrPast())
                .toList();
        return !named.isEmpty() && named.stream().noneMatch(b -> facts.bearsOnRequest(Optional.of(b.region().region())));
    }

    /** Words right before a relief that deny it: "no", "without", "no documentation of at least", "lack of". */
    private static final Pattern RELIEF_DENIED = Negation.before("lack(?:s|ed|ing)?\\s+of|absence\\s+of|failed\\s+to",
            "(?:(?:obtain|achieve|get|have|report|experience|receive|gain)\\w*\\s+)?"
            + "(?:(?:documented|documentation|evidence|objective|report|mention)\\s+(?:of\\s+)?)?"
            + "(?:at\\s+least\\s+|an?\\s+|any\\s+|the\\s+)?");
    private static final Pattern RELIEF_REFERENCE = Pattern.compile("(?i)\\b(?:the|this|that)\\s+(?:pain\\s+)?"
            + "relief\\b");
    /** A sentence giving the utilization reviewer's words: "The reviewer stated that the relief lasted ...". */
    private static final Pattern REVIEWERS = Pattern.compile("(?i)\\b(?:reviewer|utilization\\s+review|UR)\\b");
    /** "the relief from the earlier physical therapy": the relief of a treatment the words after it name. */
    private static final Pattern RELIEF_OF_SOMETHING = Pattern.compile("(?i)^\\s+(?:from|of|after|with|due\\s+to)\\s+"
            + "(?:(?:the|his|her|this|that|earlier|first|prior|previous|last)\\s+)*+(?!injection|block|ESI|epidural|"
            + "procedure|shot|neurotomy|ablation)");
    private static final Pattern RELIEF_LASTING = Pattern.compile("(?i)^[^.;]{0,40}?\\b(?:for|lasting|lasted|over)\\s+"
            + "(?:about\\s+|approximately\\s+|nearly\\s+|over\\s+|more\\s+than\\s+)?(\\d{1,2}|one|two|three|four|five|six|"
            + "seven|eight|nine|ten|eleven|twelve)\\s+(days?|weeks?|months?)\\b");
    private static final String LESS = "(?:reduc\\w*|decreas\\w*|cut(?:\\s+(?:back|down))?|lower\\w*|stopp\\w*|discontinu\\w*|"
            + "taper\\w*|wean\\w*|less|fewer)";
    private static final String MEDICATION = "(?:medications?|meds|medicines?|analgesics?|opioids?|opiates?|narcotics?|"
            + "pain\\s+pills?|pills?|tablets?|doses?|dosages?)";
    /** Words that deny what follows them, or the reduction within the phrase: "no reduction", "were not reduced". */
    private static final Pattern DENIED_BEFORE = Negation.before("did\\s+not|didn't|unable|couldn't|cannot|failed",
            "(?:(?:able|to|be|been|abl\\w*)\\s+){0,3}");
    private static final Pattern DENIED_WITHIN = Pattern.compile("(?i)\\b(?:no|not|without|never|didn't)\\b");

    /**
     * Whether relief stated at {@code from} lasted as long as the criterion asks ("60% relief for eight weeks"), with
     * less medication in the same sentence where it asks that: MET, NOT_MET for too short a relief, else UNKNOWN.
     */
    private Verdict lasted(Criterion.PainRelief cr, String text, int from) {
        if (cr.lasting() == null && !cr.withReducedMedication()) {
            return Verdict.MET;
        }
        int end = text.indexOf(". ", from);
        String rest = text.substring(from, end < 0 ? text.length() : end);
        if (cr.lasting() != null) {
            Matcher d = RELIEF_LASTING.matcher(rest);
            if (!d.find()) {
                // the next sentence tells how long "the relief" lasted: "He reported 70% relief. On 01/11/2016 he said
                // the relief lasted about 3 months and he cut Norco to one tablet a day."
                Optional<String> told = reliefToldNext(text, end).filter(t -> !RELIEF_OF_SOMETHING.matcher(t).find());
                if (told.isEmpty() || !(d = RELIEF_LASTING.matcher(told.get())).find()) {
                    return Verdict.UNKNOWN;
                }
                rest = told.get();
            }
            int n = d.group(1).chars().allMatch(Character::isDigit) ? Integer.parseInt(d.group(1))
                    : List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                            "twelve").indexOf(d.group(1).toLowerCase(Locale.ROOT)) + 1;
            String unit = d.group(2).toLowerCase(Locale.ROOT);
            long days = unit.startsWith("day") ? n : unit.startsWith("week") ? 7L * n : 30L * n;
            if (days < cr.lasting().approximateDays()) {
                return Verdict.NOT_MET;
            }
        }
        return !cr.withReducedMedication() || lessMedication(rest) ? Verdict.MET : Verdict.UNKNOWN;
    }

    /**
     * The words after "the relief" (or "this/that relief") in the sentence after {@code end}, where that sentence
     * refers back to the relief the one before stated.
     */
    private Optional<String> reliefToldNext(String text, int end) {
        if (end < 0) {
            return Optional.empty();
        }
        Sentences next = Sentences.around(text, end + 2, end + 2);
        if (reviewersWords(text, next)) {
            return Optional.empty(); // "the reviewer stated that the relief lasted ...": the reviewer's words
        }
        Matcher back = RELIEF_REFERENCE.matcher(next.of(text));
        return back.find() ? Optional.of(next.of(text).substring(back.end())) : Optional.empty();
    }

    /** Whether the text states that less medication is used, and does not deny it. */
    private boolean lessMedication(String text) {
        return lessMedication().matcher(text).results().anyMatch(m -> !DENIED_WITHIN.matcher(m.group()).find()
                && !DENIED_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find());
    }

    /**
     * Less medication, in words that name it: a medication word or a drug the record names ("reduced his
     * medications", "medication use decreased", "stopped taking tramadol"); less pain is not less medication.
     */
    private Pattern lessMedication() {
        if (lessMedication == null) {
            String named = Stream.concat(Stream.of(MEDICATION), c.facts().medications().stream()
                    .map(Medication::name).filter(n -> !n.isBlank()).map(Pattern::quote)).collect(Collectors.joining("|"));
            lessMedication = Pattern.compile("(?i)\\b" + LESS + "\\b[^.;,]{0,30}?\\b(?:" + named + ")\\b|\\b(?:" + named
                    + ")\\b[^.;,]{0,30}?\\b" + LESS + "\\b");
        }
        return lessMedication;
    }

    @Override
    public CriterionFinding priorStudy(Criterion.PriorStudy cr) {
        if (cr.study().equals("urine_drug_screen")) {
            return priorDrugScreen(cr);
        }
        Set<DiagnosticStudy.Kind> kinds = switch (cr.study()) {
            case "mri" -> EnumSet.of(DiagnosticStudy.Kind.MRI);
            case "ct" -> EnumSet.of(DiagnosticStudy.Kind.CT);
            case "x_ray" -> EnumSet.of(DiagnosticStudy.Kind.XRAY);
            case "emg" -> EnumSet.of(DiagnosticStudy.Kind.EMG, DiagnosticStudy.Kind.ELECTRODIAGNOSTIC);
            default -> EnumSet.of(DiagnosticStudy.Kind.NERVE_CONDUCTION, DiagnosticStudy.Kind.ELECTRODIAGNOSTIC);
        };
        List<BodyRegion> regions = c.request().regions();
        List<Evidence> yes = new ArrayList<>();
        for (DiagnosticStudy s : c.facts().diagnosticStudies()) {
            if (!kinds.contains(s.kind()) || !s.done()) {
                continue;
            }
            boolean sameRegion = regions.isEmpty() || s.region().isEmpty()
                    || regions.contains(s.region().get().region());
            boolean otherSide = s.region().flatMap(BodySite::side).filter(side -> side != Side.BILATERAL)
                    .flatMap(side -> c.request().side().filter(asked -> asked != Side.BILATERAL && asked != side))
                    .isPresent();
            boolean beforeTheInjury = cr.sinceInjury() && c.injury().isPresent()
                    && beforeTheInjury(s, c.injury().get());
            if (sameRegion && !otherSide && !beforeTheInjury) {
                yes.add(new Evidence("a " + cr.study().replace('_', '-').toUpperCase(Locale.ROOT)
                        + s.region().map(r -> " of the " + r.region().phrase()).orElse("")
                        + s.date().map(d -> " was done on " + d).orElse(" was done before"), s.span()));
            }
        }
        return finding(cr, yes.isEmpty() ? Verdict.NOT_MET : Verdict.MET, yes, "");
    }

    /**
     * A study dated before the injury, or undated in a sentence that places it before (only earlier years, "years ago",
     * "before the injury", an earlier sprain); an undated study otherwise counts as one of this injury (the safe side:
     * its findings then no longer call for the first films).
     */
    private boolean beforeTheInjury(DiagnosticStudy s, LocalDate injury) {
        if (s.date().isPresent()) {
            return s.date().get().lastDay().isBefore(injury);
        }
        String text = c.record().text();
        if (!s.span().documentId().equals(CaseRecord.RECORD) || s.span().end() > text.length()) {
            return false;
        }
        String sentence = Sentences.around(text, s.span().start(), s.span().end()).of(text);
        if (EARLIER_INJURY.matcher(sentence).find()) {
            return true;
        }
        List<Integer> years = STATED_YEAR.matcher(sentence).results().map(r -> Integer.parseInt(r.group())).toList();
        return !years.isEmpty() && years.stream().allMatch(y -> y < injury.getYear());
    }

    private static final Pattern EARLIER_INJURY = Pattern.compile("(?i)(?<![\\p{L}])(?:years\\s+ago|(?:before|prior\\s+"
            + "to)\\s+(?:the|this|her|his)\\s+(?:\\p{L}+\\s+)?injury|(?:an?\\s+)?(?:earlier|previous|prior|old)\\s+"
            + "(?:injury|sprain|fracture|fall))(?![\\p{L}])");
    private static final Pattern STATED_YEAR = Pattern.compile("(?<![\\d/])(?:19|20)\\d{2}(?!\\d)");

    /**
     * A urine drug screen the record dates (or states done) before the request; with {@code within}, only one whose
     * stated date lies in that span before the request date counts (an undated screen cannot show it was recent).
     */
    private CriterionFinding priorDrugScreen(Criterion.PriorStudy cr) {
        List<Evidence> yes = new ArrayList<>();
        for (UrineDrugScreen s : c.facts().urineDrugScreens()) {
            if (!s.assertion().isPresentOrPast()) {
                continue;
            }
            boolean inSpan = cr.within() == null || s.date().filter(d -> c.requestDate() != null
                    && !d.lastDay().isAfter(c.requestDate())
                    && !cr.within().after(d.lastDay()).isBefore(c.requestDate())).isPresent();
            if (inSpan) {
                yes.add(new Evidence("a urine drug screen was done" + s.date().map(d -> " on " + d).orElse(""),
                        s.span()));
            }
        }
        return finding(cr, yes.isEmpty() ? Verdict.NOT_MET : Verdict.MET, yes, "");
    }

    @Override
    public CriterionFinding noIngredientIn(Criterion.NoIngredientIn cr) {
        List<String> ingredients = c.request().drug().map(d -> d.ingredients()).orElse(List.of());
        List<String> bad = ingredients.stream().filter(cr.ingredients()::contains).toList();
        if (bad.isEmpty()) {
            if (c.request().drug().map(d -> d.components().isEmpty()).orElse(true)) {
                return finding(cr, Verdict.UNKNOWN, List.of(), "the ingredients of the product requested");
            }
            return finding(cr, Verdict.MET, List.of(), "");
        }
        Span whole = Span.of(c.requestDocument(), 0, c.requestDocument().text().length());
        String names = bad.stream().map(b -> vocabulary.term(Vocabulary.Category.INGREDIENTS, b)
                .map(t -> t.note().isBlank() ? b : t.note()).orElse(b)).collect(Collectors.joining("; "));
        return finding(cr, Verdict.NOT_MET, List.of(new Evidence("the product requested contains " + names, whole)),
                "a product without ingredients the guideline does not recommend");
    }

    @Override
    public CriterionFinding successfulTrial(Criterion.SuccessfulTrial cr) {
        ConservativeCare.Kind kind = cr.treatment().equals("tens") ? ConservativeCare.Kind.ELECTRICAL_STIMULATION
                : cr.treatment().startsWith("medial_branch") || cr.treatment().startsWith("scs")
                        ? ConservativeCare.Kind.INJECTIONS : null;
        List<Evidence> ev = new ArrayList<>();
        Verdict v = Verdict.UNKNOWN;
        // an injection of another kind is not this trial: an epidural that helped is no successful medial branch block
        Optional<Pattern> named = kind == ConservativeCare.Kind.INJECTIONS ? Optional.ofNullable(TRIAL_NAMES.get(
                cr.treatment().replaceAll("s$", ""))) : Optional.empty();
        for (ConservativeCare cc : c.facts().conservativeCare()) {
            if (cc.kind() != kind || !cc.assertion().isPresentOrPast()
                    || named.isPresent() && !named.get().matcher(cc.span().quote()).find()
                    || sentenceOfAnotherRegion(cc.span())) {
                continue;
            }
            if (cr.atLeast() != null && singleSession(cc.span())) {
                // a unit tried once in the clinic is no home trial of the length the rule asks for
                if (v != Verdict.MET) {
                    v = Verdict.NOT_MET;
                    ev.add(new Evidence("the record reports " + careWords(cc) + " tried in a single session, not a "
                            + "trial of " + cr.atLeast(), cc.span()));
                }
                continue;
            }
            OptionalInt pct = cr.atLeastPercent() == null ? OptionalInt.empty() : percentReliefOf(cc);
            if (pct.isPresent() && pct.getAsInt() < cr.atLeastPercent() && v != Verdict.MET) {
                // relief the record quantifies below the trial's measure of success
                v = Verdict.NOT_MET;
                ev.add(new Evidence("the record reports " + pct.getAsInt() + "% relief from " + careWords(cc),
                        cc.span()));
            } else if (cc.response() == ConservativeCare.Response.HELPED && pct.isEmpty()
                    || pct.isPresent() && pct.getAsInt() >= cr.atLeastPercent()) {
                v = Verdict.MET;
                ev.add(new Evidence("the record states " + careWords(cc) + " helped"
                        + (pct.isPresent() ? " (" + pct.getAsInt() + "% relief)" : ""), cc.span()));
            } else if (cc.response() == ConservativeCare.Response.FAILED && v != Verdict.MET) {
                v = Verdict.NOT_MET;
                ev.add(new Evidence("the record states " + careWords(cc) + " did not help", cc.span()));
            }
        }
        String inWords = "successful_" + cr.treatment(); // a trial the case file has no typed fact for
        if (v == Verdict.UNKNOWN && data.facts().containsKey(inWords)) {
            FactResolver.Resolution r = facts.resolve(inWords);
            v = r.verdict();
            ev.addAll(r.evidence());
        }
        return finding(cr, v, ev, "documentation of " + Words.of(cr, facts) + " (use, pain and function recorded)");
    }

    /**
     * The sentence of a treatment names body parts and none of them bears on the request (a TENS trial on the neck is
     * no trial for a unit asked for the low back).
     */
    private boolean sentenceOfAnotherRegion(Span span) {
        String text = c.record().text();
        if (!span.documentId().equals(CaseRecord.RECORD) || span.end() > text.length()) {
            return false;
        }
        Sentences sentence = Sentences.around(text, span.start(), span.end());
        List<BodyPartMention> named = c.facts().bodyParts().stream()
                .filter(b -> b.span().documentId().equals(CaseRecord.RECORD)
                        && sentence.contains(b.span().start(), b.span().end()) && b.assertion().isPresentOrPast())
                .toList();
        return !named.isEmpty() && named.stream().noneMatch(b -> facts.bearsOnRequest(Optional.of(b.region().region())));
    }

    /**
     * The sentence of a trial says it was a single session: a phrase of fact-phrases.yaml {@code single_session_trial}
     * found in it.
     */
    private boolean singleSession(Span span) {
        return c.mentions().stream().anyMatch(m -> m.value().contains(SINGLE_SESSION)
                && m.sentence().documentId().equals(span.documentId()) && m.sentence().start() <= span.start()
                && span.end() <= m.sentence().end());
    }

    private static final String SINGLE_SESSION = "single_session_trial";

    /** The names an injection trial goes by, by the treatment code of a {@code successfulTrial} criterion. */
    private static final Map<String, Pattern> TRIAL_NAMES = Map.of("medial_branch_block",
            Pattern.compile("(?i)\\b(?:medial\\s+branch|MBBs?|facet)"));

    /**
     * The relief the record quantifies for this care in its own sentence ("medial branch blocks gave 30% relief"): the
     * percent stated nearest after the care's words, or before them when none follows.
     */
    private OptionalInt percentReliefOf(ConservativeCare cc) {
        String text = c.record().text();
        int from = Math.max(text.lastIndexOf(". ", cc.span().start()) + 1, 0);
        int to = text.indexOf(". ", cc.span().end());
        to = to < 0 ? text.length() : to;
        if (cc.span().end() > text.length() || !text.regionMatches(cc.span().start(), cc.span().quote(), 0,
                cc.span().quote().length())) {
            return OptionalInt.empty(); // the span is not of the record's text
        }
        Matcher after = PERCENT_RELIEF.matcher(text).region(cc.span().end(), to);
        if (after.find()) {
            return OptionalInt.of(percentOf(after));
        }
        Matcher before = PERCENT_RELIEF.matcher(text).region(from, cc.span().start());
        OptionalInt last = OptionalInt.empty();
        while (before.find()) {
            last = OptionalInt.of(percentOf(before));
        }
        return last;
    }

    /** The percent of a {@link #PERCENT_RELIEF} match, written before or after its relief words. */
    private static int percentOf(MatchResult m) {
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** The latest dated radiofrequency neurotomy (ablation, rhizotomy) of the record, not after the request. */
    private Optional<LocalDate> lastProcedure() {
        return latestDated(NEUROTOMY_NAMES);
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Days from the onset of symptoms (the injury, or an earlier onset the record states) to the request. */
    private Optional<Long> daysSinceInjury() {
        if (c.onset().isEmpty() || c.requestDate() == null) {
            return Optional.empty();
        }
        return Optional.of(ChronoUnit.DAYS.between(c.onset().get(), c.requestDate()));
    }

    static List<Evidence> dedupe(Collection<Evidence> ev) {
        List<Evidence> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Evidence e : ev) {
            if (seen.add(e.span().documentId() + e.span().start() + ":" + e.span().end() + e.statement())) {
                out.add(e);
            }
        }
        return out;
    }

    static boolean positive(BigDecimal b) {
        return b != null && b.signum() > 0;
    }
}
