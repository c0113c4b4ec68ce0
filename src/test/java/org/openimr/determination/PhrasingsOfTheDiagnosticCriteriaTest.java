package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Diagnostic requests criterion by criterion (s13-cdiag, docs/engine-evaluation.md): each base record meets every
 * criterion of the rule in force in plain default words; each row rewrites ONE criterion the way a treating
 * physician's note or an IMR summary states it (other verbs, abbreviations, order, dates, tables, negated negatives)
 * and expects an overturn under the chapter the physicians cite. Beside the meeting rows, guards put the same words
 * where they do not meet the criterion (negated, another part, too soon, only in the UR reviewer's words, a plan
 * rather than a fact): those must stay UPHELD or REFER. Synthetic records, written for OpenIMR.
 */
class PhrasingsOfTheDiagnosticCriteriaTest {

    /** A record meeting the rule, with slots ({NAME}) that rows rewrite one at a time. */
    private record Base(String template, Map<String, String> defaults, String request, String date, String injury,
            String citation) {

        String with(String slot, String words) {
            if (!defaults.containsKey(slot)) {
                throw new IllegalArgumentException("no slot " + slot);
            }
            String text = template.replace("{" + slot + "}", words);
            for (Map.Entry<String, String> e : defaults.entrySet()) {
                text = text.replace("{" + e.getKey() + "}", e.getValue());
            }
            return text;
        }
    }

    private static final Base LUMBAR_MRI = new Base("The injured worker is a 45 year old male warehouse worker who "
            + "injured his low back lifting a pallet on 01/05/2016. {CARE} On 04/18/2016 he reported low back pain "
            + "radiating into the left leg, rated 7/10. {NEURO} {SURGERY} {FLAG} The request for MRI of the lumbar spine "
            + "was non-certified by utilization review on 04/26/2016; the reviewer stated that the records did not "
            + "establish radiculopathy or failed conservative care.",
            Map.of("CARE", "He completed 12 sessions of physical therapy and took naproxen without relief.",
                    "NEURO", "Exam: positive straight leg raise on the left at 35 degrees, decreased sensation in the "
                            + "left L5 dermatome and left EHL weakness 4/5.",
                    "SURGERY", "The spine surgeon would consider an L4-5 microdiscectomy depending on the MRI findings.",
                    "FLAG", ""),
            "MRI of the lumbar spine without contrast", "2016-04-26", "2016-01-05", "Low Back Complaints");

    /** The lumbar record with no grounds but the red flag the row writes. */
    private static final Base LUMBAR_RED_FLAG = new Base("The patient is a 58 year old female custodian who injured her "
            + "low back on 05/02/2016 moving a trash bin. She was given ibuprofen and light duty. On 05/20/2016 she "
            + "reported low back pain. {FLAG} The request for MRI of the lumbar spine was denied by UR on 05/27/2016, "
            + "the reviewer noting that conservative care had not been completed.",
            Map.of("FLAG", "She reported new urinary retention and numbness in the saddle area for two days."),
            "MRI lumbar spine", "2016-05-27", "2016-05-02", "Low Back Complaints");

    private static final Base CERVICAL_MRI = new Base("The injured worker is a 42 year old female assembler with neck "
            + "pain since an injury on 02/01/2016. {CARE} On 05/02/2016 she reported neck pain radiating into the "
            + "right arm. {FINDING} The physician requested MRI of the cervical spine. Utilization review "
            + "non-certified it on 05/10/2016, stating there was no neurological deficit.",
            Map.of("CARE", "She has completed 8 sessions of physical therapy and takes meloxicam, without improvement.",
                    "FINDING", "Exam: positive Spurling's test on the right, decreased sensation in the right C6 "
                            + "dermatome and a diminished right biceps reflex."),
            "MRI cervical spine", "2016-05-10", "2016-02-01", "Neck and Upper Back");

    private static final Base SHOULDER_MRI = new Base("This 55 year old male truck driver injured his right shoulder on "
            + "01/15/2016 pulling a tarp. {CARE} On 04/25/2016 he reported night pain and difficulty lifting the arm. "
            + "{FINDING} {PLAN} Utilization review non-certified the right shoulder MRI on 05/03/2016.",
            Map.of("CARE", "He has had 12 sessions of physical therapy and a subacromial injection, without "
                            + "improvement.",
                    "FINDING", "Exam: positive drop arm test and supraspinatus strength 3/5.",
                    "PLAN", "The orthopedist suspects a full thickness rotator cuff tear and recommends arthroscopic "
                            + "repair if the MRI confirms it."),
            "MRI right shoulder", "2016-05-03", "2016-01-15", "Shoulder Complaints");

