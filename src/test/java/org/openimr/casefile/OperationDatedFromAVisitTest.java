package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.casefile.Texts.extract;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * An operation dated by the time since it stated at a dated visit (s13-rehab3): the visit's day less the interval,
 * only when the visit's date opens the interval's sentence or the dated sentence before it; never from another date
 * (an injury's), nor from a planned duration. Synthetic sentences, written for OpenIMR.
 */
class OperationDatedFromAVisitTest {

    private static Optional<LocalDate> dayOf(String text, Surgery.Kind kind) {
        return extract(text).surgeries().stream().filter(s -> s.kind() == kind && s.date().isPresent())
                .map(s -> s.date().get().firstDay()).findFirst();
    }

    @Test
    void weeksAfterTheOperationNamedAtTheVisitDateIt() {
        // the visit's date before "6 wks s/p" is not the operation's (it was read as such before)
        assertThat(dayOf("Progress note 5/10/16: 6 wks s/p L knee scope with partial meniscectomy.",
                Surgery.Kind.ARTHROSCOPY)).contains(LocalDate.of(2016, 3, 29));
        assertThat(extract("Progress note 5/10/16: 6 wks s/p L knee scope.").surgeries()).singleElement()
                .satisfies(s -> assertThat(s.reckoned()).contains("6 weeks before the visit of 2016-05-10"));
    }

    @Test
    void postOpAloneTakesTheOperationTheRecordNamesDone() {
        assertThat(dayOf("He had a R knee partial meniscectomy. At the visit of 5/10/16 he is 3 weeks post-op.",
                Surgery.Kind.MENISCECTOMY)).contains(LocalDate.of(2016, 4, 19));
        assertThat(dayOf("He had a R knee partial meniscectomy. Post-op check 5/10/16. POD #21, wound healed.",
                Surgery.Kind.MENISCECTOMY)).contains(LocalDate.of(2016, 4, 19));
    }

    @Test
    void noVisitDateNoOperationDate() {
        // guards: an injury's date is no visit's (nor the operation's: it was read as such before); a duration of care planned after an operation is no interval
        assertThat(dayOf("He fell on 1/19/16 and is now 3 weeks post-op from a R knee scope.", Surgery.Kind.ARTHROSCOPY))
                .isEmpty();
        assertThat(extract("He is 3 weeks post-op from a R knee scope.").surgeries())
                .allSatisfy(s -> assertThat(s.date()).isEmpty());
        assertThat(extract("On 4/26/16 a R knee scope was recommended, with PT for 6 weeks post-op.").surgeries())
                .allSatisfy(s -> assertThat(s.date()).isEmpty());
        assertThat(extract("At the visit of 5/10/16 he was given 6 weeks post-op PT.").surgeries()).isEmpty();
        assertThat(extract("9/27/16: his LBP is worse 2 weeks after lifting a box.").surgeries()).isEmpty();
    }
}
