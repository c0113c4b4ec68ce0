package org.openimr.determination.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.openimr.casefile.CaseDocument;
import org.openimr.casefile.ClinicalFacts;
import org.openimr.casefile.Medication;
import org.openimr.casefile.PhraseMention;
import org.openimr.casefile.Span;
import org.openimr.casefile.StatedDate;
import org.openimr.determination.Evidence;
import org.openimr.determination.InterpretedRequest;

/**
 * One disputed item as the engine sees it: the record (its text, its clinical facts, the phrases of the fact
 * vocabulary found in it), the request (its text, interpretation and facts), and the dates.
 *
 * @param requestDate  the date the guidelines in force are chosen by; null when no date was given
 * @param injury       the date of injury: the header's, else the record's
 * @param injuryEvidence the record's statement of the date of injury, when the header gave none
 * @param symptomOnset  an onset of symptoms the record states and that is earlier than the injury ("pain for 10
 *                      months"), when it states one
 */
public record CaseRecord(CaseDocument record, ClinicalFacts facts, List<PhraseMention<List<String>>> mentions,
        CaseDocument requestDocument, InterpretedRequest request, ClinicalFacts requestFacts,
        List<PhraseMention<List<String>>> requestMentions, LocalDate requestDate, Optional<LocalDate> injury,
        Optional<Evidence> injuryEvidence, Optional<SymptomOnset.Onset> symptomOnset) {

    public static final String RECORD = "record";
    public static final String REQUEST = "request";

    /** The date of injury from the header, else as the record states it. */
    public static Optional<LocalDate> injuryOf(Optional<LocalDate> header, ClinicalFacts facts) {
        if (header.isPresent()) {
            return header;
        }
        return facts.dateOfInjury().map(s -> s.value()).map(StatedDate::firstDay);
    }

    /** The same item with the request read otherwise (one procedure of a combined operation). */
    public CaseRecord withRequest(InterpretedRequest other) {
        return new CaseRecord(record, facts, mentions, requestDocument, other, requestFacts, requestMentions,
                requestDate, injury, injuryEvidence, symptomOnset);
    }

    /** The earliest of the date of injury and a stated earlier onset of symptoms, with the statement of the latter. */
    public Optional<LocalDate> onset() {
        if (symptomOnset.isPresent() && (injury.isEmpty() || symptomOnset.get().date().isBefore(injury.get()))) {
            return Optional.of(symptomOnset.get().date());
        }
        return injury;
    }

    public Optional<Evidence> onsetEvidence() {
        if (symptomOnset.isPresent() && (injury.isEmpty() || symptomOnset.get().date().isBefore(injury.get()))) {
            return Optional.of(symptomOnset.get().evidence());
        }
        return injuryEvidence;
    }

    /**
     * When the patient began taking a medication: the date the record gives ("since 2015"), else a duration ("for the
     * past 14 months") counted back from the request date, the latest start it allows.
     */
    public Optional<LocalDate> startOf(Medication m) {
        return m.since().map(StatedDate::firstDay)
                .or(() -> m.duration().filter(p -> requestDate != null).map(p -> requestDate.minus(p)));
    }

    public Optional<Span> span(String documentId, int start, int end) {
        CaseDocument d = documentId.equals(REQUEST) ? requestDocument : record;
        if (start < 0 || end > d.text().length() || start >= end) {
            return Optional.empty();
        }
        return Optional.of(Span.of(d, start, end));
    }
}
