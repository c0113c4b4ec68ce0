package org.openimr.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * The loader rejects each kind of bad entry with a message naming the file, the entry, the line and the problem.
 * Each test starts from a small valid catalogue and breaks one thing.
 */
class CatalogueLoaderTest {

    static final String MANIFEST = """
            vocabulary: vocabulary.yaml
            editions: editions.yaml
            recommendations:
              - recommendations/test.yaml
            """;

    static final String VOCABULARY = """
            facts:
              homebound: confined to the home
              skilled_medical_need: skilled care by a licensed professional
            budgets:
              physical_medicine: PT, OT and aquatic visits together
            """;

    static final String EDITIONS = """
            documents:
              - id: cpmtg
                title: Chronic Pain Medical Treatment Guidelines
                publisher: DWC
                basis: mtus
                aliases: [Chronic Pain Treatment Guidelines]
                editions:
                  - id: cpmtg-2009
                    label: "2009"
                    citedAs: Chronic Pain Medical Treatment
                    topics: [chronic_pain]
                    effectiveFrom: 2009-07-18
                    effectiveTo: 2016-07-28
                    dateBasis: request_date
                    confidence: V
                  - id: cpmtg-2016
                    label: "2016"
                    citedAs: Chronic Pain Medical Treatment
                    topics: [chronic_pain]
                    effectiveFrom: 2016-07-29
                    dateBasis: request_date
                    confidence: V
            """;

    static final String RECOMMENDATIONS = """
            recommendations:
              - id: test.home-health
                title: Home health services
                citation: {edition: cpmtg-2009, sections: [Home health services], pages: "51"}
                applies:
                  requestKinds: [home_health]
                strength: recommended_with_criteria
                criteria:
                  - documented: homebound
                  - documented: skilled_medical_need
                limits:
                  - {quantity: hours_per_week, max: 35}
                confidence: R1
                summary: A test entry.
            """;

    static Map<String, String> files(String manifest, String vocabulary, String editions, String recommendations) {
        Map<String, String> m = new HashMap<>();
        m.put("catalogue.yaml", manifest);
        m.put("vocabulary.yaml", vocabulary);
        m.put("editions.yaml", editions);
        m.put("recommendations/test.yaml", recommendations);
        return m;
    }

    static AbstractThrowableAssert<?, ? extends Throwable> loadingRecommendations(String recommendations) {
        return assertThatThrownBy(() -> GuidelineCatalogue.fromYaml(files(MANIFEST, VOCABULARY, EDITIONS,
                recommendations))).isInstanceOf(GuidelineDataException.class);
    }

    static AbstractThrowableAssert<?, ? extends Throwable> loadingEditions(String editions) {
        return assertThatThrownBy(() -> GuidelineCatalogue.fromYaml(files(MANIFEST, VOCABULARY, editions,
                RECOMMENDATIONS))).isInstanceOf(GuidelineDataException.class);
    }

