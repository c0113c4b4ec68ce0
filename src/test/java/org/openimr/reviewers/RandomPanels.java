package org.openimr.reviewers;

import org.openimr.shared.BodyRegion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.openimr.shared.CaseNumber;
import org.openimr.shared.Priority;

/**
 * Random panels, workloads and cases from a seed, for the property test and the benchmark. Parties and affiliations
 * are drawn from a small pool of people and organizations, written in varying ways ("Acme Insurance, Inc.",
 * "ACME INSURANCE"), so that conflicts are frequent and name normalisation is exercised. The generator remembers
 * which pool entity every party and affiliation stands for: that is the ground truth the property test checks
 * screening against, without reusing the code under test.
 */
final class RandomPanels {

    static final String[] ORGANIZATIONS = {"Acme Insurance", "Golden State Mutual", "Sunrise Packing",
        "Pacific Claims Services", "Valley Spine Medical Group", "St Mary Medical Center", "Medtronic",
        "Harbor Freight Lines", "Redwood Orthopedic Associates", "Coastal Pharmacy", "Sierra Imaging Center",
        "Bay Area Surgical Institute", "Allied Risk Management", "Central Valley Farms", "Delta Logistics"};
    static final String[] PEOPLE = {"Maria Lopez", "Alan Smith", "Robert Chen", "Linda Park", "James Okafor",
        "Priya Natarajan", "David Kim", "Sarah Goldberg", "Miguel Hernandez", "Emily Watson", "Thomas Nguyen",
        "Grace Liu", "Ahmed Hassan", "Olivia Brown", "Carlos Rivera"};
    static final String[] SPECIALTIES = {"Occupational Medicine", "Preventive Medicine", "Family Practice",
        "Physical Medicine & Rehabilitation", "Pain Management", "Orthopedic Surgery", "Internal Medicine",
        "Emergency Medicine", "Neurology", "Anesthesiology", "Sports Medicine", "Chiropractor", "Urology"};
    static final DisputedItemKind[] KINDS = {
        Fixtures.LUMBAR_MRI, Fixtures.SHOULDER_ARTHROSCOPY,
        DisputedItemKind.of("Pharmaceuticals", "Opioids"),
        DisputedItemKind.of("Rehabilitation", "Chiropractic", BodyRegion.LUMBAR_SPINE),
        DisputedItemKind.of("Rehabilitation", "PT/OT", BodyRegion.KNEE),
        DisputedItemKind.of("Diagnostic Testing", "EMG/NCV/NCS", BodyRegion.UPPER_EXTREMITY),
        DisputedItemKind.of("DMEPOS", "DME"),
        DisputedItemKind.of("Psych Services", "Therapies")};

    /** A pool entity: index into ORGANIZATIONS (0..14) or PEOPLE (100..114). */
    record Entity(int index) {
        boolean person() {
            return index >= 100;
        }

        String baseName() {
            return person() ? PEOPLE[index - 100] : ORGANIZATIONS[index];
        }

        PartyIdentifier identifier() {
            return person() ? PartyIdentifier.npi(String.format("19%08d", index))
                    : PartyIdentifier.fein(String.format("94-%07d", index));
        }
    }

    /** The ground truth of a generated case: which entity plays which role. */
    record CaseTruth(CaseToAssign kase, Map<PartyRole, List<Entity>> roles) {
    }

    /** The ground truth of a generated reviewer: the entity each affiliation is with, and who the reviewer is. */
    record ReviewerTruth(Reviewer reviewer, List<Entity> affiliationEntities, Optional<Entity> self) {
    }

    private final Random random;
    private final LocalDate today;
    private final boolean realistic;

    /** A generator of edge cases: about half the panel fails some rule, limits are often zero. */
    RandomPanels(long seed, LocalDate today) {
        this(seed, today, false);
    }

