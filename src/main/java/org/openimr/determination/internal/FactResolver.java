package org.openimr.determination.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.openimr.casefile.Clauses;
import org.openimr.casefile.Assertion;
import org.openimr.casefile.BodyPartMention;
import org.openimr.casefile.BodySite;
import org.openimr.casefile.DiagnosticStudy;
import org.openimr.casefile.ConservativeCare;
import org.openimr.casefile.Diagnosis;
import org.openimr.casefile.Medication;
import org.openimr.casefile.NeurologicalFinding;
import org.openimr.casefile.PainScore;
import org.openimr.casefile.PhraseMention;
import org.openimr.casefile.Span;
import org.openimr.casefile.Surgery;
import org.openimr.casefile.UrineDrugScreen;
import org.openimr.casefile.WorkStatus;
import org.openimr.determination.Evidence;
import org.openimr.determination.Verdict;
import org.openimr.guidelines.Term;
import org.openimr.guidelines.Vocabulary;
import org.openimr.shared.Side;

/**
 * Whether the record documents a fact of the guideline vocabulary ({@code documented: homebound}): from the case
 * file's typed facts where one says it (a radiculopathy diagnosis, a work status, a positive neurological finding),
 * and from the phrases of {@code determination/fact-phrases.yaml} read in context. A positive statement documents
 * the fact; a clear negation documents its absence; "not documented" and silence leave it unknown.
 */
public final class FactResolver {

    /** What the record says of a fact, and where. */
    public record Resolution(Verdict verdict, List<Evidence> evidence) {
        static Resolution unknown() {
            return new Resolution(Verdict.UNKNOWN, List.of());
        }
    }

    private static final Set<NeurologicalFinding.Test> DEFICITS = EnumSet.of(NeurologicalFinding.Test.SENSORY_DEFICIT,
            NeurologicalFinding.Test.REFLEX_CHANGE, NeurologicalFinding.Test.MOTOR_WEAKNESS);

    /** The fact of a return to work, which a later "off work since" or a year long before the request undoes. */
    private static final String RETURNED_TO_WORK = "return_to_work";

    /** Facts read only from the typed facts of the case file: no phrase can say them for every request. */
    public static final Set<String> TYPED_ONLY = Set.of("complaints_of_requested_region",
            "equipment_purchase_requested", "equipment_rental_requested", "earlier_injection_given",
            "meets_medicare_dme_definition", "exercise_under_way");

    /** Properties of the item requested: when one does not hold, no documentation would change that. */
    public static final Set<String> OF_THE_ITEM = Set.of("meets_medicare_dme_definition",
            "equipment_rental_requested");

    private final CaseRecord c;
    private final Vocabulary vocabulary;
    private final DataFiles data;

    public FactResolver(CaseRecord c, Vocabulary vocabulary, DataFiles data) {
        this.c = c;
        this.vocabulary = vocabulary;
        this.data = data;
    }

    /** The vocabulary's description of a fact code, for rationales and missing documentation. */
    public String describe(String fact) {
        Optional<MedicalTests.TestGroup> test = MedicalTests.standard().byIndicationFact(fact);
        if (test.isPresent()) {
            return test.get().describeIndication();
        }
        return vocabulary.term(Vocabulary.Category.FACTS, fact).map(Term::note).filter(n -> !n.isBlank())
                .orElse(fact.replace('_', ' '));
    }

    /**
     * The clause that denies a fact, for criteria that require it absent: the vocabulary's {@code negated} form
     * ("radiculopathy is absent (...)"), else "it is not so that" and the fact's own clause.
     */
    public String describeAbsence(String fact) {
        return vocabulary.term(Vocabulary.Category.FACTS, fact).map(Term::negated).filter(n -> !n.isBlank())
                .orElseGet(() -> "it is not so that " + describe(fact));
    }

    /**
     * The documentation that would establish the fact: "documentation that" a clause, or, for a diagnostic test's
     * indication (a noun phrase of {@link MedicalTests}), "documentation of" it.
     */
    /**
     * A treatment, drug class or modality code in the vocabulary's words ("nsaid": non-steroidal anti-inflammatory
     * drugs; "scs_trial": spinal cord stimulator trial); a treatment keeps its own short name ("exercise").
     */
    public String wordsFor(String code) {
        return vocabulary.term(Vocabulary.Category.DRUG_CLASSES, code)
                .or(() -> vocabulary.term(Vocabulary.Category.MODALITIES, code)).map(t -> t.note())
                .filter(n -> n != null && !n.isBlank()).orElse(code.replace('_', ' '));
    }

    public String documentationOf(String fact) {
        return (MedicalTests.standard().byIndicationFact(fact).isPresent() ? "documentation of " : "documentation that ")
                + describe(fact);
    }

    private static final int FAILED_METHODS = 2;

    public Resolution resolve(String fact) {
        if ("only_homemaker_or_personal_care".equals(fact)) {
            return onlyHomemakerCare();
        }
        if ("medical_need_for_equipment".equals(fact)) {
            return equipmentNeed();
        }
        Resolution typed = typed(fact);
        if (typed.verdict() == Verdict.MET) {
            return typed;
        }
        Resolution phrases = phrases(fact);
        if (phrases.verdict() == Verdict.MET) {
            return phrases;
        }
        if (typed.verdict() == Verdict.NOT_MET) {
            return typed;
        }
        return phrases;
    }

    /**
     * The medical need ODG's general equipment rule asks for: a current condition (complaints, a diagnosis, a finding
     * affirmed now) of the body part the item serves, on the side the request names: a normal examination, a resolved
     * or past history, or another side's part is no need. Only an item that serves no region the request or its kind
     * names (a wheelchair, a hospital bed) is read from the phrases of a need that concerns the whole body (unable to
     * walk, fall risk).
     */
    private Resolution equipmentNeed() {
        List<org.openimr.shared.BodyRegion> served = DurableEquipment.standard().servedRegions(c);
        return served.isEmpty() ? phrases("medical_need_for_equipment") : complaintsOf(served, true);
    }

    /** Words of a clause that state no current condition of the part it names (reading-words.tsv). */
    private static final java.util.regex.Pattern NO_CURRENT_CONDITION = DataFiles.standard()
            .readingWords("no-current-condition");
    /**
     * Where a clause of a sentence ends: another clause may speak of another part ("the knee is swollen; gait normal").
     * Not a colon, which opens what a part's heading says ("Right elbow: normal examination").
     */
    private static final Clauses CLAUSE_BREAK = Clauses.SEMICOLON_OR_CONTRAST;
    /** A word of no condition that is itself denied: "not resolved", "has never fully resolved". */
    private static final java.util.regex.Pattern CONDITION_GOES_ON = Negation.before(
            "\\w*n't|yet\\s+to\\s+be|partially|incompletely", "(?:(?:been|fully|completely|entirely|yet)\\s+)*");

    /**
     * Whether the clause of the mention (within its sentence) says the part has no current condition: the words must
     * bear on the part the mention names, not on another finding of the sentence, and not be denied.
     */
    private static boolean statesNoCurrentCondition(String text, Sentences sentence, Span mention) {
        Clauses.Clause own = CLAUSE_BREAK.around(text, sentence.start(), sentence.end(), mention.start(), mention.end());
        if (noConditionIn(text, own.start(), own.end())) {
            return true;
        }
        // another clause of the sentence naming the same part ("right elbow pain, but the right elbow examination is
        // normal") speaks of it too
        String part = PART_WORD.matcher(text.substring(mention.start(), Math.min(mention.end(), text.length())))
                .replaceAll("").trim().toLowerCase(Locale.ROOT);
        if (part.isEmpty()) {
            return false;
        }
        for (Clauses.Clause other : CLAUSE_BREAK.clausesOf(text, sentence.start(), sentence.end())) {
            if ((other.end() <= mention.start() || other.start() >= mention.end())
                    && other.of(text).toLowerCase(Locale.ROOT).contains(part)
                    && noConditionIn(text, other.start(), other.end())) {
                return true;
            }
        }
        return false;
    }

