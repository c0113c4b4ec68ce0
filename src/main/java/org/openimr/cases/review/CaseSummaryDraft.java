package org.openimr.cases.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openimr.casefile.ClinicalFactExtractor;
import org.openimr.casefile.ClinicalFacts;
import org.openimr.casefile.CorrectedRecord;
import org.openimr.casefile.CaseDocument;
import org.openimr.casefile.DocumentType;
import org.openimr.casefile.FactOnRecord;

/**
 * The first draft of the clinical case summary, written from the facts of the corrected record and nothing else:
 * an opening sentence (age and sex as the record states them, date of injury from the application), then per document
 * the clinical facts it states, quoted. Every sentence keeps the places in the documents it quotes; the reviewer edits
 * the draft before signing.
 */
public record CaseSummaryDraft(List<Sentence> sentences) {

    /** A sentence of the draft and where in the documents its facts are. */
    public record Sentence(String text, List<CorrectedRecord.Location> sources) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
    private static final Set<String> SUMMARIZED = Set.of("Diagnosis", "Surgery", "Therapy sessions", "Medication",
            "Functional improvement", "Pain score", "Neurological finding", "Red flag", "Diagnostic study",
            "Conservative care", "Work status", "Urine drug screen");
    private static final int MOST_PER_DOCUMENT = 8;

    public String text() {
        return String.join(" ", sentences.stream().map(Sentence::text).toList());
    }

    static CaseSummaryDraft of(List<StoredDocument> documents, CorrectedRecord record, LocalDate injury,
            ClinicalFactExtractor extractor) {
        ClinicalFacts facts = extractor.extract(new CaseDocument("record", DocumentType.OTHER, Optional.empty(),
                Optional.empty(), record.text()));
        List<Sentence> sentences = new ArrayList<>();
        sentences.add(opening(facts, record, injury));
        Map<String, List<FactOnRecord>> byDocument = new LinkedHashMap<>();
        for (FactOnRecord f : FactOnRecord.list(facts, List.of("record"))) {
            if (SUMMARIZED.contains(f.kind())) {
                record.toDocument(f.span().start(), f.span().end()).ifPresent(
                        at -> byDocument.computeIfAbsent(at.documentId(), k -> new ArrayList<>()).add(f));
            }
        }
        for (StoredDocument d : documents) {
            List<FactOnRecord> stated = byDocument.getOrDefault(d.documentId(), List.of());
            Set<String> seen = new LinkedHashSet<>();
            List<String> quotes = new ArrayList<>();
            List<CorrectedRecord.Location> sources = new ArrayList<>();
            for (FactOnRecord f : stated) {
                String quote = f.span().quote().strip().replaceAll("\\s+", " ");
                if (quotes.size() < MOST_PER_DOCUMENT && seen.add(quote.toLowerCase(Locale.ROOT))) {
                    quotes.add(quote);
                    sources.add(record.toDocument(f.span().start(), f.span().end()).orElseThrow());
                }
            }
            if (!quotes.isEmpty()) {
                sentences.add(new Sentence("The " + d.description().toLowerCase(Locale.ROOT) + " of "
                        + DATE.format(d.date()) + " by " + d.author() + " documents " + inWords(quotes) + ".",
                        sources));
            }
        }
        return new CaseSummaryDraft(List.copyOf(sentences));
    }

    private static Sentence opening(ClinicalFacts facts, CorrectedRecord record, LocalDate injury) {
        List<CorrectedRecord.Location> sources = new ArrayList<>();
        StringBuilder s = new StringBuilder("The injured worker");
        if (facts.age().isPresent()) {
            s.append(" is a ").append(facts.age().get().value()).append(" year old");
            record.toDocument(facts.age().get().span().start(), facts.age().get().span().end()).ifPresent(sources::add);
            if (facts.sex().isPresent()) {
                s.append(' ').append(facts.sex().get().value().name().toLowerCase(Locale.ROOT));
                record.toDocument(facts.sex().get().span().start(), facts.sex().get().span().end())
                        .ifPresent(sources::add);
            }
            s.append(" who");
        }
        s.append(" sustained an industrial injury on ").append(DATE.format(injury)).append('.');
        return new Sentence(s.toString(), sources);
    }

    private static String inWords(List<String> items) {
        if (items.size() == 1) {
            return "\"" + items.get(0) + "\"";
        }
        List<String> quoted = items.stream().map(q -> "\"" + q + "\"").toList();
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }
}
