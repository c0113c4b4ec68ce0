package org.openimr.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openimr.shared.BodyRegion;
import org.openimr.shared.CitationBasis;

/** The recommendations shipped with OpenIMR: complete, cited, tagged, and covering every kind of request. */
class ShippedRecommendationsTest {

    static final GuidelineCatalogue CATALOGUE = GuidelineCatalogue.loadDefault();
    static final Path DATA = Path.of("src/main/resources/guidelines");
    static final LocalDate JANUARY_2014 = LocalDate.of(2014, 1, 1);
    static final LocalDate DECEMBER_2016 = LocalDate.of(2016, 12, 15);

    @Test
    void everyRecommendationFileIsNamedInTheManifestAndContributes() throws IOException {
        String manifest = Files.readString(DATA.resolve("catalogue.yaml"));
        List<String> files;
        try (Stream<Path> s = Files.list(DATA.resolve("recommendations"))) {
            files = s.map(p -> "recommendations/" + p.getFileName()).sorted().toList();
        }
        assertThat(files).isNotEmpty().allSatisfy(f -> {
            assertThat(manifest).as("catalogue.yaml lists " + f).contains("- " + f);
            assertThat(CATALOGUE.recommendations()).as(f + " contributes").anyMatch(r -> r.file().endsWith(f));
        });
    }

    @Test
    void theDataFolderLoadsAsTheClasspathDoes() {
        GuidelineCatalogue fromFolder = GuidelineCatalogue.load(DATA);
        assertThat(fromFolder.recommendations()).extracting(Recommendation::id)
                .containsExactlyElementsOf(CATALOGUE.recommendations().stream().map(Recommendation::id).toList());
        assertThat(fromFolder.editions()).hasSameSizeAs(CATALOGUE.editions());
    }

    @Test
    void everyRecommendationIsCitedWithEditionAndSectionOrPagesAndCarriesAConfidenceTag() {
        assertThat(CATALOGUE.recommendations()).hasSizeGreaterThan(150).allSatisfy(r -> {
            assertThat(r.citation().edition()).as(r.id()).isNotNull();
            assertThat(r.citation().edition().label()).as(r.id()).isNotBlank();
            assertThat(!r.citation().sections().isEmpty() || !r.citation().pages().isEmpty()).as(r.id()).isTrue();
            assertThat(r.confidence()).as(r.id()).isNotNull();
            assertThat(r.summary()).as(r.id()).isNotBlank();
            assertThat(r.source()).as(r.id() + " says where it came from").isNotBlank();
            // outside the MTUS: a fallback guideline's text (ODG), or this project's reading of the statute's last
            // standard, generally accepted standards of medical practice (R3)
            assertThat(r.basis() == CitationBasis.MTUS || r.confidence() == Confidence.ODG
                    || r.confidence() == Confidence.R3 && r.source().contains("Labor Code 4610.5(c)(2)(E)"))
                    .as(r.id()).isTrue();
        });
    }

    @Test
    void everyRecommendationIsInForceOnSomeDayOfItsEdition() {
        assertThat(CATALOGUE.recommendations()).allSatisfy(r ->
                assertThat(CATALOGUE.isInForce(r, r.edition().effectiveFrom())).as(r.id()).isTrue());
    }

    /** The request kinds the brief names, each of which must be addressed by the MTUS in force on both dates. */
    @ParameterizedTest
    @EnumSource(value = RequestKind.class, names = {"PHYSICAL_THERAPY", "OCCUPATIONAL_THERAPY", "AQUATIC_THERAPY",
        "MANIPULATION", "ACUPUNCTURE", "MASSAGE", "OPIOID", "NSAID", "MUSCLE_RELAXANT", "TOPICAL_ANALGESIC",
        "PROTON_PUMP_INHIBITOR", "ANTICONVULSANT", "ANTIDEPRESSANT", "SLEEP_AID", "EPIDURAL_STEROID_INJECTION",
        "FACET_INJECTION", "TRIGGER_POINT_INJECTION", "MRI", "CT", "ELECTRODIAGNOSTIC_TEST", "ELECTRICAL_STIMULATION",
        "DURABLE_MEDICAL_EQUIPMENT", "FUNCTIONAL_RESTORATION_PROGRAM", "PSYCHOTHERAPY", "HOME_HEALTH", "OFFICE_VISIT",
        "CONSULTATION", "URINE_DRUG_TEST", "SURGICAL_CONSULTATION"})
    void eachRequestKindHasAnMtusRecommendationInForceIn2014AndInDecember2016(RequestKind kind) {
        for (LocalDate date : List.of(JANUARY_2014, DECEMBER_2016)) {
            assertThat(CATALOGUE.applicable(kind, date)).as(kind + " on " + date)
                    .anyMatch(r -> r.basis() == CitationBasis.MTUS);
        }
    }

