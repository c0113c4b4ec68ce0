package org.openimr.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A clinical fact as a reviewer sees it: what kind of fact it is ("Therapy sessions"), and the {@link Span} of the
 * document it was read from.
 */
public record FactOnRecord(String kind, ClinicalFact fact) {

    public FactOnRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fact, "fact");
    }

    public Span span() {
        return fact.span();
    }

    /** Every fact, in the order of the documents and of their text. */
    public static List<FactOnRecord> list(ClinicalFacts facts, List<String> documentOrder) {
        List<FactOnRecord> all = new ArrayList<>();
        facts.age().ifPresent(f -> all.add(new FactOnRecord("Age", f)));
        facts.sex().ifPresent(f -> all.add(new FactOnRecord("Sex", f)));
        facts.dateOfInjury().ifPresent(f -> all.add(new FactOnRecord("Date of injury", f)));
        add(all, "Body part", facts.bodyParts());
        add(all, "Diagnosis", facts.diagnoses());
        add(all, "Surgery", facts.surgeries());
        add(all, "Therapy sessions", facts.therapySessions());
        add(all, "Injections given", facts.priorInjections());
        add(all, "Medication", facts.medications());
        add(all, "Functional improvement", facts.functionalImprovement());
        add(all, "Pain score", facts.painScores());
        add(all, "Neurological finding", facts.neurologicalFindings());
        add(all, "Red flag", facts.redFlags());
        add(all, "Diagnostic study", facts.diagnosticStudies());
        add(all, "Conservative care", facts.conservativeCare());
        add(all, "Work status", facts.workStatus());
        add(all, "Urine drug screen", facts.urineDrugScreens());
        add(all, "UR decision", facts.urDecisions());
        all.sort(Comparator.comparingInt((FactOnRecord f) -> documentOrder.indexOf(f.span().documentId()))
                .thenComparingInt(f -> f.span().start()).thenComparingInt(f -> f.span().end()));
        return List.copyOf(all);
    }

    private static void add(List<FactOnRecord> all, String kind, List<? extends ClinicalFact> facts) {
        facts.forEach(f -> all.add(new FactOnRecord(kind, f)));
    }
}
