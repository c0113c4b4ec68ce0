package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The clause around a span for each set of cuts, on sentences written for this test. */
class ClausesTest {

    /** The clause of the whole text around the first occurrence of {@code span}. */
    private static String clause(Clauses cuts, String text, String span) {
        int at = text.indexOf(span);
        return cuts.around(text, 0, text.length(), at, at + span.length()).of(text);
    }

    @Test
    void semicolonsCutStatementsButNotCommas() {
        String text = "The knee is swollen, warm; an ESI was advised; gait normal";
        assertThat(clause(Clauses.SEMICOLON, text, "swollen")).isEqualTo("The knee is swollen, warm");
        assertThat(clause(Clauses.SEMICOLON, text, "ESI")).isEqualTo(" an ESI was advised");
        assertThat(clause(Clauses.SEMICOLON, text, "gait")).isEqualTo(" gait normal");
    }

    @Test
    void aListCutsAtCommasToo() {
        String text = "absent R ankle reflex, normal L5 strength; sensation intact";
        assertThat(clause(Clauses.LIST, text, "absent")).isEqualTo("absent R ankle reflex");
        assertThat(clause(Clauses.LIST, text, "L5")).isEqualTo(" normal L5 strength");
        assertThat(clause(Clauses.LIST, text, "intact")).isEqualTo(" sensation intact");
    }

    @Test
    void aContrastCutsAtCommaAndAndAtWordsOfContrastButNotAtACommaAlone() {
        String text = "the arthroscopy, with SAD, was approved, and a follow-up is scheduled but PT is pending";
        assertThat(clause(Clauses.CONTRAST, text, "arthroscopy")).isEqualTo("the arthroscopy, with SAD, was approved");
        assertThat(clause(Clauses.CONTRAST, text, "follow-up")).isEqualTo(" a follow-up is scheduled ");
        assertThat(clause(Clauses.CONTRAST, text, "PT")).isEqualTo(" PT is pending");
    }

    @Test
    void aContrastDoesNotCutAtCommaAndIt() {
        String text = "the repair was certified, and it is scheduled";
        assertThat(clause(Clauses.CONTRAST, text, "repair")).isEqualTo(text);
    }

    @Test
    void sentencePartsCutAtPeriodsAndColonsToo() {
        String text = "Exam. Sensation: possibly decreased, reflexes 2+";
        assertThat(clause(Clauses.SENTENCE_PARTS, text, "decreased")).isEqualTo(" possibly decreased");
        assertThat(clause(Clauses.SENTENCE_PARTS, text, "Sensation")).isEqualTo(" Sensation");
    }

    @Test
    void joinedItemsCutAtAndButWhileAndCommasButNotInsideAWord() {
        String text = "positive for hydrocodone and oxycodone was not detected, while the band was normal";
        assertThat(clause(Clauses.JOINED_ITEMS, text, "not detected")).isEqualTo(" oxycodone was not detected");
        assertThat(clause(Clauses.JOINED_ITEMS, text, "normal")).isEqualTo(" the band was normal");
    }

    @Test
    void conjunctionsCutJoinedStatementsButNotAComma() {
        String text = "Despite PT, she attended class and her numbness has not progressed";
        assertThat(clause(Clauses.CONJUNCTIONS, text, "has not progressed")).isEqualTo(" her numbness has not progressed");
        assertThat(clause(Clauses.CONJUNCTIONS, text, "attended")).isEqualTo("Despite PT, she attended class ");
        assertThat(clause(Clauses.CONJUNCTIONS, "Her handwriting has not progressed", "has not"))
                .isEqualTo("Her handwriting has not progressed");
    }

    @Test
    void theClauseOfASpanAtTheStartOrEndOfTheTextRunsToThatEdge() {
        String text = "PT x 6; no progress";
        assertThat(clause(Clauses.SEMICOLON, text, "PT")).isEqualTo("PT x 6");
        assertThat(clause(Clauses.SEMICOLON, text, "progress")).isEqualTo(" no progress");
        assertThat(clause(Clauses.SEMICOLON, text, text)).isEqualTo(text);
    }

    @Test
    void aCutInsideTheSpanCutsNothing() {
        String text = "left; right, both";
        assertThat(clause(Clauses.LIST, text, "; right,")).isEqualTo("left; right, both");
    }

    @Test
    void theClauseStaysWithinTheBoundsGiven() {
        String text = "One; two three; four";
        Clauses.Clause c = Clauses.SEMICOLON.around(text, 5, 13, 9, 14);
        assertThat(c).isEqualTo(new Clauses.Clause(5, 13));
        assertThat(Clauses.SEMICOLON.start(text, 5, 9)).isEqualTo(5);
        assertThat(Clauses.SEMICOLON.end(text, 9, text.length())).isEqualTo(14);
    }

    @Test
    void anEmptyTextHasAnEmptyClause() {
        for (Clauses cuts : Clauses.values()) {
            assertThat(cuts.around("", 0, 0, 0, 0)).isEqualTo(new Clauses.Clause(0, 0));
        }
    }

