package org.openimr.cases.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.openimr.cases.issue.CaseLetterGenerator.GeneratedCase;
import org.openimr.cases.issue.QualityFinding.Code;
import org.openimr.letters.DocumentReviewed;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;

/** The quality check: generated letters pass; each kind of defect gives its finding, with the item and the words. */
class QualityCheckTest {

    private final QualityCheck check = QualityCheck.standard();

    @Test
    void everyGeneratedLetterPassesWithoutAnyFinding() {
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= 300; seed++) {
            GeneratedCase c = new CaseLetterGenerator(seed).next();
            QualityReport report = check.check(c.letter().letter(), c.letterCase());
            if (!report.findings().isEmpty()) {
                failures.add("seed " + seed + ": " + report.findings());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aDisputedItemWithoutDecisionAndADecisionOfNoDisputedItemAreErrors() {
        GeneratedCase c = twoItems();
        QualityReport missing = check.check(withItems(c, items -> items.subList(0, 1)), c.letterCase());
        assertThat(missing.errors()).extracting(QualityFinding::code, QualityFinding::item)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.ITEM_NOT_DECIDED, 2));
        assertThat(missing.errors().get(0).message()).isEqualTo("The disputed treatment \""
                + c.letterCase().disputedRequests().get(1) + "\" has no decision in the letter.");

        LetterCase oneItem = new LetterCase(c.letterCase().caseNumber(), c.letterCase().requestDate(),
                c.letterCase().disputedRequests().subList(0, 1));
        assertThat(check.check(c.letter().letter(), oneItem).errors()).extracting(QualityFinding::code)
                .containsExactly(Code.ITEM_NOT_DISPUTED);
        assertThat(check.check(withItems(c, items -> List.of(items.get(1), items.get(0))), c.letterCase())
                .errors()).extracting(QualityFinding::code)
                .containsExactly(Code.REQUEST_NOT_MATCHING, Code.REQUEST_NOT_MATCHING);
    }

    @Test
    void anEditionNotInForceOnTheRequestDateIsAnErrorThatNamesTheEditionInForce() {
        GeneratedCase c = twoItems();
        GuidelineCitation cpmtg2009 = GuidelineCitation.mtus("Chronic Pain Medical Treatment", "2009",
                List.of("Opioids, criteria for use"), List.of(), List.of(), null);
        FinalDeterminationLetter letter = withItems(c, items -> List.of(reviewerCitation(items.get(0), cpmtg2009),
                items.get(1)));
        QualityReport report = check.check(letter, new LetterCase(c.letterCase().caseNumber(),
                java.time.LocalDate.of(2017, 1, 10), c.letterCase().disputedRequests()));
        assertThat(report.errors()).extracting(QualityFinding::code).containsExactly(Code.EDITION_NOT_IN_FORCE);
        assertThat(report.errors().get(0).describe()).isEqualTo("Item 1: The cited guideline was not in force on "
                + "the request date: Chronic Pain Medical Treatment 2009 was in force from 2009-07-18 to 2016-07-28, "
                + "not on 2017-01-10; Chronic Pain Medical Treatment 2016 was.");
        assertThat(report.allowsIssue()).isFalse();

        GuidelineCitation unknown = GuidelineCitation.mtus("Guidelines of Nowhere", "2016", List.of(), List.of(),
                List.of(), null);
        QualityReport unchecked = check.check(withItems(c, items -> List.of(reviewerCitation(items.get(0), unknown),
                items.get(1))), c.letterCase());
        assertThat(unchecked.findings()).extracting(QualityFinding::code).containsExactly(Code.EDITION_NOT_CHECKED);
        assertThat(unchecked.allowsIssue()).isTrue();
    }

