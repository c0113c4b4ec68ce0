package org.openimr.library.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.openimr.letters.DisputedRequest;
import org.openimr.letters.DocumentReviewed;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.letters.Layout;
import org.openimr.letters.LetterDates;
import org.openimr.letters.PatientAsStated;
import org.openimr.letters.ReviewerCredentials;
import org.openimr.letters.Sex;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;
import org.openimr.shared.PageRange;
import org.openimr.shared.Priority;

/**
 * Generates plausible letters in bulk for the search benchmark: requests, summaries and rationales assembled from
 * word pools written for this purpose (no text of a real letter), or varied from template letters (the real
 * letters read by the parser, the demo letters) by changing case numbers, dates, reviewers and words.
 * Deterministic for a seed.
 */
public final class SyntheticLetters {

    static final String[] BODY_PARTS = {"lumbar spine", "cervical spine", "thoracic spine", "left knee", "right knee",
            "left shoulder", "right shoulder", "right wrist", "left wrist", "left elbow", "right elbow", "right hip",
            "left hip", "left ankle", "right ankle", "right hand", "left foot", "low back", "neck", "bilateral knees",
            "bilateral upper extremities", "bilateral lower extremities", "sacroiliac joint", "right heel"};
    static final String[] REQUESTS = {"MRI of the %s", "MRI of the %s without contrast", "X-rays of the %s",
            "CT scan of the %s", "EMG/NCV of the %s", "Physical therapy for the %s 2 times a week for %d weeks",
            "Additional physical therapy for the %s, %d sessions", "Chiropractic treatment for the %s, %d visits",
            "Acupuncture for the %s two times a week for %d weeks", "Massage therapy to the %s, %d sessions",
            "Epidural steroid injection of the %s", "Facet injection of the %s at two levels",
            "Trigger point injections to the %s, %d", "Platelet-rich plasma injection to the %s",
            "Arthroscopy of the %s with debridement", "Total joint replacement of the %s", "Brace for the %s",
            "TENS unit for the %s, %d day rental", "Cold therapy unit for the %s, %d day rental",
            "Home exercise kit for the %s", "Orthopedic surgeon consultation for the %s",
            "Shockwave therapy to the %s, %d sessions", "Functional capacity evaluation",
            "Functional restoration program, %d hours", "Psychological evaluation", "Cognitive behavioral therapy, %d sessions",
            "Home health aide %d hours a week", "Transportation to medical appointments", "Urine drug screen",
            "Follow-up visit with pain management", "Spinal cord stimulator trial", "Lumbar fusion at L4-5 and L5-S1",
            "Carpal tunnel release, right", "Assistant surgeon", "Pre-operative medical clearance",
            "Norco 10/325mg #%d", "Tramadol 50mg #%d", "Oxycodone 10mg #%d", "Cyclobenzaprine 7.5mg #%d",
            "Tizanidine 4mg #%d", "Naproxen 550mg #%d", "Meloxicam 15mg #%d", "Celebrex 200mg #%d",
            "Gabapentin 600mg #%d", "Lyrica 75mg #%d", "Omeprazole 20mg #%d", "Ambien 10mg #%d", "Cymbalta 60mg #%d",
            "Lidoderm 5%% patch #%d", "Flurbiprofen 20%%, Lidocaine 5%% cream, %d grams", "Xanax 0.5mg #%d",
            "Synvisc-One injection to the %s", "Medical marijuana", "Wheelchair rental for %d months",
            "Hot and cold packs therapy times %d"};
    static final String[] MECHANISMS = {"lifting a heavy box", "a fall from a ladder", "a motor vehicle accident",
            "repetitive keyboard work", "slipping on a wet floor", "pushing a cart", "a twisting injury at work",
            "carrying patients", "loading a truck", "cumulative trauma over years of assembly work",
            "being struck by a falling object", "stepping off a curb"};
    static final String[] DIAGNOSES = {"lumbar radiculopathy", "cervical strain", "rotator cuff tendinitis",
            "medial meniscus tear", "carpal tunnel syndrome", "lateral epicondylitis", "lumbar disc protrusion",
            "chronic pain syndrome", "myofascial pain", "knee osteoarthritis", "plantar fasciitis",
            "sacroiliac joint dysfunction", "depression and anxiety", "insomnia", "facet arthropathy",
            "complex regional pain syndrome", "post-laminectomy syndrome", "shoulder impingement", "ankle sprain",
            "thoracic outlet syndrome", "cubital tunnel syndrome", "de Quervain tenosynovitis", "hip bursitis"};
    static final String[] FINDINGS = {"tenderness to palpation", "decreased range of motion", "positive straight leg raise",
            "diminished sensation in the L5 dermatome", "weakness of grip strength", "positive Phalen's test",
            "crepitus with motion", "muscle spasm", "antalgic gait", "positive impingement sign",
            "swelling of the joint", "normal reflexes", "positive McMurray test", "positive Spurling's test",
            "guarding with movement", "trigger points in the trapezius"};
    static final String[] TREATMENTS = {"physical therapy", "chiropractic care", "acupuncture", "home exercise",
            "anti-inflammatory medication", "opioid medication", "muscle relaxants", "a TENS unit", "injections",
            "activity modification", "bracing", "massage", "psychotherapy", "ice and heat"};
    static final String[] REASONS = {"There is no documentation of objective functional improvement with prior treatment.",
            "The guidelines support a short course when there is evidence of a neurological deficit.",
            "The records do not show red flag findings that would warrant this study.",
            "The requested quantity exceeds what the guidelines recommend for an initial trial.",
            "There is no documentation of a urine drug screen or an opioid agreement.",
            "The worker has already completed an adequate course of this treatment without lasting benefit.",
            "Conservative care has failed and imaging corroborates the clinical findings.",
            "The guidelines recommend this treatment as an option for chronic pain when used with an exercise program.",
            "There is no indication that the worker is a surgical candidate.",
            "Long-term use is not supported and weaning is recommended.",
            "The treating physician documented pain relief and improved activities of daily living.",
            "The clinical findings are consistent with the diagnosis and the request is within guideline limits.",
            "Evidence-based guidelines do not support this modality for the condition described.",
            "There is no clear rationale for repeating a study that was recently performed.",
            "Electrodiagnostic testing is recommended when the physical findings are equivocal.",
            "Psychological evaluation is recommended before a functional restoration program.",
            "Topical compounded products containing at least one drug that is not recommended are not recommended.",
            "Home health services are recommended only for patients who are homebound and need medical treatment."};
    static final String[] SPECIALTIES = {"Family Practice", "Physical Medicine & Rehabilitation", "Orthopaedic Surgery",
            "Pain Management", "Occupational Medicine", "Internal Medicine", "Anesthesiology", "Neurology",
            "Chiropractic", "Psychiatry", "Psychologist", "Neurological Surgery", "Preventive Medicine",
            "Emergency Medicine", "Sports Medicine", "Hand Surgery", "Podiatrist", "Oriental Medicine",
            "Registered Nurse", "Rheumatology", "Plastic Surgery", "General Surgery"};
    static final String[] STATES = {"California", "California", "California", "California", "Washington", "Texas",
            "Nevada", "Oregon", "Arizona", "New York", "Florida", "Illinois", "Colorado", "Maryland", "Ohio"};
    static final String[][] GUIDELINES = {{"Chronic Pain Medical Treatment", "2009"},
            {"Chronic Pain Medical Treatment", "2016"}, {"Low Back Complaints", "2004"}, {"Shoulder Complaints", "2004"},
            {"Acupuncture Treatment", "2007"}, {"Neck and Upper Back Complaints", "2004"}, {"Knee Complaints", "2004"},
            {"Opioid Treatment", "2016"}, {"General Approaches", "2004"}, {"Elbow Complaints", "2007"},
            {"Forearm, Wrist, and Hand Complaints", "2004"}, {"Postsurgical Treatment", "2009"},
            {"Ankle and Foot Complaints", "2004"}, {"Low Back Disorders", "2017"}, {"Chronic Pain", "2017"}};