    /**
     * @param realistic a panel as an organization would keep it (most reviewers qualified, limits of 15-30 open
     *                  cases and 3-6 a day, a few away), for the benchmark; conflicts stay frequent
     */
    RandomPanels(long seed, LocalDate today, boolean realistic) {
        this.random = new Random(seed);
        this.today = today;
        this.realistic = realistic;
    }

    /** True with probability 1 in {@code edge} for edge cases, 1 in {@code real} for a realistic panel. */
    private boolean rarely(int edge, int real) {
        return random.nextInt(realistic ? real : edge) == 0;
    }

    private Entity anyOrganization() {
        return new Entity(random.nextInt(ORGANIZATIONS.length));
    }

    private Entity anyPerson() {
        return new Entity(100 + random.nextInt(PEOPLE.length));
    }

    /** The entity written one of several ways, with its identifier half of the time. */
    private Party written(Entity e) {
        String name = e.baseName();
        name = switch (random.nextInt(5)) {
            case 0 -> name.toUpperCase(java.util.Locale.ROOT);
            case 1 -> e.person() ? "Dr. " + name : name + ", Inc.";
            case 2 -> e.person() ? lastFirst(name) : name + " LLC";
            case 3 -> e.person() ? name + ", M.D." : "The " + name;
            default -> name;
        };
        return random.nextBoolean() ? Party.named(name, e.identifier()) : Party.named(name);
    }

    private static String lastFirst(String name) {
        int space = name.indexOf(' ');
        return name.substring(space + 1) + ", " + name.substring(0, space);
    }

    ReviewerTruth reviewer(int n) {
        ReviewerId id = ReviewerId.of(String.format("R-%04d", n));
        Optional<Entity> self = random.nextInt(10) == 0 ? Optional.of(anyPerson()) : Optional.empty();
        String name = self.map(Entity::baseName).orElse("Reviewer Number " + n);
        Reviewer.Builder b = Reviewer.builder(id, ReviewerName.of(name));
        self.filter(s -> random.nextBoolean()).ifPresent(s -> b.identifier(s.identifier()));
        b.profession(Profession.PHYSICIAN);
        for (int i = 0, k = 1 + random.nextInt(3); i < k; i++) {
            LicenseStatus status = !rarely(5, 40) ? LicenseStatus.ACTIVE
                    : LicenseStatus.values()[random.nextInt(LicenseStatus.values().length)];
            b.license(UsState.values()[random.nextInt(UsState.values().length)], "L" + n + "-" + i, status,
                    today.plusDays(random.nextInt(900) - (realistic ? 20 : 150)));
        }
        for (int i = 0, k = rarely(10, 50) ? 0 : 1 + random.nextInt(2); i < k; i++) {
            String s = SPECIALTIES[random.nextInt(SPECIALTIES.length)];
            LocalDate since = today.minusDays(random.nextInt(9000) - 30);
            b.certification(rarely(4, 30)
                    ? BoardCertification.until(s, "Board", since, today.plusDays(random.nextInt(800) - 200))
                    : BoardCertification.lifetime(s, "Board", since));
        }
        if (random.nextInt(3) == 0) {
            b.subspecialty(SPECIALTIES[random.nextInt(SPECIALTIES.length)]);
        }
        b.activePracticeSince(today.minusDays((realistic ? 4 * 365 : 0) + random.nextInt(26 * 365)));
        b.weeklyHoursInActivePractice((realistic ? 22 : 10) + random.nextInt(40));
        if (rarely(8, 30)) {
            b.disciplinary(new DisciplinaryEntry(today.minusDays(random.nextInt(7000) - 20), "Board",
                    DisciplinaryStatus.values()[random.nextInt(3)], "entry"));
        }
        for (int i = 0, k = realistic ? (rarely(3, 3) ? 1 : 0) : random.nextInt(3); i < k; i++) {
            LocalDate from = today.plusDays(random.nextInt(45) - 5);
            b.unavailable(from, from.plusDays(random.nextInt(20)));
        }
        if (realistic) {
            b.limits(15 + random.nextInt(16), 3 + random.nextInt(4));
        } else {
            b.limits(random.nextInt(16), random.nextInt(6));
        }
        List<Entity> affiliated = new ArrayList<>();
        for (int i = 0, k = random.nextInt(realistic ? 3 : 5); i < k; i++) {
            Entity e = random.nextBoolean() ? anyOrganization() : anyPerson();
            affiliated.add(e);
            Party p = written(e);
            b.affiliation(switch (random.nextInt(5)) {
                case 0 -> new FinancialAffiliation(p, new FinancialTie.OwnershipInterest(
                        BigDecimal.valueOf(random.nextInt(300)).divide(BigDecimal.valueOf(100), 2, RoundingMode.UNNECESSARY)));
                case 1 -> FinancialAffiliation.compensation(p, "consulting fees");
                case 2 -> new ProfessionalAffiliation(p, "partner");
                case 3 -> new FamilialAffiliation(p, FamilyRelation.values()[random.nextInt(FamilyRelation.values().length)]);
                default -> new PriorCareOfEmployee(p, today.minusDays(random.nextInt(3000)),
                        PriorCareOfEmployee.Kind.values()[random.nextInt(2)]);
            });
        }
        b.affiliationsDeclaredOn(today.minusDays(random.nextInt(400)));
        return new ReviewerTruth(b.build(), affiliated, self);
    }

