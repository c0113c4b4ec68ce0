package org.openimr.determination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openimr.casefile.CaseDocument;
import org.openimr.casefile.ClinicalFactExtractor;
import org.openimr.casefile.DocumentType;
import org.openimr.determination.RequestInterpreter;
import org.openimr.determination.Verdict;
import org.openimr.guidelines.Criterion;
import org.openimr.guidelines.GuidelineCatalogue;
import org.openimr.guidelines.TimeSpan;

/**
 * The time since the last procedure of the kind requested (a radiofrequency neurotomy), on synthetic records: a record
 * that names no such procedure says it never happened, whatever injections it names.
 */
class LastProcedureTest {

    private static final ClinicalFactExtractor EXTRACTOR = ClinicalFactExtractor.standard();
    private static final GuidelineCatalogue CATALOGUE = GuidelineCatalogue.loadDefault();
    private static final Criterion.TimeSince SIX_MONTHS_SINCE_THE_LAST = new Criterion.TimeSince("last_procedure",
            TimeSpan.months(6), null);

    private static Verdict sinceTheLastProcedure(String text) {
        CaseDocument record = new CaseDocument(CaseRecord.RECORD, DocumentType.OTHER, Optional.empty(),
                Optional.empty(), text);
        String requested = "Radiofrequency neurotomy right L4-5 and L5-S1";
        CaseDocument request = new CaseDocument(CaseRecord.REQUEST, DocumentType.OTHER, Optional.empty(),
                Optional.empty(), requested);
        CaseRecord c = new CaseRecord(record, EXTRACTOR.extract(record), List.of(), request,
                RequestInterpreter.standard().interpret(requested), EXTRACTOR.extract(request), List.of(),
                LocalDate.of(2016, 12, 1), Optional.of(LocalDate.of(2015, 1, 10)), Optional.empty(), Optional.empty());
        FactResolver facts = new FactResolver(c, CATALOGUE.vocabulary(), DataFiles.standard());
        return new CriterionEvaluator(c, facts, CATALOGUE.vocabulary(), DataFiles.standard())
                .timeSince(SIX_MONTHS_SINCE_THE_LAST).verdict();
    }

    @Test
    void injectionsAloneAreNoEarlierNeurotomy() {
        assertThat(sinceTheLastProcedure("Facet mediated low back pain. Treatment has included physical therapy and "
                + "epidural steroid injections.")).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void anUndatedEarlierNeurotomyLeavesTheTimeSinceItUnknown() {
        assertThat(sinceTheLastProcedure("Facet mediated low back pain. A radiofrequency neurotomy last year gave "
                + "good relief.")).isEqualTo(Verdict.UNKNOWN);
    }
}
