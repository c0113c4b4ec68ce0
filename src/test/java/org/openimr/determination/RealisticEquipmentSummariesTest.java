package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Equipment, orthotics and supplies (DMEPOS) in case summaries written the way IMR writes them: several dated visits,
 * shorthand, the UR non-certification with the reviewer's reasons, the latest visit and the request. Records that meet
 * the guideline in force are drafted OVERTURNED under the right section; near misses (one criterion missing,
 * contradicted or only in the reviewer's words) stay UPHELD or REFER. Synthetic records, written for OpenIMR
 * (fourteenth round, docs/engine-evaluation.md, s12-dme).
 */
class RealisticEquipmentSummariesTest {

    private static final String UR = "UR non-certified the request on ";

    private static final String TENS_PATIENT = "This 53 y/o male has chronic low back pain since a lifting injury on "
            + "05/2014. He failed PT x 12 and NSAIDs and continues a HEP. ";

    static Stream<Arguments> meetingRecords() {
        return Stream.of(
                Arguments.of("tens purchase after a one-month trial",
                        "This 51 y/o female warehouse worker has chronic low back pain since a lifting injury on "
                        + "03/12/2014. She completed 12 sessions of PT and takes naproxen and tramadol without adequate "
                        + "relief. On 07/05/2016 a 30-day home TENS trial was started as an adjunct to her HEP. On "
                        + "08/09/2016 she reported using the TENS unit 2x/day for 30 days; pain decreased from 8/10 to "
                        + "4/10 with the unit, tramadol use fell from 3 to 1 tablet a day and she can now sit for 60 "
                        + "minutes instead of 20. " + UR + "08/16/2016, stating that purchase is not supported.",
                        "Purchase of TENS unit", "2016-08-16", "TENS"),
                Arguments.of("tens purchase after a rental with less pain",
                        TENS_PATIENT + "He completed a 30 day TENS rental in 08/2016 and reported 40% less pain and "
                        + "that he can now walk 30 minutes. " + UR + "09/20/2016.", "TENS unit purchase", "2016-09-20",
                        "TENS"),
                Arguments.of("tens purchase after a trial whose pain scores fell",
                        TENS_PATIENT + "During the one-month trial of TENS he used it 3x/day, pain went from 8/10 to "
                        + "5/10 and he was able to return to modified duty. " + UR + "09/20/2016.",
                        "TENS unit purchase", "2016-09-20", "TENS"),
                Arguments.of("h-wave after failed tens",
                        "This 44 y/o female has chronic soft tissue inflammation of the R shoulder and upper trapezius "
                        + "since 05/2014. She failed PT 2x/wk x 6 wks, a HEP, NSAIDs and a 1 month TENS trial which gave "
                        + "no relief. On 10/04/2016 the physician requested a 30-day home H-wave trial as an adjunct to "
                        + "her ongoing HEP and functional restoration. " + UR + "10/11/2016.",
                        "Home H-wave device 30 day trial", "2016-10-11", "H-wave"),
                Arguments.of("interferential trial when drugs cause side effects",
                        "This 56 y/o male has chronic lumbar pain s/p fall 02/2015. He completed PT x 12 and "
                        + "chiropractic x 6. NSAIDs caused gastritis and hydrocodone caused sedation, and both were "
                        + "stopped. On 08/22/2016 he continues a HEP. The physician requested a 1 month home "
                        + "interferential unit trial. " + UR + "08/30/2016.",
                        "Interferential unit 1 month rental", "2016-08-30", "Interferential"),
                Arguments.of("night wrist splint for carpal tunnel syndrome",
                        "This 38 y/o female data entry clerk has R hand numbness and tingling since 01/2016. On "
                        + "04/18/2016 exam showed +Tinel and +Phalen at the R wrist with decreased sensation in the "
                        + "median nerve distribution. NCS 05/02/2016 showed mild R carpal tunnel syndrome. The "
                        + "physician requested a R wrist splint for night use. " + UR + "05/10/2016.",
                        "Right wrist splint", "2016-05-10", "Hand"),
                Arguments.of("cock-up splints for bilateral CTS",
                        "This 52 y/o male assembler reports b/l hand numbness waking him at night since 11/2015. On "
                        + "03/07/2016 Durkan's test was positive b/l; dx: b/l CTS. He takes ibuprofen. The physician "
                        + "requested cock-up wrist braces b/l. " + UR + "03/15/2016.",
                        "Bilateral wrist braces", "2016-03-15", "Hand"),
                Arguments.of("hinged knee brace for an ACL tear",
                        "This 29 y/o male installer twisted his L knee on 02/03/2016. He reports giving way on stairs. "
                        + "MRI L knee 03/01/2016 showed a complete ACL tear. On 03/14/2016 Lachman was 2+ with a soft "
                        + "endpoint. He must climb ladders at work. The physician requested a hinged knee brace for the L "
                        + "knee. " + UR + "03/22/2016.", "Hinged knee brace, left", "2016-03-22", "Knee"),
                Arguments.of("patellar stabilizing brace for patellar instability",
                        "This 34 y/o female has had recurrent R patellar subluxation since a fall at work 06/2016. On "
                        + "08/09/2016 apprehension sign was positive and the patella was hypermobile laterally; dx: R "
                        + "patellar instability. PT x 8 to date. The physician requested a patellar stabilizing brace. "
                        + UR + "08/16/2016.", "Patellar stabilizing knee brace, right knee", "2016-08-16", "Knee"),
                Arguments.of("cold therapy unit for seven days after a shoulder arthroscopy",
                        "This 49 y/o male has a R shoulder rotator cuff tear. R shoulder arthroscopy with rotator cuff "
                        + "repair was authorized and is scheduled for 11/02/2016. The surgeon requested a cold therapy "
                        + "unit for 7 days post-op. " + UR + "10/25/2016.",
                        "Cold therapy unit, 7 day rental", "2016-10-25", "cryotherapy"),
                Arguments.of("cpm after a total knee replacement with early stiffness",
                        "This 64 y/o female underwent L total knee arthroplasty on 10/03/2016. On 10/07/2016 flexion "
                        + "was only 55 deg and she could not tolerate active ROM exercises because of pain. The "
                        + "surgeon requested home CPM for 14 days. " + UR + "10/10/2016.",
                        "Home CPM machine x 14 days", "2016-10-10", "passive motion"),
                Arguments.of("front-wheeled walker for an unsteady gait",
                        "This 68 y/o male sustained a L hip contusion in a fall at work 07/2016. On 09/06/2016 he "
                        + "ambulates with an antalgic, unsteady gait, holds onto furniture at home and has fallen twice "
                        + "since the injury. The physician requested a front-wheeled walker. " + UR + "09/13/2016.",
                        "Front wheeled walker", "2016-09-13", "Walking aids"),
                Arguments.of("cane for knee pain limiting walking",
                        "This 59 y/o female has R knee OA aggravated at work 01/2015. On 05/16/2016 she walks with a "
                        + "limp and can walk only one block before knee pain stops her. The physician requested a "
                        + "single point cane. " + UR + "05/24/2016.", "Single point cane", "2016-05-24",
                        "Walking aids"),
                Arguments.of("crutches after an ankle fracture fixation",
                        "This 41 y/o male fractured his R ankle on 09/20/2016 and is s/p ORIF R ankle 09/23/2016. On "
                        + "09/28/2016 he is non-weight bearing on the R leg for 6 weeks. The surgeon requested "
                        + "crutches. " + UR + "10/03/2016.", "Crutches", "2016-10-03", "Walking aids"),
                Arguments.of("orthotics for plantar fasciitis",
                        "This 45 y/o female cashier has L heel pain since 02/2016, worst with the first steps in the "
                        + "morning. On 06/13/2016 there was tenderness at the medial calcaneal tubercle; dx: L plantar "
                        + "fasciitis. Stretching and NSAIDs gave partial relief. The podiatrist requested custom "
                        + "orthotics. " + UR + "06/21/2016.", "Custom foot orthotics", "2016-06-21", "Ankle"),
                Arguments.of("tens for pain in the first month after a knee arthroscopy",
                        "This 37 y/o male is s/p L knee scope with partial medial meniscectomy on 03/02/2016. On "
                        + "03/09/2016 he has post-op pain 7/10 limiting his exercises. The surgeon requested a TENS "
                        + "unit rental for 14 days for post-operative pain. " + UR + "03/15/2016.",
                        "TENS unit 14 day rental", "2016-03-15", "TENS"),
                Arguments.of("orthotics for plantar fasciitis the reviewer quoted the guideline on",
                        "This 45 y/o female cashier has L heel pain since 02/2016. On 06/13/2016 exam showed tenderness "
                        + "at the plantar fascia origin; dx: L plantar fasciitis. The podiatrist requested custom "
                        + "orthotics. " + UR + "06/21/2016; the reviewer stated that the guidelines support "
                        + "orthotics for plantar fasciitis but found no trial of stretching.", "Custom foot orthotics",
                        "2016-06-21", "Ankle"));
    }

    static Stream<Arguments> nearMisses() {
        return Stream.of(
                Arguments.of("tens purchase with no trial",
                        "This 51 y/o female has chronic low back pain since 03/12/2014. She completed PT x 12 and takes "
                        + "naproxen. On 07/07/2016 the physician felt that she would benefit from a TENS unit and "
                        + "requested one for home use. " + UR + "07/14/2016.", "Purchase of TENS unit", "2016-07-14"),
                Arguments.of("tens trial success only in the reviewer's words",
                        "This 51 y/o female has chronic low back pain since 03/12/2014. She completed PT x 12 and takes "
                        + "naproxen. On 07/07/2016 the physician requested purchase of a TENS unit. " + UR
                        + "07/14/2016; the reviewer noted that purchase requires a successful 1 month trial with "
                        + "documented pain relief and functional improvement.", "Purchase of TENS unit", "2016-07-14"),
                Arguments.of("h-wave without a tens trial",
                        "This 44 y/o female has chronic soft tissue inflammation of the R shoulder since 05/2014. She "
                        + "failed PT and NSAIDs; TENS has not been tried. On 10/04/2016 the physician requested a 30-day "
                        + "home H-wave trial. " + UR + "10/11/2016.", "Home H-wave device 30 day trial",
                        "2016-10-11"),
                Arguments.of("orthotics with the guideline's indications quoted by the reviewer",
                        "This 45 y/o female has L knee pain from patellofemoral syndrome since 02/2016. On 06/13/2016 "
                        + "she had crepitus and pain with squatting. The physician requested custom orthotics. The UR "
                        + "reviewer stated that the guidelines support orthotics for metatarsalgia and plantar "
                        + "fasciitis; neither is documented, and the request was non-certified on 06/21/2016.",
                        "Custom foot orthotics", "2016-06-21"),
                Arguments.of("orthotics with the indications only in the reviewer's words",
                        "This 45 y/o female has L knee pain from patellofemoral syndrome since 02/2016. On 06/13/2016 "
                        + "she had crepitus and pain with squatting. The physician requested custom orthotics. " + UR
                        + "06/21/2016; the reviewer noted that rigid orthotics are recommended for plantar fasciitis "
                        + "and metatarsalgia, which are not documented.", "Custom foot orthotics", "2016-06-21"),
                Arguments.of("lumbar support in chronic low back pain",
                        "This 55 y/o male has chronic low back pain since a lifting injury on 04/2013. He has had PT x "
                        + "24 and chiropractic x 12. On 08/01/2016 the physician requested an LSO brace. " + UR
                        + "08/08/2016.", "Lumbar support brace (LSO)", "2016-08-08"),
                Arguments.of("cold therapy unit for a month",
                        "This 49 y/o male has a R shoulder rotator cuff tear; R shoulder arthroscopy with rotator cuff "
                        + "repair is scheduled for 11/02/2016. The surgeon requested a cold therapy unit for 30 days "
                        + "post-op. " + UR + "10/25/2016.", "Cold therapy unit, 30 day rental", "2016-10-25"),
                Arguments.of("knee brace for patellofemoral pain with a stable knee",
                        "This 50 y/o female has R knee pain from patellofemoral syndrome since 03/2016. On 07/11/2016 "
                        + "the knee was stable to varus and valgus stress, Lachman and drawer tests were negative, and "
                        + "there was no instability. The physician requested a knee brace. " + UR + "07/19/2016.",
                        "Knee brace, right", "2016-07-19"),
                Arguments.of("walker for a patient whose gait is normal",
                        "This 62 y/o male has low back pain since 01/2016. On 06/06/2016 gait was normal, he walks "
                        + "without an assistive device and heel and toe walking were intact. The physician requested a "
                        + "four-wheeled walker. " + UR + "06/14/2016.", "Four wheeled walker", "2016-06-14"),
                Arguments.of("tens for thirty days from the second post-operative week",
                        "This 37 y/o male is s/p L knee scope with partial medial meniscectomy on 03/02/2016. On "
                        + "03/09/2016 he has post-op pain 7/10 limiting his exercises. The surgeon requested a TENS "
                        + "unit rental for 30 days for post-operative pain. " + UR + "03/15/2016.",
                        "TENS unit 30 day rental", "2016-03-15"),
                Arguments.of("interferential unit for a patient whose medications work",
                        "This 56 y/o male has chronic lumbar pain s/p fall 02/2015. He completed PT x 12. He takes "
                        + "naproxen and tramadol with good relief and no medication side effects. On 08/22/2016 he "
                        + "continues a HEP. The physician requested a 1 month home interferential unit trial. " + UR
                        + "08/30/2016.", "Interferential unit 1 month rental", "2016-08-30"),
                Arguments.of("cpm after a knee replacement doing its exercises",
                        "This 64 y/o female underwent L total knee arthroplasty on 10/03/2016. On 10/07/2016 flexion "
                        + "was 90 deg, she tolerated active ROM exercises well and walked the hallway with a walker. "
                        + "The surgeon requested home CPM for 14 days. " + UR + "10/10/2016.",
                        "Home CPM machine x 14 days", "2016-10-10"),
                Arguments.of("tens trial whose pain scores rose",
                        TENS_PATIENT + "During the one-month trial of TENS he used it 3x/day, and pain went from 5/10 "
                        + "to 7/10. " + UR + "09/20/2016.", "TENS unit purchase", "2016-09-20"),
                Arguments.of("soft collar for chronic neck pain",
                        "This 48 y/o male has chronic neck pain since a rear-end collision at work on 04/2014. He "
                        + "completed PT x 18 and takes ibuprofen. On 07/12/2016 cervical ROM was limited with "
                        + "paraspinal tenderness; no neuro deficits. The physician requested a soft cervical collar. "
                        + UR + "07/19/2016.", "Soft cervical collar", "2016-07-19"),
                Arguments.of("shower chair after a hip replacement",
                        "This 66 y/o female is s/p R total hip arthroplasty on 11/01/2016. On 11/08/2016 she is on hip "
                        + "precautions and walks with a walker. The surgeon requested a shower chair. " + UR
                        + "11/15/2016.", "Shower chair", "2016-11-15"),
                Arguments.of("tens used for a month with the relief credited to an injection",
                        "This 51 y/o female has chronic low back pain since a lifting injury on 03/12/2014. She "
                        + "completed 12 sessions of PT and takes naproxen. On 08/09/2016 she reported using the TENS "
                        + "unit 2x/day for 30 days; pain decreased from 8/10 to 4/10 after her epidural injection. "
                        + UR + "08/16/2016.", "Purchase of TENS unit", "2016-08-16"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetingRecords")
    void aRecordMeetingTheGuidelineIsOverturnedUnderItsSection(String name, String record, String request, String date,
            String section) {
        Draft d = draft(record, request, date, null);
        assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
        assertThat(d.citationText()).as(explain(d)).containsIgnoringCase(section);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void aNearMissStaysSafe(String name, String record, String request, String date) {
        Draft d = draft(record, request, date, null);
        assertThat(d.outcome()).as(explain(d)).isIn(DraftOutcome.UPHELD, DraftOutcome.REFER);
    }
}
