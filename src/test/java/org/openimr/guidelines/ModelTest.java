package org.openimr.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.shared.BodyRegion;

/** The small value types of the model: spans, limits, MED conversion, criteria readings, applicability. */
class ModelTest {

    static final GuidelineCatalogue CATALOGUE = GuidelineCatalogue.loadDefault();

    @Test
    void spansKeepTheGuidelinesUnit() {
        assertThat(TimeSpan.parse("6 months")).isEqualTo(TimeSpan.months(6));
        assertThat(TimeSpan.parse("1 week")).isEqualTo(TimeSpan.weeks(1));
        assertThat(TimeSpan.months(6).after(LocalDate.of(2012, 8, 31))).isEqualTo(LocalDate.of(2013, 2, 28));
        assertThat(TimeSpan.weeks(3).compareTo(TimeSpan.months(1))).isNegative();
        assertThat(TimeSpan.months(1)).hasToString("1 month");
        assertThatThrownBy(() -> TimeSpan.parse("six months")).hasMessageContaining("not a span");
    }

    @Test
    void limitsDescribeThemselvesAsARationaleWould() {
        Limit visits = new Limit(LimitQuantity.VISITS, new BigDecimal("9"), BigDecimal.TEN, TimeSpan.weeks(8),
                LimitScope.COURSE, "physical_medicine", "");
        assertThat(visits.describe()).isEqualTo("9-10 visits over 8 weeks per course");
        Limit med = new Limit(LimitQuantity.MG_MED_PER_DAY, null, new BigDecimal("120"), null, null, null, "");
        assertThat(med.describe()).isEqualTo("at most 120 mg MED a day");
        assertThat(new Limit(LimitQuantity.VISITS, null, BigDecimal.ONE, null, null, null, "").describe())
                .isEqualTo("at most 1 visit");
        assertThatThrownBy(() -> new Limit(LimitQuantity.VISITS, null, null, null, null, null, ""))
                .hasMessageContaining("min or max");
    }

    @Test
    void drugsAreFoundByCodeOrLabelAndDiagnosisGroupsByIcdCode() {
        assertThat(CATALOGUE.vocabulary().findDrug("hydrocodone")).map(Term::code).contains("hydrocodone");
        assertThat(CATALOGUE.vocabulary().findDrug("lidocaine 5% patch")).map(Term::code).contains("lidocaine_patch");
        // brand names are the case file's drug lexicon's (one table of names): see determination's DrugTableTest
        assertThat(CATALOGUE.vocabulary().findDrug("Norco")).isEmpty();
        assertThat(CATALOGUE.vocabulary().diagnosisGroupsForIcd("729.2")).extracting(Term::code)
                .contains("neuralgia_neuritis_radiculitis");
        assertThat(CATALOGUE.vocabulary().diagnosisGroupsForIcd("M54.16")).extracting(Term::code)
                .contains("radiculopathy", "neuralgia_neuritis_radiculitis");
    }

    @Test
    void criteriaReadAsPlainPhrasesAndEveryKindHasAVisitorMethod() {
        Criterion giRisk = CATALOGUE.recommendation("cpmtg-2009.ppi.gi-risk").orElseThrow().criteria().get(1);
        assertThat(giRisk.describe()).isEqualTo("(age at least 66 or documented "
                + "history_peptic_ulcer_gi_bleeding_perforation or currently taking aspirin, corticosteroid, "
                + "anticoagulant or documented high_dose_or_multiple_nsaids or documented dyspepsia_from_nsaid)");
        Criterion secondNsaid = CATALOGUE.recommendation("cpmtg-2009.nsaids.second-nsaid").orElseThrow().applies()
                .when().get(0);
        assertThat(secondNsaid.describe()).isEqualTo("currently taking nsaid other than the drug requested");
        assertThat(new Criterion.PainRelief(50, TimeSpan.weeks(6), true).describe())
                .isEqualTo("at least 50% pain relief for 6 weeks with reduced medication use");
        assertThat(new Criterion.Not(new Criterion.CurrentlyTaking(List.of("opioid"))).describe())
                .isEqualTo("not currently taking opioid");
    }

