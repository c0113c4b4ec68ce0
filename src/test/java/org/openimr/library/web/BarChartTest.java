package org.openimr.library.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Labels of the analytics charts fit beside the axis: wrapped between words, at most two lines. */
class BarChartTest {

    private static BarChart.Bar bar(String label) {
        return new BarChart.Bar(label, 50, "50.0% of 10");
    }

    @Test
    void aShortLabelIsOneLine() {
        assertThat(bar("Pharmaceuticals").labelLines()).containsExactly("Pharmaceuticals");
    }

    @Test
    void aLongLabelWrapsBetweenWords() {
        assertThat(bar("MTUS Chronic Pain Medical Treatment 2016").labelLines())
                .containsExactly("MTUS Chronic Pain Medical", "Treatment 2016");
    }

    @Test
    void aLabelLongerThanTwoLinesEndsInAnEllipsisAndItsTitleGivesItWhole() {
        String label = "Official Disability Guidelines (ODG) Low Back - Lumbar & Thoracic (Acute & Chronic) 2017";
        assertThat(bar(label).labelLines()).containsExactly("Official Disability Guidelines", "(ODG) Low Back - Lumbar &\u2026");
        assertThat(bar(label).title()).isEqualTo(label + ": 50.0% of 10");
    }

    @Test
    void aWordLongerThanALineIsCut() {
        assertThat(bar("x".repeat(40)).labelLines()).containsExactly("x".repeat(32), "xxxxxxxx");
    }

    @Test
    void rowsGrowWithTheLinesOfTheLongestLabel() {
        BarChart oneLine = BarChart.percents("c", "Chart", "share", List.of(bar("Surgery")));
        BarChart twoLines = BarChart.percents("c", "Chart", "share",
                List.of(bar("Surgery"), bar("MTUS Chronic Pain Medical Treatment 2016")));

        assertThat(oneLine.row()).isEqualTo(26);
        assertThat(oneLine.height()).isEqualTo(34);
        assertThat(twoLines.row()).isEqualTo(41);
        assertThat(twoLines.height()).isEqualTo(90);
        // a one-line label sits on the bar's text line, a two-line one is centred on the bar
        assertThat(twoLines.textY(1)).isEqualTo(45 + 11 + 13);
        assertThat(twoLines.labelY(1, twoLines.bars().get(1))).isEqualTo("61.5");
    }
}
