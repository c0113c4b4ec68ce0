package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Equipment (DMEPOS) criteria, one at a time, in the many ways a treating physician's note or an IMR summary states
 * them: each phrasing goes into a record that otherwise meets the rule in force (dated visits, the UR denial with its
 * reasons), and must be drafted OVERTURNED under the right section; beside it, guards where the same words do not
 * meet the criterion (negated, of another part, a plan rather than a fact, only in the reviewer's words, out of time)
 * and must stay UPHELD or REFER. Synthetic records, written for OpenIMR (fifteenth round, docs/engine-evaluation.md,
 * s13-cdme).
 */
class PhrasingsOfTheEquipmentCriteriaTest {

    private static final String UR = "UR non-certified the request on ";

    // ------------------------------------------------------------------------- TENS purchase after a home trial

    /** A chronic low back record that meets every TENS criterion but the trial and its outcome, which {@code %s} states. */
    static final String TENS_PURCHASE = "This 50 y/o female clerk has chronic low back pain since a lifting "
            + "injury on 03/12/2014. She completed PT x 12 and takes naproxen without adequate relief, and she continues "
            + "a HEP. %s On 08/09/2016 the physician requested purchase of the TENS unit. " + UR + "08/16/2016, the "
            + "reviewer stating that there was no documentation of a successful trial.";

    private static Arguments tensPurchase(String name, String trial) {
        return Arguments.of("tens purchase: " + name, TENS_PURCHASE.formatted(trial), "Purchase of TENS unit",
                "2016-08-16", "TENS");
    }

    // ------------------------------------------------------------------------- TENS one-month trial (chronic pain)

    /** A TENS trial request; {@code %s} states duration, failed treatment and the program the unit supports. */
    private static final String TENS_TRIAL = "This 47 y/o male mechanic injured his low back lifting a transmission. "
            + "%s On 09/06/2016 the physician requested a 30 day home TENS unit trial. " + UR + "09/13/2016; the "
            + "reviewer found no evidence of failed conservative care.";

    private static Arguments tensTrial(String name, String facts) {
        return Arguments.of("tens trial: " + name, TENS_TRIAL.formatted(facts), "TENS unit 30 day home trial rental",
                "2016-09-13", "TENS");
    }

    // ------------------------------------------------------------------------- H-wave after a failed TENS trial

    private static final String H_WAVE = "This 58 y/o male has painful diabetic neuropathy of both feet, aggravated by "
            + "prolonged standing at work since 2013. He continues a HEP and failed PT and medications (gabapentin, "
            + "tramadol). %s On 10/04/2016 the physician requested a 30-day home H-wave trial as an adjunct to his "
            + "HEP. " + UR + "10/11/2016.";

    private static Arguments hWave(String name, String tens) {
        return Arguments.of("h-wave: " + name, H_WAVE.formatted(tens), "Home H-wave device 30 day trial",
                "2016-10-11", "H-wave");
    }

    // ------------------------------------------------------------------------- interferential trial

    private static final String INTERFERENTIAL = "This 56 y/o female has chronic neck pain since a fall at work on "
            + "02/2015. She completed PT x 12 and continues a HEP. %s On 08/22/2016 the physician requested a 1 month "
            + "home interferential unit trial. " + UR + "08/30/2016.";

    private static Arguments interferential(String name, String medications) {
        return Arguments.of("interferential: " + name, INTERFERENTIAL.formatted(medications),
                "Interferential unit 1 month rental", "2016-08-30", "Interferential");
    }

    // ------------------------------------------------------------------------- cold therapy after an operation

    private static Arguments coldTherapy(String name, String surgery, String date) {
        return Arguments.of("cold therapy: " + name, "This 46 y/o male warehouse worker has a R knee medial meniscus "
                + "tear after a twisting injury on 05/2016. " + surgery + " The surgeon requested a cold therapy unit "
                + "for 7 days post-op. " + UR + date + ".", "Cold therapy unit, 7 day rental", date, "cryotherapy");
    }

    // ------------------------------------------------------------------------- CPM after a knee replacement

    private static Arguments cpm(String name, String stiffness) {
        return Arguments.of("cpm: " + name, "This 66 y/o female underwent R total knee arthroplasty on 10/03/2016. "
                + stiffness + " The surgeon requested home CPM for 14 days. " + UR + "10/11/2016.",
                "Home CPM machine x 14 days", "2016-10-11", "passive motion");
    }

    // ------------------------------------------------------------------------- walking aids

    private static Arguments walkingAid(String name, String gait, String request) {
        return Arguments.of("walking aid: " + name, "This 63 y/o male sustained a R knee and hip contusion in a fall "
                + "from a ladder at work on 06/2016. " + gait + " The physician requested a " + request.toLowerCase()
                + ". " + UR + "09/13/2016.", request, "2016-09-13", "Walking aids");
    }

    // ------------------------------------------------------------------------- knee brace

    private static Arguments kneeBrace(String name, String instability) {
        return Arguments.of("knee brace: " + name, "This 31 y/o male roofer twisted his L knee on 02/03/2016. "
                + instability + " He must climb ladders at work. The physician requested a hinged knee brace for the L "
                + "knee. " + UR + "03/22/2016.", "Hinged knee brace, left", "2016-03-22", "Knee");
    }

    // ------------------------------------------------------------------------- wrist splint

    private static Arguments wristSplint(String name, String diagnosis) {
        return Arguments.of("wrist splint: " + name, "This 41 y/o female packer has R hand numbness and tingling "
                + "since 01/2016, worse at night. " + diagnosis + " The physician requested a R wrist splint for night "
                + "use. " + UR + "05/10/2016.", "Right wrist splint", "2016-05-10", "Hand");
    }

    // ------------------------------------------------------------------------- foot orthotics

    private static Arguments orthotics(String name, String diagnosis) {
        return Arguments.of("orthotics: " + name, "This 44 y/o female cashier stands 8 hours a shift and has L foot "
                + "pain since 02/2016. " + diagnosis + " The podiatrist requested custom orthotics. " + UR
                + "06/21/2016.", "Custom foot orthotics", "2016-06-21", "Ankle");
    }

    static Stream<Arguments> meetingPhrasings() {
        return Stream.of(
                // a one-month trial done, and its outcome: less pain, less medication, better function
                tensPurchase("a trial with pain and function in figures",
                        "A 30-day home TENS trial from 07/01/2016 to 07/31/2016 decreased her pain from 7/10 to 4/10 "
                        + "and she can now sit for 60 minutes instead of 20."),
                tensPurchase("a successful trial stated as such",
                        "The one-month TENS trial in 07/2016 was successful: pain fell from 8/10 to 4/10 and she "
                        + "returned to full duty."),
                tensPurchase("decreased pain, decreased medication, improved function",
                        "A TENS unit trial from 06/15/2016 to 07/15/2016 resulted in decreased pain, decreased "
                        + "medication use and improved function; she is now able to stand for 45 minutes."),

                // chronic pain of three months or more, medication or PT failed, an adjunct to functional restoration
                tensTrial("a date of injury years ago and failures in a list",
                        "His date of injury is 04/02/2014. Tx to date: PT x 12, chiro x 6 w/o benefit. He continues a "
                        + "HEP."),
                tensTrial("no relief despite",
                        "He has had low back pain for 2 years, with no relief despite physical therapy and NSAIDs. The "
                        + "unit will be used with his home exercise program."),
                tensTrial("medications failed, in a table",
                        "Chronic low back pain since 2014. Meds: naproxen, tramadol - without relief. He attends a "
                        + "functional restoration program."),
                tensTrial("failed conservative care",
                        "Since the injury on 01/2015 he has had constant low back pain. He failed conservative care "
                        + "including PT and medications and is doing a home exercise program."),
                tensTrial("temporary relief only",
                        "Low back pain since 11/2015. Physical therapy gave only temporary relief and ibuprofen did not "
                        + "help. He continues his home exercises daily."),
                tensTrial("months of pain in figures",
                        "He has had low back pain for 10 months. Twelve sessions of PT did not help. He performs a home "
                        + "exercise program."),

                // H-wave: TENS tried and failed
                hWave("a month of TENS without relief", "A 1 month TENS trial gave no relief."),
                hWave("TENS that did not help", "He tried a TENS unit for a month in 2015 but it did not help."),
                hWave("no benefit from TENS", "He had no benefit from a home TENS unit used for 30 days."),
                hWave("failed TENS in a list", "Tx to date: PT, meds, TENS - all failed."),
                hWave("TENS tried without improvement", "TENS was tried from 03/2016 to 04/2016 without improvement."),

                // interferential: drugs that no longer help or cause side effects, or conservative care failed
                interferential("NSAIDs that caused gastritis", "NSAIDs caused gastritis and were stopped."),
                interferential("unable to tolerate", "She is unable to tolerate NSAIDs because of GI upset."),
                interferential("opioids stopped for constipation",
                        "Hydrocodone was discontinued due to side effects (constipation and sedation)."),
                interferential("medications no longer help", "Her medications no longer help her pain."),
                interferential("unresponsive to conservative care",
                        "Her pain has been unresponsive to conservative treatment including PT, chiropractic care and "
                        + "medications."),

                // cold therapy: an operation scheduled or done within seven days
                coldTherapy("an arthroscopy scheduled",
                        "R knee arthroscopy with partial meniscectomy was authorized and is scheduled for 11/02/2016.",
                        "2016-10-25"),
                coldTherapy("an operation done two days before",
                        "He underwent R knee arthroscopic partial medial meniscectomy on 10/23/2016.", "2016-10-25"),
                coldTherapy("status post, abbreviated",
                        "He is s/p R knee scope with partial medial meniscectomy on 10/21/2016.", "2016-10-25"),

                // CPM: a knee at risk of stiffness after the replacement
                cpm("could not tolerate active ROM",
                        "On 10/07/2016 she could not tolerate active ROM exercises because of pain."),
                cpm("unable to participate in therapy",
                        "On 10/07/2016 she was unable to participate in physical therapy because of pain and swelling."),
                cpm("arthrofibrosis", "On 10/07/2016 the surgeon noted early arthrofibrosis with flexion of 50 degrees."),

                // walking aids: impaired walking
                walkingAid("an antalgic gait", "On 09/06/2016 he ambulates with an antalgic gait.", "Single point cane"),
                walkingAid("a limp and a limited distance",
                        "On 09/06/2016 he walks with a limp and can walk only one block.", "Single point cane"),
                walkingAid("an unsteady gait with falls",
                        "On 09/06/2016 his gait was unsteady and he has fallen twice since the injury.",
                        "Front wheeled walker"),
                walkingAid("difficulty ambulating", "On 09/06/2016 he has difficulty ambulating because of R knee pain.",
                        "Front wheeled walker"),
                walkingAid("an abnormal gait", "Exam 09/06/2016: abnormal gait favoring the R leg.", "Single point cane"),

                // knee brace: instability (an ACL tear, patellar instability, MCL instability)
                kneeBrace("an ACL tear on MRI", "MRI L knee 03/01/2016 showed a complete ACL tear."),
                kneeBrace("a torn ACL in words",
                        "MRI of the left knee on 03/01/2016 revealed a torn anterior cruciate ligament."),
                kneeBrace("a diagnosis of instability", "On 03/14/2016 dx: L knee instability with giving way."),
                kneeBrace("MCL instability", "On 03/14/2016 valgus stress showed MCL instability of the L knee."),
                kneeBrace("an ACL-deficient knee", "On 03/14/2016 the surgeon found an ACL-deficient L knee."),

                // wrist splint: carpal tunnel syndrome
                wristSplint("dx line", "On 04/18/2016 dx: R CTS."),
                wristSplint("confirmed by electrodiagnosis",
                        "EMG/NCS on 05/02/2016 showed moderate right carpal tunnel syndrome."),
                wristSplint("signs and diagnosis",
                        "On 04/18/2016 Tinel's and Phalen's were positive at the R wrist; the diagnosis is right carpal "
                        + "tunnel syndrome."),
                wristSplint("median neuropathy at the wrist",
                        "NCV 05/02/2016: mild median neuropathy at the R wrist consistent with carpal tunnel syndrome."),

                // orthotics: plantar fasciitis or metatarsalgia
                orthotics("plantar fasciitis dx", "On 06/13/2016 dx: L plantar fasciitis."),
                orthotics("plantar fasciitis in words", "The diagnosis is left plantar fasciitis, confirmed on exam "
                        + "06/13/2016 by tenderness at the medial calcaneal tubercle."));
    }

    static Stream<Arguments> guards() {
        return Stream.of(
                // TENS purchase
                tensPurchase("a trial only planned",
                        "A 30-day home TENS trial is planned; it is expected to decrease her pain and improve function."),
                tensPurchase("a trial that did not help",
                        "A 1 month home TENS trial did not decrease her pain and her function is unchanged."),
                tensPurchase("a trial in the clinic only",
                        "TENS was tried once in the clinic during PT and helped her pain from 7/10 to 4/10."),
                tensPurchase("a trial of an interferential unit, not TENS",
                        "A 30-day home interferential unit trial decreased her pain from 7/10 to 4/10 and she can sit "
                        + "for 60 minutes instead of 20."),
                tensPurchase("benefit only in the reviewer's words",
                        "The reviewer noted that a purchase requires a successful one-month trial with pain relief and "
                        + "improved function."),

                // TENS trial
                tensTrial("acute pain of six weeks",
                        "He was injured on 07/25/2016, six weeks ago. He started PT last week and takes ibuprofen, which "
                        + "helps. He continues a HEP."),

                // H-wave
                hWave("TENS never tried", "TENS has not been tried."),
                hWave("TENS that helped", "A 1 month TENS trial helped, with pain decreasing from 7/10 to 4/10."),
                hWave("TENS only planned", "A TENS trial is planned first."),

                // interferential
                interferential("medications that work", "Naproxen and tramadol give good relief without side effects."),
                interferential("side effects only discussed",
                        "Medication side effects were discussed and she was counseled to report any."),

                // cold therapy
                // an operation only recommended is not yet going ahead (s13-surg): the physician decides
                coldTherapy("the surgeon only recommends the operation",
                        "On 10/10/2016 the orthopedic surgeon recommended R knee arthroscopy and the patient wishes to "
                        + "proceed with surgery.", "2016-10-25"),
                coldTherapy("an operation two months ago",
                        "He underwent R knee arthroscopic partial medial meniscectomy on 08/20/2016.", "2016-10-25"),

                // CPM
                cpm("a knee doing well", "On 10/07/2016 flexion was 95 deg and she tolerated active ROM exercises well."),
                cpm("weight bearing only before the operation",
                        "Before the operation she was unable to bear weight for a week; on 10/07/2016 she walked the "
                        + "hallway and did her exercises."),

                // walking aids
                walkingAid("a normal gait", "On 09/06/2016 gait was normal and he walks without assistance.",
                        "Single point cane"),
                walkingAid("the antalgic gait resolved", "On 09/06/2016 he no longer limps and gait is non-antalgic.",
                        "Front wheeled walker"),

                // knee brace
                kneeBrace("a stable knee", "On 03/14/2016 Lachman and anterior drawer were negative and the knee was "
                        + "stable to varus and valgus stress; MRI showed a bone bruise only."),
                kneeBrace("an ACL tear ruled out", "MRI L knee 03/01/2016: intact ACL, no ligament tear; dx: L knee "
                        + "sprain."),

                // wrist splint
                wristSplint("CTS ruled out", "NCS on 05/02/2016 was normal and ruled out carpal tunnel syndrome; dx: R "
                        + "wrist sprain."),

                // orthotics
                orthotics("knee pain, not the foot", "On 06/13/2016 dx: L patellofemoral syndrome."),
                orthotics("plantar fasciitis ruled out", "On 06/13/2016 there was no heel tenderness; plantar "
                        + "fasciitis was ruled out and the diagnosis is L ankle sprain."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetingPhrasings")
    void aPhrasingThatMeetsTheCriterionIsOverturnedUnderItsSection(String name, String record, String request,
            String date, String section) {
        Draft d = draft(record, request, date, null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).as(explain(d)).containsIgnoringCase(section);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guards")
    void theSameWordsThatDoNotMeetItStaySafe(String name, String record, String request, String date,
            String section) {
        Draft d = draft(record, request, date, null);
        assertThat(d.outcome()).as(explain(d)).isIn(DraftOutcome.UPHELD, DraftOutcome.REFER);
    }
}