    @Test
    void statementsSetAgainstEachOtherCutAtSemicolonsAndWordsOfContrastButNotCommas() {
        String text = "Right elbow: pain, swelling, but the elbow examination is normal; gait normal";
        assertThat(clause(Clauses.SEMICOLON_OR_CONTRAST, text, "swelling")).isEqualTo("Right elbow: pain, swelling, ");
        assertThat(Clauses.SEMICOLON_OR_CONTRAST.clausesOf(text, 0, text.length()).stream().map(c -> c.of(text))
                .toList()).containsExactly("Right elbow: pain, swelling, ", " the elbow examination is normal",
                        " gait normal");
    }

    @Test
    void aListOrAContrastCutsAtCommasAndWordsOfContrast() {
        String text = "no stenosis, but a protrusion at L5 however";
        assertThat(clause(Clauses.LIST_OR_CONTRAST, text, "protrusion")).isEqualTo(" a protrusion at L5 ");
        assertThat(Clauses.LIST_OR_CONTRAST.cutIn(text, 0, 11)).isFalse();
        assertThat(Clauses.LIST_OR_CONTRAST.cutIn(text, 0, 12)).isTrue();
        String whereas = "no stenosis whereas a protrusion at L5";
        assertThat(clause(Clauses.LIST_OR_CONTRAST, whereas, "protrusion")).isEqualTo(" a protrusion at L5");
    }

    @Test
    void aListAndPeriodsCutsAtAPeriodEndingASentenceButNotAtADecimalPoint() {
        String text = "Rated 4.5 of 10 after PT x 12.\nPT, then surgery.";
        assertThat(clause(Clauses.LIST_AND_PERIODS, text, "of 10")).isEqualTo("Rated 4.5 of 10 after PT x 12");
        assertThat(clause(Clauses.LIST_AND_PERIODS, text, "surgery")).isEqualTo(" then surgery");
        assertThat(clause(Clauses.LIST_AND_PERIODS, text, "x 12.")).isEqualTo(text.substring(0, text.indexOf(',')));
    }

    @Test
    void partsBeforeAnAsideCutAtAnOpeningParenthesisButNotAClosingOne() {
        String text = "foraminal narrowing (L5) confirmed by EMG: L5 root";
        assertThat(Clauses.PARTS_BEFORE_AN_ASIDE.start(text, 0, text.indexOf("confirmed")))
                .isEqualTo(text.indexOf('(') + 1);
        assertThat(Clauses.PARTS_AND_ASIDES.start(text, 0, text.indexOf("confirmed"))).isEqualTo(text.indexOf(')') + 1);
        assertThat(Clauses.PARTS_AND_ASIDES.cutIn(text, 0, text.indexOf('('))).isFalse();
    }

    /** The patient as subject, as the determination module's data words it (a few of its words). */
    private static final Clauses.PatientSubject PATIENT = new Clauses.PatientSubject(
            java.util.regex.Pattern.compile("(?i)\\b(?:she|he|the patient)\\b"),
            java.util.regex.Pattern.compile("(?i)\\b(?:did|has|\\w+ed)\\b"));

    /** The clause of the whole text around the predicate that starts at the last {@code predicate}, to the end. */
    private static String predicate(String text, String predicate) {
        int at = text.lastIndexOf(predicate);
        return Clauses.CONJUNCTIONS.aroundAPredicate(text, 0, text.length(), at, text.length(), PATIENT).of(text);
    }

    @Test
    void aPredicateWithNoSubjectAfterAndOrButSharesTheStatementBefore() {
        assertThat(predicate("Knee pain; she did PT but has not progressed", "has not"))
                .isEqualTo(" she did PT but has not progressed");
        assertThat(predicate("she did PT and is still not progressing", "not progressing"))
                .isEqualTo("she did PT and is still not progressing");
    }

    @Test
    void aPredicateWithItsOwnSubjectOrObjectAfterTheConjunctionIsStillCut() {
        assertThat(predicate("she did PT and her numbness has not progressed", "has not"))
                .isEqualTo(" her numbness has not progressed");
        assertThat(predicate("she did PT and has numbness that has not progressed", "has not"))
                .isEqualTo(" has numbness that has not progressed");
    }

    @Test
    void aPredicateJoinsTheStatementBeforeOnlyWhenThePatientIsItsSubject() {
        assertThat(predicate("her numbness did not change with PT and has not progressed", "has not"))
                .isEqualTo(" has not progressed");
        assertThat(predicate("attended PT x 6 and has not progressed", "has not"))
                .isEqualTo("attended PT x 6 and has not progressed");
    }

    @Test
    void aPredicateAfterHoweverWithThePatientAsSubjectSharesTheStatementBefore() {
        assertThat(predicate("she has done PT x 12, however she has plateaued", "plateaued"))
                .isEqualTo("she has done PT x 12, however she has plateaued");
        assertThat(predicate("she did PT, however has not progressed", "has not"))
                .isEqualTo("she did PT, however has not progressed");
        assertThat(predicate("she did PT, however her grip has plateaued", "plateaued"))
                .isEqualTo(" her grip has plateaued");
    }
}
