package org.openimr.cases.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openimr.cases.EligibilitySpecification;
import org.openimr.cases.ImrCase;
import org.openimr.cases.InMemoryCaseNumberSequence;
import org.openimr.cases.NamedParty;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.RecordsCompleteness;
import org.openimr.cases.ScreeningContext;
import org.openimr.reviewers.Affiliation;
import org.openimr.reviewers.AttestationKey;
import org.openimr.reviewers.BatchProgress;
import org.openimr.reviewers.BatchSummary;
import org.openimr.reviewers.BoardCertification;
import org.openimr.reviewers.CaseRanking;
import org.openimr.reviewers.CaseToAssign;
import org.openimr.reviewers.FinancialAffiliation;
import org.openimr.reviewers.LicenseStatus;
import org.openimr.reviewers.Party;
import org.openimr.reviewers.PartyIdentifier;
import org.openimr.reviewers.PartyRole;
import org.openimr.reviewers.PanelWorkload;
import org.openimr.reviewers.ProfessionalAffiliation;
import org.openimr.reviewers.Reviewer;
import org.openimr.reviewers.ReviewerAssigner;
import org.openimr.reviewers.ReviewerId;
import org.openimr.reviewers.ReviewerMatcher;
import org.openimr.reviewers.ReviewerName;
import org.openimr.reviewers.UsState;

/**
 * Properties over random cases whose records name random parties (every role of {@link NamedParty#ROLES}, names
 * written in varying ways, sometimes with identifiers) and random panels affiliated with random entities of the same
 * pool, through the case's own path ({@link CaseForPanel}): the ranking excludes exactly the reviewers with a material
 * affiliation with a named party, saying which role, and neither one assignment nor the batch ever gives the case to
 * one of them. Seeded, so every failure can be replayed (the seed is in the test name).
 * The oracle is the generator's ground truth (which pool entity each name stands for), not the screening code.
 */
class NamedPartiesPropertiesTest {

