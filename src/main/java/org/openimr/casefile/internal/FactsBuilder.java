package org.openimr.casefile.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.BodyPartMention;
import org.openimr.casefile.ClinicalFacts;
import org.openimr.casefile.ConservativeCare;
import org.openimr.casefile.Diagnosis;
import org.openimr.casefile.DiagnosticStudy;
import org.openimr.casefile.FunctionalImprovement;
import org.openimr.casefile.Medication;
import org.openimr.casefile.NeurologicalFinding;
import org.openimr.casefile.PainScore;
import org.openimr.casefile.PriorInjections;
import org.openimr.casefile.RedFlag;
import org.openimr.casefile.Sex;
import org.openimr.casefile.Stated;
import org.openimr.casefile.StatedDate;
import org.openimr.casefile.Surgery;
import org.openimr.casefile.TherapySessions;
import org.openimr.casefile.UrDecision;
import org.openimr.casefile.UrineDrugScreen;
import org.openimr.casefile.WorkStatus;

/** Collects the facts of one or more documents; single values keep the first one found. */
final class FactsBuilder {

    Optional<Stated<Integer>> age = Optional.empty();
    Optional<Stated<Sex>> sex = Optional.empty();
    Optional<Stated<StatedDate>> dateOfInjury = Optional.empty();
    final List<BodyPartMention> bodyParts = new ArrayList<>();
    final List<Diagnosis> diagnoses = new ArrayList<>();
    final List<Surgery> surgeries = new ArrayList<>();
    final List<TherapySessions> therapySessions = new ArrayList<>();
    final List<PriorInjections> priorInjections = new ArrayList<>();
    final List<Medication> medications = new ArrayList<>();
    final List<FunctionalImprovement> functionalImprovement = new ArrayList<>();
    final List<PainScore> painScores = new ArrayList<>();
    final List<NeurologicalFinding> neurologicalFindings = new ArrayList<>();
    final List<RedFlag> redFlags = new ArrayList<>();
    final List<DiagnosticStudy> diagnosticStudies = new ArrayList<>();
    final List<ConservativeCare> conservativeCare = new ArrayList<>();
    final List<WorkStatus> workStatus = new ArrayList<>();
    final List<UrineDrugScreen> urineDrugScreens = new ArrayList<>();
    final List<UrDecision> urDecisions = new ArrayList<>();

    void age(Stated<Integer> value) {
        if (age.isEmpty()) {
            age = Optional.of(value);
        }
    }

    void sex(Stated<Sex> value) {
        if (sex.isEmpty()) {
            sex = Optional.of(value);
        }
    }

    void dateOfInjury(Stated<StatedDate> value) {
        if (dateOfInjury.isEmpty()) {
            dateOfInjury = Optional.of(value);
        }
    }

    ClinicalFacts build(OpioidConversionTable conversions) {
        List<Medication> current = medications.stream().filter(m -> m.assertion() == Assertion.AFFIRMED).toList();
        return new ClinicalFacts(age, sex, dateOfInjury, bodyParts, diagnoses, surgeries, therapySessions,
                medications, conversions.morphineEquivalentDose(current), functionalImprovement, painScores,
                neurologicalFindings, redFlags, diagnosticStudies, conservativeCare, workStatus, urineDrugScreens,
                urDecisions, priorInjections);
    }
}