    List<ReviewerTruth> panel(int size) {
        List<ReviewerTruth> panel = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            panel.add(reviewer(i));
        }
        return panel;
    }

    /** Some open cases: for edge cases sometimes more than the limit and some assigned today. */
    PanelWorkload workload(List<ReviewerTruth> panel) {
        Map<ReviewerId, Caseload> loads = new HashMap<>();
        int next = 1;
        for (ReviewerTruth t : panel) {
            Caseload c = Caseload.empty();
            int most = realistic ? t.reviewer().limits().maxOpenCases() / 2 + 1 : t.reviewer().limits().maxOpenCases() + 3;
            for (int i = 0, k = random.nextInt(most); i < k; i++) {
                c = c.withAssignment(CaseNumber.of(String.format("CM16-%07d", next++)),
                        today.plusDays(random.nextInt(30)),
                        !realistic && random.nextInt(4) == 0 ? today : today.minusDays(3)); // realistic: the morning batch
            }
            loads.put(t.reviewer().id(), c);
        }
        return new PanelWorkload(loads);
    }

    CaseTruth kase(int n) {
        Map<PartyRole, List<Entity>> roles = new HashMap<>();
        CaseParties.Builder parties = CaseParties.builder();
        for (PartyRole role : PartyRole.values()) {
            boolean always = CaseParties.EXPECTED_ROLES.contains(role);
            if (!always && random.nextInt(3) == 0) {
                continue;
            }
            boolean person = switch (role) {
                case EMPLOYEE, EMPLOYEE_FAMILY_MEMBER, EMPLOYEE_ATTORNEY, OFFICER_DIRECTOR_OR_MANAGER,
                        REQUESTING_PROVIDER, TREATING_PROVIDER -> true;
                default -> false;
            };
            Entity e = person ? anyPerson() : anyOrganization();
            roles.computeIfAbsent(role, r -> new ArrayList<>()).add(e);
            parties.add(role, written(e));
        }
        List<DisputedItemKind> items = new ArrayList<>();
        for (int i = 0, k = 1 + random.nextInt(3); i < k; i++) {
            items.add(KINDS[random.nextInt(KINDS.length)]);
        }
        CaseToAssign kase = new CaseToAssign(CaseNumber.of(String.format("CM17-%07d", n)),
                random.nextInt(10) == 0 ? Priority.EXPEDITED : Priority.STANDARD,
                today.plusDays(random.nextInt(40) - 3), parties.build(), items);
        return new CaseTruth(kase, roles);
    }

    List<CaseTruth> cases(int count, int firstNumber) {
        List<CaseTruth> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(kase(firstNumber + i));
        }
        return cases;
    }
}