    @Test
    void everyRequestKindIsAddressedSomewhere() {
        Set<RequestKind> addressed = CATALOGUE.recommendations().stream()
                .flatMap(r -> r.applies().requestKinds().stream()).collect(Collectors.toSet());
        assertThat(addressed).containsExactlyInAnyOrder(RequestKind.values());
    }

    static Stream<Arguments> imagingByRegion() {
        return Stream.of(
                Arguments.of(RequestKind.MRI, BodyRegion.LUMBAR_SPINE, "Low Back Complaints"),
                Arguments.of(RequestKind.MRI, BodyRegion.CERVICAL_SPINE, "Neck and Upper Back Complaints"),
                Arguments.of(RequestKind.MRI, BodyRegion.THORACIC_SPINE, "Neck and Upper Back Complaints"),
                Arguments.of(RequestKind.MRI, BodyRegion.SHOULDER, "Shoulder Complaints"),
                Arguments.of(RequestKind.MRI, BodyRegion.KNEE, "Knee Complaints"),
                Arguments.of(RequestKind.MRI, BodyRegion.FOREARM_WRIST_AND_HAND, "Forearm, Wrist, and Hand Complaints"),
                Arguments.of(RequestKind.MRI, BodyRegion.ANKLE_AND_FOOT, "Ankle and Foot Complaints"),
                Arguments.of(RequestKind.CT, BodyRegion.LUMBAR_SPINE, "Low Back Complaints"),
                Arguments.of(RequestKind.CT, BodyRegion.CERVICAL_SPINE, "Neck and Upper Back Complaints"),
                Arguments.of(RequestKind.ELECTRODIAGNOSTIC_TEST, BodyRegion.LOWER_EXTREMITY, "Low Back Complaints"),
                Arguments.of(RequestKind.ELECTRODIAGNOSTIC_TEST, BodyRegion.UPPER_EXTREMITY,
                        "Neck and Upper Back Complaints"));
    }

    @ParameterizedTest(name = "{0} of {1}: {2} 2004")
    @MethodSource("imagingByRegion")
    void imagingAndElectrodiagnosisAreJudgedByTheChapterOfTheBodyRegion(RequestKind kind, BodyRegion region,
            String chapter) {
        for (LocalDate date : List.of(JANUARY_2014, DECEMBER_2016)) {
            assertThat(CATALOGUE.applicable(RequestProfile.of(kind).withRegion(region), date))
                    .as(kind + " " + region + " on " + date)
                    .anyMatch(r -> r.edition().citedAs().equals(chapter) && r.edition().label().equals("2004"));
        }
    }

    /**
     * A fact's description is a clause: drafts print it after "documentation that" and "the record does not document
     * that", so it names a subject and a finite verb and never says "documented" of itself.
     */
    @Test
    void everyFactDescriptionReadsAsAClause() {
        java.util.regex.Pattern verb = java.util.regex.Pattern.compile("\\b(is|are|was|were|has|have|had|does|do|did|"
                + "can|cannot|would|shows|show|persists|continues|concurs|supports|asks|sees|needs|takes|limits|keeps|"
                + "meets|calls|aims|confirm|appeared|occurs|comes|succeeded|documents|bears|finds|concern|affect|took|triggers|keep|diagnoses|fails|failed|recommends)\\b");
        List<String> notClauses = CATALOGUE.vocabulary().terms(Vocabulary.Category.FACTS).entrySet().stream()
                .filter(e -> !verb.matcher(e.getValue().note()).find() || e.getValue().note().contains("documented"))
                .map(e -> e.getKey() + ": " + e.getValue().note()).toList();
        assertThat(notClauses).isEmpty();
    }

    @Test
    void everySurgeryOfTheVocabularyHasAPostsurgicalPeriod() {
        Set<String> surgeries = CATALOGUE.vocabulary().terms(Vocabulary.Category.SURGERIES).keySet();
        for (String surgery : surgeries) {
            assertThat(CATALOGUE.applicable(RequestProfile.of(RequestKind.PHYSICAL_THERAPY).withPhase(Phase.POSTSURGICAL)
                    .withSurgery(surgery), DECEMBER_2016))
                    .as(surgery)
                    .anyMatch(r -> r.applies().surgeries().contains(surgery) && r.applies().postsurgicalPeriod() != null);
        }
    }

