package org.openimr.casefile.internal;

import java.util.List;

import org.openimr.casefile.CaseDocument;
import org.openimr.casefile.ClinicalFacts;

/**
 * The extraction pipeline: split each document into sentences (with their sections), find the lexicon terms,
 * triggers and dates once, then let each fact type's extractor read its facts.
 */
public final class Pipeline {

    private static final Pipeline STANDARD = new Pipeline(Lexicon.standard(), OpioidConversionTable.standard());

    private final Lexicon lexicon;
    private final OpioidConversionTable conversions;
    private final SentenceSplitter splitter;
    private final List<Extractor> extractors;

    private Pipeline(Lexicon lexicon, OpioidConversionTable conversions) {
        this.lexicon = lexicon;
        this.conversions = conversions;
        this.splitter = new SentenceSplitter(lexicon);
        ContextRules context = new ContextRules();
        this.extractors = List.of(
                new PatientExtractor(),
                new BodyPartExtractor(context),
                new DiagnosisExtractor(context),
                new SurgeryExtractor(context),
                new TherapySessionExtractor(context),
                new PriorInjectionExtractor(context),
                new MedicationExtractor(context),
                new FunctionalImprovementExtractor(context),
                new PainScoreExtractor(),
                new NeurologicalFindingExtractor(context),
                new RedFlagExtractor(context),
                new DiagnosticStudyExtractor(context),
                new ConservativeCareExtractor(context),
                new WorkStatusExtractor(context),
                new UrineDrugScreenExtractor(context),
                new UrDecisionExtractor());
    }

    public static Pipeline standard() {
        return STANDARD;
    }

    public ClinicalFacts extract(List<CaseDocument> documents) {
        FactsBuilder facts = new FactsBuilder();
        for (CaseDocument document : documents) {
            Analysis analysis = new Analysis(document, lexicon, splitter);
            for (Extractor extractor : extractors) {
                extractor.extract(analysis, facts);
            }
        }
        return facts.build(conversions);
    }
}
