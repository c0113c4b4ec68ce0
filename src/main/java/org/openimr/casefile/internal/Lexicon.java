package org.openimr.casefile.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.openimr.casefile.ConservativeCare;
import org.openimr.casefile.Diagnosis;
import org.openimr.casefile.DiagnosticStudy;
import org.openimr.casefile.DrugClass;
import org.openimr.casefile.Modality;
import org.openimr.casefile.NeurologicalFinding;
import org.openimr.casefile.RedFlag;
import org.openimr.casefile.Surgery;
import org.openimr.casefile.WorkStatus;
import org.openimr.shared.BodyRegion;

/** The vocabulary of the extractors, read once from the data files under {@code casefile/}. */
final class Lexicon {

    /** A drug of the lexicon. */
    record Drug(String generic, Set<DrugClass> classes, Optional<String> opioid, Optional<BigDecimal> fixedOpioidMg,
            Optional<String> code) {
    }

    /** A surgery term, with the region its name implies. */
    record SurgeryTerm(Surgery.Kind kind, Optional<BodyRegion> impliedPart) {
    }

    /** A neurological finding term: whether the term itself states the finding or a nearby cue must. */
    record NeuroTerm(NeurologicalFinding.Test test, boolean positive) {
    }

    /** IMPROVED_WITH_TREATMENT: an ability ("he is able to") that is a gain only where the clause credits a treatment. */
    enum FunctionReading { IMPROVED, IMPROVED_WITH_TREATMENT, NOT_IMPROVED, NOT_DOCUMENTED }

    private static final Lexicon STANDARD = load();

    final PhraseMatcher<Drug> drugs;
    final PhraseMatcher<BodyRegion> bodyParts;
    final PhraseMatcher<Diagnosis.Kind> diagnoses;
    final PhraseMatcher<SurgeryTerm> surgeries;
    final PhraseMatcher<Modality> modalities;
    final PhraseMatcher<CareTerm> care;
    final PhraseMatcher<Trigger> triggers;
    final PhraseMatcher<SectionKind> sections;
    final PhraseMatcher<WorkStatus.Kind> workStatus;
    final PhraseMatcher<RedFlag.Kind> redFlags;
    final PhraseMatcher<DiagnosticStudy.Kind> studies;
    final PhraseMatcher<FunctionReading> function;
    final PhraseMatcher<NeuroTerm> neurological;
    /** The limb words that say which part of the body a neurological finding is of. */
    final PhraseMatcher<BodyRegion> neurologicalRegions;
    final PhraseMatcher<String> drugScreens;
    private final Map<String, SectionKind> sectionHeaders;

    private Lexicon() {
        drugs = PhraseMatcher.of(read("drugs.tsv", row -> new Drug(Tsv.column(row, 2), classes(Tsv.column(row, 1)),
                optional(Tsv.column(row, 3)), optional(Tsv.column(row, 4)).map(BigDecimal::new),
                optional(Tsv.column(row, 5)))));
        bodyParts = PhraseMatcher.of(read("body-parts.tsv", row -> BodyRegion.valueOf(Tsv.column(row, 1))));
        diagnoses = PhraseMatcher.of(read("diagnoses.tsv", row -> Diagnosis.Kind.valueOf(Tsv.column(row, 1))));
        surgeries = PhraseMatcher.of(read("surgeries.tsv", row -> new SurgeryTerm(
                Surgery.Kind.valueOf(Tsv.column(row, 1)), optional(Tsv.column(row, 2)).map(BodyRegion::valueOf))));
        modalities = PhraseMatcher.of(read("modalities.tsv", row -> Modality.valueOf(Tsv.column(row, 1))));
        care = PhraseMatcher.of(read("conservative-care.tsv",
                row -> new CareTerm(ConservativeCare.Kind.valueOf(Tsv.column(row, 1)), optional(Tsv.column(row, 2)))));
        Map<String, SectionKind> headers = read("sections.tsv", row -> SectionKind.valueOf(Tsv.column(row, 1)));
        sections = PhraseMatcher.of(headers);
        sectionHeaders = Map.copyOf(headers);
        workStatus = PhraseMatcher.of(read("work-status.tsv", row -> WorkStatus.Kind.valueOf(Tsv.column(row, 1))));
        redFlags = PhraseMatcher.of(read("red-flags.tsv", row -> RedFlag.Kind.valueOf(Tsv.column(row, 1))));
        studies = PhraseMatcher.of(read("studies.tsv", row -> DiagnosticStudy.Kind.valueOf(Tsv.column(row, 1))));
        function = PhraseMatcher.of(read("functional-improvement.tsv",
                row -> FunctionReading.valueOf(Tsv.column(row, 1))));
        neurological = PhraseMatcher.of(read("neurological-findings.tsv", row -> new NeuroTerm(
                NeurologicalFinding.Test.valueOf(Tsv.column(row, 1)), "POSITIVE".equals(Tsv.column(row, 2)))));
        neurologicalRegions = PhraseMatcher.of(read("neurological-regions.tsv",
                row -> BodyRegion.valueOf(Tsv.column(row, 1))));
        drugScreens = PhraseMatcher.of(read("urine-drug-screen.tsv", row -> Tsv.column(row, 1)));
        triggers = PhraseMatcher.sharingWords(triggerTable());
    }

    static Lexicon standard() {
        return STANDARD;
    }

    /** A conservative care term: its kind and, for a class of drugs ("NSAIDs"), the guidelines' drug class code. */
    record CareTerm(ConservativeCare.Kind kind, Optional<String> drugClass) {
    }

    private static Lexicon load() {
        return new Lexicon();
    }

    /** The section a header names ("Current Medications" gives MEDICATIONS), if the lexicon knows it. */
    Optional<SectionKind> section(String header) {
        return Optional.ofNullable(sectionHeaders.get(PhraseMatcher.key(header)));
    }

    /** The triggers file has the same phrase twice where it acts in both directions with different categories. */
    private static Map<String, Trigger> triggerTable() {
        Map<String, Trigger> table = new LinkedHashMap<>();
        for (String[] row : Tsv.read("casefile/context-triggers.tsv")) {
            String phrase = Tsv.column(row, 0);
            Trigger trigger = new Trigger(Trigger.Category.valueOf(Tsv.column(row, 1)),
                    Trigger.Direction.valueOf(Tsv.column(row, 2)));
            table.merge(phrase, trigger, Trigger::combine);
        }
        return table;
    }

    private static <V> Map<String, V> read(String file, Function<String[], V> value) {
        Map<String, V> terms = new LinkedHashMap<>();
        for (String[] row : Tsv.read("casefile/" + file)) {
            try {
                terms.put(Tsv.column(row, 0), value.apply(row));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("casefile/" + file + ": bad entry " + String.join(" | ", row), e);
            }
        }
        return terms;
    }

    private static Set<DrugClass> classes(String column) {
        Set<DrugClass> classes = EnumSet.noneOf(DrugClass.class);
        for (String c : column.split(",")) {
            classes.add(DrugClass.valueOf(c.strip()));
        }
        return classes;
    }

    private static Optional<String> optional(String column) {
        return column.isEmpty() ? Optional.empty() : Optional.of(column);
    }
}
