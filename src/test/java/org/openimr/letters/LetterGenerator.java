package org.openimr.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.openimr.letters.CitationSentence.Citer;
import org.openimr.letters.DisputedRequest.UrModification;
import org.openimr.letters.LetterParties.ClaimNumber;
import org.openimr.letters.LetterParties.PersonName;
import org.openimr.letters.LetterParties.PostalAddress;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;
import org.openimr.shared.PageRange;
import org.openimr.shared.Priority;

/**
 * Random but valid Final Determination Letters in the current layout, reproducible from a seed: dates in the order
 * of the process, 1-8 items, every citation basis, sections with commas and parentheses, page ranges, modified
 * requests, names and marks outside Latin-1, long rationales, both priorities. Every letter is in the form a letter
 * issued by OpenIMR has and the parser gives back: free text in one paragraph with white space collapsed, the
 * standard qualifications statement, citation texts written by {@link CitationSentence}, the patient's age and sex
 * stated in the summary's first sentence. Case numbers start with 9 (CM16-9xxxxxx) so they never collide with real
 * ones. All text is invented.
 */
final class LetterGenerator {

    private static final DateTimeFormatter SUMMARY_DATE = DateTimeFormatter.ofPattern("MM-dd-uuuu");

    private static final String[] STATES = {"California", "Washington", "Ohio", "New York", "Texas", "Oregon",
        "Arizona", "Nevada", "Florida", "Illinois", "Massachusetts", "Pennsylvania", "North Carolina"};
    private static final String[] CERTIFICATIONS = {"Internal Medicine", "Occupational Medicine",
        "Physical Medicine & Rehabilitation", "Pain Management", "Orthopaedic Surgery", "Anesthesiology", "Neurology",
        "Psychiatry", "Family Medicine", "Chiropractor", "Acupuncturist", "Preventive Medicine", "Sports Medicine",
        "Spine Surgery", "Hand Surgery", "Psychologist"};
    /** MTUS guidelines with their editions (null: the older form with pages and no year). */
    private static final String[][] GUIDELINES = {{"Chronic Pain Medical Treatment", "2016"},
        {"Low Back Complaints", "2004"}, {"Shoulder Complaints", "2004"}, {"Acupuncture Treatment", "2007"},
        {"Neck and Upper Back Complaints", "2004"}, {"Knee Complaints", "2004"}, {"Opioid Treatment", "2016"},
        {"General Approaches", "2004"}, {"Elbow Complaints", "2007"}, {"Forearm, Wrist, and Hand Complaints", "2004"},
        {"Postsurgical Treatment", "2009"}, {"Ankle and Foot Complaints", "2004"},
        {"Stress-Related Conditions", "2004"}, {"Chronic Pain Medical Treatment Guidelines", null},
        {"Chronic Pain Treatment Guidelines", null}};
    private static final String[] SECTIONS = {"Opioids, criteria for use", "Muscle relaxants (for pain)",
        "Cyclobenzaprine (Flexeril®)", "TENS, chronic pain (transcutaneous electrical nerve stimulation)",
        "Physical medicine", "Electrodiagnostic testing (EMG/NCS)", "Manual therapy & manipulation",
        "Special Studies", "Epidural steroid injections (ESIs)", "Topical analgesics",
        "Work conditioning, work hardening", "Functional restoration programs (FRPs)", "Urine drug testing",
        "Initial Care", "Surgical Considerations", "Summary", "Anti-epilepsy drugs (AEDs, gabapentin)",
        "NSAIDs (non-steroidal anti-inflammatory drugs)", "Criteria for use of opioids – long-term users",
        "Massage therapy", "Table 12-8 (Summary of Recommendations)"};
    private static final String[] SOURCES = {"Official Disability Guidelines (ODG), Pain (Chronic), Opioids (updated 11/23/16)",
        "Official Disability Guidelines (ODG), Low Back Chapter", "ODG Knee & Leg, MRI (magnetic resonance imaging)",
        "UpToDate, Treatment of acute low back pain", "American College of Occupational and Environmental Medicine "
            + "(ACOEM), 3rd Edition, Chronic Pain", "Hübner & Søndergaard, Spine 2015;40(3):E1–E9",
        "http://www.example.org/guidelines/sleep-aids", "Work Loss Data Institute, Shoulder (Acute & Chronic)"};
    private static final String[] REQUESTS = {"MRI of the lumbar spine without contrast", "Hydrocodone/APAP 10/325mg #60",
        "Cyclobenzaprine 7.5mg #90", "Physical therapy for the right shoulder, 12 sessions",
        "Acupuncture 2 times a week for 4 weeks", "Lumbar epidural steroid injection at L4-L5 (bilateral)",
        "EMG/NCV of the bilateral upper extremities", "Functional restoration program, 80 hours",
        "Lidoderm 5% patch #30", "Urine drug screen", "Home health aide 4 hours a day, 7 days a week",
        "Right carpal tunnel release", "Cognitive behavioral therapy, 6 sessions", "TENS unit purchase",
        "Chiropractic manipulation for the neck, 8 visits", "Compound cream: flurbiprofen 20%, lidocaine 5%",
        "Tramadol ER 150mg #30 – for flare-ups", "Knee brace (hinged), right", "Gabapentin 600mg #90 with 2 refills",
        "Referral to Dr. Zoë Ångström for pain psychology"};
    private static final String[] PEOPLE = {"José Núñez", "Zoë Ångström", "Łukasz Wójcik", "François Lefèvre",
        "Siobhán Ó Briain", "Nguyễn Thị Hoa", "Mary Smith", "Đorđe Petrović", "Ana Ruiz", "Jürgen Groß"};
    private static final String[] DOCUMENTS = {"Application for Independent Medical Review",
        "Utilization Review determination", "Primary treating physician's progress report", "Request for Authorization",
        "Physical therapy notes, visits 1 to 12", "MRI report of the lumbar spine", "Qualified medical evaluation",
        "Agreed medical evaluation report (with addendum)", "Pharmacy printout", "Operative report: right knee arthroscopy"};
    private static final String[] SUMMARY_SENTENCES = {
        "Diagnoses include lumbar sprain and strain and myofascial pain.",
        "She was seen by %s, who noted tenderness over the paraspinal muscles and a “guarded” gait.",
        "He reported pain rated 7/10 at worst and 4/10 at best, worse with sitting ≥ 30 minutes.",
        "Treatment to date includes medications, 12 sessions of physical therapy, a home exercise program and rest.",
        "An MRI dated %s showed a 3 mm disc protrusion at L4-L5 without nerve root compression.",
        "Examination showed flexion limited to 40° and a negative straight leg raise on both sides.",
        "The treating physician, %s, requested the disputed items on %s.",
        "The worker remains on modified duty — no lifting over 10 pounds — and walks daily.",
        "Urine drug testing on %s was consistent with the prescribed medications.",
        "The Utilization Review of %s denied the requests, citing a lack of documented functional improvement."};
    private static final String[] RATIONALE_SENTENCES = {
        "The guidelines recommend this treatment only when there is documented functional improvement from prior use.",
        "The records from %s do not describe a change in activities of daily living, work status or medication use.",
        "The request exceeds the number of visits the guidelines allow for this condition (8–10 over 4 weeks).",
        "There is no mention of red flags, progressive neurologic deficit or a plan for surgery.",
        "The worker has already completed a course of the same treatment without lasting benefit.",
        "A trial of a first-line medication was documented on %s and was well tolerated.",
        "The documentation supports the request: pain fell by ≥ 30% and walking tolerance doubled.",
        "An exception to the guidelines is not supported by the records reviewed."};

