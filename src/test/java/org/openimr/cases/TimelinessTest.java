package org.openimr.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.cases.ImrCaseTest.d;

import org.junit.jupiter.api.Test;
import org.openimr.cases.Timeliness.State;

class TimelinessTest {

    private static final java.time.LocalDate DUE = d("2017-01-11");

    @Test
    void eachStateAgainstTheDueDate() {
        assertThat(Timeliness.of(DUE, d("2017-01-11"), null, d("2017-02-01"))).isEqualTo(new Timeliness(State.MET, 0));
        assertThat(Timeliness.of(DUE, d("2017-01-14"), null, d("2017-02-01")))
                .isEqualTo(new Timeliness(State.LATE, 3));
        assertThat(Timeliness.of(DUE, null, null, d("2017-01-10"))).isEqualTo(new Timeliness(State.PENDING, 1));
        assertThat(Timeliness.of(DUE, null, null, d("2017-01-13"))).isEqualTo(new Timeliness(State.OVERDUE, 2));
        assertThat(Timeliness.of(DUE, null, d("2017-01-15"), d("2017-02-01")))
                .isEqualTo(new Timeliness(State.MISSED, 4));
        assertThat(Timeliness.of(DUE, null, d("2017-01-05"), d("2017-02-01")))
                .isEqualTo(new Timeliness(State.NO_LONGER_DUE, 0));
        // Not closed yet on the day asked about: still open.
        assertThat(Timeliness.of(DUE, null, d("2017-01-15"), d("2017-01-13")))
                .isEqualTo(new Timeliness(State.OVERDUE, 2));
    }

    @Test
    void eachStateInWords() {
        assertThat(new Timeliness(State.MET, 0).describe()).isEqualTo("met");
        assertThat(new Timeliness(State.LATE, 1).describe()).isEqualTo("1 day late");
        assertThat(new Timeliness(State.PENDING, 0).describe()).isEqualTo("due today");
        assertThat(new Timeliness(State.PENDING, 2).describe()).isEqualTo("due in 2 days");
        assertThat(new Timeliness(State.OVERDUE, 5).describe()).isEqualTo("5 days overdue");
        assertThat(new Timeliness(State.MISSED, 4).describe()).isEqualTo("missed by 4 days");
        assertThat(new Timeliness(State.NO_LONGER_DUE, 0).describe()).isEqualTo("no longer due");
        assertThat(new Timeliness(State.MISSED, 4).isLate()).isTrue();
        assertThat(new Timeliness(State.NO_LONGER_DUE, 0).isLate()).isFalse();
    }
}