    @Test
    void noGuidelineNeedsAStatedReason() {
        GeneratedCase c = twoItems();
        ItemDetermination first = c.letter().letter().items().get(0);
        ItemDetermination none = new ItemDetermination(first.request(), first.outcome(),
                first.claimsAdministratorGuideline(), GuidelineCitation.none("no evidence"),
                first.rationale().replace(CaseLetterGenerator.NO_MTUS_REASON + " ", ""));
        QualityReport report = check.check(withItems(c, items -> List.of(none, items.get(1))), c.letterCase());
        assertThat(report.errors()).extracting(QualityFinding::code, QualityFinding::item)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.NO_GUIDELINE_AND_NO_REASON, 1));

        ItemDetermination reasoned = new ItemDetermination(none.request(), none.outcome(),
                none.claimsAdministratorGuideline(), none.reviewerGuideline(),
                "The MTUS is silent on this treatment. " + none.rationale());
        assertThat(check.check(withItems(c, items -> List.of(reasoned, items.get(1))), c.letterCase()).findings())
                .isEmpty();
    }

    @Test
    void aSourceOutsideTheMtusPassesWithTheReasonAReviewerTypesInTheWorkspace() {
        GeneratedCase c = twoItems();
        ItemDetermination outside = reviewerCitation(c.letter().letter().items().get(0), GuidelineCitation.nonMtus(
                List.of("Official Disability Guidelines (ODG), Low Back, MRIs"), ""));
        assertThat(check.check(withItems(c, items -> List.of(outside, items.get(1))), c.letterCase()).findings())
                .extracting(QualityFinding::code, QualityFinding::item)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.OUTSIDE_MTUS_WITHOUT_REASON, 1));

        // the reason as ReviewPages takes it ("why the MTUS does not apply"), put before the rationale by CaseLetters
        for (String reason : List.of("The MTUS data in force has no recommendation on lumbar MRI.",
                "The MTUS guideline in force on the request date has no recommendation on lumbar MRI.",
                "CA MTUS does not address this imaging.")) {
            ItemDetermination reasoned = new ItemDetermination(outside.request(), outside.outcome(),
                    outside.claimsAdministratorGuideline(), outside.reviewerGuideline(),
                    reason + " " + outside.rationale());
            assertThat(check.check(withItems(c, items -> List.of(reasoned, items.get(1))), c.letterCase())
                    .findings()).as(reason).isEmpty();
        }
    }

    @Test
    void aRationaleMustNameTheRequestAndConcludeAsTheOutcomeDoes() {
        GeneratedCase c = twoItems();
        ItemDetermination first = c.letter().letter().items().get(0);
        Outcome other = first.outcome() == Outcome.UPHELD ? Outcome.OVERTURNED : Outcome.UPHELD;
        ItemDetermination contradicted = new ItemDetermination(first.request(), other,
                first.claimsAdministratorGuideline(), first.reviewerGuideline(), first.rationale());
        ItemDetermination unnamed = new ItemDetermination(first.request(), first.outcome(),
                first.claimsAdministratorGuideline(), first.reviewerGuideline(),
                "The treatment " + (first.outcome() == Outcome.UPHELD ? "is not" : "is") + " medically necessary.");
        ItemDetermination empty = new ItemDetermination(first.request(), first.outcome(),
                first.claimsAdministratorGuideline(), first.reviewerGuideline(), " ");

        assertThat(check.check(withItems(c, items -> List.of(contradicted, items.get(1))), c.letterCase())
                .errors()).extracting(QualityFinding::code).containsExactly(Code.RATIONALE_CONTRADICTS_OUTCOME);
        assertThat(check.check(withItems(c, items -> List.of(unnamed, items.get(1))), c.letterCase())
                .errors()).extracting(QualityFinding::code).containsExactly(Code.RATIONALE_DOES_NOT_NAME_REQUEST);
        assertThat(check.check(withItems(c, items -> List.of(empty, items.get(1))), c.letterCase())
                .errors()).extracting(QualityFinding::code).containsExactly(Code.RATIONALE_MISSING);
    }

    @Test
    void documentsSummaryCaseNumberAndPlaceholdersAreChecked() {
        GeneratedCase c = twoItems();
        FinalDeterminationLetter l = c.letter().letter();
        FinalDeterminationLetter bare = new FinalDeterminationLetter(l.layout(), new CaseNumber("CM17-0000001"),
                l.dates(), l.priority(), l.reviewer(), l.patient(), "", List.of(), l.items());
        assertThat(check.check(bare, c.letterCase()).errors()).extracting(QualityFinding::code).containsExactly(
                Code.CASE_NUMBER_MISMATCH, Code.CLINICAL_SUMMARY_MISSING, Code.NO_DOCUMENTS_REVIEWED);

        FinalDeterminationLetter drafty = new FinalDeterminationLetter(l.layout(), l.caseNumber(), l.dates(),
                l.priority(), l.reviewer(), l.patient(), l.clinicalCaseSummary() + " TODO: add the MRI. Withheld.",
                List.of(new DocumentReviewed("Progress report of [treating physician]", null, null)), l.items());
        QualityReport report = check.check(drafty, c.letterCase());
        assertThat(report.findings()).extracting(QualityFinding::code).containsExactly(
                Code.DOCUMENT_WITHOUT_AUTHOR_OR_DATE, Code.PLACEHOLDER_TEXT, Code.PLACEHOLDER_TEXT,
                Code.PLACEHOLDER_TEXT);
        assertThat(report.findings()).extracting(QualityFinding::message).contains(
                "The document \"Progress report of [treating physician]\" is listed without its author and date.");
        assertThat(report.errors()).extracting(QualityFinding::message).anyMatch(m -> m.startsWith(
                "Placeholder text \"[treating physician]\" in: \"Progress report of [treating physician]\""));
        assertThat(report.summary()).isEqualTo("3 errors, 1 warning");
    }

    private static GeneratedCase twoItems() {
        CaseLetterGenerator generator = new CaseLetterGenerator(42);
        GeneratedCase c = generator.forCase(new CaseNumber("CM17-8000042"), java.time.LocalDate.of(2017, 3, 6),
                List.of("Cyclobenzaprine 7.5mg #90", "Urine drug screen"), generator.parties());
        assertThat(QualityCheck.standard().check(c.letter().letter(), c.letterCase()).findings()).isEmpty();
        return c;
    }

    private static FinalDeterminationLetter withItems(GeneratedCase c,
            UnaryOperator<List<ItemDetermination>> change) {
        FinalDeterminationLetter l = c.letter().letter();
        return new FinalDeterminationLetter(l.layout(), l.caseNumber(), l.dates(), l.priority(), l.reviewer(),
                l.patient(), l.clinicalCaseSummary(), l.documentsReviewed(), change.apply(l.items()));
    }

    private static ItemDetermination reviewerCitation(ItemDetermination i, GuidelineCitation citation) {
        String rationale = i.rationale().replace(CaseLetterGenerator.NO_MTUS_REASON + " ", "");
        return new ItemDetermination(i.request(), i.outcome(), i.claimsAdministratorGuideline(), citation, rationale);
    }
}