    @Test
    void everyPredicateOfTheShippedDataIsOneOfTheVocabulary() {
        java.util.Set<String> used = new java.util.TreeSet<>();
        Criterion.Visitor<Void> collect = new Criterion.Visitor<>() {
            private Void add(Criterion c) {
                used.add(c.predicate());
                return null;
            }

            public Void documented(Criterion.Documented c) { return add(c); }
            public Void absent(Criterion.Absent c) { return add(c); }
            public Void allOf(Criterion.AllOf c) { c.criteria().forEach(x -> x.accept(this)); return add(c); }
            public Void anyOf(Criterion.AnyOf c) { c.criteria().forEach(x -> x.accept(this)); return add(c); }
            public Void not(Criterion.Not c) { c.criterion().accept(this); return add(c); }
            public Void diagnosis(Criterion.Diagnosis c) { return add(c); }
            public Void functionalImprovement(Criterion.FunctionalImprovement c) { return add(c); }
            public Void failedConservativeCare(Criterion.FailedConservativeCare c) { return add(c); }
            public Void failedTreatment(Criterion.FailedTreatment c) { return add(c); }
            public Void redFlag(Criterion.RedFlag c) { return add(c); }
            public Void neurologicDeficit(Criterion.NeurologicDeficit c) { return add(c); }
            public Void radiculopathyCorroborated(Criterion.RadiculopathyCorroborated c) { return add(c); }
            public Void symptomDuration(Criterion.SymptomDuration c) { return add(c); }
            public Void timeSince(Criterion.TimeSince c) { return add(c); }
            public Void age(Criterion.AgeRange c) { return add(c); }
            public Void morphineEquivalentDose(Criterion.MorphineEquivalentDose c) { return add(c); }
            public Void currentlyTaking(Criterion.CurrentlyTaking c) { return add(c); }
            public Void opioidMonitoring(Criterion.OpioidMonitoring c) { return add(c); }
            public Void painRelief(Criterion.PainRelief c) { return add(c); }
            public Void priorStudy(Criterion.PriorStudy c) { return add(c); }
            public Void noIngredientIn(Criterion.NoIngredientIn c) { return add(c); }
            public Void successfulTrial(Criterion.SuccessfulTrial c) { return add(c); }
        };
        for (Recommendation r : CATALOGUE.recommendations()) {
            r.criteria().forEach(c -> c.accept(collect));
            r.applies().when().forEach(c -> c.accept(collect));
            r.extensions().forEach(x -> x.requires().forEach(c -> c.accept(collect)));
        }
        assertThat(used).as("every predicate is used by the shipped data").hasSize(22);
    }

    @Test
    void acupunctureLinesPrintNoSectionAsTheLettersDo() {
        Recommendation acupuncture = CATALOGUE.recommendation("amtg-2007.acupuncture").orElseThrow();
        assertThat(acupuncture.guidelineCitation().text()).isEqualTo("Decision based on MTUS Acupuncture Treatment 2007.");
        assertThat(acupuncture.guidelineCitation().sections()).isEmpty();
        assertThat(acupuncture.citation().sections()).isNotEmpty();
    }

    @Test
    void anUnknownDetailOfTheRequestNarrowsNothing() {
        Recommendation lumbarMri = CATALOGUE.recommendation("acoem-2004-low-back.mri").orElseThrow();
        assertThat(lumbarMri.applies().matches(RequestProfile.of(RequestKind.MRI))).isTrue();
        assertThat(lumbarMri.applies().matches(RequestProfile.of(RequestKind.MRI).withRegion(BodyRegion.LUMBAR_SPINE)))
                .isTrue();
        assertThat(lumbarMri.applies().matches(RequestProfile.of(RequestKind.MRI).withRegion(BodyRegion.KNEE)))
                .isFalse();
        assertThat(lumbarMri.applies().matches(RequestProfile.of(RequestKind.CT))).isFalse();
    }
}