    private final Random random;
    private final List<FinalDeterminationLetter> templates;
    /** The body parts and diagnoses of the letter being generated. */
    private String[] focus = {BODY_PARTS[0]};
    private String[] diagnoses = {DIAGNOSES[0], DIAGNOSES[1]};

    /**
     * @param templates letters to vary as well (real or demo letters); may be empty
     */
    public SyntheticLetters(long seed, List<FinalDeterminationLetter> templates) {
        this.random = new Random(seed);
        this.templates = List.copyOf(templates);
    }

    /** The n-th letter: case number from n, decided between 2014 and 2024. */
    public FinalDeterminationLetter letter(int n) {
        LocalDate decision = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(11 * 365));
        CaseNumber caseNumber = new CaseNumber(String.format("CM%02d-%07d", decision.getYear() % 100 - (
                decision.getDayOfYear() < 40 ? 1 : 0), n));
        LocalDate assigned = decision.minusDays(14 + random.nextInt(26));
        LocalDate received = assigned.minusDays(random.nextInt(12));
        LocalDate urDenial = received.minusDays(random.nextInt(38));
        LocalDate injury = urDenial.minusDays(30 + random.nextInt(2000));
        List<String> states = random.nextInt(4) == 0 ? List.of(pick(STATES), "California") : List.of(pick(STATES));
        List<String> certifications = random.nextInt(3) == 0 ? List.of(pick(SPECIALTIES), pick(SPECIALTIES))
                : List.of(pick(SPECIALTIES));
        if (certifications.size() == 2 && certifications.get(0).equals(certifications.get(1))) {
            certifications = List.of(certifications.get(0));
        }
        if (states.size() == 2 && states.get(0).equals(states.get(1))) {
            states = List.of(states.get(0));
        }
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        int age = 20 + random.nextInt(50);
        if (!templates.isEmpty() && random.nextInt(3) == 0) {
            return varied(pickTemplate(), caseNumber, new LetterDates(assigned, injury, decision, urDenial, received),
                    states, certifications, age, sex);
        }
        // a letter is about one injury: one or two body parts and two diagnoses run through it, as in real letters
        focus = random.nextInt(3) == 0 ? new String[] {pick(BODY_PARTS), pick(BODY_PARTS)}
                : new String[] {pick(BODY_PARTS)};
        diagnoses = new String[] {pick(DIAGNOSES), pick(DIAGNOSES)};
        String summary = summary(age, sex);
        List<ItemDetermination> items = new ArrayList<>();
        int count = itemCount();
        for (int i = 0; i < count; i++) {
            items.add(item());
        }
        return new FinalDeterminationLetter(Layout.HEADER_2016, caseNumber,
                new LetterDates(assigned, injury, decision, urDenial, received), Priority.STANDARD,
                new ReviewerCredentials(states, certifications, ""), new PatientAsStated(age, sex), summary,
                List.of(new DocumentReviewed("Application of Independent Medical Review"),
                        new DocumentReviewed("Utilization Review Determination")), items);
    }

    private FinalDeterminationLetter pickTemplate() {
        return templates.get(random.nextInt(templates.size()));
    }

    /** A template letter with another case number, dates, reviewer and patient, and a few words changed. */
    private FinalDeterminationLetter varied(FinalDeterminationLetter t, CaseNumber caseNumber, LetterDates dates,
            List<String> states, List<String> certifications, int age, Sex sex) {
        List<ItemDetermination> items = t.items().stream().map(i -> new ItemDetermination(
                new DisputedRequest(vary(i.request().text()), i.request().modification()),
                random.nextInt(9) == 0 ? flip(i.outcome()) : i.outcome(),
                i.claimsAdministratorGuideline(), i.reviewerGuideline(), vary(i.rationale()) + " " + pick(REASONS)))
                .toList();
        return new FinalDeterminationLetter(t.layout(), caseNumber, dates, t.priority() == null ? Priority.STANDARD
                : t.priority(), new ReviewerCredentials(states, certifications, t.reviewer().qualifications()),
                new PatientAsStated(age, sex), vary(t.clinicalCaseSummary()) + " " + sentence(), t.documentsReviewed(),
                items);
    }

    private String vary(String text) {
        String varied = text;
        for (String part : new String[] {"left", "right", "lumbar", "cervical", "knee", "shoulder"}) {
            if (random.nextInt(4) == 0 && varied.contains(part)) {
                varied = varied.replace(part, pick(new String[] {"left", "right", "lumbar", "cervical", "knee",
                        "shoulder", "wrist", "hip", "elbow", "ankle"}));
            }
        }
        return varied;
    }

    private static Outcome flip(Outcome o) {
        return o == Outcome.UPHELD ? Outcome.OVERTURNED : Outcome.UPHELD;
    }

    private int itemCount() {
        int r = random.nextInt(100);
        if (r < 59) {
            return 1;
        } else if (r < 77) {
            return 2;
        } else if (r < 83) {
            return 3;
        } else if (r < 99) {
            return 4 + random.nextInt(7);
        }
        return 11 + random.nextInt(11);
    }

    private String summary(int age, Sex sex) {
        String pronoun = sex == Sex.MALE ? "He" : "She";
        StringBuilder s = new StringBuilder("The injured worker is a ").append(age).append(" year old ")
                .append(sex == Sex.MALE ? "male" : "female").append(" who sustained an industrial injury from ")
                .append(pick(MECHANISMS)).append(". ").append(pronoun).append(" has been diagnosed with ")
                .append(diagnoses[0]).append(" and ").append(diagnoses[1]).append(". ");
        int sentences = 5 + random.nextInt(9);
        for (int i = 0; i < sentences; i++) {
            s.append(sentence()).append(' ');
        }
        s.append("The request was denied by utilization review and independent medical review was requested.");
        return s.toString();
    }

    private String sentence() {
        return switch (random.nextInt(5)) {
            case 0 -> "Examination of the " + part() + " showed " + pick(FINDINGS) + " and "
                    + pick(FINDINGS) + ".";
            case 1 -> "Treatment to date has included " + pick(TREATMENTS) + ", " + pick(TREATMENTS) + " and "
                    + pick(TREATMENTS) + ".";
            case 2 -> "The progress report of " + (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28))
                    + " notes pain rated " + (3 + random.nextInt(7)) + "/10 in the " + part() + ".";
            case 3 -> "Prior imaging of the " + part() + " showed " + pick(diagnoses) + ".";
            default -> "The worker reports " + pick(new String[] {"worsening", "persistent", "intermittent",
                    "improving", "constant"}) + " pain with " + pick(new String[] {"sitting", "walking", "lifting",
                    "reaching overhead", "gripping", "standing", "sleeping"}) + ".";
        };
    }

    private ItemDetermination item() {
        String template = pick(REQUESTS);
        String request = template.contains("%s") && template.contains("%d")
                ? String.format(template, part(), 2 + random.nextInt(58))
                : template.contains("%s") ? String.format(template, part())
                : template.contains("%d") ? String.format(template, 2 + random.nextInt(118))
                : template.replace("%%", "%");
        Outcome outcome = random.nextInt(100) < 89 ? Outcome.UPHELD : Outcome.OVERTURNED;
        StringBuilder rationale = new StringBuilder();
        int sentences = 4 + random.nextInt(8);
        for (int i = 0; i < sentences; i++) {
            rationale.append(random.nextInt(3) == 0 ? sentence() : pick(REASONS)).append(' ');
        }
        rationale.append("Therefore, the request for ").append(request).append(outcome == Outcome.UPHELD
                ? " is not medically necessary." : " is medically necessary.");
        return new ItemDetermination(random.nextInt(20) == 0
                ? new DisputedRequest(request, Optional.of(new DisputedRequest.UrModification(request + " (original)",
                        "part of the request")))
                : DisputedRequest.of(request), outcome, citation(), citation(), rationale.toString());
    }

    private GuidelineCitation citation() {
        int r = random.nextInt(100);
        if (r < 77) {
            String[] g = GUIDELINES[random.nextInt(GUIDELINES.length)];
            return GuidelineCitation.mtus(g[0], g[1], List.of("Section " + (1 + random.nextInt(40))),
                    List.of(PageRange.single(1 + random.nextInt(120))), List.of(),
                    "Decision based on MTUS " + g[0] + " " + g[1]);
        } else if (r < 93) {
            return GuidelineCitation.nonMtus(List.of("Official Disability Guidelines (ODG)"),
                    "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG)");
        }
        return GuidelineCitation.none("The Expert Reviewer did not cite any medical evidence for the decision.");
    }

    /** A body part of the letter's injury, now and then another one. */
    private String part() {
        return random.nextInt(8) == 0 ? pick(BODY_PARTS) : pick(focus);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Words a person might search the library for, from the same pools. */
    public List<String> queries(int n) {
        String[] words = {"MRI", "acupuncture", "chiropractic", "physical therapy", "opioid", "Norco", "tramadol",
                "gabapentin", "Lyrica", "epidural", "facet", "TENS", "brace", "radiculopathy", "meniscus", "carpal tunnel",
                "fusion", "arthroscopy", "functional restoration", "psychological", "urine drug screen",
                "home health", "transportation", "knee", "shoulder", "lumbar", "cervical", "wrist", "compound cream",
                "muscle relaxant", "cyclobenzaprine", "naproxen", "omeprazole", "insomnia", "depression",
                "red flag", "neurological deficit", "functional improvement", "weaning", "spinal cord stimulator",
                "massage", "shockwave", "EMG", "NCV", "x-rays", "CT scan", "injection", "surgery", "wheelchair",
                "plantar fasciitis", "trigger point", "platelet-rich plasma", "marijuana", "Synvisc", "Ambien",
                "anxiety", "fall", "motor vehicle", "lifting", "sprain", "tendinitis", "osteoarthritis"};
        String[] modifiers = {"", "", "", " knee", " lumbar", " shoulder", " chronic", " denied", " pain",
                " trial", " guidelines", " left", " cervical"};
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String q = pick(words) + pick(modifiers);
            if (random.nextInt(10) == 0) {
                q = "\"" + q + "\"";
            } else if (random.nextInt(12) == 0) {
                q = q + " -" + pick(new String[] {"knee", "lumbar", "surgery", "opioid"});
            } else if (random.nextInt(12) == 0) {
                q = q + " or " + pick(words);
            }
            queries.add(q);
        }
        return queries;
    }

    public Random random() {
        return random;
    }
}