    private final Random random;

    LetterGenerator(long seed) {
        this.random = new Random(seed);
    }

    FinalDeterminationLetter letter() {
        int year = 16 + random.nextInt(2);
        CaseNumber caseNumber = new CaseNumber(String.format("CM%02d-9%06d", year, random.nextInt(1_000_000)));
        Priority priority = random.nextInt(7) == 0 ? Priority.EXPEDITED : Priority.STANDARD;
        LocalDate injury = LocalDate.of(2013, 1, 1).plusDays(random.nextInt(1400));
        LocalDate urDenial = injury.plusDays(30 + random.nextInt(600));
        LocalDate received = urDenial.plusDays(random.nextInt(38));
        LocalDate assigned = received.plusDays(priority == Priority.EXPEDITED ? random.nextInt(2) : random.nextInt(34));
        LocalDate decision = assigned.plusDays(priority == Priority.EXPEDITED ? 1 + random.nextInt(3) : 21 + random.nextInt(19));
        LetterDates dates = new LetterDates(assigned, injury, decision, urDenial, received);
        ReviewerCredentials reviewer = LetterWording.credentials(pick(STATES, 1 + random.nextInt(3)),
                pick(CERTIFICATIONS, 1 + random.nextInt(3)));
        int age = 19 + random.nextInt(60);
        boolean male = random.nextBoolean();
        PatientAsStated patient = new PatientAsStated(age, male ? Sex.MALE : Sex.FEMALE);
        String summary = summary(age, male, injury, urDenial);
        List<DocumentReviewed> documents = new ArrayList<>();
        for (int i = random.nextInt(9); i > 0; i--) {
            documents.add(document(injury, decision));
        }
        List<ItemDetermination> items = new ArrayList<>();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            items.add(item(urDenial));
        }
        return new FinalDeterminationLetter(Layout.HEADER_2016, caseNumber, dates, priority, reviewer, patient, summary,
                documents, items);
    }

    /** Parties whose values the letter's free text mentions (names, claim number, date of birth, address). */
    AddressedLetter addressed() {
        FinalDeterminationLetter letter = letter();
        PersonName employee = new PersonName("José", "Núñez");
        PersonName physician = new PersonName("Zoë", "Ångström");
        LetterParties parties = new LetterParties(employee, new PostalAddress("1428 Calle Olvera, Apt. 3", "Fresno",
                "CA", "93721"), LocalDate.of(1968, 3, 4), new ClaimNumber("05-7731-2290"), "Bay Coast Transit Inc.",
                "Golden Poppy Claims Services", physician);
        String summary = letter.clinicalCaseSummary() + " José Núñez (date of birth 03/04/1968, claim 05-7731-2290) "
                + "lives at 1428 Calle Olvera, Apt. 3, Fresno, CA 93721 and drives a bus for Bay Coast Transit. "
                + "Mr. Núñez was referred by Dr. Zoë Ångström; the claims administrator, Golden Poppy Claims Services, "
                + "asked NÚÑEZ, JOSÉ to attend the evaluation on March 4, 1968 (sic).";
        List<DocumentReviewed> documents = new ArrayList<>(letter.documentsReviewed());
        documents.add(new DocumentReviewed("Request for Authorization", "Zoë Ångström, MD", letter.dates().urDenialDate()));
        FinalDeterminationLetter withNames = new FinalDeterminationLetter(letter.layout(), letter.caseNumber(),
                letter.dates(), letter.priority(), letter.reviewer(), letter.patient(), summary, documents,
                letter.items());
        return new AddressedLetter(withNames, parties);
    }

    private String summary(int age, boolean male, LocalDate injury, LocalDate urDenial) {
        StringBuilder sb = new StringBuilder("The injured worker is a ").append(age).append(" year old ")
                .append(male ? "male" : "female").append(" who sustained an industrial injury on ")
                .append(SUMMARY_DATE.format(injury)).append('.');
        for (int i = 2 + random.nextInt(12); i > 0; i--) {
            sb.append(' ').append(fill(SUMMARY_SENTENCES[random.nextInt(SUMMARY_SENTENCES.length)], urDenial));
        }
        return sb.toString();
    }

    private ItemDetermination item(LocalDate urDenial) {
        String request = REQUESTS[random.nextInt(REQUESTS.length)];
        DisputedRequest disputed;
        int kind = random.nextInt(10);
        if (kind == 0) {
            disputed = new DisputedRequest(request,
                    Optional.of(new UrModification(request, "half of the requested quantity")));
        } else if (kind == 1) {
            String original = request + ", 2 times a week for 6 weeks";
            disputed = new DisputedRequest(request + ", 6 additional sessions",
                    Optional.of(new UrModification(original, request + ", 2 times a week for 3 weeks")));
        } else {
            disputed = DisputedRequest.of(request);
        }
        Outcome outcome = random.nextInt(8) == 0 ? Outcome.OVERTURNED : Outcome.UPHELD;
        GuidelineCitation ca = citation(Citer.CLAIMS_ADMINISTRATOR, 60, 22);
        GuidelineCitation reviewer = citation(Citer.EXPERT_REVIEWER, 75, 17);
        return new ItemDetermination(disputed, outcome, ca, reviewer, rationale(disputed.text(), outcome, urDenial));
    }

    private GuidelineCitation citation(Citer citer, int mtusPercent, int nonMtusPercent) {
        int roll = random.nextInt(100);
        GuidelineCitation c;
        if (roll < mtusPercent) {
            String[] g = GUIDELINES[random.nextInt(GUIDELINES.length)];
            List<String> sections = g[1] == null ? List.of() : pick(SECTIONS, random.nextInt(4));
            List<PageRange> pages = new ArrayList<>();
            for (int i = g[1] == null ? 1 + random.nextInt(2) : random.nextInt(3) == 0 ? 1 : 0; i > 0; i--) {
                int first = 1 + random.nextInt(300);
                pages.add(new PageRange(first, first + random.nextInt(4)));
            }
            List<String> others = random.nextInt(3) == 0 ? pick(SOURCES, 1 + random.nextInt(2)) : List.of();
            c = GuidelineCitation.mtus(g[0], g[1], sections, pages, others, null);
        } else if (roll < mtusPercent + nonMtusPercent) {
            c = GuidelineCitation.nonMtus(pick(SOURCES, 1 + random.nextInt(3)), null);
        } else {
            c = GuidelineCitation.none(null);
        }
        return CitationSentence.withSentence(c, citer);
    }

    private String rationale(String request, Outcome outcome, LocalDate urDenial) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + random.nextInt(9); i > 0; i--) {
            sb.append(fill(RATIONALE_SENTENCES[random.nextInt(RATIONALE_SENTENCES.length)], urDenial)).append(' ');
        }
        return sb.append("Therefore, the request for ").append(request)
                .append(outcome == Outcome.UPHELD ? " is not medically necessary." : " is medically necessary.")
                .toString();
    }

    private DocumentReviewed document(LocalDate from, LocalDate to) {
        String description = DOCUMENTS[random.nextInt(DOCUMENTS.length)];
        String author = random.nextInt(3) == 0 ? null : PEOPLE[random.nextInt(PEOPLE.length)]
                + (random.nextBoolean() ? ", MD" : "");
        LocalDate date = random.nextInt(4) == 0 ? null
                : from.plusDays(random.nextInt((int) Math.max(1, to.toEpochDay() - from.toEpochDay())));
        return new DocumentReviewed(description, author, date);
    }

    /** Fills each %s with a person or a date. */
    private String fill(String template, LocalDate around) {
        String s = template;
        while (s.contains("%s")) {
            String value = random.nextBoolean() ? PEOPLE[random.nextInt(PEOPLE.length)]
                    : SUMMARY_DATE.format(around.minusDays(random.nextInt(200)));
            s = s.replaceFirst("%s", value);
        }
        return s;
    }

    private List<String> pick(String[] from, int n) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < n) {
            chosen.add(from[random.nextInt(from.length)]);
        }
        return List.copyOf(chosen);
    }
}