    @ParameterizedTest(name = "{0}: {1} visits over {2} weeks, {3} months")
    @CsvSource({
        "knee_meniscectomy, 12, 12, 6",
        "total_knee_arthroplasty, 24, 10, 4",
        "lumbar_discectomy_laminectomy, 16, 8, 6",
        "rotator_cuff_impingement_arthroscopic, 24, 14, 6",
        "carpal_tunnel_release, 8, 5, 3"})
    void postsurgicalGeneralCoursesAndPeriods(String surgery, int visits, int weeks, int months) {
        Recommendation r = CATALOGUE.recommendation("pstg-2009." + surgery.replace('_', '-')).orElseThrow();
        assertThat(r.applies().postsurgicalPeriod()).isEqualTo(TimeSpan.months(months));
        assertThat(r.limits()).anySatisfy(l -> {
            assertThat(l.per()).isEqualTo(LimitScope.GENERAL_COURSE);
            assertThat(l.maxAsInt()).isEqualTo(visits);
            assertThat(l.over()).isEqualTo(TimeSpan.weeks(weeks));
        });
    }

    @Test
    void theDrugOfAProfileNarrowsToItsOwnAndItsClassRecommendations() {
        List<Recommendation> flexeril = CATALOGUE.applicable(RequestProfile.of(RequestKind.MUSCLE_RELAXANT)
                .withDrug(CATALOGUE.vocabulary().findDrug("cyclobenzaprine").orElseThrow().code()), DECEMBER_2016);
        assertThat(flexeril).extracting(Recommendation::id)
                .contains("cpmtg-2016.cyclobenzaprine", "cpmtg-2016.muscle-relaxants")
                .doesNotContain("cpmtg-2016.carisoprodol", "cpmtg-2009.cyclobenzaprine");
    }

    @Test
    void manipulationOfTheKneeIsNotRecommendedAndTheShoulderKeepsItsAcupunctureText() {
        assertThat(CATALOGUE.applicable(RequestProfile.of(RequestKind.MANIPULATION).withRegion(BodyRegion.KNEE),
                DECEMBER_2016)).extracting(Recommendation::strength).containsOnly(Strength.NOT_RECOMMENDED);
        assertThat(CATALOGUE.applicable(RequestProfile.of(RequestKind.ACUPUNCTURE).withRegion(BodyRegion.SHOULDER),
                DECEMBER_2016)).extracting(Recommendation::id).containsExactly("acoem-2004-shoulder.acupuncture");
    }

    @Test
    void fallbackRecommendationsComeAfterTheMtus() {
        List<Recommendation> udt = CATALOGUE.applicable(RequestKind.URINE_DRUG_TEST, DECEMBER_2016);
        assertThat(udt.get(0).basis()).isEqualTo(CitationBasis.MTUS);
        assertThat(udt).anyMatch(r -> r.basis() == CitationBasis.NON_MTUS);
        int lastMtus = -1;
        int firstFallback = Integer.MAX_VALUE;
        for (int i = 0; i < udt.size(); i++) {
            if (udt.get(i).basis() == CitationBasis.MTUS) {
                lastMtus = i;
            } else {
                firstFallback = Math.min(firstFallback, i);
            }
        }
        assertThat(lastMtus).isLessThan(firstFallback);
        assertThat(udt).filteredOn(r -> r.basis() == CitationBasis.NON_MTUS).first()
                .extracting(r -> r.guidelineCitation().text()).asString()
                .startsWith("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), ");
    }

    /**
     * The data's sentences are this project's own: no summary repeats ten consecutive words of the reference it was
     * built from (mtus-criteria.md). Skipped when ../shared is not there.
     */
    @Test
    void summariesDoNotCopyTheReferenceVerbatim() throws IOException {
        Path reference = Path.of("..", "shared", "reference", "mtus-criteria.md");
        assumeTrue(Files.exists(reference), "../shared/reference/mtus-criteria.md is absent: check skipped");
        Set<String> shingles = shingles(Files.readString(reference), 10);
        List<String> copies = new ArrayList<>();
        for (Recommendation r : CATALOGUE.recommendations()) {
            Set<String> own = shingles(r.summary(), 10);
            own.retainAll(shingles);
            if (!own.isEmpty()) {
                copies.add(r.id() + ": " + own.iterator().next());
            }
        }
        assertThat(copies).isEmpty();
    }

    private static Set<String> shingles(String text, int n) {
        String[] words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9%]+"))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= words.length; i++) {
            out.add(String.join(" ", Arrays.copyOfRange(words, i, i + n)));
        }
        return out;
    }
}