    static String broken(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    @Test
    void theSmallCatalogueLoads() {
        GuidelineCatalogue c = GuidelineCatalogue.fromYaml(files(MANIFEST, VOCABULARY, EDITIONS, RECOMMENDATIONS));
        Recommendation r = c.recommendation("test.home-health").orElseThrow();
        assertThat(r.topic()).isEqualTo(Topic.CHRONIC_PAIN);
        assertThat(r.criteria()).containsExactly(new Criterion.Documented("homebound"),
                new Criterion.Documented("skilled_medical_need"));
        assertThat(r.limits()).singleElement().extracting(Limit::maxAsInt).isEqualTo(35);
        assertThat(c.isInForce(r, LocalDate.of(2014, 1, 1))).isTrue();
        assertThat(c.isInForce(r, LocalDate.of(2016, 12, 15))).isFalse();
    }

    @Test
    void anUnknownPredicateIsRejectedWithFileEntryLineAndASuggestion() {
        loadingRecommendations(broken(RECOMMENDATIONS, "- documented: homebound", "- documentd: homebound"))
                .hasMessageContaining("guidelines/recommendations/test.yaml")
                .hasMessageContaining("entry 'test.home-health'")
                .hasMessageContaining("(line 9)")
                .hasMessageContaining("unknown predicate 'documentd'")
                .hasMessageContaining("did you mean 'documented'")
                .hasMessageContaining("known predicates:");
    }

    @Test
    void aMissingCitationIsRejected() {
        loadingRecommendations(broken(RECOMMENDATIONS,
                "    citation: {edition: cpmtg-2009, sections: [Home health services], pages: \"51\"}\n", ""))
                .hasMessageContaining("entry 'test.home-health'")
                .hasMessageContaining("missing 'citation'");
    }

    @Test
    void aCitationWithoutSectionOrPagesIsRejected() {
        loadingRecommendations(broken(RECOMMENDATIONS, "sections: [Home health services], pages: \"51\"", ""))
                .hasMessageContaining("a citation needs sections or pages");
    }

    @Test
    void aCitationOfAnUnknownEditionIsRejected() {
        loadingRecommendations(broken(RECOMMENDATIONS, "edition: cpmtg-2009", "edition: cpmtg-2099"))
                .hasMessageContaining("unknown edition 'cpmtg-2099'")
                .hasMessageContaining("did you mean");
    }

    @Test
    void overlappingEditionDatesAreRejected() {
        loadingEditions(broken(EDITIONS, "effectiveFrom: 2016-07-29", "effectiveFrom: 2016-07-20"))
                .hasMessageContaining("guidelines/editions.yaml")
                .hasMessageContaining("edition 'cpmtg-2016'")
                .hasMessageContaining("overlap edition 'cpmtg-2009' (2009-07-18..2016-07-28)")
                .hasMessageContaining("topic chronic_pain");
    }

    @Test
    void anEarlierEditionLeftOpenOverlapsTheNextOne() {
        loadingEditions(broken(EDITIONS, "        effectiveTo: 2016-07-28\n", ""))
                .hasMessageContaining("overlap edition 'cpmtg-2009' (2009-07-18..)");
    }

    @Test
    void anEditionEndingBeforeItStartsIsRejected() {
        loadingEditions(broken(EDITIONS, "effectiveTo: 2016-07-28", "effectiveTo: 2008-07-28"))
                .hasMessageContaining("edition 'cpmtg-2009'")
                .hasMessageContaining("ends before it starts");
    }

    @Test
    void anUndeclaredCodeIsRejectedWithASuggestion() {
        loadingRecommendations(broken(RECOMMENDATIONS, "- documented: homebound", "- documented: homebond"))
                .hasMessageContaining("unknown fact 'homebond'")
                .hasMessageContaining("did you mean 'homebound'")
                .hasMessageContaining("vocabulary.yaml under facts");
    }

    @Test
    void aMisspeltKeyIsNotSilentlyIgnored() {
        loadingRecommendations(broken(RECOMMENDATIONS, "    limits:", "    limit:"))
                .hasMessageContaining("unknown key 'limit'");
    }

    @Test
    void aMissingConfidenceTagIsRejected() {
        loadingRecommendations(broken(RECOMMENDATIONS, "    confidence: R1\n", ""))
                .hasMessageContaining("missing 'confidence'");
    }

    @Test
    void anUnknownConfidenceTagIsRejected() {
        loadingRecommendations(broken(RECOMMENDATIONS, "confidence: R1", "confidence: R5"))
                .hasMessageContaining("unknown confidence 'R5'");
    }

    @Test
    void anUnknownRequestKindIsRejected() {
        loadingRecommendations(broken(RECOMMENDATIONS, "[home_health]", "[physio]"))
                .hasMessageContaining("unknown request kind 'physio'");
    }

    @Test
    void aDuplicateIdIsRejected() {
        String twice = RECOMMENDATIONS + RECOMMENDATIONS.substring(RECOMMENDATIONS.indexOf("  - id:"));
        loadingRecommendations(twice).hasMessageContaining("duplicate id");
    }

    @Test
    void aNotRecommendedEntryCannotHaveCriteria() {
        loadingRecommendations(broken(RECOMMENDATIONS, "strength: recommended_with_criteria",
                "strength: not_recommended"))
                .hasMessageContaining("a not-recommended entry has no criteria");
    }

    @Test
    void aBadSpanIsRejected() {
        loadingRecommendations(broken(RECOMMENDATIONS, "{quantity: hours_per_week, max: 35}",
                "{quantity: visits, max: 10, over: eight weeks}"))
                .hasMessageContaining("not a span like '8 weeks'");
    }

    @Test
    void aLimitWhoseMinimumExceedsItsMaximumIsRejected() {
        loadingRecommendations(broken(RECOMMENDATIONS, "{quantity: hours_per_week, max: 35}",
                "{quantity: visits, min: 10, max: 8}"))
                .hasMessageContaining("limit min 10 is above max 8");
    }

    @Test
    void aCriterionNamingTwoPredicatesIsRejected() {
        loadingRecommendations(broken(RECOMMENDATIONS, "- documented: homebound",
                "- {documented: homebound, absent: skilled_medical_need}"))
                .hasMessageContaining("exactly one predicate");
    }

    @Test
    void aFactRequiredAbsentNeedsTheClauseThatDeniesIt() {
        loadingRecommendations(broken(RECOMMENDATIONS, "- documented: skilled_medical_need",
                "- absent: skilled_medical_need"))
                .hasMessageContaining("fact 'skilled_medical_need' is required absent here")
                .hasMessageContaining("give it a 'negated' clause in vocabulary.yaml");
    }

    @Test
    void aFactWithItsDenyingClauseMayBeRequiredAbsent() {
        String vocabulary = broken(VOCABULARY, "  skilled_medical_need: skilled care by a licensed professional",
                "  skilled_medical_need:\n    note: skilled care is needed\n    negated: no skilled care is needed");
        GuidelineCatalogue catalogue = GuidelineCatalogue.fromYaml(files(MANIFEST, vocabulary, EDITIONS,
                broken(RECOMMENDATIONS, "- documented: skilled_medical_need", "- absent: skilled_medical_need")));
        assertThat(catalogue.vocabulary().term(Vocabulary.Category.FACTS, "skilled_medical_need").orElseThrow())
                .extracting(Term::note, Term::negated)
                .containsExactly("skilled care is needed", "no skilled care is needed");
    }

    @Test
    void aTopicTheEditionDoesNotServeIsRejected() {
        loadingRecommendations(broken(RECOMMENDATIONS, "    strength:", "    topic: opioids\n    strength:"))
                .hasMessageContaining("does not serve topic opioids");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        loadingRecommendations(broken(RECOMMENDATIONS, "requestKinds: [home_health]", "requestKinds: [home_health"))
                .hasMessageContaining("guidelines/recommendations/test.yaml")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aFileTheManifestNamesMustExist() {
        Map<String, String> f = files(MANIFEST, VOCABULARY, EDITIONS, RECOMMENDATIONS);
        f.remove("recommendations/test.yaml");
        assertThatThrownBy(() -> GuidelineCatalogue.fromYaml(f))
                .isInstanceOf(GuidelineDataException.class)
                .hasMessageContaining("guidelines/recommendations/test.yaml")
                .hasMessageContaining("not found");
    }

    @Test
    void twoDocumentsCannotShareAName() {
        String clash = EDITIONS + """
                  - id: other
                    title: Other Guidelines
                    publisher: DWC
                    basis: mtus
                    aliases: [Chronic Pain Treatment]
                    editions:
                      - id: other-2009
                        label: "2009"
                        citedAs: Other
                        topics: [acupuncture]
                        effectiveFrom: 2009-07-18
                        dateBasis: request_date
                        confidence: V
                """;
        loadingEditions(clash).hasMessageContaining("document 'other'")
                .hasMessageContaining("also names document 'cpmtg'");
    }
}
