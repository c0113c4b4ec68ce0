package org.openimr.cases.issue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.openimr.determination.CitedEditions;
import org.openimr.letters.AddressedLetter;
import org.openimr.letters.CitationSentence;
import org.openimr.letters.CitationSentence.Citer;
import org.openimr.letters.DisputedRequest;
import org.openimr.letters.DisputedRequest.UrModification;
import org.openimr.letters.DocumentReviewed;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.letters.Layout;
import org.openimr.letters.LetterDates;
import org.openimr.letters.LetterParties;
import org.openimr.letters.LetterParties.ClaimNumber;
import org.openimr.letters.LetterParties.PersonName;
import org.openimr.letters.LetterParties.PostalAddress;
import org.openimr.letters.LetterWording;
import org.openimr.letters.PatientAsStated;
import org.openimr.letters.Sex;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;
import org.openimr.shared.PageRange;
import org.openimr.shared.Priority;

/**
 * Synthetic signed cases and their letters, reproducible from a seed, as the reviewer's workspace would make them: a
 * letter that passes the {@link QualityCheck} (every item decided in the case's order, the cited MTUS edition in force
 * on the request date, a stated reason wherever no MTUS guideline is cited, rationales that name the request and
 * conclude as the outcome does, documents with author and date) and whose free text mentions the parties' identifying
 * values in many forms, so that redaction has something to remove. Varies: 1-6 items, outcomes, every citation basis,
 * sections and pages, modified requests, 1-6 documents, both priorities. Case numbers are CM17-8xxxxxx. All text is
 * invented; the names are unusual on purpose, so that finding one in a PDF can only mean it leaked.
 */
public final class CaseLetterGenerator {

