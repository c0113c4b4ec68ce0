package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.casefile.Texts.assertSpan;
import static org.openimr.casefile.Texts.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientFactsTest {

    @Test
    void ageSexAndDateOfInjuryWithTheirSpans() {
        String text = "The claimant is a 57-year-old female warehouse clerk who was injured on 03/14/2012 while "
                + "lifting boxes. She reports low back pain.";
        ClinicalFacts facts = extract(text);

        assertThat(facts.age()).get().extracting(Stated::value).isEqualTo(57);
        assertSpan(facts.age().get().span(), text, "57-year-old");
        assertThat(facts.sex()).get().extracting(Stated::value).isEqualTo(Sex.FEMALE);
        assertSpan(facts.sex().get().span(), text, "female");
        assertThat(facts.dateOfInjury()).get().extracting(Stated::value)
                .isEqualTo(StatedDate.day(LocalDate.of(2012, 3, 14)));
        assertSpan(facts.dateOfInjury().get().span(), text, "was injured on 03/14/2012");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A 38-year-old male twisted his left knee stepping off a forklift on 07/20/2016. | 2016-07-20 | twisted his left knee stepping off a forklift on 07/20/2016
            This 39-year-old woman injured her low back on 12/01/2014 lifting boxes. | 2014-12-01 | injured her low back on 12/01/2014
            He has had chronic low back pain since an injury on 02/20/2013. | 2013-02-20 | injury on 02/20/2013
            A 33-year-old male strained his right shoulder lifting a ladder on 01/20/2017. | 2017-01-20 | strained his right shoulder lifting a ladder on 01/20/2017
            He inverted his right ankle stepping off a forklift at work on 5/27/2015. | 2015-05-27 | inverted his right ankle stepping off a forklift at work on 5/27/2015
            She rolled her left ankle on a wet floor on 03/02/2016. | 2016-03-02 | rolled her left ankle on a wet floor on 03/02/2016
            """)
    void theMechanismOfTheInjuryWithItsDateGivesTheDateOfInjury(String text, String date, String span) {
        ClinicalFacts facts = extract(text);

        assertThat(facts.dateOfInjury()).get().extracting(Stated::value)
                .isEqualTo(StatedDate.day(LocalDate.parse(date)));
        assertSpan(facts.dateOfInjury().get().span(), text, span);
    }

    @Test
    void aMechanismWithoutADateInItsSentenceOrOfAnEarlierInjuryGivesNoDateOfInjury() {
        assertThat(extract("A 45-year-old man twisted his knee at work. He was seen on 07/22/2016.").dateOfInjury())
                .isEmpty();
        assertThat(extract("A 45-year-old man with a prior injury on 03/03/2009 to the knee.").dateOfInjury())
                .isEmpty();
        assertThat(extract("A 45-year-old man has a slipped disc on the MRI of 03/03/2016.").dateOfInjury())
                .isEmpty();
    }

    @Test
    void anEarlierInjuryThatResolvedIsNotTheDateOfInjury() {
        String text = "A 39-year-old nurse's aide. She had a previous injury at work on 02/11/2010 to the right wrist, "
                + "since healed. She now has neck pain after a fall on 07/08/2016.";
        assertThat(extract(text).dateOfInjury()).isEmpty();
    }

    @Test
    void theStandardPhraseGivesTheDateOfInjuryBeforeAnInjuryAtWork() {
        String text = "A 39-year-old nurse's aide had an injury at work on 02/11/2010 to the right wrist. She "
                + "sustained an industrial injury on 07/08/2016 when she fell.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.dateOfInjury()).get().extracting(Stated::value)
                .isEqualTo(StatedDate.day(LocalDate.of(2016, 7, 8)));
        assertSpan(facts.dateOfInjury().get().span(), text, "sustained an industrial injury on 07/08/2016");
    }

    @Test
    void anInjuryAtWorkDatesTheInjuryWhenNoStandardPhraseDoes() {
        String text = "A 39-year-old nurse's aide had an injury at work on 02/11/2010 to the right wrist.";
        assertThat(extract(text).dateOfInjury()).get().extracting(Stated::value)
                .isEqualTo(StatedDate.day(LocalDate.of(2010, 2, 11)));
    }

    @Test
    void nothingStatedNothingExtracted() {
        ClinicalFacts facts = extract("The patient returns for follow-up. Pain is unchanged.");
        assertThat(facts.age()).isEmpty();
        assertThat(facts.sex()).isEmpty();
        assertThat(facts.dateOfInjury()).isEmpty();
    }

    @Test
    void pronounsAreNotReadAsSex() {
        assertThat(extract("He returns today. His knee is better.").sex()).isEmpty();
    }

    @Test
    void theFirstAgeIsThePatientsNotALaterOne() {
        ClinicalFacts facts = extract("This 44 yo man has had migraines since he was 13 years old.");
        assertThat(facts.age()).get().extracting(Stated::value).isEqualTo(44);
        assertThat(facts.sex()).get().extracting(Stated::value).isEqualTo(Sex.MALE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Date of injury: 11/21/13.|2013-11-21|DAY",
        "DOI 11-21-2013. Seen today.|2013-11-21|DAY",
        "The date of injury is 2013-11-21.|2013-11-21|DAY",
        "He sustained an industrial injury on January 2016 at work.|2016-01-01|MONTH",
        "She sustained a work-related injury on October 4, 2016.|2016-10-04|DAY",
        "The injury date was Jan. 3, 2014 per the claim form.|2014-01-03|DAY",
        "There is an occupational claim from 7/2015 for the shoulder.|2015-07-01|MONTH",
        "A 40 year old male with an industrial-work injury on 2-9-15.|2015-02-09|DAY",
        "Right knee pain after a twisting injury at work on 06/10/2016.|2016-06-10|DAY",
        "Neck pain since an injury at work on 3/2/2015 when a box fell.|2015-03-02|DAY",
        "A 55-year-old carpenter injured his left shoulder on 04/05/2016 lifting plywood.|2016-04-05|DAY",
        "She twisted her right knee on 11/3/2014 at work.|2014-11-03|DAY",
        "He sustained a low back injury on 12/15/2014.|2014-12-15|DAY",
        "Chronic low back pain since an injury on 8/8/2014.|2014-08-08|DAY",
        "Hand numbness since a cumulative trauma injury dated 11/1/2014.|2014-11-01|DAY",
        "Knee osteoarthritis from a cumulative injury through 1/1/2015.|2015-01-01|DAY"
    })
    void datesOfInjuryInTheFormsRecordsUse(String text, LocalDate firstDay, StatedDate.Precision precision) {
        assertThat(extract(text).dateOfInjury()).get().extracting(Stated::value)
                .isEqualTo(new StatedDate(firstDay, precision));
    }

    @Test
    void aDateBrokenAcrossLinesByThePdfLayoutIsOneDate() {
        String text = "This case involves a 36-year-old woman with an occupational claim from 10/14/\n2016. She fell.";
        ClinicalFacts facts = extract(text);
        assertThat(facts.dateOfInjury()).get().extracting(s -> s.value().firstDay())
                .isEqualTo(LocalDate.of(2016, 10, 14));
        assertSpan(facts.dateOfInjury().get().span(), text, "occupational claim from 10/14/\n2016");
    }

    @Test
    void anEarlierInjuryOnADateIsNotTheDateOfInjury() {
        assertThat(extract("A prior injury on 3/3/2009 to the right wrist resolved. Neck pain since a fall.")
                .dateOfInjury()).isEmpty();
        assertThat(extract("He injured his knee playing soccer. He was seen on 4/5/2016.").dateOfInjury()).isEmpty();
    }

    @Test
    void aDateOfAVisitIsNotTheDateOfInjury() {
        assertThat(extract("He was seen on 4/5/2016 for knee pain after an injury at work.").dateOfInjury()).isEmpty();
    }
}
