package org.openimr.determination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.openimr.casefile.CaseDocument;
import org.openimr.casefile.ClinicalFactExtractor;
import org.openimr.casefile.ClinicalFacts;
import org.openimr.casefile.DocumentType;
import org.openimr.casefile.PhraseLexicon;
import org.openimr.casefile.PhraseMention;
import org.openimr.determination.internal.CaseRecord;
import org.openimr.determination.internal.CombinedOperation;
import org.openimr.determination.internal.DataFiles;
import org.openimr.determination.internal.RationaleWriter;
import org.openimr.determination.internal.RequestEvaluator;
import org.openimr.determination.internal.ServicesForAnOperationRule;
import org.openimr.determination.internal.SymptomOnset;
import org.openimr.guidelines.CitationStyle;
import org.openimr.guidelines.GuidelineCatalogue;
import org.openimr.guidelines.RequestKind;

/**
 * Drafts the determination of each disputed item of a case for the physician reviewer: interprets the request,
 * selects the recommendations in force on the request date (the UR denial date, else the date the application was
 * received), evaluates their criteria and limits against the clinical facts of the record, and gives UPHELD,
 * OVERTURNED or REFER with the citation, a rationale whose facts all point to the record, the trace and the
 * documentation that would change the outcome. Deterministic; no model; thread-safe.
 *
 * <p>The engine drafts, a physician decides. It refers an item it cannot interpret or that no recommendation in force
 * addresses rather than guess.
 */
public final class DeterminationEngine {

    private final GuidelineCatalogue catalogue;
    private final ClinicalFactExtractor extractor;
    private final RequestInterpreter interpreter;
    private final RequestEvaluator evaluator;
    private final RationaleWriter writer = new RationaleWriter();
    private final ServicesForAnOperationRule servicesForAnOperation =
            new ServicesForAnOperationRule(DataFiles.standard());
    private final PhraseLexicon<List<String>> factPhrases;

