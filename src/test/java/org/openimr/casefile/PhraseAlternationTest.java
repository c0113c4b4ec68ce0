package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhraseAlternationTest {

    @Test
    void theLongestPhraseWinsAndASpaceMatchesAnyWhiteSpace() {
        Pattern p = Pattern.compile("(?i)\\b(?:" + PhraseAlternation.longestFirst(List.of("taper", "taper supply", "a.b"))
                + ")\\b");
        var m = p.matcher("Norco #30 Taper\n supply");
        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo("Taper\n supply");
        assertThat(p.matcher("axb").find()).isFalse();
        assertThat(PhraseAlternation.longestFirst(List.of("b", "a", "cc"))).isEqualTo("\\Qcc\\E|\\Qa\\E|\\Qb\\E");
    }
}
