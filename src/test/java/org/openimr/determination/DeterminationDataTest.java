package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openimr.casefile.Diagnosis;
import org.openimr.determination.internal.DataFiles;
import org.openimr.determination.internal.FactResolver;
import org.openimr.guidelines.GuidelineCatalogue;
import org.openimr.guidelines.Vocabulary;

/** The engine's data agrees with the guideline vocabulary it reads facts for. */
class DeterminationDataTest {

    static final Vocabulary VOCABULARY = GuidelineCatalogue.loadDefault().vocabulary();
    static final DataFiles DATA = DataFiles.standard();

    @Test
    void everyFactTheGuidelinesCanNameHasPhrasesAndNoOtherFactIsListed() {
        Set<String> facts = VOCABULARY.terms(Vocabulary.Category.FACTS).keySet();
        assertThat(DATA.facts().keySet()).containsExactlyInAnyOrderElementsOf(facts);
        assertThat(DATA.facts().values()).filteredOn(f -> !FactResolver.TYPED_ONLY.contains(f.fact()))
                .allSatisfy(f -> assertThat(f.phrases()).as(f.fact()).isNotEmpty());
    }

    @Test
    void onlyTheTopicalAnalgesicsSectionsGiveWayToADrugsOwnParagraph() {
        GuidelineCatalogue catalogue = GuidelineCatalogue.loadDefault();
        assertThat(catalogue.recommendations()).filteredOn(r -> DATA.givesWayToDrugSections(r.id()))
                .extracting(r -> r.id())
                .containsExactlyInAnyOrder("cpmtg-2009.topical-analgesics", "cpmtg-2016.topical-analgesics");
        assertThat(DATA.givesWayToDrugSections("cpmtg-2009.opioids.initiating")).isFalse();
    }