    public DeterminationEngine(GuidelineCatalogue catalogue, ClinicalFactExtractor extractor) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.interpreter = new RequestInterpreter(catalogue, extractor);
        this.evaluator = new RequestEvaluator(catalogue, DataFiles.standard());
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        for (DataFiles.FactPhrases f : DataFiles.standard().facts().values()) {
            for (String p : f.phrases()) {
                // a phrase's short form may be another fact's phrase ("HEP"): it documents both
                for (String form : withShortForms(p.strip())) {
                    List<String> facts = phrases.computeIfAbsent(form, k -> new ArrayList<>());
                    if (!facts.contains(f.fact())) {
                        facts.add(f.fact());
                    }
                }
            }
            for (String p : f.against()) {
                phrases.computeIfAbsent(p.strip(), k -> new ArrayList<>()).add(DataFiles.FactPhrases.against(f.fact()));
            }
        }
        // every phrase, overlapping ones included: one fact's phrases must not hide another's (FactResolver picks
        // among a fact's own phrases and its `against` list), and the record is still read once for all facts
        this.factPhrases = PhraseLexicon.everyPhrase(phrases);
    }

    private static List<String> withShortForms(String phrase) {
        List<String> forms = new ArrayList<>(List.of(phrase));
        forms.addAll(PhraseLexicon.shortForms(phrase));
        return forms;
    }

    /** The engine with the shipped guideline data and case file lexicons. */
    public static DeterminationEngine standard() {
        return new DeterminationEngine(GuidelineCatalogue.loadDefault(), ClinicalFactExtractor.standard());
    }

    public RequestInterpreter interpreter() {
        return interpreter;
    }

    /** One draft per request of the case, in order. */
    public List<Draft> draft(CaseForDetermination c) {
        Objects.requireNonNull(c, "case");
        CaseDocument record = new CaseDocument(CaseRecord.RECORD, DocumentType.OTHER, Optional.empty(),
                Optional.empty(), c.record());
        ClinicalFacts facts = extractor.extract(record);
        List<PhraseMention<List<String>>> mentions = factPhrases.find(record);
        Optional<CaseDates.Dated> requestDate = c.dates().requestDate().or(() -> urDecisionDate(facts));
        Optional<LocalDate> injury = CaseRecord.injuryOf(c.dates().injury(), facts);
        Optional<Evidence> injuryEvidence = c.dates().injury().isPresent() ? Optional.empty()
                : facts.dateOfInjury().map(s -> new Evidence("the record gives the date of injury as " + s.value(),
                        s.span()));
        List<Draft> drafts = new ArrayList<>();
        Set<Integer> afterDoneOperation = new HashSet<>();
        for (int i = 0; i < c.requests().size(); i++) {
            String text = c.requests().get(i);
            InterpretedRequest request = interpreter.interpret(text);
            CaseDocument requestDocument = new CaseDocument(CaseRecord.REQUEST, DocumentType.OTHER, Optional.empty(),
                    Optional.empty(), text.isBlank() ? " " : text);
            CaseRecord item = new CaseRecord(record, facts, mentions, requestDocument, request,
                    extractor.extract(requestDocument), factPhrases.find(requestDocument),
                    requestDate.map(CaseDates.Dated::date).orElse(null), injury, injuryEvidence,
                    SymptomOnset.read(record, requestDate.map(CaseDates.Dated::date).orElse(null), injury,
                            facts.bodyParts(), request.regions()));
            CitationStyle style = style(c.dates(), requestDate);
            CombinedOperation.Decided decided = CombinedOperation.decide(item, evaluator.evaluate(item, style),
                    interpreter.operations(request.kind().filter(k -> k == RequestKind.SURGERY).map(k -> text)
                            .orElse(null)), other -> evaluator.evaluate(other, style));
            item = decided.item();
            request = item.request();
            RequestEvaluator.Evaluation e = decided.evaluation();
            if (e.phase().period().filter(p -> !p.ended()).isPresent()) {
                afterDoneOperation.add(i);
            }
            RationaleWriter.Written w = writer.write(item, e);
            Trace trace = new Trace(requestDate.map(CaseDates.Dated::date), requestDate.map(CaseDates.Dated::what)
                    .orElse("none"), request, e.phase().why(), e.phase().evidence(), e.editions(),
                    e.recommendations(), e.steps());
            drafts.add(new Draft(i, text, request, e.outcome(), e.decisive().map(RecommendationTrace::citation),
                    w.sentences(), trace, w.missing()));
        }
        return servicesForAnOperation.apply(drafts, afterDoneOperation, c.record(), facts);
    }

    /**
     * How the draft prints its guideline line: letters decided before 2016 (the seed's layout) print pages
     * ("MTUS Chronic Pain Treatment Guidelines Page(s): 98-99"), the 2016-17 letters print sections.
     */
    private static CitationStyle style(CaseDates dates, Optional<CaseDates.Dated> requestDate) {
        Optional<LocalDate> when = dates.decision().or(() -> requestDate.map(CaseDates.Dated::date));
        return when.filter(d -> d.isBefore(PAGES_UNTIL)).isPresent() ? CitationStyle.PAGES : CitationStyle.SECTIONS;
    }

    /**
     * Without a header date, the latest day-precise date of a UR denial or modification the record states: the request
     * was decided then.
     */
    private static Optional<CaseDates.Dated> urDecisionDate(ClinicalFacts facts) {
        return facts.urDecisions().stream()
                .filter(u -> u.decision() != org.openimr.casefile.UrDecision.Decision.APPROVED)
                .flatMap(u -> u.date().stream())
                .filter(d -> d.precision() == org.openimr.casefile.StatedDate.Precision.DAY)
                .map(org.openimr.casefile.StatedDate::firstDay).max(LocalDate::compareTo)
                .map(d -> new CaseDates.Dated(d, "UR decision date the record states"));
    }

    private static final LocalDate PAGES_UNTIL = LocalDate.of(2016, 1, 1);

    public GuidelineCatalogue catalogue() {
        return catalogue;
    }
}
