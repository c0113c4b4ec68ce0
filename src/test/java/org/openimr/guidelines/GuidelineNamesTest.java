package org.openimr.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.PageRange;

/** Finding guidelines by the names letters print, and resolving a letter's guideline line to an edition. */
class GuidelineNamesTest {

    static final GuidelineCatalogue CATALOGUE = GuidelineCatalogue.loadDefault();

    @ParameterizedTest(name = "\"{0}\" {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Chronic Pain Medical Treatment         | 2016 | cpmtg-2016
            Chronic Pain Medical Treatment         | 2009 | cpmtg-2009
            MTUS Chronic Pain Treatment Guidelines | 2009 | cpmtg-2009
            Low Back Complaints                    | 2004 | acoem-2004-low-back
            Neck and Upper Back Complaints         | 2004 | acoem-2004-neck
            Shoulder Complaints                    | 2004 | acoem-2004-shoulder
            Elbow Complaints                       | 2007 | acoem-2007-elbow
            Forearm, Wrist, and Hand Complaints    | 2004 | acoem-2004-hand
            Forearm Wrist & Hand Complaints        | 2004 | acoem-2004-hand
            Knee Complaints                        | 2004 | acoem-2004-knee
            Ankle and Foot Complaints              | 2004 | acoem-2004-ankle-foot
            General Approaches                     | 2004 | acoem-2004-general-approaches
            Stress Related Conditions              | 2004 | acoem-2004-stress
            Opioid Treatment                       | 2016 | otg-2016
            Opioids Treatment Guidelines           | 2016 | otg-2016
            Acupuncture Treatment                  | 2007 | amtg-2007
            Postsurgical Treatment                 | 2009 | pstg-2009
            Post-surgical Treatment Guidelines     | 2009 | pstg-2009
            """)
    void findsTheEditionByNameAndLabelAsLettersPrintThem(String name, String label, String id) {
        assertThat(CATALOGUE.findEdition(name, label)).map(Edition::id).contains(id);
        assertThat(CATALOGUE.findEdition(name + " " + label)).map(Edition::id).contains(id);
    }

    @Test
    void anUnknownNameFindsNothing() {
        assertThat(CATALOGUE.findDocument("Pain Management Handbook")).isEmpty();
        assertThat(CATALOGUE.findEdition("Low Back Complaints", "1999")).isEmpty();
    }

    @Test
    void theSeedLettersLineWithoutAnEditionResolvesToTheEditionInForceOnTheDecision() {
        GuidelineCitation seed = GuidelineCitation.mtus("Chronic Pain Treatment Guidelines", null, List.of(),
                PageRange.parseAll("98-9"), List.of(), "Decision based on MTUS Chronic Pain Treatment Guidelines "
                        + "Page(s): 98-9.");
        assertThat(CATALOGUE.resolve(seed, LocalDate.of(2013, 11, 21))).map(Edition::id).contains("cpmtg-2009");
        assertThat(CATALOGUE.resolve(seed, LocalDate.of(2016, 12, 15))).map(Edition::id).contains("cpmtg-2016");
    }

    @Test
    void aLineThatNamesItsEditionResolvesToThatEditionWhateverTheDate() {
        GuidelineCitation line = GuidelineCitation.mtus("Chronic Pain Medical Treatment", "2009",
                List.of("Physical Medicine"), List.of(), List.of(), "");
        assertThat(CATALOGUE.resolve(line, LocalDate.of(2016, 12, 15))).map(Edition::id).contains("cpmtg-2009");
        assertThat(CATALOGUE.resolve(GuidelineCitation.none("no evidence cited"), LocalDate.of(2016, 12, 15)))
                .isEmpty();
    }
}
