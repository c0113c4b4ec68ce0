package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openimr.casefile.ClinicalFactExtractor;
import org.openimr.casefile.DrugClass;
import org.openimr.casefile.Medication;
import org.openimr.guidelines.GuidelineCatalogue;
import org.openimr.guidelines.Vocabulary;

/**
 * The one table of drug names (casefile/drugs.tsv) and the guideline vocabulary's drug codes and classes agree: every
 * code of the table is a vocabulary drug, every vocabulary drug has a name in the table, and a medication the case
 * file reads reaches its guideline drug class through that one column.
 */
class DrugTableTest {

    static final Vocabulary VOCABULARY = GuidelineCatalogue.loadDefault().vocabulary();

    record Row(String term, String classes, String generic, String opioid, String code) {
    }

    static List<Row> rows() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DrugTableTest.class.getClassLoader().getResourceAsStream("casefile/drugs.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                rows.add(new Row(c[0], c[1], c[2], c.length > 3 ? c[3] : "", c.length > 5 ? c[5].strip() : ""));
            }
        }
        return rows;
    }

    @Test
    void everyCodeOfTheNameTableIsAGuidelineDrugAndEveryGuidelineDrugHasAName() throws Exception {
        Set<String> codes = new HashSet<>();
        for (Row row : rows()) {
            if (!row.code().isEmpty()) {
                assertThat(VOCABULARY.contains(Vocabulary.Category.DRUGS, row.code()))
                        .as(row.term() + " -> " + row.code()).isTrue();
                codes.add(row.code());
            }
        }
        assertThat(codes).containsAll(VOCABULARY.terms(Vocabulary.Category.DRUGS).keySet());
    }

    @Test
    void opioidsAreOpioidsInBothModulesAndTheirMedKeyIsTheirCode() throws Exception {
        for (Row row : rows()) {
            if (row.code().isEmpty()) {
                continue;
            }
            boolean casefileOpioid = row.classes().contains("OPIOID");
            assertThat(VOCABULARY.classesOf(row.code()).contains("opioid")).as(row.term()).isEqualTo(casefileOpioid);
            if (!row.opioid().isEmpty()) {
                assertThat(row.opioid()).as(row.term()).isEqualTo(row.code());
            }
        }
    }

    @Test
    void aRecordsMedicationReachesItsGuidelineDrugClassThroughTheOneTable() {
        List<Medication> meds = ClinicalFactExtractor.standard()
                .extract("Current medications include Norco 10/325 mg twice a day, Flexeril 10 mg and Lidoderm patches.")
                .medications();
        assertThat(meds).extracting(m -> m.drug().orElse("?"))
                .containsExactly("hydrocodone", "cyclobenzaprine", "lidocaine_patch");
        assertThat(VOCABULARY.classesOf("hydrocodone")).contains("opioid");
        assertThat(VOCABULARY.classesOf("cyclobenzaprine")).contains("muscle_relaxant");
        assertThat(meds.get(0).is(DrugClass.OPIOID)).isTrue();
    }
}