    static final LocalDate TODAY = LocalDate.of(2017, 3, 1);
    static final ReviewerMatcher MATCHER = ReviewerMatcher.standard();
    static final ReviewerAssigner ASSIGNER = new ReviewerAssigner(MATCHER, AttestationKey.of(new byte[32]),
            Clock.fixed(TODAY.atTime(17, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    static final String[] ORGANIZATIONS = {"Testvale Surgery Center", "Examplon Pharmaceuticals",
        "Samplewood Reinsurance", "Demo Orthotics Manufacturing", "Placeholder Ambulatory Surgery",
        "Mockridge Medical Devices", "Fauxley Infusion Center", "Quickfield Casualty Insurance"};
    static final String[] PEOPLE = {"Robin Testcounsel", "Morgan Sampleofficer", "Casey Exampledoc",
        "Jordan Placeholder", "Avery Mockwell", "Riley Demoquist"};

    /** A pool entity: index into ORGANIZATIONS (0..) or PEOPLE (100..). */
    record Entity(int index) {
        boolean person() {
            return index >= 100;
        }

        String name() {
            return person() ? PEOPLE[index - 100] : ORGANIZATIONS[index];
        }

        PartyIdentifier identifier() {
            return person() ? PartyIdentifier.npi(String.format("19%08d", index))
                    : PartyIdentifier.fein(String.format("94-%07d", index));
        }
    }

    /** A reviewer and the entities of their material and immaterial affiliations. */
    record Truth(Reviewer reviewer, Set<Entity> material, Set<Entity> immaterial) {
    }

    static LongStream seeds() {
        return LongStream.range(1, 1 + Long.getLong("reviewers.properties.tries", 150));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noReviewerAffiliatedWithAPartyOfTheRecordsIsRankedOrAssigned(long seed) {
        Random random = new Random(seed);
        Map<Entity, Set<PartyRole>> named = new HashMap<>();
        ImrCase c = caseNaming(random, named);
        CaseToAssign kase = CaseForPanel.of(c, RepresentativeScreeningTest.INTERPRETER, TODAY);
        List<Truth> panel = panel(random, 1 + random.nextInt(12));
        List<Reviewer> reviewers = panel.stream().map(Truth::reviewer).toList();

        CaseRanking ranking = MATCHER.rank(kase, reviewers, PanelWorkload.none(), TODAY);
        Set<ReviewerId> conflicted = new HashSet<>();
        for (Truth t : panel) {
            Set<Entity> hits = new HashSet<>(t.material());
            hits.retainAll(named.keySet());
            String explanation = ranking.assessmentOf(t.reviewer().id()).orElseThrow().explanation();
            assertThat(ranking.rankOf(t.reviewer().id()).isPresent()).as("seed %d, %s: %s", seed, t.reviewer().id(),
                    explanation).isEqualTo(hits.isEmpty());
            if (!hits.isEmpty()) {
                conflicted.add(t.reviewer().id());
                assertThat(hits.stream().flatMap(e -> named.get(e).stream()).anyMatch(role -> explanation.contains(
                        role.phrase()))).as("seed %d: %s names the role", seed, explanation).isTrue();
            }
        }

        BatchSummary batch = ASSIGNER.assignDailyBatch(List.of(kase), reviewers, PanelWorkload.none(),
                BatchProgress.none());
        assertThat(batch.assignments().size() + batch.unassignable().size()).isEqualTo(1);
        batch.assignments().forEach(a -> assertThat(conflicted).as("seed %d", seed).doesNotContain(a.reviewer()));
        assertThat(batch.assignments().isEmpty()).as("seed %d: unassigned only when all are conflicted", seed)
                .isEqualTo(conflicted.size() == panel.size());
        for (ReviewerId id : conflicted) {
            assertThat(ASSIGNER.assignTo(kase, reviewers, PanelWorkload.none(), id))
                    .isInstanceOf(org.openimr.reviewers.AssignmentResult.NotAssigned.class);
        }
    }

    /** Over the seeds, every role a record may name cost some reviewer a case: no role is left untested. */
    @Test
    void everyRoleOfTheRecordsExcludesSomeoneOverTheSeeds() {
        Map<PartyRole, Integer> exclusions = new EnumMap<>(PartyRole.class);
        seeds().forEach(seed -> {
            Random random = new Random(seed);
            Map<Entity, Set<PartyRole>> named = new HashMap<>();
            CaseToAssign kase = CaseForPanel.of(caseNaming(random, named), RepresentativeScreeningTest.INTERPRETER,
                    TODAY);
            for (Truth t : panel(random, 1 + random.nextInt(12))) {
                String explanation = MATCHER.assess(t.reviewer(), kase, org.openimr.reviewers.Caseload.empty(), TODAY)
                        .explanation();
                NamedParty.ROLES.stream().filter(r -> explanation.contains(r.phrase()))
                        .forEach(r -> exclusions.merge(r, 1, Integer::sum));
            }
        });
        assertThat(exclusions.keySet()).containsExactlyInAnyOrderElementsOf(NamedParty.ROLES);
    }

    /** A case with its records complete whose records name 1 to 5 parties of the pool. */
    static ImrCase caseNaming(Random random, Map<Entity, Set<PartyRole>> named) {
        ImrCase c = ImrCase.open(new InMemoryCaseNumberSequence(), RepresentativeScreeningTest.form().receive(TODAY),
                        LocalDate.of(2016, 11, 21))
                .screen(LocalDate.of(2016, 11, 22), EligibilitySpecification.standard(), ScreeningContext.standard())
                .sendNoarfi(LocalDate.of(2016, 11, 23), NoticeMethod.MAIL)
                .receiveRecords(LocalDate.of(2016, 12, 1), RecordsCompleteness.COMPLETE);
        for (int i = 0, k = 1 + random.nextInt(5); i < k; i++) {
            PartyRole role = NamedParty.ROLES.get(random.nextInt(NamedParty.ROLES.size()));
            boolean person = role == PartyRole.TREATING_PROVIDER || role == PartyRole.DEFENSE_ATTORNEY
                    || role == PartyRole.OFFICER_DIRECTOR_OR_MANAGER;
            Entity e = person ? new Entity(100 + random.nextInt(PEOPLE.length))
                    : new Entity(random.nextInt(ORGANIZATIONS.length));
            if (named.getOrDefault(e, Set.of()).contains(role)) {
                continue;
            }
            named.computeIfAbsent(e, x -> new HashSet<>()).add(role);
            Optional<String> item = random.nextBoolean() ? Optional.of("Lumbar spine MRI without contrast")
                    : Optional.empty();
            c = c.nameParty(LocalDate.of(2016, 12, 1), new NamedParty(role, written(random, e),
                    random.nextInt(3) == 0 ? Optional.of(e.identifier()) : Optional.empty(), item));
        }
        return c;
    }

    /** Reviewers who meet every other rule, each with up to two affiliations with pool entities. */
    static List<Truth> panel(Random random, int size) {
        List<Truth> panel = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Reviewer.Builder b = Reviewer.builder(ReviewerId.of(String.format("R-%06d", i + 1)),
                            ReviewerName.of("Dr. Panel Testdoctor " + i))
                    .license(UsState.CALIFORNIA, "A-" + i, LicenseStatus.ACTIVE, TODAY.plusYears(2))
                    .certification(BoardCertification.lifetime("Occupational Medicine", "ABPM", TODAY.minusYears(10)))
                    .activePracticeSince(TODAY.minusYears(12)).weeklyHoursInActivePractice(32).limits(10, 3)
                    .affiliationsDeclaredOn(TODAY.minusMonths(2));
            Set<Entity> material = new HashSet<>();
            Set<Entity> immaterial = new HashSet<>();
            for (int k = 0, n = random.nextInt(3); k < n; k++) {
                boolean person = random.nextInt(3) == 0;
                Entity e = person ? new Entity(100 + random.nextInt(PEOPLE.length))
                        : new Entity(random.nextInt(ORGANIZATIONS.length));
                // identifiers on both sides only sometimes: a match by name must be found without them
                Party party = random.nextInt(3) == 0 ? Party.named(written(random, e), e.identifier())
                        : Party.named(written(random, e));
                Affiliation a;
                switch (random.nextInt(4)) {
                    case 0 -> a = FinancialAffiliation.ownership(party, "8");
                    case 1 -> a = FinancialAffiliation.compensation(party, "consulting fees");
                    case 2 -> a = new ProfessionalAffiliation(party, "medical advisor");
                    default -> a = FinancialAffiliation.ownership(party, "0.5");
                }
                (a instanceof FinancialAffiliation f && f.describe().equals("financial interest 0.5%") ? immaterial
                        : material).add(e);
                b.affiliation(a);
            }
            immaterial.removeAll(material);
            panel.add(new Truth(b.build(), material, immaterial));
        }
        return panel;
    }

    /** The entity's name as some record might write it. */
    static String written(Random random, Entity e) {
        return switch (random.nextInt(4)) {
            case 0 -> e.name().toUpperCase(java.util.Locale.ROOT);
            case 1 -> e.person() ? e.name() : e.name() + ", Inc.";
            case 2 -> "  " + e.name().replace(" ", "   ") + " ";
            default -> e.name();
        };
    }
}