    /** The shoulder record whose examination shows no tissue insult: only the plan can meet the rule. */
    private static final Base SHOULDER_PLAN = new Base(SHOULDER_MRI.template(), Map.of("CARE",
            SHOULDER_MRI.defaults().get("CARE"), "FINDING", "Exam: tenderness over the anterior shoulder and painful arc.",
            "PLAN", SHOULDER_MRI.defaults().get("PLAN")), SHOULDER_MRI.request(), SHOULDER_MRI.date(),
            SHOULDER_MRI.injury(), SHOULDER_MRI.citation());

    private static final Base KNEE_MRI = new Base("The injured worker is a 40 year old female custodian who twisted "
            + "her right knee on 03/07/2016. {CARE} On 05/11/2016 she reported persistent medial knee pain. {TEAR} "
            + "{SURGERY} The request for MRI of the right knee was non-certified on 05/19/2016.",
            Map.of("CARE", "She has completed 6 sessions of physical therapy and takes naproxen, with persistent pain.",
                    "TEAR", "She reported locking and catching; exam showed medial joint line tenderness and a positive "
                            + "McMurray's test. The orthopedist suspects a medial meniscus tear.",
                    "SURGERY", "He is considering arthroscopy."),
            "MRI of the right knee", "2016-05-19", "2016-03-07", "Knee Complaints");

    private static final Base CTS_STUDIES = new Base("The injured worker is a 46 year old female assembler with "
            + "numbness and tingling in the right hand since a cumulative trauma injury dated 01/04/2016. {CARE} "
            + "On 04/12/2016 {SIGNS} {PRIOR} The physician requested EMG/NCV of the bilateral upper extremities. "
            + "UR non-certified the request on 04/20/2016.",
            Map.of("CARE", "She has used wrist splints at night and taken ibuprofen for 6 weeks without improvement.",
                    "SIGNS", "exam showed a positive Tinel's sign and a positive Phalen's test at the right wrist with "
                            + "decreased sensation in the right thumb, index and middle fingers.",
                    "PRIOR", ""),
            "EMG/NCV bilateral upper extremities", "2016-04-20", "2016-01-04", "Special Studies");

    private static final Base LEG_EMG = new Base("The injured worker is a 49 year old female nurse's aide with low "
            + "back pain since an injury on 02/01/2016. She has completed 8 sessions of physical therapy with little "
            + "change. On 04/25/2016 {SYMPTOM} The physician requested EMG of the bilateral lower extremities to "
            + "clarify the cause. UR denied the request on 05/02/2016.",
            Map.of("SYMPTOM", "she reported intermittent numbness and tingling in the left foot. Straight leg raise was "
                    + "equivocal on the left and sensation was patchy over the left foot."),
            "EMG bilateral lower extremities", "2016-05-02", "2016-02-01", "Low Back Complaints");

    private static final Base UDT = new Base("The injured worker is a 60 year old male with chronic low back pain since "
            + "an injury on 04/04/2012. {OPIOID} {SCREEN} On 06/01/2016 the physician requested a urine drug screen. "
            + "UR non-certified it on 06/09/2016.",
            Map.of("OPIOID", "His medications include Norco 10/325 mg three times a day, taken since 2013.",
                    "SCREEN", "His last urine drug screen, on 09/10/2015, was consistent with the prescribed medications."),
            "Urine drug screen", "2016-06-09", "2012-04-04", "Drug testing");

    private record Row(String name, Base base, String slot, String words, boolean meets) {
        @Override
        public String toString() {
            return (meets ? "meets " : "guard ") + name;
        }
    }

    private static Row meets(String name, Base base, String slot, String words) {
        return new Row(name, base, slot, words, true);
    }

    private static Row guard(String name, Base base, String slot, String words) {
        return new Row(name, base, slot, words, false);
    }