    /** A side word before a part's name: the rest is the part ("right elbow" is the elbow). */
    private static final java.util.regex.Pattern PART_WORD = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:left|right|bilateral|both|l|r|lt|rt)\\s+)+");

    /** Whether words of no current condition, not denied, stand between {@code from} and {@code to}. */
    private static boolean noConditionIn(String text, int from, int to) {
        java.util.regex.Matcher words = NO_CURRENT_CONDITION.matcher(text).region(from, Math.max(from, to));
        while (words.find()) {
            if (!CONDITION_GOES_ON.matcher(text.substring(Math.max(from, words.start() - 40), words.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention, if only current ones count, is affirmed now, of the requested side, in a sentence of a condition. */
    private boolean countsAsCurrent(Assertion a, Optional<BodySite> site, Span span, boolean currentOnly) {
        if (!currentOnly) {
            return true;
        }
        if (a != Assertion.AFFIRMED) {
            return false;
        }
        String text = c.record().text();
        Sentences around = Sentences.ofRecord(text, span).orElse(null);
        Optional<Side> side = site.flatMap(BodySite::side)
                .or(() -> around == null ? Optional.empty() : sidesNamed(text, around.start(), around.end()));
        if (side.filter(s -> s != Side.BILATERAL)
                .filter(s -> c.request().side().filter(r -> r != Side.BILATERAL && r != s).isPresent()).isPresent()) {
            return false;
        }
        return around == null || !statesNoCurrentCondition(text, around, span);
    }

    /**
     * Care that is only homemaker services or personal care: a documented skilled medical need refutes "only",
     * whatever household help is asked for with it; otherwise the phrases of homemaker tasks say it.
     */
    private Resolution onlyHomemakerCare() {
        Resolution skilled = resolve("skilled_medical_need");
        if (skilled.verdict() == Verdict.MET) {
            return new Resolution(Verdict.NOT_MET, skilled.evidence().stream()
                    .map(e -> new Evidence("the care is not homemaker or personal care alone: " + e.statement(),
                            e.span()))
                    .toList());
        }
        return phrases("only_homemaker_or_personal_care");
    }

    // ------------------------------------------------------------------------------------------------ phrases

    private Resolution phrases(String fact) {
        DataFiles.FactPhrases def = data.facts().get(fact);
        if (def == null) {
            return Resolution.unknown();
        }
        List<Evidence> positive = new ArrayList<>();
        List<Evidence> negative = new ArrayList<>();
        if (!def.requestOnly()) {
            collect(c.mentions(), fact, def, positive, negative, false);
        }
        if (def.request() || def.requestOnly()) {
            collect(c.requestMentions(), fact, def, positive, negative, true);
        }
        def.lowValue().ifPresent(p -> lowValues(p, fact, positive));
        def.beforeADrug().ifPresent(p -> beforeADrug(p, fact, positive));
        def.afterADrug().ifPresent(p -> afterADrug(def, p, fact, positive));
        if (!positive.isEmpty()) {
            return new Resolution(Verdict.MET, positive);
        }
        if (!negative.isEmpty()) {
            return new Resolution(Verdict.NOT_MET, negative);
        }
        return Resolution.unknown();
    }

    /** How many characters before a drug's name its words are looked for ("cut back on his"). */
    private static final int BEFORE_A_DRUG_REACH = 30;
    private static final java.util.regex.Pattern DENIED = java.util.regex.Pattern.compile(
            "(?i)(?:(?<![\\p{L}])(?:not|never)|n't)(?![\\p{L}])");

    /**
     * Words of the fact right before a drug the record names ("reduced his ibuprofen from three to one tablet", "cut
     * back on Norco"), not denied ("has not reduced his ibuprofen").
     */
    private void beforeADrug(java.util.regex.Pattern words, String fact, List<Evidence> positive) {
        String text = c.record().text();
        for (org.openimr.casefile.Medication m : c.facts().medications()) {
            Span name = m.span();
            if (!name.documentId().equals(c.record().id()) || name.start() > text.length()) {
                continue;
            }
            int from = Math.max(0, name.start() - BEFORE_A_DRUG_REACH);
            java.util.regex.Matcher w = words.matcher(text).region(from, name.start());
            w.useTransparentBounds(true);
            if (w.find() && !DENIED.matcher(text.substring(Math.max(0, w.start() - 12), w.start())).find()) {
                c.span(CaseRecord.RECORD, w.start(), name.end()).ifPresent(span ->
                        positive.add(new Evidence("the record states that " + describe(fact), span)));
            }
        }
    }

    /** How many characters of its clause before the words a drug may be named ("NSAIDs and hydrocodone caused"). */
    private static final int AFTER_A_DRUG_REACH = 60;
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("[.;:]");

    /**
     * Words of the fact said of a drug the record names, or a word of a drug class, earlier in their clause ("naproxen
     * caused gastritis", "tramadol was stopped due to side effects"; {@link WordsAfterADrug}), not denied, and not in
     * a sentence telling a rule, a reviewer's words or a relative's history: "the head injury caused dizziness" or "PT
     * was stopped due to side effects of the heat" name no drug, "Norco, with which her pain was reduced" reduces the
     * pain, "meclizine prn due to dizziness" stops no drug, and "her mother had to stop NSAIDs" is not the patient.
     */
    private void afterADrug(DataFiles.FactPhrases def, java.util.regex.Pattern words, String fact,
            List<Evidence> positive) {
        String text = c.record().text();
        java.util.regex.Matcher w = words.matcher(text);
        while (w.find()) {
            int from = Math.max(0, w.start() - AFTER_A_DRUG_REACH);
            java.util.regex.Matcher end = CLAUSE_END.matcher(text).region(from, w.start());
            while (end.find()) {
                from = end.end();
            }
            boolean drug = new WordsAfterADrug(c, def.drugWords(), def.drugClasses())
                    .saidOfADrug(from, w.start(), w.end());
            Sentences sentence = Sentences.around(text, w.start(), w.end());
            boolean rule = def.notInSentencesWith().map(p -> p.matcher(text).region(sentence.start(), sentence.end())
                    .find()).orElse(false);
            if (drug && !rule && !inUtilizationReview(sentence) && !RELATIVE.matcher(sentence.of(text)).find()
                    && !DENIED.matcher(text.substring(from, w.start())).find()) {
                c.span(CaseRecord.RECORD, w.start(), w.end()).ifPresent(span ->
                        positive.add(new Evidence("the record states that " + describe(fact), span)));
            }
        }
    }

    /** A lab value the record calls low in its own words ("vitamin D 11 ng/mL, deficient"). */
    private void lowValues(java.util.regex.Pattern lowValue, String fact, List<Evidence> positive) {
        java.util.regex.Matcher m = lowValue.matcher(c.record().text());
        while (m.find()) {
            c.span(CaseRecord.RECORD, m.start(), m.end())
                    .ifPresent(span -> positive.add(new Evidence("the record states that " + describe(fact), span)));
        }
    }

    private void collect(List<PhraseMention<List<String>>> mentions, String fact, DataFiles.FactPhrases def,
            List<Evidence> positive, List<Evidence> negative, boolean inRequest) {
        String label = describe(fact);
        for (PhraseMention<List<String>> m : ownPhrases(mentions, fact)) {
            String where = inRequest ? "the request states" : "the record states";
            if (m.value().contains(DataFiles.FactPhrases.against(fact))
                    && (m.assertion() == Assertion.AFFIRMED || def.againstHoldsItsClause() && statesItself(m))
                    && !inRequest && !inUtilizationReview(m) && !undone(def, m)) {
                negative.add(new Evidence(where + " that " + describeAbsence(fact), m.span()));
            }
            if (!m.value().contains(fact) || !inRequest && (inUtilizationReview(m) || ofAnotherRegion(m) || ofARelative(m)
                    || RETURNED_TO_WORK.equals(fact) && m.assertion() != Assertion.NEGATED
                            && new ReturnToWorkSinceUndone(c, this).undone(m.span())
                    || def.afterTheOperation() && m.assertion() != Assertion.NEGATED && ofAnotherTime(m)
                    || def.ofRequestedJoint() && ofAnotherJoint(m) || tellsARule(def, m) || outOfItsSentences(def, m)
                    || def.refusedInTheNextSentence().isPresent()
                            && RefusalReferringBack.refused(c, m.span(), def.refusedInTheNextSentence().get())
                    || def.againstHoldsItsClause() && inTheClauseOfAnAgainst(mentions, fact, def, m)
                    || recommendsOtherCare(def, m)
                    || def.ofPart().isPresent() && ofAnotherPart(m, def.ofPart().get())
                    || def.onlyInClausesWith().isPresent() && !inAClauseWith(m, def.onlyInClausesWith().get())
                    || notARecentWorsening(def, m))) {
                continue;
            }
            switch (m.assertion()) {
                case AFFIRMED, HISTORICAL -> positive.add(new Evidence(where + " that " + label, m.span()));
                case REQUESTED -> {
                    if (inRequest || def.planned() && !ConditionalClause.holds(c.record().text(), m.span())) {
                        positive.add(new Evidence(where + " that " + label + " (as planned or requested)", m.span()));
                    } else if (def.suspected()) {
                        positive.add(new Evidence(where + " that " + label + " (the lesion a study is to rule out)",
                                m.span()));
                    }
                }
                case NEGATED -> {
                    if (!m.documentationOnly() && !def.negationSaysNothing()) {
                        negative.add(new Evidence(where + " that " + describeAbsence(fact), m.withItsNegation()));
                    }
                }
            }
        }
    }

    /**
     * The mentions of a fact's own phrases and of its {@code against} phrases, where they overlap one another as the
     * record reads them. The mentions hold every phrase of every fact, overlapping ones included, so that one fact's
     * phrases never hide another's ("complete tear" of a surgical lesion and "tear of the supraspinatus" of a rotator
     * cuff tear). Among a fact's own phrases the leftmost, then the longest, stands for the words they share ("home
     * exercise program", not also "home exercise"); an {@code against} phrase hides every phrase of the fact it
     * overlaps ("low risk for opioid" hides "opioid misuse", "low risk for aberrant" hides "aberrant drug"), so a low
     * risk is never read as a high one.
     */
    private static List<PhraseMention<List<String>>> ownPhrases(List<PhraseMention<List<String>>> mentions,
            String fact) {
        String against = DataFiles.FactPhrases.against(fact);
        List<PhraseMention<List<String>>> cancelling = keepLeftmostLongest(mentions.stream()
                .filter(m -> m.value().contains(against)).toList());
        List<PhraseMention<List<String>>> stating = keepLeftmostLongest(mentions.stream()
                .filter(m -> m.value().contains(fact) && !m.value().contains(against))
                .filter(m -> cancelling.stream().noneMatch(a -> overlap(a, m))).toList());
        List<PhraseMention<List<String>>> own = new ArrayList<>(cancelling);
        own.addAll(stating);
        own.sort(Comparator.comparingInt(m -> m.span().start()));
        return own;
    }

    /** Of mentions in text order (the longest first where several start together), those no earlier one overlaps. */
    private static List<PhraseMention<List<String>>> keepLeftmostLongest(List<PhraseMention<List<String>>> mentions) {
        List<PhraseMention<List<String>>> kept = new ArrayList<>();
        for (PhraseMention<List<String>> m : mentions) {
            if (kept.isEmpty() || !overlap(kept.get(kept.size() - 1), m)) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean overlap(PhraseMention<?> a, PhraseMention<?> b) {
        return a.span().start() < b.span().end() && b.span().start() < a.span().end();
    }

    /** Words that deny what follows them, at the start of an {@code against} phrase ("not a surgical candidate"). */
    private static final java.util.regex.Pattern OWN_DENIAL = java.util.regex.Pattern.compile(
            "(?i)^(?:not|no|non)(?![\\p{L}])");

    /**
     * Whether an {@code against} mention of a fact whose against phrases rule it out ({@code againstHoldsItsClause})
     * states what its words say: affirmed, or, for a phrase that carries its own denial, read as negated only because
     * a denial before it reaches it ("she declines any surgery and is not a surgical candidate" is still not a
     * candidate; a denial is not doubled).
     */
    private boolean statesItself(PhraseMention<List<String>> m) {
        if (m.assertion() == Assertion.AFFIRMED) {
            return true;
        }
        String text = c.record().text();
        return m.assertion() == Assertion.NEGATED && m.span().documentId().equals(CaseRecord.RECORD)
                && m.span().end() <= text.length()
                && OWN_DENIAL.matcher(text.substring(m.span().start(), m.span().end())).find();
    }

    /**
     * A phrase of the fact naming who ruled it out, as the subject of one of its affirmed {@code against} phrases: "the
     * spine surgeon found he is not a surgical candidate" names the surgeon who ruled surgery out, not surgery being
     * considered. Only a phrase of {@code againstSubjects} before the against phrase, in its clause (no semicolon,
     * contrast or "and" between): "not a surgical candidate and referred to a spine surgeon" still considers surgery,
     * and an evaluation or a consultation is never the one who ruled it out.
     */
    private boolean inTheClauseOfAnAgainst(List<PhraseMention<List<String>>> mentions, String fact,
            DataFiles.FactPhrases def, PhraseMention<List<String>> m) {
        String text = c.record().text();
        Span sentence = m.sentence();
        if (!sentence.documentId().equals(CaseRecord.RECORD) || sentence.end() > text.length()
                || def.againstSubjects().isEmpty() || !m.span().documentId().equals(CaseRecord.RECORD)
                || !def.againstSubjects().get().matcher(text.substring(m.span().start(), m.span().end())).matches()) {
            return false;
        }
        String against = DataFiles.FactPhrases.against(fact);
        for (PhraseMention<List<String>> a : mentions) {
            if (a.value().contains(against) && statesItself(a) && a.sentence().equals(sentence)
                    && !inUtilizationReview(a) && m.span().end() <= a.span().start()
                    && m.span().start() >= sentence.start() && a.span().start() <= text.length()) {
                String between = text.substring(m.span().end(), a.span().start());
                if (!CLAUSE_BREAK.cutIn(between, 0, between.length()) && !AND.matcher(between).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern AND = java.util.regex.Pattern.compile("(?i)\\band\\b|&");

    /** A recommendation right after its subject: "recommended", "who advised", "has prescribed a course of". */
    private static final java.util.regex.Pattern RECOMMENDS = java.util.regex.Pattern.compile("(?i)^\\s*(?:who\\s+|"
            + "then\\s+|also\\s+)?(?:has\\s+|had\\s+)?(?:recommended|recommends|advised|advises|prescribed|prescribes|"
            + "suggested|suggests|ordered|referred\\s+(?:him|her|the\\s+patient)\\s+(?:to|for))\\s+(?:(?:a|an|the|"
            + "further|more|continued|additional|formal|course\\s+of|trial\\s+of)\\s+)*");

    /**
     * A phrase of {@code againstSubjects} (the surgeon) that recommends, in the words right after it, care of
     * {@code subjectRecommendingOtherCare} ("the orthopedic surgeon recommended PT"): the surgeon's advice is that care,
     * not an operation, so the phrase documents nothing. Only the care the recommendation names first, in the same
     * clause as the subject (no comma, semicolon or contrast before it).
     */
    private boolean recommendsOtherCare(DataFiles.FactPhrases def, PhraseMention<List<String>> m) {
        String text = c.record().text();
        if (def.subjectRecommendingOtherCare().isEmpty() || def.againstSubjects().isEmpty()
                || !m.span().documentId().equals(CaseRecord.RECORD) || m.span().end() > text.length()
                || !def.againstSubjects().get().matcher(text.substring(m.span().start(), m.span().end())).matches()) {
            return false;
        }
        int end = Math.min(m.sentence().end(), text.length());
        java.util.regex.Matcher verb = RECOMMENDS.matcher(text).region(m.span().end(), end);
        if (!verb.lookingAt()) {
            return false;
        }
        java.util.regex.Matcher care = def.subjectRecommendingOtherCare().get().matcher(text).region(verb.end(), end);
        return care.lookingAt();
    }

    /** An {@code against} phrase whose sentence makes it no ruling-out ("not a surgical candidate at this time"). */
    private boolean undone(DataFiles.FactPhrases def, PhraseMention<List<String>> m) {
        String text = c.record().text();
        Span sentence = m.sentence();
        return def.againstUndoneBy().isPresent() && sentence.documentId().equals(CaseRecord.RECORD)
                && sentence.end() <= text.length()
                && def.againstUndoneBy().get().matcher(text).region(sentence.start(), sentence.end()).find();
    }

    /** A phrase whose sentence tells a rule, not an event ("counseled that early refills will not be given"). */
    private boolean tellsARule(DataFiles.FactPhrases def, PhraseMention<List<String>> m) {
        String text = c.record().text();
        Span sentence = m.sentence();
        return def.notInSentencesWith().isPresent() && sentence.documentId().equals(CaseRecord.RECORD)
                && sentence.end() <= text.length()
                && def.notInSentencesWith().get().matcher(text).region(sentence.start(), sentence.end()).find();
    }

    /** A phrase whose sentence holds none of the words the fact asks beside it ("unstable angina"). */
    private boolean outOfItsSentences(DataFiles.FactPhrases def, PhraseMention<List<String>> m) {
        String text = c.record().text();
        Span sentence = m.sentence();
        return def.onlyInSentencesWith().isPresent() && sentence.documentId().equals(CaseRecord.RECORD)
                && sentence.end() <= text.length()
                && !def.onlyInSentencesWith().get().matcher(text).region(sentence.start(), sentence.end()).find();
    }

    /**
     * A phrase in a sentence reporting a utilization review decision ("UR non-certified the request as topical
     * lidocaine is only indicated for peripheral neuropathic pain") restates the reviewer's criteria, not a finding of
     * the record; such phrases document nothing. (Typed facts there, such as the sessions a UR counted, still count.)
     */
    private boolean inUtilizationReview(PhraseMention<List<String>> m) {
        return inUtilizationReview(m.sentence().start(), m.sentence().end()); // the phrase's own sentence
    }

    /** Whether the record's sentence reports a utilization review decision. */
    boolean inUtilizationReview(Sentences sentence) {
        return inUtilizationReview(sentence.start(), sentence.end());
    }

    /**
     * Whether the words at {@code span} stand in a record sentence reporting a utilization review decision: the
     * reviewer's words, not a finding of the record (false for words outside the record text).
     */
    boolean inUtilizationReview(Span span) {
        return Sentences.ofRecord(c.record().text(), span).map(this::inUtilizationReview).orElse(false);
    }

    private boolean inUtilizationReview(int from, int to) {
        return c.facts().urDecisions().stream().anyMatch(u -> u.span().start() >= from && u.span().start() < to);
    }

    /**
     * A state of the postoperative period stated of another time: before the operation ("prior to the operation she
     * was unable to bear weight", "pre-op"), years ago, in a year before the one preceding the request
     * ("arthrofibrosis after a knee arthroscopy in 2009") or before the year of the latest dated operation ("unable to
     * tolerate physical therapy for her back in 2015" after a knee replacement in 2016). An undated history stays (a history of CRPS is a risk).
     */
    private boolean ofAnotherTime(PhraseMention<List<String>> m) {
        String text = c.record().text();
        Span sentence = m.sentence();
        if (!sentence.documentId().equals(CaseRecord.RECORD) || sentence.end() > text.length()) {
            return false;
        }
        String words = text.substring(sentence.start(), sentence.end());
        if (BEFORE_THE_OPERATION.matcher(words).find()) {
            return true;
        }
        java.util.regex.Matcher year = YEAR.matcher(words);
        while (year.find()) {
            int y = Integer.parseInt(year.group(1) != null ? year.group(1) : "20" + year.group(2));
            if (c.requestDate() != null && y < c.requestDate().getYear() - 1 || y < latestOperationYear()) {
                return true;
            }
        }
        return false;
    }

    /** The year of the latest dated operation the record states done (none: no year is before it). */
    private int latestOperationYear() {
        return c.facts().surgeries().stream().filter(o -> o.assertion().isPresentOrPast())
                .flatMap(o -> o.date().stream()).mapToInt(d -> d.firstDay().getYear()).max().orElse(Integer.MIN_VALUE);
    }

    private static final java.util.regex.Pattern BEFORE_THE_OPERATION = java.util.regex.Pattern.compile("(?i)"
            + "(?<![\\p{L}])(?:(?:before|prior\\s+to)\\s+(?:(?:the|his|her|this|a|an|that|previous|prior|earlier)\\s+)*"
            + "(?:\\p{L}+\\s+){0,2}?(?:operation|surgery|arthroplasty|replacement|arthroscopy|scope|procedure|TKA|TKR)|"
            + "pre-?op(?:erative(?:ly)?)?|years\\s+ago|as\\s+a\\s+child)(?![\\p{L}])");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(?!\\d)|(?<![\\d])\\d{1,2}/\\d{1,2}/(\\d{2})(?!\\d)");

    /**
     * A phrase whose sentence speaks of a relative ("her father had a GI bleed", "family history of diabetes") is the
     * relative's history, not the patient's.
     */
    private boolean ofARelative(PhraseMention<List<String>> m) {
        String text = c.record().text();
        if (!m.span().documentId().equals(CaseRecord.RECORD) || m.span().end() > text.length()) {
            return false;
        }
        String sentence = Sentences.around(text, m.span().start(), m.span().end()).of(text);
        return RELATIVE.matcher(sentence).find() || SPOUSES_OWN.matcher(sentence).find();
    }

    /**
     * A spouse's own drug or condition ("her husband is on warfarin", "his wife has a history of DVT"); a spouse who
     * only reports or helps ("his wife witnessed apneas", "his wife helps him dress") speaks of the patient.
     */
    private static final java.util.regex.Pattern SPOUSES_OWN = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])"
            + "(?:husband|wife|spouse)\\s+(?:is\\s+on|was\\s+on|is\\s+taking|takes|took|has\\s+(?:a\\s+)?history|"
            + "has\\s+had|had\\s+an?|suffers|was\\s+diagnosed|is\\s+diagnosed)(?![\\p{L}])");

    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])(?:"
            + "mother|father|parents?|sisters?|brothers?|siblings?|grand(?:mother|father|parents?)|aunt|uncle|"
            + "family\\s+history|FHx|FH)(?![\\p{L}])");

    /**
     * A phrase that is part of a neurological finding or a diagnosis of a part of the body the request is not for
     * ("weakness of the left EHL", "lumbar radiculopathy" for an EMG of the arms) documents nothing for that request.
     */
    private boolean ofAnotherRegion(PhraseMention<List<String>> m) {
        return c.facts().neurologicalFindings().stream().anyMatch(f -> !bearsOnRequest(f.region())
                        && overlap(f.span(), m.span()))
                || c.facts().diagnoses().stream().anyMatch(d -> !bearsOnRequest(d.region().map(BodySite::region))
                        && overlap(d.span(), m.span()));
    }

    /**
     * A finding of a joint (osteoarthritis on its films, its limited motion, its pain at night) stated of a part of the
     * body the request is not for: the parts named in its own clause (between semicolons of its sentence), or, when the
     * clause names none, in its sentence, and none of them one the request is for ("right knee x-rays show joint space
     * narrowing" is no finding of the hip; "x-rays of both knees and the lumbar spine; they show bone-on-bone change in
     * the right knee" is one of the knee). A sentence naming no part leaves nothing to check. For a request with one
     * side, a finding whose clause (else sentence) names only the other side is of the other joint ("the left ankle
     * has tenderness at the tip of the lateral malleolus" for right ankle films). A sentence naming neither part nor
     * side is read with the next one when that one speaks of it ("... tenderness at the lateral malleolus. This is on
     * the left.").
     */
    private boolean ofAnotherJoint(PhraseMention<List<String>> m) {
        Span sentence = m.sentence();
        String text = c.record().text();
        if (!sentence.documentId().equals(m.span().documentId()) || sentence.end() > text.length()) {
            return ofAnotherJoint(sentence, sentence.start(), sentence.end(), "");
        }
        int semicolonBefore = text.lastIndexOf(';', m.span().start());
        int semicolonAfter = text.indexOf(';', m.span().end());
        int from = Math.max(sentence.start(), semicolonBefore + 1);
        int to = semicolonAfter < 0 ? sentence.end() : Math.min(sentence.end(), semicolonAfter);
        if (c.facts().bodyParts().stream().anyMatch(b -> overlap(b.span(), sentence))
                || sidesNamed(text, sentence.start(), sentence.end()).isPresent()) {
            return ofAnotherJoint(sentence, from, to, text);
        }
        Optional<Sentences> next = Sentences.referringBack(text, new Sentences(sentence.start(), sentence.end()));
        if (next.isEmpty()) {
            return false;
        }
        int semicolon = text.indexOf(';', next.get().start());
        Span told = new Span(sentence.documentId(), next.get().start(), next.get().end(), next.get().of(text));
        return ofAnotherJoint(told, told.start(), semicolon < 0 ? told.end() : Math.min(told.end(), semicolon), text);
    }

    /**
     * Whether a sentence (and the clause of it from {@code from} to {@code to}) states a finding of a part the request
     * is not for, or, given its text, only of the side the request is not for.
     */
    private Set<org.openimr.shared.BodyRegion> injuredParts;

    /** The parts the record says were injured or are complained of, read once ({@link InjuredParts}). */
    private Set<org.openimr.shared.BodyRegion> injuredParts() {
        if (injuredParts == null) {
            injuredParts = InjuredParts.of(c);
        }
        return injuredParts;
    }

    private boolean ofAnotherJoint(Span sentence, int from, int to, String text) {
        List<BodyPartMention> named = partsNamed(sentence, from, to);
        if (!named.isEmpty() && named.stream().noneMatch(b -> bearsOnRequest(Optional.of(b.region().region())))) {
            return true;
        }
        if (!named.isEmpty() && c.request().regions().isEmpty() && !injuredParts().isEmpty()
                && named.stream().noneMatch(b -> injuredParts().stream().anyMatch(p -> sameLimb(p, b.region().region())))) {
            return true; // a request naming no part is for the parts injured or complained of (InjuredParts)
        }
        if (text.isEmpty()) {
            return false;
        }
        Optional<Side> sides = sidesNamed(text, from, to).or(() -> sidesNamed(text, sentence.start(), sentence.end()));
        return sides.isPresent() && c.request().side().filter(s -> s != Side.BILATERAL && s != sides.get()).isPresent();
    }

    /**
     * A mention whose clause (between semicolons and commas of its sentence), else its sentence, names body parts and
     * none of them {@code part}: a state of another part ("unable to tolerate physical therapy for her neck").
     */
    private boolean ofAnotherPart(PhraseMention<List<String>> m, org.openimr.shared.BodyRegion part) {
        Span sentence = m.sentence();
        String text = c.record().text();
        if (!sentence.documentId().equals(CaseRecord.RECORD) || sentence.end() > text.length()) {
            return false;
        }
        Clauses.Clause clause = Clauses.LIST.around(text, sentence.start(), sentence.end(), m.span().start(),
                m.span().end());
        List<BodyPartMention> named = partsNamed(sentence, clause.start(), clause.end());
        return !named.isEmpty() && named.stream().noneMatch(b -> sameLimb(part, b.region().region()));
    }

    /** The patient as a statement's subject (reading-words.tsv {@code patient-subject}, {@code patient-unnamed}). */
    private static final Clauses.PatientSubject PATIENT_SUBJECT = new Clauses.PatientSubject(
            DataFiles.standard().readingWords("patient-subject"), DataFiles.standard().readingWords("patient-unnamed"));

    /**
     * Whether the record's clause of the mention holds one of the words ({@code onlyInClausesWith}: "has not
     * progressed in PT"); a mention of the request's words needs none. The clause is the mention's statement, cut at
     * conjunctions too: "she attended PT x 6 and her numbness has not progressed" says nothing of the program's
     * progress, while "despite PT, she has not progressed" does, and so does "she did PT but has not progressed", whose
     * statements are both the patient's; "her numbness did not change with PT and has not progressed" is the numbness's.
     */
    private boolean inAClauseWith(PhraseMention<List<String>> m, java.util.regex.Pattern words) {
        String text = c.record().text();
        if (!m.span().documentId().equals(CaseRecord.RECORD) || m.span().end() > text.length()) {
            return true;
        }
        Sentences sentence = Sentences.around(text, m.span().start(), m.span().end());
        Clauses.Clause clause = Clauses.CONJUNCTIONS.aroundAPredicate(text, sentence.start(), sentence.end(),
                m.span().start(), m.span().end(), PATIENT_SUBJECT);
        return words.matcher(text).region(clause.start(), clause.end()).find();
    }

    /**
     * A phrase of the fact's {@code worsening} (a worsening in general words) that {@link WorseningOfThePart} does not
     * read as a recent worsening of the fact's part; a denied one is left to its negation.
     */
    private boolean notARecentWorsening(DataFiles.FactPhrases def, PhraseMention<List<String>> m) {
        String text = c.record().text();
        if (def.worsening().isEmpty() || def.ofPart().isEmpty() || m.assertion() == Assertion.NEGATED
                || !m.span().documentId().equals(CaseRecord.RECORD) || m.span().end() > text.length()
                || !def.worsening().get().phrases().matcher(text.substring(m.span().start(), m.span().end()))
                        .matches()) {
            return false;
        }
        Span sentence = m.sentence();
        return !new WorseningOfThePart(text, c.requestDate(), c.facts().bodyParts(), def.worsening().get().withinMonths())
                .statesARecentWorsening(m.span().start(), m.span().end(), Math.max(0, sentence.start()),
                        Math.min(text.length(), sentence.end()), def.ofPart().get());
    }

    /** The body parts named in the clause {@code from}..{@code to} of the sentence, else in the sentence. */
    private List<BodyPartMention> partsNamed(Span sentence, int from, int to) {
        List<BodyPartMention> inSentence = c.facts().bodyParts().stream().filter(b -> overlap(b.span(), sentence))
                .toList();
        List<BodyPartMention> inClause = inSentence.stream()
                .filter(b -> b.span().start() < to && from < b.span().end()).toList();
        return inClause.isEmpty() ? inSentence : inClause;
    }

    /** A word naming a side; "left" as a verb names none ({@link BodySite#LEFT_AS_A_SIDE}). */
    private static final java.util.regex.Pattern SIDE_WORD = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}])(?:(" + BodySite.LEFT_AS_A_SIDE + ")|(right|lt|rt|bilateral(?:ly)?|both|"
            // "L knee", "R shoulder": a capital letter before a limb is its side (before a level, "L4-5", it is not)
            + "(?-i:[LR])(?=\\s+(?:knee|shoulder|hip|elbow|wrist|hand|ankle|foot|arm|leg|thumb|finger)s?(?![\\p{L}]))))"
            + "(?![\\p{L}])");

    /** The one side the words from {@code from} to {@code to} name (both when they name two), if they name any. */
    private static Optional<Side> sidesNamed(String text, int from, int to) {
        Side found = null;
        java.util.regex.Matcher w = SIDE_WORD.matcher(text).region(from, to);
        while (w.find()) {
            String word = (w.group(1) != null ? w.group(1) : w.group(2)).toLowerCase(Locale.ROOT);
            Side side = word.startsWith("l") ? Side.LEFT : word.startsWith("r") ? Side.RIGHT : Side.BILATERAL;
            found = found == null || found == side ? side : Side.BILATERAL;
        }
        return Optional.ofNullable(found);
    }

    private static boolean overlap(Span a, Span b) {
        return a.documentId().equals(b.documentId()) && a.start() < b.end() && b.start() < a.end();
    }

    // -------------------------------------------------------------------------------------------- typed facts

    private Resolution typed(String fact) {
        return switch (fact) {
            case "radiculopathy" -> radiculopathy();
            case "secondary_depression" -> diagnosis(EnumSet.of(Diagnosis.Kind.DEPRESSION), "depression is diagnosed");
            case "psychosocial_factors" -> diagnosis(EnumSet.of(Diagnosis.Kind.DEPRESSION, Diagnosis.Kind.ANXIETY,
                    Diagnosis.Kind.INSOMNIA), "a psychological condition is diagnosed");
            case "suspected_peripheral_neuropathy" -> diagnosis(EnumSet.of(Diagnosis.Kind.NEUROPATHY,
                    Diagnosis.Kind.CARPAL_TUNNEL_SYNDROME, Diagnosis.Kind.CUBITAL_TUNNEL_SYNDROME),
                    "a peripheral nerve condition is diagnosed");
            case "suspected_meniscal_or_ligament_tear" -> diagnosis(EnumSet.of(Diagnosis.Kind.MENISCAL_TEAR,
                    Diagnosis.Kind.INTERNAL_DERANGEMENT), "a meniscal tear or internal derangement is diagnosed");
            case "carpal_tunnel_signs" -> carpalTunnel();
            case "nerve_conduction_confirmed_cts" -> electrodiagnosisShows(CARPAL_TUNNEL, "carpal tunnel syndrome");
            case "ulnar_neuropathy_on_electrodiagnosis" -> electrodiagnosisShows(ULNAR_AT_THE_ELBOW,
                    "ulnar neuropathy at the elbow");
            case "suspected_focal_neurologic_dysfunction" -> neurological(EnumSet.allOf(NeurologicalFinding.Test.class));
            case "physiologic_evidence_of_tissue_insult_or_nerve_dysfunction" -> neurological(DEFICITS);
            case "clinically_obvious_radiculopathy" -> obviousRadiculopathy();
            case "return_to_work" -> work(true);
            case "off_work" -> work(false);
            case "home_exercise_program" -> care(ConservativeCare.Kind.HOME_EXERCISE);
            case "elective_or_maintenance_care" -> maintenance();
            case "exercise_under_way" -> exerciseUnderWay();
            case "previous_methods_unsuccessful" -> failedMethods();
            case "improved_pain" -> painWithMedication();
            case "surgery_considered" -> plannedSurgery();
            // an operation the record plans or requests is the invasive procedure a study would clarify the anatomy
            // for (ACOEM 2004 Neck Table 8-8 and Shoulder Table 9-6 criteria; mtus-criteria IM-C1, IM-S1)
            case "invasive_procedure_planned" -> plannedSurgery();
            case "recent_major_surgery_or_hospitalization" -> recentSurgery();
            case "moderate_to_extensive_surgery" -> extensiveSurgery();
            case "misuse_risk_high", "aberrant_drug_behavior" -> inconsistentScreen();
            case "complaints_of_requested_region" -> requestedRegion();
            case "regular_follow_up_visits" -> recentVisit();
            case "manipulation_in_plan_of_care" -> requestedManipulation();
            case "fusion_at_target_level" -> noPriorFusion();
            case "equipment_purchase_requested" -> requestedPurchase();
            case "equipment_rental_requested" -> requestedRental();
            case "meets_medicare_dme_definition" -> DurableEquipment.standard().definition(c);
            case "earlier_injection_given" -> new InjectionsGiven(c).earlier();
            case "prescribed_by_surgeon_or_designee" -> courseForACertifiedOperation(fact);
            default -> Resolution.unknown();
        };
    }

    /**
     * A post-operative course requested for an operation certified (or scheduled) and not yet done is the surgeon's
     * order for that operation (PSTG: decided and prescribed by the surgeon), though the record does not name the
     * surgeon with it: the request's own post-operative words and the certification are the evidence. A record that
     * says the surgeon has not prescribed it still decides.
     */
    private Resolution courseForACertifiedOperation(String fact) {
        if (phrases(fact).verdict() == Verdict.NOT_MET || c.requestMentions().stream()
                .noneMatch(m -> m.value().contains(fact) && m.assertion() != Assertion.NEGATED)) {
            return Resolution.unknown();
        }
        return OperationGoingAhead.certifiedAhead(c.record().text(), c.facts(), c.request().regions())
                .map(s -> new Resolution(Verdict.MET, List.of(new Evidence("the request is for the course after the "
                        + s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " the record shows certified and not yet done", s.span()))))
                .orElse(Resolution.unknown());
    }

    private Resolution diagnosis(Set<Diagnosis.Kind> kinds, String statement) {
        List<Evidence> yes = new ArrayList<>();
        List<Evidence> no = new ArrayList<>();
        for (Diagnosis d : c.facts().diagnoses()) {
            if (!kinds.contains(d.kind())) {
                continue;
            }
            if (d.assertion().isPresentOrPast()) {
                yes.add(new Evidence(statement + " (" + d.text().strip() + ")", d.span()));
            } else if (d.assertion() == Assertion.NEGATED) {
                no.add(new Evidence("the record states there is no " + d.text().strip(), d.span()));
            }
        }
        return yes.isEmpty() ? no.isEmpty() ? Resolution.unknown() : new Resolution(Verdict.NOT_MET, no)
                : new Resolution(Verdict.MET, yes);
    }

    private Resolution neurological(Set<NeurologicalFinding.Test> tests) {
        List<Evidence> positive = new ArrayList<>();
        List<Evidence> negative = new ArrayList<>();
        for (NeurologicalFinding f : c.facts().neurologicalFindings()) {
            if (!tests.contains(f.test()) || !bearsOnRequest(f.region())) {
                continue;
            }
            String test = NeuroWords.of(f);
            if (f.assertion() == Assertion.AFFIRMED || f.assertion() == Assertion.HISTORICAL) {
                positive.add(new Evidence("the examination found " + test, f.span()));
            } else if (f.assertion() == Assertion.NEGATED) {
                negative.add(new Evidence("the examination found no " + test, f.span()));
            }
        }
        return !positive.isEmpty() ? new Resolution(Verdict.MET, positive)
                : !negative.isEmpty() ? new Resolution(Verdict.NOT_MET, negative) : Resolution.unknown();
    }

    /**
     * Radiculopathy diagnosed; else a neurological examination of the region that finds no radicular sign ("-SLR B",
     * "sensation/reflexes/strength nl") and none present states it absent, as "neurologically intact" does. A radicular
     * complaint the record affirms ("radiating pain") is read from the phrases and wins over both.
     */
    private Resolution radiculopathy() {
        Resolution dx = diagnosis(EnumSet.of(Diagnosis.Kind.RADICULOPATHY), "radiculopathy is diagnosed");
        if (dx.verdict() != Verdict.UNKNOWN) {
            return dx;
        }
        Resolution exam = neurological(EnumSet.of(NeurologicalFinding.Test.SENSORY_DEFICIT,
                NeurologicalFinding.Test.REFLEX_CHANGE, NeurologicalFinding.Test.MOTOR_WEAKNESS,
                NeurologicalFinding.Test.STRAIGHT_LEG_RAISE));
        // an absence rests only on findings the record places in the region requested: a normal examination of the
        // arms says nothing of a lumbar radiculopathy
        boolean onlyThisRegion = c.facts().bodyParts().stream().filter(b -> b.assertion().isPresentOrPast())
                .allMatch(b -> bearsOnRequest(Optional.of(b.region().region())));
        boolean ofTheRegion = !c.request().regions().isEmpty() && exam.evidence().stream().allMatch(e -> c.facts()
                .neurologicalFindings().stream().anyMatch(f -> f.span().equals(e.span())
                        && (f.region().isPresent() || onlyThisRegion)));
        // an equivocal test ("+/-SLR", "SLR equivocal") is no negative one: with it the question stays open
        return exam.verdict() == Verdict.NOT_MET && ofTheRegion && !EQUIVOCAL_SIGN.matcher(c.record().text()).find()
                ? exam : Resolution.unknown();
    }

    /** A radicular test written as equivocal: "+/-SLR", "SLR equivocal", "questionable straight leg raise". */
    private static final java.util.regex.Pattern EQUIVOCAL_SIGN = java.util.regex.Pattern.compile("(?i)(?:\\+/-|±)\\s*"
            + "(?:SLR|straight\\s+leg|Spurling|slump|femoral\\s+stretch|reflex|sensation|strength)|(?<![\\p{L}])(?:SLR|"
            + "straight\\s+leg\\s+rais\\w*|Spurling\\W?s?(?:\\s+test)?|slump\\s+test|femoral\\s+stretch(?:\\s+test)?)"
            + "[^.;]{0,25}?(?<![\\p{L}])(?:equivocal|questionable|questionably\\s+positive|borderline|indeterminate)"
            + "|(?<![\\p{L}])(?:equivocal|questionable|questionably\\s+positive|borderline|indeterminate)\\s+"
            + "(?:SLR|straight\\s+leg|Spurling|slump|femoral\\s+stretch)");

    private Resolution carpalTunnel() {
        Resolution dx = diagnosis(EnumSet.of(Diagnosis.Kind.CARPAL_TUNNEL_SYNDROME), "carpal tunnel syndrome is diagnosed");
        if (dx.verdict() == Verdict.MET) {
            return dx;
        }
        return neurological(EnumSet.of(NeurologicalFinding.Test.TINEL, NeurologicalFinding.Test.PHALEN));
    }

    private Resolution obviousRadiculopathy() {
        // "when the neurologic examination is less clear", electrodiagnosis obtains the physiologic evidence (ACOEM
        // 2004 Low Back p. 303; mtus-criteria IM-L1, ED-1): a radicular sign the record writes as equivocal ("SLR
        // equivocal", "+/- Spurling's") leaves the radiculopathy short of clinically obvious
        Resolution dx = resolveTypedOrPhrase("radiculopathy");
        Resolution deficit = neurological(EnumSet.of(NeurologicalFinding.Test.SENSORY_DEFICIT,
                NeurologicalFinding.Test.REFLEX_CHANGE, NeurologicalFinding.Test.MOTOR_WEAKNESS,
                NeurologicalFinding.Test.STRAIGHT_LEG_RAISE));
        // a diagnosis, a hard deficit and an MRI of the region documented make it obvious whatever sign another visit,
        // the other side or another part left equivocal; without them, an equivocal sign of the record's own words
        // (not denied, not the reviewer's, of its latest examination and of the side that matters) leaves it open
        boolean confirmed = dx.verdict() == Verdict.MET && neurological(EnumSet.of(
                NeurologicalFinding.Test.SENSORY_DEFICIT, NeurologicalFinding.Test.REFLEX_CHANGE,
                NeurologicalFinding.Test.MOTOR_WEAKNESS)).verdict() == Verdict.MET && regionMri();
        if (!confirmed && equivocalSign()) {
            return Resolution.unknown();
        }
        if (dx.verdict() == Verdict.MET && deficit.verdict() == Verdict.MET) {
            List<Evidence> all = new ArrayList<>(dx.evidence());
            all.addAll(deficit.evidence());
            return new Resolution(Verdict.MET, all);
        }
        if (dx.verdict() == Verdict.NOT_MET || deficit.verdict() == Verdict.NOT_MET) {
            List<Evidence> all = new ArrayList<>(dx.verdict() == Verdict.NOT_MET ? dx.evidence() : List.of());
            if (deficit.verdict() == Verdict.NOT_MET) {
                all.addAll(deficit.evidence());
            }
            return new Resolution(Verdict.NOT_MET, all);
        }
        return Resolution.unknown();
    }

    /** An MRI of the region requested the record reports done, with its result. */
    private boolean regionMri() {
        return c.facts().diagnosticStudies().stream().anyMatch(d -> d.kind() == DiagnosticStudy.Kind.MRI
                && d.assertion().isPresentOrPast() && d.findings().isPresent()
                && bearsOnRequest(d.region().map(BodySite::region)));
    }

    /**
     * A radicular sign the record writes as equivocal, not denied ("not equivocal"), not in a reviewer's sentence, and
     * of the latest examination and the side that matters ({@link LatestExamination}).
     */
    private boolean equivocalSign() {
        String text = c.record().text();
        LatestExamination latest = new LatestExamination(c, this::bearsOnRequest,
                f -> inUtilizationReview(f.span()) || REVIEWER.matcher(Sentences.around(text, f.span().start(),
                        f.span().end()).of(text)).find());
        // a deficit written as doubtful ("sensation questionably decreased") is as equivocal as an equivocal SLR, and
        // as it counts only of the latest examination and the side that matters; beside a hard deficit of its side
        // that examination affirms, it leaves the examination clear
        if (c.facts().neurologicalFindings().stream().anyMatch(f -> f.assertion() == Assertion.AFFIRMED
                && DEFICITS.contains(f.test()) && bearsOnRequest(f.region()) && HedgedFinding.of(f, text)
                && !REVIEWER.matcher(Sentences.around(text, f.span().start(), f.span().end()).of(text)).find()
                && !latest.older(f.span().start(), f.span().end())
                && !latest.ofAnotherSide(f.span().start(), f.span().end())
                && !latest.affirmsADeficitOfTheSideOf(f))) {
            return true;
        }
        java.util.regex.Matcher m = EQUIVOCAL_SIGN.matcher(text);
        while (m.find()) {
            Sentences sentence = Sentences.around(text, m.start(), m.end());
            boolean denied = NOT_EQUIVOCAL.matcher(text.substring(m.start(), m.end())).find();
            // Spurling's sign is of the neck; the leg-raising and stretch signs of the low back
            org.openimr.shared.BodyRegion of = SPURLING.matcher(m.group()).find()
                    ? org.openimr.shared.BodyRegion.CERVICAL_SPINE : org.openimr.shared.BodyRegion.LUMBAR_SPINE;
            boolean radicularTest = !GENERAL_SIGN.matcher(m.group()).find();
            if (!denied && (!radicularTest || bearsOnRequest(Optional.of(of))) && !inUtilizationReview(sentence)
                    && !REVIEWER.matcher(sentence.of(text)).find() && !latest.older(m.start(), m.end())
                    && !latest.ofAnotherSide(m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern SPURLING = java.util.regex.Pattern.compile("(?i)Spurling");
    /** An equivocal reflex, sensation or strength names no region by itself. */
    private static final java.util.regex.Pattern GENERAL_SIGN = java.util.regex.Pattern.compile(
            "(?i)^(?:\\+/-|±)\\s*(?:reflex|sensation|strength)");
    private static final java.util.regex.Pattern NOT_EQUIVOCAL = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}])(?:not|never)\\s+(?:\\p{L}+\\s+)?(?:equivocal|questionable|borderline)");
    private static final java.util.regex.Pattern REVIEWER = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}])(?:reviewer|UR|utilization\\s+review)(?![\\p{L}])");

    private Resolution resolveTypedOrPhrase(String fact) {
        Resolution t = typed(fact);
        return t.verdict() == Verdict.MET ? t : phrases(fact).verdict() == Verdict.MET ? phrases(fact) : t;
    }

    private Resolution work(boolean working) {
        List<Evidence> yes = new ArrayList<>();
        List<Evidence> no = new ArrayList<>();
        for (WorkStatus w : c.facts().workStatus()) {
            if (w.assertion() != Assertion.AFFIRMED && w.assertion() != Assertion.HISTORICAL) {
                continue;
            }
            boolean atWork = w.kind() == WorkStatus.Kind.FULL_DUTY || w.kind() == WorkStatus.Kind.MODIFIED_DUTY;
            boolean offWork = w.kind() == WorkStatus.Kind.TEMPORARILY_TOTALLY_DISABLED
                    || w.kind() == WorkStatus.Kind.NOT_WORKING;
            String what = "the work status is " + w.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            if (atWork && new ReturnToWorkSinceUndone(c, this).undone(w.span())) {
                continue; // "returned to regular duty in 2012 ... off work since 2014": no return now
            }
            if (atWork) {
                (working ? yes : no).add(new Evidence(what, w.span()));
            } else if (offWork) {
                (working ? no : yes).add(new Evidence(what, w.span()));
            }
        }
        return !yes.isEmpty() ? new Resolution(Verdict.MET, yes)
                : !no.isEmpty() ? new Resolution(Verdict.NOT_MET, no) : Resolution.unknown();
    }

    private Resolution care(ConservativeCare.Kind kind) {
        List<Evidence> yes = new ArrayList<>();
        for (ConservativeCare cc : c.facts().conservativeCare()) {
            if (cc.kind() == kind && cc.assertion().isPresentOrPast()) {
                yes.add(new Evidence("the treatment has included " + kind.name().toLowerCase(Locale.ROOT)
                        .replace('_', ' '), cc.span()));
            }
        }
        return yes.isEmpty() ? Resolution.unknown() : new Resolution(Verdict.MET, yes);
    }

    /** Words before a home exercise program that say it was taught, not done now (reading-words.tsv). */
    private static final java.util.regex.Pattern EXERCISE_TAUGHT = DataFiles.standard().readingWords("exercise-taught");
    /** A plan's words that go on with exercise already done ("Plan: continue HEP"), reading-words.tsv. */
    private static final java.util.regex.Pattern EXERCISE_CONTINUED = DataFiles.standard()
            .readingWords("exercise-continued");
    private static final java.util.regex.Pattern EXERCISE_STARTED = DataFiles.standard()
            .readingWords("exercise-started");
    private static final java.util.regex.Pattern EXERCISE_NOT_DONE = DataFiles.standard()
            .readingWords("exercise-not-done");
    /** How many characters before a home exercise program its taught or continued words are looked for. */
    private static final int EXERCISE_WORDS_REACH = 30;

    /**
     * Exercise done now, beside the treatment requested (massage as "an adjunct to other recommended treatment (e.g.
     * exercise)", mtus-criteria MS-1): a home exercise program the record affirms the patient does, or a plan that
     * continues it. A program stopped or of the past ("stopped her home exercises", "a HEP, which she stopped"), one
     * only taught ("was taught a HEP", "HEP to be taught"), or one a plan starts ("Plan: start a HEP", "continue
     * naproxen and start a HEP") is no exercise under way; a denied one ("does not do her HEP")
     * documents its absence.
     */
    private Resolution exerciseUnderWay() {
        String text = c.record().text();
        List<Evidence> yes = new ArrayList<>();
        List<Evidence> no = new ArrayList<>();
        for (PhraseMention<List<String>> m : ownPhrases(c.mentions(), "home_exercise_program")) {
            if (!m.value().contains("home_exercise_program") || !m.span().documentId().equals(CaseRecord.RECORD)
                    || m.span().end() > text.length() || inUtilizationReview(m)) {
                continue;
            }
            String before = text.substring(Math.max(m.sentence().start(), m.span().start() - EXERCISE_WORDS_REACH),
                    m.span().start());
            boolean notDone = notDoneAfter(text, m);
            if (!notDone && (m.assertion() == Assertion.AFFIRMED && !EXERCISE_TAUGHT.matcher(before).find()
                    && lastInItsClause(EXERCISE_STARTED, before) < 0
                    || m.assertion() == Assertion.REQUESTED && continuesIt(before))) {
                yes.add(new Evidence("the record states that " + describe("exercise_under_way"), m.span()));
            } else if (m.assertion() == Assertion.NEGATED && !m.documentationOnly()) {
                no.add(new Evidence("the record states that the patient does no home exercise program now",
                        m.withItsNegation()));
            }
        }
        return !yes.isEmpty() ? new Resolution(Verdict.MET, yes)
                : !no.isEmpty() ? new Resolution(Verdict.NOT_MET, no) : Resolution.unknown();
    }

    /**
     * Whether a plan's "continue" goes on with the program itself: the last such word before it, in its own clause
     * (no comma, semicolon or colon between) and with nothing started between ("continue naproxen and start a HEP"
     * continues the drug and starts the program; a program affirmed after a word that starts it, "she will start a
     * HEP", is none under way either).
     */
    private static boolean continuesIt(String before) {
        int end = lastInItsClause(EXERCISE_CONTINUED, before);
        return end >= 0 && !EXERCISE_STARTED.matcher(before.substring(end)).find();
    }

    /**
     * Where the last of the words in the text before a program ends, if no comma, semicolon or colon stands between
     * it and the program ("start a HEP", "will start a HEP"), else -1.
     */
    private static int lastInItsClause(java.util.regex.Pattern words, String before) {
        java.util.regex.Matcher w = words.matcher(before);
        int end = -1;
        while (w.find()) {
            end = w.end();
        }
        return end >= 0 && !OTHER_CLAUSE.matcher(before.substring(end)).find() ? end : -1;
    }

    private static final java.util.regex.Pattern OTHER_CLAUSE = java.util.regex.Pattern.compile("[,;:.]");

    /**
     * Whether the words right after a program say it is only to be taught or was stopped ("HEP to be taught at the
     * next visit"; "a HEP, which she stopped in 2016").
     */
    private static boolean notDoneAfter(String text, PhraseMention<List<String>> m) {
        int from = m.span().end();
        int to = Math.min(m.sentence().end(), text.length());
        while (from < to && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == ',')) {
            from++;
        }
        return from < to && EXERCISE_NOT_DONE.matcher(text).region(from, to).lookingAt();
    }

    /**
     * Care repeated after an earlier course ended ({@link EarlierCourse}) with no recurrence or flare-up of the part
     * documented: elective or maintenance care (CPMTG Manual therapy &amp; manipulation, mtus-criteria MT-3 and MT-4).
     */
    private Resolution maintenance() {
        EarlierCourse earlier = new EarlierCourse(c, data);
        List<org.openimr.casefile.TherapySessions> only = earlier.before();
        if (only.isEmpty() || resolve("flare_up").verdict() == Verdict.MET) {
            return Resolution.unknown();
        }
        return new Resolution(Verdict.MET, only.stream().map(t -> earlier.evidence(t, ", and no recurrence or flare-up "
                + "of the part is documented, so care repeated after it is maintenance care")).toList());
    }

    /**
     * Previous methods of treating the pain unsuccessful: the record says care of at least {@value #FAILED_METHODS}
     * different kinds failed ("failed physical therapy, chiropractic, two ESIs and medications"); one failed kind is
     * one method, not the methods.
     */
    private Resolution failedMethods() {
        List<Evidence> failed = new ArrayList<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (ConservativeCare cc : c.facts().conservativeCare()) {
            if (cc.response() == ConservativeCare.Response.FAILED && cc.assertion().isPresentOrPast()
                    && cc.kind() != ConservativeCare.Kind.UNSPECIFIED) {
                String kind = cc.modality().map(Enum::name).orElse(cc.kind().name());
                kinds.add(kind);
                failed.add(new Evidence("the record states " + kind.toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " did not resolve the problem", cc.span()));
            }
        }
        return kinds.size() >= FAILED_METHODS ? new Resolution(Verdict.MET, failed) : Resolution.unknown();
    }

    private Resolution painWithMedication() {
        Optional<PainScore> with = c.facts().painScores().stream()
                .filter(p -> p.circumstance() == PainScore.Circumstance.WITH_MEDICATION && !ofAnotherDrug(p))
                .findFirst();
        Optional<PainScore> without = c.facts().painScores().stream()
                .filter(p -> p.circumstance() == PainScore.Circumstance.WITHOUT_MEDICATION && !ofAnotherDrug(p))
                .findFirst();
        if (with.isPresent() && without.isPresent()) {
            boolean better = with.get().score().compareTo(without.get().score()) < 0;
            List<Evidence> ev = List.of(
                    new Evidence("pain is rated " + with.get().score().toPlainString() + "/10 with medication",
                            with.get().span()),
                    new Evidence("pain is rated " + without.get().score().toPlainString() + "/10 without medication",
                            without.get().span()));
            return new Resolution(better ? Verdict.MET : Verdict.NOT_MET, ev);
        }
        return Resolution.unknown();
    }

    /**
     * A score its sentence credits only to drugs other than the one requested: "since gabapentin was started his pain
     * decreased from 8/10 to 5/10" says nothing of Norco's analgesia. A sentence naming the requested drug, or no drug
     * ("8/10 without medications"), keeps its scores, and so does any score when the request names no drug.
     */
    private boolean ofAnotherDrug(PainScore p) {
        Optional<String> requested = c.request().drug().flatMap(d -> d.code());
        String text = c.record().text();
        if (requested.isEmpty() || !p.span().documentId().equals(CaseRecord.RECORD) || p.span().end() > text.length()) {
            return false;
        }
        int from = text.lastIndexOf(". ", p.span().start()) + 1;
        int end = text.indexOf(". ", p.span().end());
        int to = end < 0 ? text.length() : end;
        List<Medication> named = c.facts().medications().stream()
                .filter(m -> m.span().documentId().equals(CaseRecord.RECORD) && m.span().start() >= from
                        && m.span().end() <= to && m.drug().isPresent())
                .toList();
        return !named.isEmpty() && named.stream().noneMatch(m -> m.drug().equals(requested));
    }

    /** Words of a sentence saying its operation is off or not yet decided (reading-words.tsv). */
    private static final java.util.regex.Pattern OPERATION_NOT_GOING_AHEAD = DataFiles.standard()
            .readingWords("operation-not-going-ahead");

    /**
     * An operation planned or requested of the region the request bears on (a knee arthroscopy planned says nothing of
     * a shoulder study), not of the other side, and not one a reviewer's condition only supposes ("the MRI would be
     * supported if a Bankart repair were being considered"), nor one its sentence says was cancelled or is only to be
     * discussed ("the TKA was non-certified and has been cancelled", "a consult to discuss whether a TKA is indicated"),
     * nor one its clause sets as a condition ("found no lesion that would warrant surgery", {@link ConditionalClause}).
     */
    private Resolution plannedSurgery() {
        List<Evidence> yes = new ArrayList<>();
        String text = c.record().text();
        String ruledOut = DataFiles.FactPhrases.against("surgery_considered");
        for (Surgery s : c.facts().surgeries()) {
            // the operation named in the words that rule it out ("not a candidate for surgery") is not planned
            boolean inARulingOut = c.mentions().stream().anyMatch(m -> m.value().contains(ruledOut)
                    && statesItself(m) && overlap(m.span(), s.span()));
            boolean otherSide = s.region().flatMap(BodySite::side).filter(side -> c.request().side()
                    .filter(r -> r != Side.BILATERAL && side != Side.BILATERAL && r != side).isPresent()).isPresent();
            Optional<Sentences> sentence = Sentences.ofRecord(text, s.span());
            // a reviewer's example waiting on a condition ("e.g., arthroscopy if no better after 3 to 6 months") too
            boolean supposed = sentence.map(around -> (inUtilizationReview(around)
                    || REVIEWER.matcher(around.of(text)).find())
                    && (SUPPOSED.matcher(text).region(around.start(), s.span().start()).find()
                            || SUPPOSED.matcher(text).region(s.span().end(), around.end()).lookingAt())).orElse(false);
            boolean notGoingAhead = sentence.filter(around -> OPERATION_NOT_GOING_AHEAD.matcher(around.of(text)).find())
                    .isPresent() || ConditionalClause.holds(text, s.span());
            if (s.assertion() == Assertion.REQUESTED && !inARulingOut && bearsOnRequest(s.region().map(BodySite::region))
                    && !otherSide && !supposed && !notGoingAhead) {
                yes.add(new Evidence("surgery (" + s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + ") is planned or requested", s.span()));
            }
        }
        return yes.isEmpty() ? Resolution.unknown() : new Resolution(Verdict.MET, yes);
    }

    /** Words before an operation in a reviewer's sentence that make it a supposition, not a plan: "if", "unless". */
    private static final java.util.regex.Pattern SUPPOSED = java.util.regex.Pattern.compile(
            "(?i)\\s*,?\\s*(?<![\\p{L}])(?:if|unless|would\\s+be\\s+supported|in\\s+case)(?![\\p{L}])");

    private Resolution recentSurgery() {
        if (c.requestDate() == null) {
            return Resolution.unknown();
        }
        List<Evidence> yes = new ArrayList<>();
        for (Surgery s : c.facts().surgeries()) {
            if (s.assertion() == Assertion.HISTORICAL && s.date().isPresent()) {
                LocalDate d = s.date().get().lastDay();
                if (!d.isAfter(c.requestDate()) && d.plusMonths(3).isAfter(c.requestDate())) {
                    yes.add(new Evidence("surgery on " + s.date().get() + ", within three months of the request",
                            s.span()));
                }
            }
        }
        return yes.isEmpty() ? Resolution.unknown() : new Resolution(Verdict.MET, yes);
    }

    /**
     * "No prior surgery", "no previous lumbar fusion": a level never operated on was never fused. (That a level was
     * fused is read from the phrases, which name the level.)
     */
    private Resolution noPriorFusion() {
        List<Evidence> no = new ArrayList<>();
        for (Surgery s : c.facts().surgeries()) {
            boolean sameRegion = s.region().isEmpty() || c.request().regions().isEmpty()
                    || c.request().regions().contains(s.region().get().region());
            if (s.assertion() == Assertion.NEGATED && sameRegion
                    && (s.kind() == Surgery.Kind.UNSPECIFIED || s.kind() == Surgery.Kind.FUSION)) {
                no.add(new Evidence("the record states there was no prior surgery", s.span()));
            }
        }
        if (!noSurgeryOfTheRequestedRegion()) {
            // an operation the record affirms on the region ("no other spine surgery" after an ALIF), or one of no
            // stated part, leaves it to the reviewer
            return Resolution.unknown();
        }
        if (!no.isEmpty()) {
            return new Resolution(Verdict.NOT_MET, no);
        }
        // a level is fused only by an operation: a history that names none on the region requested has no fused level
        // (ODG facet blocks)
        return c.request().regions().isEmpty() ? Resolution.unknown() : new Resolution(Verdict.NOT_MET, List.of());
    }

    /**
     * The case file reads no operation done or planned on the region requested, nor one of no stated part, and the
     * record speaks of no fused or instrumented spine in words the case file reads no operation from ("pedicle screws
     * at L4-5", "XLIF").
     */
    private boolean noSurgeryOfTheRequestedRegion() {
        return c.facts().surgeries().stream().filter(s -> s.assertion() != Assertion.NEGATED)
                .noneMatch(s -> s.region().isEmpty() || c.request().regions().contains(s.region().get().region()))
                && resolve("spinal_fusion_mentioned").verdict() != Verdict.MET;
    }

    private Resolution extensiveSurgery() {
        Set<Surgery.Kind> extensive = EnumSet.of(Surgery.Kind.FUSION, Surgery.Kind.ARTHROPLASTY,
                Surgery.Kind.LAMINECTOMY, Surgery.Kind.ORIF, Surgery.Kind.ACL_RECONSTRUCTION,
                Surgery.Kind.ROTATOR_CUFF_REPAIR);
        List<Evidence> yes = new ArrayList<>();
        for (Surgery s : c.facts().surgeries()) {
            if (extensive.contains(s.kind()) && s.assertion() != Assertion.NEGATED) {
                yes.add(new Evidence("the surgery is " + s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        s.span()));
            }
        }
        return yes.isEmpty() ? Resolution.unknown() : new Resolution(Verdict.MET, yes);
    }

    /**
     * A urine drug screen the record reports inconsistent with the prescribed medication; one told in a sentence
     * reporting a utilization review decision is the reviewer's reason, not a finding of the record.
     */
    private Resolution inconsistentScreen() {
        List<Evidence> yes = new ArrayList<>();
        for (UrineDrugScreen u : c.facts().urineDrugScreens()) {
            if (u.result() == UrineDrugScreen.Result.INCONSISTENT && u.assertion() != Assertion.NEGATED
                    && !inUtilizationReview(u.span())) {
                yes.add(new Evidence("a urine drug screen was inconsistent with the prescribed medication", u.span()));
            }
        }
        return yes.isEmpty() ? Resolution.unknown() : new Resolution(Verdict.MET, yes);
    }

    /**
     * The record names the region the request is for (a complaint, finding, diagnosis or treatment of it): a study or
     * treatment of a region the record never mentions serves no documented complaint. A limb counts as named when
     * one of its parts, or the spine that supplies it, is (upper: cervical; lower: lumbar). A request naming no
     * region leaves nothing to check.
     */
    private Resolution requestedRegion() {
        List<org.openimr.shared.BodyRegion> wanted = c.request().regions();
        if (wanted.isEmpty()) {
            return new Resolution(Verdict.MET, List.of());
        }
        return complaintsOf(wanted, false);
    }

    /**
     * The record names one of the regions, or a diagnosis, red flag or examination finding of one; with
     * {@code currentOnly}, only one affirmed now, of the requested side, in a sentence not saying the part is normal.
     */
    private Resolution complaintsOf(List<org.openimr.shared.BodyRegion> wanted, boolean currentOnly) {
        List<Evidence> yes = new ArrayList<>();
        for (var m : c.facts().bodyParts()) {
            if (m.assertion().isPresentOrPast() && wanted.stream().anyMatch(w -> covers(w, m.region().region()))
                    && countsAsCurrent(m.assertion(), Optional.of(m.region()), m.span(), currentOnly)) {
                yes.add(new Evidence("the record names the " + m.region().region().phrase(), m.span()));
            }
        }
        for (Diagnosis d : c.facts().diagnoses()) {
            Optional<org.openimr.shared.BodyRegion> at = d.region().map(r -> r.region()).or(() ->
                    d.kind() == Diagnosis.Kind.CONCUSSION ? Optional.of(org.openimr.shared.BodyRegion.HEAD)
                            : Optional.empty()); // a concussion is of the head, whether or not the record says so
            if (d.assertion().isPresentOrPast() && at.isPresent()
                    && wanted.stream().anyMatch(w -> covers(w, at.get()))
                    && countsAsCurrent(d.assertion(), d.region(), d.span(), currentOnly)) {
                yes.add(new Evidence("a diagnosis of the " + at.get().phrase(), d.span()));
            }
        }
        for (var f : c.facts().redFlags()) {
            Optional<org.openimr.shared.BodyRegion> at = f.region().map(r -> r.region()).or(() ->
                    f.kind() == org.openimr.casefile.RedFlag.Kind.CAUDA_EQUINA
                            ? Optional.of(org.openimr.shared.BodyRegion.LUMBAR_SPINE) : Optional.empty());
            if (f.assertion().isPresentOrPast() && at.isPresent() && wanted.stream().anyMatch(w -> covers(w, at.get()))
                    && countsAsCurrent(f.assertion(), f.region(), f.span(), currentOnly)) {
                yes.add(new Evidence("a red flag of the " + at.get().phrase(), f.span()));
            }
        }
        for (NeurologicalFinding f : c.facts().neurologicalFindings()) {
            Optional<org.openimr.shared.BodyRegion> at = f.region();
            if (f.assertion() != Assertion.NEGATED && at.isPresent() && wanted.stream().anyMatch(w -> covers(w, at.get()))
                    && countsAsCurrent(f.assertion(), Optional.empty(), f.span(), currentOnly)) {
                yes.add(new Evidence("an examination of the " + at.get().phrase(), f.span()));
            }
        }
        return yes.isEmpty() ? Resolution.unknown() : new Resolution(Verdict.MET, yes.subList(0, 1));
    }

    private static final java.util.regex.Pattern CARPAL_TUNNEL = java.util.regex.Pattern.compile(
            "(?i)\\bcarpal\\s+tunnel\\b|\\bCTS\\b|\\bmedian\\s+(?:nerve\\s+)?(?:neuropathy|entrapment|compression)\\s+at\\s+"
            + "(?:the\\s+)?wrists?\\b");
    /** The words just before a finding that deny it: "no", "without", "negative for", "no (...) evidence of". */
    private static final java.util.regex.Pattern DENIED_BEFORE = Negation.before(
            "w/o|negative\\s+for|(?:no|without|w/o)\\s+(?:\\w+\\s+){0,2}evidence\\s+of|(?:do|does|did)\\s+not\\s+"
            + "(?:support|show|suggest|demonstrate|reveal|confirm)|not\\s+consistent\\s+with|(?:ruled|rule)\\s+out", "");
    private static final java.util.regex.Pattern NORMAL_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:normal|unremarkable|negative)\\b");
    /** The words just after a finding that deny it: "cubital tunnel syndrome was ruled out", "... not confirmed". */
    private static final java.util.regex.Pattern DENIED_AFTER = java.util.regex.Pattern.compile("(?i)^[\\w\\s]{0,25}?"
            + "\\b(?:(?:was|is|were|has\\s+been)\\s+)?(?:ruled\\s+out|not\\s+(?:confirmed|supported|seen|present|found)|"
            + "excluded)\\b");
    private static final java.util.regex.Pattern NORMAL_STUDY = java.util.regex.Pattern.compile(
            "(?i)\\b(normal|unremarkable|negative|no\\s+(?:\\w+\\s+)?evidence)\\b");

    /** Ulnar nerve entrapment at the elbow as a study's findings name it: "cubital tunnel syndrome", "ulnar neuropathy
     * across the elbow" (not at the wrist). */
    private static final java.util.regex.Pattern ULNAR_AT_THE_ELBOW = java.util.regex.Pattern.compile(
            "(?i)\\bcubital\\s+tunnel\\b|\\bulnar\\s+(?:nerve\\s+)?(?:neuropathy|entrapment|compression|neuritis|slowing)"
            + "\\s+(?:at|across|around)\\s+(?:the\\s+)?(?:left\\s+|right\\s+)?elbows?\\b");

    /**
     * Electrodiagnostic studies done, read from their findings: findings naming the lesion (not denying it) confirm
     * it; otherwise normal or negative findings contradict it.
     */
    private Resolution electrodiagnosisShows(java.util.regex.Pattern lesion, String lesionWords) {
        List<Evidence> yes = new ArrayList<>();
        List<Evidence> no = new ArrayList<>();
        for (org.openimr.casefile.DiagnosticStudy s : c.facts().diagnosticStudies()) {
            if (s.kind() != org.openimr.casefile.DiagnosticStudy.Kind.NERVE_CONDUCTION
                    && s.kind() != org.openimr.casefile.DiagnosticStudy.Kind.ELECTRODIAGNOSTIC
                    || !s.done() || s.findings().isEmpty()) {
                continue;
            }
            String found = s.findings().get().quote();
            // "carpal tunnel syndrome and no evidence of cervical radiculopathy" names it, whatever else it rules out
            if (lesion.matcher(found).results().anyMatch(m -> !deniedInItsClause(found, m))) {
                yes.add(new Evidence("the electrodiagnostic study showed " + lesionWords, s.findings().get()));
            } else if (NORMAL_STUDY.matcher(found).find()) {
                no.add(new Evidence("the electrodiagnostic study was normal", s.findings().get()));
            }
        }
        return !yes.isEmpty() ? new Resolution(Verdict.MET, yes)
                : !no.isEmpty() ? new Resolution(Verdict.NOT_MET, no) : Resolution.unknown();
    }

    /**
     * Whether a study's findings deny the lesion they name: a denial before it ("findings do not support cubital tunnel
     * syndrome"), after it ("cubital tunnel syndrome was ruled out"), or a normal or negative word in its own clause
     * before it ("normal ulnar nerve conduction across the elbow"); "no evidence of" another lesion in the clause does
     * not deny it ("carpal tunnel syndrome and no evidence of cervical radiculopathy").
     */
    private static boolean deniedInItsClause(String found, java.util.regex.MatchResult m) {
        int from = Math.max(Math.max(found.lastIndexOf(';', m.start()), found.lastIndexOf(',', m.start())) + 1, 0);
        int semicolon = found.indexOf(';', m.end());
        int comma = found.indexOf(',', m.end());
        int to = Math.min(semicolon < 0 ? found.length() : semicolon, comma < 0 ? found.length() : comma);
        return DENIED_BEFORE.matcher(found.substring(Math.max(0, m.start() - 40), m.start())).find()
                || DENIED_AFTER.matcher(found.substring(m.end(), to)).find()
                || NORMAL_BEFORE.matcher(found.substring(from, m.start())).find();
    }

    static final String DATE = "(\\d{1,2}[/-]\\d{1,2}[/-](?:\\d{4}|\\d{2})|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
            + "|Dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4})";
    /** "progress note dated 10/14/2016", "seen on 10-14-2016", "On 11/29/2016, the patient was seen". */
    private static final java.util.regex.Pattern VISIT = java.util.regex.Pattern.compile("(?i)\\b(?:(?:progress\\s+"
            + "(?:note|report)|office\\s+visit|visit|evaluation|re-?evaluation|examination|exam|follow-?\\s?up|seen|"
            + "evaluated|examined|PR-?2|appointment|consultation|report|note|f/u)\\b(?:[^.;]{0,30}?\\b(?:dated|on|of)\\s+"
            // or the date right after the word, as notes write it: "Last visit 9/15/16", "F/u: 9/15/16"
            + "|\\s*:?\\s*)" + DATE + "|\\bOn\\s+" + DATE + ",?\\s+(?:the\\s+)?(?:patient|injured\\s+worker|worker|he|she|claimant|"
            + "employee)\\s+(?:was\\s+seen|was\\s+evaluated|was\\s+examined|presented|returned|reported|complained|"
            + "had\\s+a\\s+follow))");

    /**
     * The prescriber sees the patient: a visit the record dates within three months before the request (the
     * maintenance visits at least every three months).
     */
    private Resolution recentVisit() {
        if (c.requestDate() == null) {
            return Resolution.unknown();
        }
        java.util.regex.Matcher m = VISIT.matcher(c.record().text());
        while (m.find()) {
            String stated = m.group(1) != null ? m.group(1) : m.group(2);
            Optional<LocalDate> d = parseDate(stated);
            if (d.isPresent() && !d.get().isAfter(c.requestDate()) && d.get().plusMonths(3).isAfter(c.requestDate())) {
                Optional<org.openimr.casefile.Span> span = c.span(CaseRecord.RECORD, m.start(), m.end());
                if (span.isPresent()) {
                    return new Resolution(Verdict.MET, List.of(new Evidence("the record reports a visit on " + d.get()
                            + ", within three months of the request", span.get())));
                }
            }
        }
        return Resolution.unknown();
    }

    /** The treating provider's request for manipulation is the plan of care that calls for it. */
    private Resolution requestedManipulation() {
        if (c.request().kind().filter(k -> k == org.openimr.guidelines.RequestKind.MANIPULATION).isEmpty()) {
            return Resolution.unknown();
        }
        return c.span(CaseRecord.REQUEST, 0, c.requestDocument().text().length())
                .map(sp -> new Resolution(Verdict.MET, List.of(new Evidence(
                        "the treating provider's request calls for manipulation", sp))))
                .orElse(Resolution.unknown());
    }

    /** The request asks to buy the equipment rather than rent it ("purchase", "buy"). */
    private Resolution requestedPurchase() {
        if (!c.request().purchase()) {
            return Resolution.unknown();
        }
        return c.span(CaseRecord.REQUEST, 0, c.requestDocument().text().length())
                .map(sp -> new Resolution(Verdict.MET, List.of(new Evidence(
                        "the request asks to purchase the equipment", sp))))
                .orElse(Resolution.unknown());
    }

    /**
     * The request is for a rental, or leaves it open (the usual way equipment is supplied), not a purchase: the
     * request's own text answers either way.
     */
    private Resolution requestedRental() {
        boolean purchase = c.request().purchase();
        return c.span(CaseRecord.REQUEST, 0, c.requestDocument().text().length())
                .map(sp -> new Resolution(purchase ? Verdict.NOT_MET : Verdict.MET, List.of(new Evidence(
                        purchase ? "the request asks to purchase the equipment"
                                : "the request does not ask to purchase the equipment", sp))))
                .orElse(Resolution.unknown());
    }

    static Optional<LocalDate> parseDate(String s) {
        try {
            java.util.regex.Matcher n = java.util.regex.Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{2,4})")
                    .matcher(s);
            if (n.matches()) {
                int y = Integer.parseInt(n.group(3));
                y = n.group(3).length() == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
                return Optional.of(LocalDate.of(y, Integer.parseInt(n.group(1)), Integer.parseInt(n.group(2))));
            }
            java.util.regex.Matcher w = java.util.regex.Pattern.compile("(?i)([a-z]{3})[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})")
                    .matcher(s);
            if (w.matches()) {
                int month = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                        .indexOf(w.group(1).toLowerCase(Locale.ROOT)) + 1;
                return month == 0 ? Optional.empty()
                        : Optional.of(LocalDate.of(Integer.parseInt(w.group(3)), month, Integer.parseInt(w.group(2))));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A finding of a part of the body bears on the request when that part is one the request is for, or when one of
     * the two is a whole limb and the other lies in it or is the spine that supplies it (upper extremity: cervical
     * spine, shoulder, elbow, wrist and hand; lower extremity: lumbar spine, hip, knee, ankle and foot). So a finding
     * of the arm as a whole (dermatomal sensory loss, weakness, reflexes) bears on the neck and on a study of the
     * arms, while a finding local to a joint (Tinel's or Phalen's sign at the wrist: carpal tunnel) bears on that joint
     * and on a study of the whole limb, not on the spine. A finding of no stated part, and a request for no stated
     * region, leave nothing to check.
     */
    boolean bearsOnRequest(Optional<org.openimr.shared.BodyRegion> of) {
        return of.isEmpty() || c.request().regions().isEmpty()
                || c.request().regions().stream().anyMatch(wanted -> sameLimb(wanted, of.get()));
    }

    /**
     * A diagnosis of the side the request is not for: the request names one side, and the diagnosis states the other,
     * by its own part ("ACL tear of the right knee") or, where it names none, by the parts of the request's limb its
     * clause (else its sentence) names ("MRI R knee 03/01/2016 showed a complete ACL tear" for a left knee brace). A
     * diagnosis of both sides, or with no side stated, is of the side requested as before.
     */
    boolean ofTheOtherSide(org.openimr.casefile.Diagnosis d) {
        Optional<Side> requested = c.request().side().filter(s -> s != Side.BILATERAL);
        if (requested.isEmpty()) {
            return false;
        }
        Optional<Side> stated = d.region().flatMap(BodySite::side);
        if (stated.isEmpty() && d.region().isEmpty()) {
            stated = sideOfTheLimbNamedWith(d.span());
        }
        return stated.filter(s -> s != Side.BILATERAL && s != requested.get()).isPresent();
    }

    /** The one side the parts of the request's limb in the clause (else the sentence) of a span are named with. */
    private Optional<Side> sideOfTheLimbNamedWith(Span span) {
        String text = c.record().text();
        Optional<Sentences> around = Sentences.ofRecord(text, span);
        if (around.isEmpty()) {
            return Optional.empty();
        }
        Span sentence = new Span(CaseRecord.RECORD, around.get().start(), around.get().end(), around.get().of(text));
        int semicolonBefore = text.lastIndexOf(';', span.start());
        int semicolonAfter = text.indexOf(';', span.end());
        int from = Math.max(sentence.start(), semicolonBefore + 1);
        int to = semicolonAfter < 0 ? sentence.end() : Math.min(sentence.end(), semicolonAfter);
        Set<Side> sides = EnumSet.noneOf(Side.class);
        for (BodyPartMention b : partsNamed(sentence, from, to)) {
            if (bearsOnRequest(Optional.of(b.region().region()))) {
                sides.add(b.region().side().orElse(Side.BILATERAL)); // a part of no stated side may be either
            }
        }
        return sides.size() == 1 ? Optional.of(sides.iterator().next()) : Optional.empty();
    }

    /** One region covers the other (a limb and its joints, the spine segment its nerves leave). */
    static boolean sameLimb(org.openimr.shared.BodyRegion a, org.openimr.shared.BodyRegion b) {
        return covers(a, b) || covers(b, a);
    }

    private static boolean covers(org.openimr.shared.BodyRegion wanted, org.openimr.shared.BodyRegion named) {
        if (wanted == named) {
            return true;
        }
        return switch (wanted) {
            case UPPER_EXTREMITY -> EnumSet.of(org.openimr.shared.BodyRegion.CERVICAL_SPINE,
                    org.openimr.shared.BodyRegion.SHOULDER, org.openimr.shared.BodyRegion.ELBOW,
                    org.openimr.shared.BodyRegion.FOREARM_WRIST_AND_HAND).contains(named);
            case LOWER_EXTREMITY -> EnumSet.of(org.openimr.shared.BodyRegion.LUMBAR_SPINE,
                    org.openimr.shared.BodyRegion.HIP, org.openimr.shared.BodyRegion.KNEE,
                    org.openimr.shared.BodyRegion.ANKLE_AND_FOOT).contains(named);
            default -> false;
        };
    }
}
