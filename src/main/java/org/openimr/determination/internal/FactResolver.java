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

import org.openimr.casefile.Assertion;
import org.openimr.casefile.BodyPartMention;
import org.openimr.casefile.BodySite;
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
            "equipment_purchase_requested", "earlier_injection_given", "meets_medicare_dme_definition");

    /** Properties of the item requested: when one does not hold, no documentation would change that. */
    public static final Set<String> OF_THE_ITEM = Set.of("meets_medicare_dme_definition");

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
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(
            "(?i);|\\b(?:but|while|whereas|although|though)\\b");
    /** A word of no condition that is itself denied: "not resolved", "has never fully resolved". */
    private static final java.util.regex.Pattern CONDITION_GOES_ON = Negation.before(
            "\\w*n't|yet\\s+to\\s+be|partially|incompletely", "(?:(?:been|fully|completely|entirely|yet)\\s+)*");

    /**
     * Whether the clause of the mention (within its sentence) says the part has no current condition: the words must
     * bear on the part the mention names, not on another finding of the sentence, and not be denied.
     */
    private static boolean statesNoCurrentCondition(String text, Sentences sentence, Span mention) {
        int from = sentence.start();
        int to = sentence.end();
        java.util.regex.Matcher brk = CLAUSE_BREAK.matcher(text).region(sentence.start(), sentence.end());
        while (brk.find()) {
            if (brk.end() <= mention.start()) {
                from = brk.end();
            } else if (brk.start() >= mention.end()) {
                to = brk.start();
                break;
            }
        }
        if (noConditionIn(text, from, to)) {
            return true;
        }
        // another clause of the sentence naming the same part ("right elbow pain, but the right elbow examination is
        // normal") speaks of it too
        String part = PART_WORD.matcher(text.substring(mention.start(), Math.min(mention.end(), text.length())))
                .replaceAll("").trim().toLowerCase(Locale.ROOT);
        if (part.isEmpty()) {
            return false;
        }
        int clauseStart = sentence.start();
        brk = CLAUSE_BREAK.matcher(text).region(sentence.start(), sentence.end());
        while (clauseStart < sentence.end()) {
            int clauseEnd = brk.find() ? brk.start() : sentence.end();
            if ((clauseEnd <= mention.start() || clauseStart >= mention.end())
                    && text.substring(clauseStart, clauseEnd).toLowerCase(Locale.ROOT).contains(part)
                    && noConditionIn(text, clauseStart, clauseEnd)) {
                return true;
            }
            clauseStart = clauseEnd == sentence.end() ? sentence.end() : brk.end();
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
            if (m.value().contains(DataFiles.FactPhrases.against(fact)) && m.assertion() == Assertion.AFFIRMED
                    && !inRequest && !inUtilizationReview(m)) {
                negative.add(new Evidence(where + " that " + describeAbsence(fact), m.span()));
            }
            if (!m.value().contains(fact) || !inRequest && (inUtilizationReview(m) || ofAnotherRegion(m) || ofARelative(m)
                    || RETURNED_TO_WORK.equals(fact) && m.assertion() != Assertion.NEGATED
                            && new ReturnToWorkSinceUndone(c, this).undone(m.span())
                    || def.afterTheOperation() && m.assertion() != Assertion.NEGATED && ofAnotherTime(m)
                    || def.ofRequestedJoint() && ofAnotherJoint(m) || tellsARule(def, m))) {
                continue;
            }
            switch (m.assertion()) {
                case AFFIRMED, HISTORICAL -> positive.add(new Evidence(where + " that " + label, m.span()));
                case REQUESTED -> {
                    if (def.planned() || inRequest) {
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

    /** A phrase whose sentence tells a rule, not an event ("counseled that early refills will not be given"). */
    private boolean tellsARule(DataFiles.FactPhrases def, PhraseMention<List<String>> m) {
        String text = c.record().text();
        Span sentence = m.sentence();
        return def.notInSentencesWith().isPresent() && sentence.documentId().equals(CaseRecord.RECORD)
                && sentence.end() <= text.length()
                && def.notInSentencesWith().get().matcher(text).region(sentence.start(), sentence.end()).find();
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
     * was unable to bear weight", "pre-op"), years ago, or in a year before the one preceding the request
     * ("arthrofibrosis after a knee arthroscopy in 2009"). An undated history stays (a history of CRPS is a risk).
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
            if (c.requestDate() != null && y < c.requestDate().getYear() - 1) {
                return true;
            }
        }
        return false;
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
        return RELATIVE.matcher(Sentences.around(text, m.span().start(), m.span().end()).of(text)).find();
    }

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
    private boolean ofAnotherJoint(Span sentence, int from, int to, String text) {
        List<BodyPartMention> inSentence = c.facts().bodyParts().stream().filter(b -> overlap(b.span(), sentence))
                .toList();
        List<BodyPartMention> inClause = inSentence.stream()
                .filter(b -> b.span().start() < to && from < b.span().end()).toList();
        List<BodyPartMention> named = inClause.isEmpty() ? inSentence : inClause;
        if (!named.isEmpty() && named.stream().noneMatch(b -> bearsOnRequest(Optional.of(b.region().region())))) {
            return true;
        }
        if (text.isEmpty()) {
            return false;
        }
        Optional<Side> sides = sidesNamed(text, from, to).or(() -> sidesNamed(text, sentence.start(), sentence.end()));
        return sides.isPresent() && c.request().side().filter(s -> s != Side.BILATERAL && s != sides.get()).isPresent();
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
            case "meets_medicare_dme_definition" -> DurableEquipment.standard().definition(c);
            case "earlier_injection_given" -> new InjectionsGiven(c).earlier();
            default -> Resolution.unknown();
        };
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
        if (EQUIVOCAL_SIGN.matcher(c.record().text()).find()) {
            return Resolution.unknown();
        }
        Resolution dx = resolveTypedOrPhrase("radiculopathy");
        Resolution deficit = neurological(EnumSet.of(NeurologicalFinding.Test.SENSORY_DEFICIT,
                NeurologicalFinding.Test.REFLEX_CHANGE, NeurologicalFinding.Test.MOTOR_WEAKNESS,
                NeurologicalFinding.Test.STRAIGHT_LEG_RAISE));
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
     * An operation planned or requested; not one its sentence says was cancelled or is only to be discussed ("the TKA
     * was non-certified and has been cancelled", "a consult to discuss whether a TKA is indicated").
     */
    private Resolution plannedSurgery() {
        List<Evidence> yes = new ArrayList<>();
        String text = c.record().text();
        for (Surgery s : c.facts().surgeries()) {
            if (s.assertion() == Assertion.REQUESTED && !Sentences.ofRecord(text, s.span())
                    .filter(sentence -> OPERATION_NOT_GOING_AHEAD.matcher(sentence.of(text)).find()).isPresent()) {
                yes.add(new Evidence("surgery (" + s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + ") is planned or requested", s.span()));
            }
        }
        return yes.isEmpty() ? Resolution.unknown() : new Resolution(Verdict.MET, yes);
    }

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

    private static final String DATE = "(\\d{1,2}[/-]\\d{1,2}[/-](?:\\d{4}|\\d{2})|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
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