    @Test
    void alternativeRoutesAreRecommendationsOfOneEditionForTheSameRequestKinds() {
        GuidelineCatalogue catalogue = GuidelineCatalogue.loadDefault();
        assertThat(DATA.alternativeRoutes()).extracting(DataFiles.AlternativeRoutes::routes).containsExactly(
                java.util.List.of("cpmtg-2009.psychological-treatment", "cpmtg-2009.behavioral-interventions"),
                java.util.List.of("cpmtg-2016.psychological-treatment", "cpmtg-2016.behavioral-interventions"),
                java.util.List.of("acoem-2004-ankle-foot.x-ray-after-injury", "acoem-2004-ankle-foot.special-studies"));
        for (DataFiles.AlternativeRoutes group : DATA.alternativeRoutes()) {
            var routes = group.routes().stream().map(id -> catalogue.recommendations().stream()
                    .filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("unknown " + id)))
                    .toList();
            assertThat(routes).extracting(r -> r.edition().id()).as(group.toString()).containsOnly(
                    routes.get(0).edition().id());
            // every route addresses the requests of the first (ankle films: the Ottawa route is for x-rays only, the
            // chapter's special studies for x-rays, CT and MRI)
            assertThat(routes).as(group.toString()).allSatisfy(r -> assertThat(r.applies().requestKinds())
                    .containsAll(routes.get(0).applies().requestKinds()));
        }
    }

    @Test
    void everyDiagnosticTestGroupHasItsModalityItsIndicationFactAndOneRuleOfTheGenerallyAcceptedStandards() {
        GuidelineCatalogue catalogue = GuidelineCatalogue.loadDefault();
        var rules = catalogue.recommendations().stream()
                .filter(r -> DATA.isGenerallyAcceptedStandard(r.edition().id())).toList();
        var groups = org.openimr.determination.internal.MedicalTests.standard().groups();
        assertThat(groups).hasSize(22);
        assertThat(rules).hasSameSizeAs(groups);
        for (var g : groups) {
            assertThat(VOCABULARY.terms(Vocabulary.Category.MODALITIES)).as(g.modality()).containsKey(g.modality());
            assertThat(DATA.facts().get(g.indicationFact()).phrases()).as(g.modality())
                    .containsExactlyElementsOf(g.indications());
            assertThat(rules).as(g.modality()).filteredOn(r -> r.applies().modalities().equals(java.util.List.of(
                    g.modality()))).singleElement().satisfies(r -> {
                        assertThat(r.citation().sections()).containsExactly(g.section());
                        assertThat(r.criteria()).hasSize(1);
                        assertThat(r.criteria().get(0).describe()).contains(g.indicationFact());
                    });
        }
    }

    /** A diagnosis of the kind with no region and no narrowing word: the groups every diagnosis of the kind has. */
    static Diagnosis plain(Diagnosis.Kind kind) {
        return new Diagnosis(kind, "", java.util.Optional.empty(), org.openimr.casefile.Assertion.AFFIRMED,
                new org.openimr.casefile.Span("record", 0, 0, ""));
    }

    @Test
    void diagnosisKindsMapToDiagnosisGroupsOfTheVocabulary() {
        for (Diagnosis.Kind k : Diagnosis.Kind.values()) {
            assertThat(DATA.diagnosisGroups(plain(k))).allSatisfy(g ->
                    assertThat(VOCABULARY.contains(Vocabulary.Category.DIAGNOSIS_GROUPS, g)).as(k + " -> " + g).isTrue());
        }
        assertThat(DATA.diagnosisGroups(plain(Diagnosis.Kind.RADICULOPATHY))).contains("neuralgia_neuritis_radiculitis");
    }

    @Test
    void aDiagnosisCountsInTheGroupsItsRegionOrItsWordsNarrowItTo() {
        var diagnoses = org.openimr.casefile.ClinicalFactExtractor.standard()
                .extract("Diagnoses: low back pain; cervical strain; fibromyalgia; post-herpetic neuralgia.").diagnoses();
        assertThat(diagnoses).extracting(d -> d.text().strip(), DATA::diagnosisGroups).containsExactly(
                org.assertj.core.groups.Tuple.tuple("low back pain", java.util.List.of("myalgia_myositis", "low_back_pain")),
                org.assertj.core.groups.Tuple.tuple("cervical strain", java.util.List.of("myalgia_myositis")),
                org.assertj.core.groups.Tuple.tuple("fibromyalgia",
                        java.util.List.of("myofascial_pain_syndrome", "myalgia_myositis", "fibromyalgia")),
                org.assertj.core.groups.Tuple.tuple("post-herpetic neuralgia",
                        java.util.List.of("neuropathic_pain", "neuralgia_neuritis_radiculitis", "postherpetic_neuralgia")));
        for (Diagnosis d : diagnoses) {
            assertThat(DATA.diagnosisGroups(d)).allSatisfy(g ->
                    assertThat(VOCABULARY.contains(Vocabulary.Category.DIAGNOSIS_GROUPS, g)).as(g).isTrue());
        }
    }

    @Test
    void surgeriesMapToThePostsurgicalGuidelinesSurgeries() {
        for (var m : new java.util.ArrayList<>(java.util.List.of(org.openimr.casefile.Surgery.Kind.values()))) {
            String code = DATA.surgeryCode(m, java.util.Optional.empty());
            assertThat(VOCABULARY.contains(Vocabulary.Category.SURGERIES, code)).as(m + " -> " + code).isTrue();
        }
        assertThat(DATA.surgeryCode(org.openimr.casefile.Surgery.Kind.FUSION,
                java.util.Optional.of(org.openimr.shared.BodyRegion.LUMBAR_SPINE))).isEqualTo("lumbar_fusion");
        assertThat(DATA.surgeryCode(org.openimr.casefile.Surgery.Kind.CAPSULAR_RELEASE,
                java.util.Optional.of(org.openimr.shared.BodyRegion.SHOULDER))).isEqualTo("adhesive_capsulitis_surgical");
        assertThat(DATA.surgeryCode(org.openimr.casefile.Surgery.Kind.CAPSULAR_RELEASE,
                java.util.Optional.of(org.openimr.shared.BodyRegion.KNEE))).isEqualTo("unlisted_surgery");
    }
}
