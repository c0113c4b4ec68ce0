package org.openimr.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRangeTest {

    @Test
    void abbreviatedLastPagesTakeTheLeadingDigitsOfTheFirst() {
        assertThat(PageRange.parseAll("98-9")).containsExactly(new PageRange(98, 99));
        assertThat(PageRange.parseAll("112-13")).containsExactly(new PageRange(112, 113));
        assertThat(PageRange.parseAll("207-9")).containsExactly(new PageRange(207, 209));
        assertThat(PageRange.parseAll("114-16")).containsExactly(new PageRange(114, 116));
    }

    @Test
    void fullRangesSinglePagesAndLists() {
        assertThat(PageRange.parseAll("98-99")).containsExactly(new PageRange(98, 99));
        assertThat(PageRange.parseAll("98-102")).containsExactly(new PageRange(98, 102));
        assertThat(PageRange.parseAll("46")).containsExactly(PageRange.single(46));
        assertThat(PageRange.parseAll("78-80, 93-94; 96 and 303 to 305")).containsExactly(new PageRange(78, 80),
                new PageRange(93, 94), PageRange.single(96), new PageRange(303, 305));
        assertThat(PageRange.parseAll("67–8")).containsExactly(new PageRange(67, 68));
        assertThat(PageRange.parseAll("no pages")).isEmpty();
    }

    @Test
    void printsAsLettersDoNormalised() {
        assertThat(PageRange.parseAll("98-9").get(0)).hasToString("98-99");
        assertThat(PageRange.single(46)).hasToString("46");
    }

    @Test
    void aRangeThatRunsBackwardsIsRejected() {
        assertThatThrownBy(() -> PageRange.parseAll("98-2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRange(10, 9)).isInstanceOf(IllegalArgumentException.class);
    }
}