    static Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // ---------------------------------------------------------------- lumbar MRI: a neurologic deficit
        rows.add(meets("lumbar deficit: L5 distribution and EHL", LUMBAR_MRI, "NEURO",
                "There was diminished sensation in the L5 distribution on the left and left EHL strength was 4/5."));
        rows.add(meets("lumbar deficit: absent Achilles reflex", LUMBAR_MRI, "NEURO",
                "Neuro: L Achilles reflex absent (0 vs 2+ on the R), decreased sensation over the lateral L foot."));
        rows.add(meets("lumbar deficit: SLR reproducing radicular pain", LUMBAR_MRI, "NEURO",
                "Straight leg raise was positive on the left at 45 degrees, reproducing pain to the foot, with "
                        + "hypoesthesia in the left S1 dermatome."));
        rows.add(meets("lumbar deficit: shorthand motor and sensory", LUMBAR_MRI, "NEURO",
                "Neuro exam: L ankle DF 4-/5, sensation decreased to light touch L L5."));
        rows.add(meets("lumbar deficit: weakness before numbness", LUMBAR_MRI, "NEURO",
                "He had weakness of the left great toe extensor (4/5) and numbness over the dorsum of the left foot "
                        + "in an L5 pattern."));
        rows.add(meets("lumbar deficit: knee reflex and L4 pinprick", LUMBAR_MRI, "NEURO",
                "The left patellar reflex was diminished at 1+ and pinprick sensation was reduced in the left L4 "
                        + "dermatome."));
        rows.add(guard("lumbar deficit: a normal examination", LUMBAR_MRI, "NEURO",
                "Exam: straight leg raise negative bilaterally, sensation intact, reflexes 2+ and symmetric, strength "
                        + "5/5 throughout."));
        rows.add(guard("lumbar deficit: a sensory change written as doubtful", LUMBAR_MRI, "NEURO",
                "Sensation was questionably decreased in the left L5 dermatome; strength and reflexes were normal."));
        rows.add(guard("lumbar deficit: only the reviewer's condition", LUMBAR_MRI, "NEURO",
                "Exam showed lumbar tenderness. The UR reviewer wrote that a positive straight leg raise with "
                        + "dermatomal sensory loss would support imaging."));
        // ---------------------------------------------------------------- lumbar MRI: failed conservative care
        rows.add(meets("lumbar care: Tx to date table", LUMBAR_MRI, "CARE",
                "Tx to date: PT x12, chiro x6 w/o benefit, NSAIDs."));
        rows.add(meets("lumbar care: no relief despite", LUMBAR_MRI, "CARE",
                "There has been no relief despite 8 sessions of physical therapy and a course of meloxicam."));
        rows.add(meets("lumbar care: failed conservative management", LUMBAR_MRI, "CARE",
                "He has failed conservative management including physical therapy, medications and activity "
                        + "modification."));
        rows.add(meets("lumbar care: did not help", LUMBAR_MRI, "CARE",
                "Physical therapy (10 visits) did not help and ibuprofen gave minimal relief."));
        rows.add(meets("lumbar care: symptoms persist despite", LUMBAR_MRI, "CARE",
                "Symptoms persist despite 6 weeks of physical therapy and a home exercise program."));
        rows.add(meets("lumbar care: meds list and PT with no improvement", LUMBAR_MRI, "CARE",
                "Meds: naproxen 550 mg bid, cyclobenzaprine 7.5 mg qhs. He attended PT x 8 with no improvement."));
        rows.add(meets("lumbar care: exhausted", LUMBAR_MRI, "CARE",
                "Conservative care has been exhausted, including PT, NSAIDs and a home exercise program."));
        rows.add(guard("lumbar care: therapy that helped", LUMBAR_MRI, "CARE",
                "He completed 12 sessions of physical therapy, which helped; his pain decreased from 8/10 to 2/10."));
        rows.add(guard("lumbar care: no relief, and no therapy tried", LUMBAR_MRI, "CARE",
                "There has been no relief of his pain; physical therapy has not been tried."));
        rows.add(guard("lumbar care: therapy only requested", LUMBAR_MRI, "CARE",
                "Physical therapy has been requested but has not started; he takes no medication."));
        // ---------------------------------------------------------------- lumbar MRI: surgery considered
        rows.add(meets("lumbar surgery: surgical consultation and willing", LUMBAR_MRI, "SURGERY",
                "He was referred for a spine surgery consultation and states he would consider surgery."));
        rows.add(meets("lumbar surgery: candidate pending MRI", LUMBAR_MRI, "SURGERY",
                "He is a surgical candidate for L4-5 decompression pending the MRI."));
        rows.add(meets("lumbar surgery: recommends if imaging confirms", LUMBAR_MRI, "SURGERY",
                "The orthopedic spine surgeon recommends a microdiscectomy if imaging confirms a herniation."));
        rows.add(meets("lumbar surgery: preoperative planning", LUMBAR_MRI, "SURGERY",
                "The MRI is needed for preoperative planning of a possible L5-S1 laminectomy."));
        rows.add(meets("lumbar surgery: wishes to proceed", LUMBAR_MRI, "SURGERY",
                "He wishes to proceed with surgical intervention if indicated."));
        rows.add(guard("lumbar surgery: declines", LUMBAR_MRI, "SURGERY",
                "He does not want surgery under any circumstances."));
        rows.add(guard("lumbar surgery: not a candidate", LUMBAR_MRI, "SURGERY",
                "He is not a surgical candidate and surgery is not being considered."));
        // ---------------------------------------------------------------- lumbar MRI: red flags
        rows.add(meets("red flag: retention and saddle numbness", LUMBAR_RED_FLAG, "FLAG",
                "She reported new urinary retention and numbness in the saddle area for two days."));
        rows.add(meets("red flag: incontinence and saddle anesthesia", LUMBAR_RED_FLAG, "FLAG",
                "Since 05/18/2016 she has had bowel incontinence; exam showed saddle anesthesia."));
        rows.add(meets("red flag: cancer history, weight loss, night pain", LUMBAR_RED_FLAG, "FLAG",
                "She has a history of breast cancer, with unexplained weight loss of 15 pounds and pain at night."));
        rows.add(meets("red flag: progressive weakness", LUMBAR_RED_FLAG, "FLAG",
                "Left ankle dorsiflexion weakness progressed from 4/5 to 3/5 over two weeks."));
        rows.add(guard("red flag: all denied", LUMBAR_RED_FLAG, "FLAG",
                "She denies bowel or bladder dysfunction, saddle anesthesia, fever or weight loss."));
        rows.add(guard("red flag: only ruled out by the reviewer", LUMBAR_RED_FLAG, "FLAG",
                "The UR reviewer noted that cauda equina syndrome, infection and tumor had not been documented."));
        // ---------------------------------------------------------------- cervical MRI: the finding
        rows.add(meets("cervical finding: Spurling's and C6 sensory loss", CERVICAL_MRI, "FINDING",
                "+Spurling's R, decreased sensation R C6 dermatome."));
        rows.add(meets("cervical finding: biceps reflex and wrist extensors", CERVICAL_MRI, "FINDING",
                "The right biceps reflex was diminished (1+ vs 2+ on the left) and right wrist extensors were 4/5."));
        rows.add(meets("cervical finding: C6 hypoesthesia of thumb and index", CERVICAL_MRI, "FINDING",
                "There was hypoesthesia over the right thumb and index finger in a C6 distribution."));
        rows.add(meets("cervical finding: triceps weak and reflex down", CERVICAL_MRI, "FINDING",
                "Triceps strength was 4/5 on the right with a diminished right triceps reflex."));
        rows.add(meets("cervical finding: C7 sensory and Spurling's maneuver", CERVICAL_MRI, "FINDING",
                "Sensation was decreased in the right C7 dermatome; Spurling's maneuver was positive on the right."));
        rows.add(guard("cervical finding: a normal examination", CERVICAL_MRI, "FINDING",
                "Spurling's test was negative, sensation was intact in all dermatomes and reflexes were 2+ and "
                        + "symmetric."));
        rows.add(guard("cervical finding: a finding of the other region", CERVICAL_MRI, "FINDING",
                "Exam: cervical paraspinal tenderness; decreased sensation in the right L5 dermatome from an old "
                        + "back injury."));
        // ---------------------------------------------------------------- cervical MRI: conservative care
        rows.add(meets("cervical care: PT with dates", CERVICAL_MRI, "CARE",
                "She attended physical therapy from 02/20/2016 to 04/15/2016 without lasting benefit."));
        rows.add(meets("cervical care: chiropractic and NSAIDs failed", CERVICAL_MRI, "CARE",
                "Chiropractic x 6 and ibuprofen failed to relieve her symptoms."));
        rows.add(meets("cervical care: ongoing pain despite", CERVICAL_MRI, "CARE",
                "She continues to have pain despite physical therapy, a home exercise program and muscle relaxants."));
        rows.add(guard("cervical care: improving with therapy", CERVICAL_MRI, "CARE",
                "She has started physical therapy and reports that it is helping, with steady improvement."));
        // ---------------------------------------------------------------- shoulder MRI
        rows.add(meets("shoulder finding: external rotation weakness and empty can", SHOULDER_MRI, "FINDING",
                "Exam: external rotation strength 4-/5 and a positive empty can test."));
        rows.add(meets("shoulder finding: infraspinatus atrophy", SHOULDER_MRI, "FINDING",
                "There was atrophy of the supraspinatus and infraspinatus fossae with weakness on resisted abduction."));
        rows.add(meets("shoulder plan: considering cuff repair", SHOULDER_PLAN, "PLAN",
                "The orthopedic surgeon is considering a rotator cuff repair."));
        rows.add(meets("shoulder plan: planning decompression", SHOULDER_PLAN, "PLAN",
                "The surgeon is planning an arthroscopic subacromial decompression and requested the MRI before the "
                        + "operation."));
        rows.add(meets("shoulder plan: stalled strengthening", SHOULDER_PLAN, "PLAN",
                "Despite 8 weeks of a rotator cuff strengthening program he has not progressed, and the surgeon wants "
                        + "the MRI to decide on surgery."));
        rows.add(meets("shoulder care: PT and injection w/o relief", SHOULDER_MRI, "CARE",
                "PT 2x/wk x 6 wks and a cortisone injection on 03/01/2016 w/o relief."));
        rows.add(guard("shoulder care: therapy begun last week", SHOULDER_MRI, "CARE",
                "He began physical therapy last week."));
        rows.add(guard("shoulder plan: surgery declined", SHOULDER_PLAN, "PLAN",
                "He declines any surgery and wishes to continue therapy."));
        // ---------------------------------------------------------------- knee MRI
        rows.add(meets("knee tear: McMurray's with joint line tenderness", KNEE_MRI, "TEAR",
                "Exam: +McMurray's medially, medial joint line tenderness."));
        rows.add(meets("knee tear: locking and catching", KNEE_MRI, "TEAR",
                "She describes episodes of the knee locking and catching with giving way on stairs."));
        rows.add(meets("knee tear: positive Lachman", KNEE_MRI, "TEAR",
                "A positive Lachman test and a positive anterior drawer sign suggest an ACL tear."));
        rows.add(meets("knee tear: Thessaly", KNEE_MRI, "TEAR",
                "The Thessaly test was positive on the right with medial joint line pain."));
        rows.add(meets("knee tear: suspected meniscus tear", KNEE_MRI, "TEAR",
                "The orthopedist suspects a tear of the medial meniscus."));
        rows.add(meets("knee surgery: candidate for meniscectomy", KNEE_MRI, "SURGERY",
                "She is a candidate for arthroscopic partial meniscectomy if the MRI confirms the tear."));
        rows.add(meets("knee surgery: referred for possible arthroscopy", KNEE_MRI, "SURGERY",
                "She was referred to orthopedics for possible arthroscopic surgery."));
        rows.add(guard("knee tear: a stable knee", KNEE_MRI, "TEAR",
                "McMurray's test was negative and the ligaments were stable; no locking or catching."));
        rows.add(guard("knee tear: Thessaly negative", KNEE_MRI, "TEAR",
                "The Thessaly test was negative and there was no joint line tenderness."));
        rows.add(guard("knee surgery: possible arthroscopic surgery ruled out", KNEE_MRI, "SURGERY",
                "Possible arthroscopic surgery was ruled out by the orthopedist."));
        rows.add(guard("shoulder plan: a program that progresses", SHOULDER_PLAN, "PLAN",
                "He is progressing in his rotator cuff strengthening program and no procedure is planned."));
        rows.add(guard("knee surgery: not wanted", KNEE_MRI, "SURGERY",
                "She does not want surgery."));
        // ---------------------------------------------------------------- nerve studies for carpal tunnel
        rows.add(meets("cts signs: shorthand", CTS_STUDIES, "SIGNS",
                "exam: +Tinel's R wrist, +Phalen's R, numbness R thumb, index and middle fingers."));
        rows.add(meets("cts signs: nocturnal paresthesias with Tinel", CTS_STUDIES, "SIGNS",
                "she reported waking at night with numbness of the right hand; Tinel's sign was positive over the "
                        + "right carpal tunnel."));
        rows.add(meets("cts signs: Phalen's at 30 seconds, median sensory loss", CTS_STUDIES, "SIGNS",
                "Phalen's test was positive at 30 seconds with decreased sensation in the median nerve distribution "
                        + "of the right hand."));
        rows.add(meets("cts signs: Durkan's with digits 1-3", CTS_STUDIES, "SIGNS",
                "a positive carpal compression test (Durkan's) on the right with numbness of digits 1-3."));
        rows.add(meets("cts signs: bilateral Tinel's and Phalen's", CTS_STUDIES, "SIGNS",
                "Tinel's and Phalen's were positive bilaterally with paresthesias in the median distribution."));
        rows.add(guard("cts signs: negative", CTS_STUDIES, "SIGNS",
                "Tinel's and Phalen's tests were negative bilaterally and sensation was intact."));
        rows.add(guard("cts signs: Durkan's negative", CTS_STUDIES, "SIGNS",
                "Durkan's carpal compression test was negative on the right and sensation was intact."));
        rows.add(guard("cts prior: a positive study last month", CTS_STUDIES, "PRIOR",
                "A nerve conduction study on 03/10/2016 showed moderate right carpal tunnel syndrome."));
        // ---------------------------------------------------------------- leg EMG: suspected focal dysfunction
        rows.add(meets("leg emg: equivocal findings", LEG_EMG, "SYMPTOM",
                "she reported intermittent numbness and tingling in the left foot. Straight leg raise was equivocal on "
                        + "the left and sensation was patchy over the left foot."));
        rows.add(meets("leg emg: radiculopathy versus neuropathy", LEG_EMG, "SYMPTOM",
                "she described paresthesias of the left foot; the differential is radiculopathy vs peripheral "
                        + "neuropathy."));
        rows.add(meets("leg emg: radiating symptoms, questionable sensory change", LEG_EMG, "SYMPTOM",
                "she had pain radiating to the left calf with tingling; sensation was questionably decreased over the "
                        + "left lateral leg."));
        rows.add(guard("leg emg: no leg symptoms", LEG_EMG, "SYMPTOM",
                "she reported axial low back pain without radiation, numbness or tingling; the neurological "
                        + "examination was normal."));
        // ---------------------------------------------------------------- urine drug testing
        rows.add(meets("udt opioid: Norco in a meds list", UDT, "OPIOID",
                "Meds: Norco 10/325 1 po q6h prn, gabapentin 300 mg tid."));
        rows.add(meets("udt opioid: tramadol ER", UDT, "OPIOID",
                "He has been maintained on tramadol ER 100 mg daily for chronic pain."));
        rows.add(meets("udt opioid: oxycodone", UDT, "OPIOID",
                "Current medications: oxycodone 10 mg three times daily and docusate."));
        rows.add(meets("udt opioid: Tylenol #3", UDT, "OPIOID",
                "He continues to take Tylenol #3, one tablet twice a day."));
        rows.add(meets("udt opioid: hydrocodone-APAP", UDT, "OPIOID",
                "He takes hydrocodone-APAP 5/325 mg up to four times daily."));
        rows.add(meets("udt screen: no screen in the past year", UDT, "SCREEN",
                "There has been no urine drug screen in the past year."));
        rows.add(meets("udt screen: last UDS date only", UDT, "SCREEN",
                "Last UDS 08/2015, consistent."));
        rows.add(guard("udt opioid: discontinued", UDT, "OPIOID",
                "Norco was discontinued in 2014; he now takes only ibuprofen."));
        rows.add(guard("udt screen: a screen last month at low risk", UDT, "SCREEN",
                "A urine drug screen on 05/02/2016 was consistent; he is at low risk of misuse."));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theDraftFollowsTheCriterion(Row row) {
        Base base = row.base();
        Draft d = draft(base.with(row.slot(), row.words()), base.request(), base.date(), base.injury());
        if (row.meets()) {
            assertThat(d.outcome()).as(row + "\n" + explain(d)).isEqualTo(DraftOutcome.OVERTURNED);
            assertThat(d.citationText()).as(row + "\n" + explain(d)).contains(base.citation());
        } else {
            assertThat(d.outcome()).as(row + "\n" + explain(d)).isIn(DraftOutcome.UPHELD, DraftOutcome.REFER);
        }
    }
}