    /** A signed case: what the check needs of it, its letter, and every identifying value the letter must hide. */
    public record GeneratedCase(LetterCase letterCase, AddressedLetter letter, List<String> identifyingValues) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd-uuuu");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private static final String[] GIVEN = {"Thaddeus", "Ottoline", "Berengar", "Wilhelmina", "Cosimo", "Perpetua",
        "Leopoldine", "Ignatius", "Esmeraldo", "Philippa", "Radegund", "Aurelio", "Clothilde", "Evander"};
    private static final String[] FAMILY = {"Quarrington", "Vanterpool", "Eckersley", "Baskerwick", "Underhollow",
        "Pemberton-Vane", "Ashgrove", "Fennimore", "Kittredge", "Mabery", "Ortolani", "Sprecklin", "Thistlewood",
        "Wrexcombe"};
    private static final String[] COMPANY_WORDS = {"Marrowgate", "Cobblestone", "Quillfeather", "Brightwater",
        "Ironbark", "Saltmarsh", "Foxhollow", "Larkspur"};
    private static final String[] EMPLOYER_KINDS = {"Cannery LLC", "Freight Inc.", "Orchards Company", "Tile Works"};
    private static final String[] ADMINISTRATOR_KINDS = {"Mutual Claims Services", "Risk Administrators",
        "Casualty Adjusters Inc."};
    private static final String[] CITIES = {"Wolcottville", "Pelham Ridge", "Tarrowby", "Glenquarry", "Mistbrook"};
    private static final String[] STREETS = {"Quillon Lane", "Harrowgate Road", "Osprey Hollow Drive",
        "Vellum Court"};
    private static final String[] REPRESENTATIVES = {"Marguerite Oakenshaw", "Leocadio Fairweather",
        "Henrietta Blackwood-Sayle", "Ambrose Quennell"};
    private static final String[] FIRMS = {"Oakenshaw & Tremayne LLP", "Veldhuizen Workers' Law Group",
        "Cardew Injury Counsel"};
    private static final String[] REPRESENTATIVE_CITIES = {"Saffron Hollow", "Bramblecote", "Kestrel Point"};
    /** MTUS guidelines as letters print them; the edition in force on the request date is cited. */
    private static final String[] GUIDELINES = {"Chronic Pain Medical Treatment", "Low Back Complaints",
        "Shoulder Complaints", "Knee Complaints", "Neck and Upper Back Complaints", "Acupuncture Treatment",
        "Postsurgical Treatment", "Opioid Treatment", "Elbow Complaints", "Forearm, Wrist, and Hand Complaints",
        "ACOEM Low Back Disorders", "ACOEM Knee Disorders", "ACOEM Shoulder Disorders"};
    private static final String[] SECTIONS = {"Opioids, criteria for use", "Muscle relaxants (for pain)",
        "Physical medicine", "Manual therapy & manipulation", "Special Studies", "Topical analgesics",
        "Urine drug testing", "Initial Care", "Surgical Considerations", "Massage therapy"};
    private static final String[] SOURCES = {"Official Disability Guidelines (ODG), Pain (Chronic)",
        "Official Disability Guidelines (ODG), Low Back Chapter", "UpToDate, Treatment of acute low back pain",
        "Work Loss Data Institute, Shoulder (Acute & Chronic)"};
    static final String[] REQUESTS = {"MRI of the lumbar spine without contrast", "Hydrocodone/APAP 10/325mg #60",
        "Cyclobenzaprine 7.5mg #90", "Physical therapy for the right shoulder, 12 sessions",
        "Acupuncture 2 times a week for 4 weeks", "Lumbar epidural steroid injection at L4-L5",
        "EMG/NCV of the bilateral upper extremities", "Lidoderm 5% patch #30", "Urine drug screen",
        "Right carpal tunnel release", "Cognitive behavioral therapy, 6 sessions", "TENS unit purchase",
        "Knee brace (hinged), right", "Gabapentin 600mg #90 with 2 refills"};
    private static final String[] DOCUMENTS = {"Primary treating physician's progress report",
        "Request for Authorization", "Utilization Review determination", "MRI report of the lumbar spine",
        "Physical therapy notes", "Qualified medical evaluation", "Pharmacy printout"};
    private static final String[] STATES = {"California", "Oregon", "Nevada", "Arizona", "Washington"};
    private static final String[] CERTIFICATIONS = {"Internal Medicine", "Occupational Medicine",
        "Physical Medicine & Rehabilitation", "Orthopaedic Surgery", "Anesthesiology", "Family Medicine"};
    /** A stated reason that no MTUS guideline applies (a phrase of cases/letter-quality.yaml). */
    static final String NO_MTUS_REASON = "The MTUS does not address this request, so the expert reviewer relied on "
            + "the next source in the medical evidence search sequence.";

    private final Random random;
    private final CitedEditions editions = CitedEditions.standard();

    public CaseLetterGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A case of the 2016-17 era, whose editions are named by year as the letter parser reads them. */
    public GeneratedCase next() {
        CaseNumber n = new CaseNumber(String.format("CM17-8%06d", random.nextInt(1_000_000)));
        LocalDate requestDate = LocalDate.of(2016, 8, 1).plusDays(random.nextInt(470));
        List<String> requests = new ArrayList<>(pick(REQUESTS, 1 + random.nextInt(6)));
        return forCase(n, requestDate, requests, parties());
    }

    /** {@link #next()} in a case whose employee designated a representative, an attorney of a firm or a relative. */
    public GeneratedCase nextWithRepresentative() {
        CaseNumber n = new CaseNumber(String.format("CM17-8%06d", random.nextInt(1_000_000)));
        LocalDate requestDate = LocalDate.of(2016, 8, 1).plusDays(random.nextInt(470));
        List<String> requests = new ArrayList<>(pick(REQUESTS, 1 + random.nextInt(6)));
        LetterParties parties = parties().withRepresentative(new LetterParties.Representative(one(REPRESENTATIVES),
                random.nextBoolean() ? Optional.of(one(FIRMS)) : Optional.empty(),
                new PostalAddress((10 + random.nextInt(890)) + " Counsel Row", one(REPRESENTATIVE_CITIES), "CA",
                        String.valueOf(93001 + random.nextInt(900)))));
        return forCase(n, requestDate, requests, parties);
    }

    /** Random parties with distinctive names. */
    public LetterParties parties() {
        PersonName employee = new PersonName(one(GIVEN), one(FAMILY));
        PersonName physician;
        do {
            physician = new PersonName(one(GIVEN), one(FAMILY));
        } while (physician.given().equals(employee.given()) || physician.family().equals(employee.family()));
        String company = one(COMPANY_WORDS);
        String administrator;
        do {
            administrator = one(COMPANY_WORDS);
        } while (administrator.equals(company));
        return new LetterParties(employee, new PostalAddress((100 + random.nextInt(9800)) + " " + one(STREETS),
                one(CITIES), "CA", String.valueOf(90001 + random.nextInt(6000))),
                LocalDate.of(1950, 1, 1).plusDays(random.nextInt(18000)),
                new ClaimNumber("QX" + (10 + random.nextInt(89)) + "-" + (100000 + random.nextInt(899999))),
                company + " " + one(EMPLOYER_KINDS), administrator + " " + one(ADMINISTRATOR_KINDS), physician);
    }

    /** The signed letter of a given case: its number, request date, disputed requests (in order) and parties. */
    public GeneratedCase forCase(CaseNumber n, LocalDate requestDate, List<String> requests, LetterParties parties) {
        Priority priority = random.nextInt(6) == 0 ? Priority.EXPEDITED : Priority.STANDARD;
        LocalDate injury = requestDate.minusDays(100 + random.nextInt(1400));
        LocalDate received = requestDate.plusDays(1 + random.nextInt(30));
        LocalDate assigned = received.plusDays(1 + random.nextInt(20));
        LocalDate decision = assigned.plusDays(priority == Priority.EXPEDITED ? 2 : 5 + random.nextInt(20));
        LetterDates dates = new LetterDates(assigned, injury, decision, requestDate, received);
        int age = 20 + random.nextInt(45);
        boolean male = random.nextBoolean();
        String summary = summary(age, male, injury, requestDate, parties);
        List<DocumentReviewed> documents = new ArrayList<>();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            documents.add(new DocumentReviewed(one(DOCUMENTS), random.nextBoolean()
                    ? parties.requestingPhysician().full() + ", MD" : one(GIVEN) + " " + one(FAMILY) + ", MD",
                    injury.plusDays(random.nextInt((int) (decision.toEpochDay() - injury.toEpochDay())))));
        }
        List<ItemDetermination> items = new ArrayList<>();
        for (String request : requests) {
            items.add(item(request, requestDate, parties));
        }
        FinalDeterminationLetter letter = new FinalDeterminationLetter(Layout.HEADER_2016, n, dates, priority,
                LetterWording.credentials(pick(STATES, 1 + random.nextInt(2)), pick(CERTIFICATIONS,
                        1 + random.nextInt(2))), new PatientAsStated(age, male ? Sex.MALE : Sex.FEMALE), summary,
                documents, items);
        return new GeneratedCase(new LetterCase(n, requestDate, requests), new AddressedLetter(letter, parties),
                identifying(parties));
    }

    private String summary(int age, boolean male, LocalDate injury, LocalDate requestDate, LetterParties p) {
        String employer = p.employer().replaceAll(",?\\s+(Inc\\.|LLC|Company)$", "");
        List<String> sentences = new ArrayList<>(List.of(
                p.employee().full() + " (date of birth " + SLASHED.format(p.employeeDateOfBirth()) + ", claim "
                        + p.claimNumber() + ") works for " + employer + ".",
                "The worker lives at " + String.join(", ", p.employeeAddress().lines()) + ".",
                "Mr. " + p.employee().family() + " was seen by Dr. " + p.requestingPhysician().full() + " on "
                        + DAY.format(requestDate.minusDays(random.nextInt(60))) + ".",
                "The claims administrator, " + p.claimsAdministrator() + ", asked " + p.employee().given()
                        + " to attend an evaluation.",
                "Dr. " + p.requestingPhysician().family() + " requested the disputed treatment on "
                        + DAY.format(requestDate) + ".",
                "The worker was born on " + WRITTEN.format(p.employeeDateOfBirth()) + " and reports pain rated 6/10.",
                "Treatment to date includes medications, physical therapy and a home exercise program.",
                "Examination showed tenderness over the paraspinal muscles and a normal gait."));
        p.representative().ifPresent(r -> {
            String family = r.name().substring(r.name().lastIndexOf(' ') + 1);
            sentences.add(1, "The worker is represented by " + r.name() + r.firm().map(f -> " of " + f).orElse("")
                    + ", " + String.join(", ", r.address().lines()) + ".");
            sentences.add(2, "Counsel " + family + " sent the appeal" + r.firm().map(f -> " on the letterhead of "
                    + f.toUpperCase(Locale.ROOT)).orElse("") + ".");
        });
        StringBuilder sb = new StringBuilder("The injured worker is a ").append(age).append(" year old ")
                .append(male ? "male" : "female").append(" who sustained an industrial injury on ")
                .append(DAY.format(injury)).append('.');
        for (int i = 0; i < sentences.size(); i++) {
            if (i < (p.representative().isPresent() ? 4 : 2) || random.nextInt(3) > 0) {
                sb.append(' ').append(sentences.get(i));
            }
        }
        return sb.toString();
    }

    private ItemDetermination item(String request, LocalDate requestDate, LetterParties p) {
        DisputedRequest disputed = random.nextInt(8) == 0
                ? new DisputedRequest(request + ", the remaining half", Optional.of(new UrModification(request,
                        "half of the requested quantity")))
                : DisputedRequest.of(request);
        Outcome outcome = random.nextInt(4) == 0 ? Outcome.OVERTURNED : Outcome.UPHELD;
        GuidelineCitation reviewer = reviewerCitation(requestDate);
        StringBuilder rationale = new StringBuilder();
        if (random.nextBoolean()) {
            rationale.append("The progress report of Dr. ").append(p.requestingPhysician().full()).append(" dated ")
                    .append(DAY.format(requestDate.minusDays(random.nextInt(30))))
                    .append(" describes the treatment to date. ");
        }
        if (reviewer.basis() != org.openimr.shared.CitationBasis.MTUS) {
            rationale.append(NO_MTUS_REASON).append(' ');
        }
        rationale.append(outcome == Outcome.UPHELD
                ? "The records do not show functional improvement from prior treatment. "
                : "The records show that pain fell by 30% and walking tolerance doubled. ");
        rationale.append("Therefore, the request for ").append(disputed.text())
                .append(outcome == Outcome.UPHELD ? " is not medically necessary." : " is medically necessary.");
        return new ItemDetermination(disputed, outcome, CitationSentence.withSentence(anyCitation(requestDate),
                Citer.CLAIMS_ADMINISTRATOR), CitationSentence.withSentence(reviewer, Citer.EXPERT_REVIEWER),
                rationale.toString());
    }

    private GuidelineCitation reviewerCitation(LocalDate requestDate) {
        int roll = random.nextInt(10);
        if (roll < 7) {
            Optional<GuidelineCitation> mtus = mtus(requestDate);
            if (mtus.isPresent()) {
                return mtus.get();
            }
        }
        return roll < 9 ? GuidelineCitation.nonMtus(pick(SOURCES, 1 + random.nextInt(2)), null)
                : GuidelineCitation.none(null);
    }

    private GuidelineCitation anyCitation(LocalDate requestDate) {
        int roll = random.nextInt(10);
        if (roll < 6) {
            Optional<GuidelineCitation> mtus = mtus(requestDate);
            if (mtus.isPresent()) {
                return mtus.get();
            }
        }
        return roll < 8 ? GuidelineCitation.nonMtus(pick(SOURCES, 1), null) : GuidelineCitation.none(null);
    }

    /** A guideline in force on the date, with 0-2 sections and sometimes pages. */
    private Optional<GuidelineCitation> mtus(LocalDate date) {
        List<GuidelineCitation> inForce = new ArrayList<>();
        for (String g : GUIDELINES) {
            editions.citationInForce(g, date).ifPresent(inForce::add);
        }
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        GuidelineCitation c = inForce.get(random.nextInt(inForce.size()));
        List<PageRange> pages = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            int first = 1 + random.nextInt(200);
            pages.add(new PageRange(first, first + random.nextInt(3)));
        }
        List<String> others = random.nextInt(4) == 0 ? pick(SOURCES, 1) : List.of();
        return Optional.of(GuidelineCitation.mtus(c.guideline(), c.edition(), pick(SECTIONS, random.nextInt(3)),
                pages, others, null));
    }

    /** Every identifying value of the parties, in the forms a text may give them. */
    static List<String> identifying(LetterParties p) {
        Set<String> values = new LinkedHashSet<>();
        for (PersonName name : List.of(p.employee(), p.requestingPhysician())) {
            values.add(name.full());
            values.add(name.given());
            values.add(name.family());
        }
        values.add(p.employer());
        values.add(p.employer().replaceAll(",?\\s+(Inc\\.|LLC|Company)$", ""));
        values.add(p.claimsAdministrator());
        values.add(p.claimNumber().value());
        values.add(p.claimNumber().value().replaceAll("[^A-Za-z0-9]", ""));
        values.addAll(p.employeeAddress().lines());
        values.add(p.employeeAddress().city());
        values.add(SLASHED.format(p.employeeDateOfBirth()));
        values.add(DAY.format(p.employeeDateOfBirth()));
        values.add(WRITTEN.format(p.employeeDateOfBirth()));
        p.representative().ifPresent(r -> {
            values.add(r.name());
            values.add(r.name().substring(r.name().lastIndexOf(' ') + 1));
            r.firm().ifPresent(values::add);
            values.addAll(r.address().lines());
            values.add(r.address().city());
        });
        return List.copyOf(values);
    }

    private String one(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private List<String> pick(String[] from, int n) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < n) {
            chosen.add(from[random.nextInt(from.length)]);
        }
        return List.copyOf(chosen);
    }
}
