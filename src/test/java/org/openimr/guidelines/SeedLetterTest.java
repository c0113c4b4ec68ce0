package org.openimr.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.shared.BodyRegion;
import org.openimr.shared.CitationBasis;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.PageRange;

/**
 * The letter OpenIMR started from (corpus/seed, decided 2013-11): additional PT 3 x 4 for the lumbar spine a year
 * after an L4-S1 fusion of 2012-11-14, Upheld on "MTUS Chronic Pain Treatment Guidelines Page(s): 98-99".
 */
class SeedLetterTest {

    static final GuidelineCatalogue CATALOGUE = GuidelineCatalogue.loadDefault();
    static final LocalDate DECISION = LocalDate.of(2013, 11, 21);
    static final LocalDate FUSION = LocalDate.of(2012, 11, 14);

    @Test
    void theChronicPainPhysicalMedicineRuleCitesCpmtg2009Pages98To99With8To10Visits() {
        List<Recommendation> pt = CATALOGUE.applicable(RequestProfile.of(RequestKind.PHYSICAL_THERAPY)
                .withRegion(BodyRegion.LUMBAR_SPINE).withPhase(Phase.CHRONIC)
                .withDiagnosisGroups(List.of("myalgia_myositis", "neuralgia_neuritis_radiculitis")), DECISION);

        Recommendation rule = pt.stream().filter(r -> r.id().equals("cpmtg-2009.physical-medicine")).findFirst()
                .orElseThrow();
        assertThat(rule.edition().id()).isEqualTo("cpmtg-2009");
        assertThat(rule.edition().document().title()).isEqualTo("Chronic Pain Medical Treatment Guidelines");
        assertThat(rule.citation().pages()).containsExactly(new PageRange(98, 99));
        assertThat(rule.limitsInBudget("physical_medicine")).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(LimitQuantity.VISITS);
            assertThat(l.min()).isEqualByComparingTo("8");
            assertThat(l.max()).isEqualByComparingTo("10");
        });
        assertThat(rule.confidence()).isEqualTo(Confidence.S);
        assertThat(rule.applies().requestKinds()).contains(RequestKind.AQUATIC_THERAPY);

        assertThat(pt).extracting(Recommendation::id)
                .contains("cpmtg-2009.physical-medicine.myalgia", "cpmtg-2009.physical-medicine.neuralgia")
                .noneMatch(id -> id.startsWith("cpmtg-2016"));
        assertThat(CATALOGUE.recommendation("cpmtg-2009.physical-medicine.myalgia").orElseThrow().limits().get(0))
                .hasToString("9-10 visits over 8 weeks per course");
        assertThat(CATALOGUE.recommendation("cpmtg-2009.physical-medicine.neuralgia").orElseThrow().limits().get(0))
                .hasToString("8-10 visits over 4 weeks per course");
    }

    @Test
    void theLineRendersAsTheSeedPrintsItAndAsLettersOf2016PrintIt() {
        Recommendation rule = CATALOGUE.recommendation("cpmtg-2009.physical-medicine").orElseThrow();
        GuidelineCitation seedStyle = rule.citation().toGuidelineCitation(CitationStyle.PAGES);
        assertThat(seedStyle.text())
                .isEqualTo("Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 98-99.");
        assertThat(seedStyle.basis()).isEqualTo(CitationBasis.MTUS);
        assertThat(seedStyle.guideline()).isEqualTo("Chronic Pain Treatment Guidelines");
        assertThat(seedStyle.pages()).containsExactly(new PageRange(98, 99));

        assertThat(rule.guidelineCitation().text())
                .isEqualTo("Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Physical Medicine.");
        Recommendation in2016 = CATALOGUE.recommendation("cpmtg-2016.physical-medicine").orElseThrow();
        GuidelineCitation line = in2016.guidelineCitation();
        assertThat(line.text()).isEqualTo(
                "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.");
        assertThat(line.guideline()).isEqualTo("Chronic Pain Medical Treatment");
        assertThat(line.edition()).isEqualTo("2016");
        assertThat(line.sections()).containsExactly("Physical medicine treatment");
    }

    @Test
    void theLumbarFusionPeriodIsSixMonthsWithItsVisitLimitAndHadEndedByTheDecision() {
        List<Recommendation> postsurgical = CATALOGUE.applicable(RequestProfile.of(RequestKind.PHYSICAL_THERAPY)
                .withPhase(Phase.POSTSURGICAL).withSurgery("lumbar_fusion"), DECISION);
        Recommendation fusion = postsurgical.stream().filter(r -> r.applies().surgeries().contains("lumbar_fusion"))
                .findFirst().orElseThrow();

        assertThat(fusion.citation().toGuidelineCitation().text())
                .isEqualTo("Decision based on MTUS Postsurgical Treatment 2009, Section(s): Low Back.");
        assertThat(fusion.applies().postsurgicalPeriod()).isEqualTo(TimeSpan.months(6));
        assertThat(fusion.limits()).anySatisfy(l -> {
            assertThat(l.per()).isEqualTo(LimitScope.GENERAL_COURSE);
            assertThat(l.maxAsInt()).isEqualTo(34);
            assertThat(l.over()).isEqualTo(TimeSpan.weeks(16));
        });
        assertThat(fusion.limits()).anySatisfy(l -> {
            assertThat(l.per()).isEqualTo(LimitScope.INITIAL_COURSE);
            assertThat(l.maxAsInt()).isEqualTo(17);
        });
        assertThat(fusion.extensions()).first().satisfies(x ->
                assertThat(x.requires()).containsExactly(new Criterion.FunctionalImprovement(null)));

        LocalDate periodEnd = fusion.applies().postsurgicalPeriod().after(FUSION);
        assertThat(periodEnd).isEqualTo(LocalDate.of(2013, 5, 14)).isBefore(DECISION);
    }

    @Test
    void theSeedLinesEditionlessCitationResolvesToCpmtg2009() {
        GuidelineCitation maximusLine = GuidelineCitation.mtus("Chronic Pain Treatment Guidelines", null, List.of(),
                PageRange.parseAll("98-9"), List.of(), "");
        assertThat(CATALOGUE.resolve(maximusLine, DECISION)).map(Edition::id).contains("cpmtg-2009");
    }
}
