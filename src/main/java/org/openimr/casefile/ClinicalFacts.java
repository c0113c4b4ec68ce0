package org.openimr.casefile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import org.openimr.shared.BodyRegion;

/**
 * The clinical facts read from a case file, each with its {@link Span}. Lists keep the order of the text. A fact
 * the text does not state is missing (an empty Optional, no list element); a fact the text states as absent is
 * there with {@link Assertion#NEGATED}.
 *
 * @param priorInjections injections already given, by kind (a request for one is not among them)
 *
 * @param morphineEquivalentDose the MED of the medications taken now ({@link Assertion#AFFIRMED}); use
 *                               {@link MorphineEquivalents#of(Collection)} for any other set (e.g. with a request)
 */
public record ClinicalFacts(Optional<Stated<Integer>> age, Optional<Stated<Sex>> sex,
        Optional<Stated<StatedDate>> dateOfInjury, List<BodyPartMention> bodyParts, List<Diagnosis> diagnoses,
        List<Surgery> surgeries, List<TherapySessions> therapySessions, List<Medication> medications,
        MorphineEquivalentDose morphineEquivalentDose, List<FunctionalImprovement> functionalImprovement,
        List<PainScore> painScores, List<NeurologicalFinding> neurologicalFindings, List<RedFlag> redFlags,
        List<DiagnosticStudy> diagnosticStudies, List<ConservativeCare> conservativeCare, List<WorkStatus> workStatus,
        List<UrineDrugScreen> urineDrugScreens, List<UrDecision> urDecisions, List<PriorInjections> priorInjections) {

    public ClinicalFacts {
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(dateOfInjury, "date of injury");
        bodyParts = List.copyOf(bodyParts);
        diagnoses = List.copyOf(diagnoses);
        surgeries = List.copyOf(surgeries);
        therapySessions = List.copyOf(therapySessions);
        medications = List.copyOf(medications);
        Objects.requireNonNull(morphineEquivalentDose, "morphine equivalent dose");
        functionalImprovement = List.copyOf(functionalImprovement);
        painScores = List.copyOf(painScores);
        neurologicalFindings = List.copyOf(neurologicalFindings);
        redFlags = List.copyOf(redFlags);
        diagnosticStudies = List.copyOf(diagnosticStudies);
        conservativeCare = List.copyOf(conservativeCare);
        workStatus = List.copyOf(workStatus);
        urineDrugScreens = List.copyOf(urineDrugScreens);
        urDecisions = List.copyOf(urDecisions);
        priorInjections = List.copyOf(priorInjections);
    }

    /** Body parts mentioned as affected (affirmed or historical mentions). */
    public Set<BodyRegion> affectedBodyParts() {
        Set<BodyRegion> parts = EnumSet.noneOf(BodyRegion.class);
        bodyParts.stream().filter(m -> m.assertion().isPresentOrPast()).forEach(m -> parts.add(m.region().region()));
        return parts;
    }

    /** Body parts the record affirms now (complaints, findings, diagnoses), not those named only in the history. */
    public Set<BodyRegion> currentBodyParts() {
        Set<BodyRegion> parts = EnumSet.noneOf(BodyRegion.class);
        bodyParts.stream().filter(m -> m.assertion() == Assertion.AFFIRMED).forEach(m -> parts.add(m.region().region()));
        return parts;
    }

    /** True when a diagnosis of this kind is stated (affirmed or historical). */
    public boolean isDiagnosed(Diagnosis.Kind kind) {
        return diagnoses.stream().anyMatch(d -> d.kind() == kind && d.assertion().isPresentOrPast());
    }

    /** Medications taken now. */
    public List<Medication> currentMedications() {
        return medications.stream().filter(m -> m.assertion() == Assertion.AFFIRMED).toList();
    }

    /**
     * Sessions of a modality that took place: the highest count the record states (a record restates the running
     * total more often than it lists separate courses). Empty when no completed count is stated.
     */
    public OptionalInt completedSessions(Modality modality) {
        return therapySessions.stream()
                .filter(t -> t.modality() == modality && t.completed() && t.count().isPresent())
                .mapToInt(t -> t.count().get().max())
                .max();
    }

    /** Completed physical therapy + occupational therapy + aquatic sessions, the shared CPMTG budget. */
    public OptionalInt completedPhysicalMedicineSessions() {
        int total = 0;
        boolean any = false;
        for (Modality m : Modality.values()) {
            if (m.isPhysicalMedicine()) {
                OptionalInt n = completedSessions(m);
                if (n.isPresent()) {
                    total += n.getAsInt();
                    any = true;
                }
            }
        }
        return any ? OptionalInt.of(total) : OptionalInt.empty();
    }

    /** Every fact, in no particular order (for checking provenance). */
    public List<ClinicalFact> all() {
        List<ClinicalFact> all = new ArrayList<>();
        age.ifPresent(all::add);
        sex.ifPresent(all::add);
        dateOfInjury.ifPresent(all::add);
        Stream.of(bodyParts, diagnoses, surgeries, therapySessions, medications, functionalImprovement, painScores,
                neurologicalFindings, redFlags, diagnosticStudies, conservativeCare, workStatus, urineDrugScreens,
                urDecisions, priorInjections).forEach(all::addAll);
        return all;
    }
}
