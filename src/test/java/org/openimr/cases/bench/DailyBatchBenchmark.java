package org.openimr.cases.bench;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.openimr.OpenImrApplication;
import org.openimr.cases.ApplicationForm;
import org.openimr.cases.LiabilityPosition;
import org.openimr.cases.NoticeMethod;
import org.openimr.cases.RecordsCompleteness;
import org.openimr.cases.ServiceMethod;
import org.openimr.cases.assignment.CaseAssignment;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.store.StoredCase;
import org.openimr.reviewers.BatchProgress;
import org.openimr.reviewers.BoardCertification;
import org.openimr.reviewers.LicenseStatus;
import org.openimr.reviewers.Party;
import org.openimr.reviewers.ProfessionalAffiliation;
import org.openimr.reviewers.Reviewer;
import org.openimr.reviewers.ReviewerName;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.reviewers.UsState;
import org.openimr.shared.Priority;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long the real daily batch takes ({@link CaseAssignment#assignDailyBatch}, what {@code POST
 * /api/reviewers/daily-batch} and the 07:00 job run) on the embedded PostgreSQL: reading the ready cases and the
 * panel's workload, classifying every disputed item, ranking, and writing each case's {@code ReviewerAssigned} event
 * and its conflict attestation. 1,000 ready cases over a panel of 300 reviewers, beside a baseline of 100 cases over
 * the same panel in the same run, after a warm-up batch of each size. Not a test (surefire leaves out *Benchmark): run
 * {@code bench/daily-batch.sh [rounds]} (default 5).
 *
 * <p>The cases are synthetic (fixed seed): filed, NOARFI sent and records complete before each timed batch (not
 * timed), 1-2 disputed items each from a list of common requests, parties from small pools so that the 10% of the
 * panel with a professional tie to an employer are excluded from that employer's cases. The panel: physicians of
 * eight specialties, 6-30 years in practice, licensed in California, each linked to a sign-in name (the batch assigns
 * only those), limits of 60 open cases and 30 new a day (room for every batch of the run).
 */
public final class DailyBatchBenchmark {

    static final int REVIEWERS = 300;
    static final int CASES = 1000;
    static final int BASELINE = 100;

    static final List<String> SPECIALTIES = List.of("Physical Medicine & Rehabilitation", "Orthopedic Surgery",
            "Occupational Medicine", "Family Practice", "Neurology", "Anesthesiology", "Internal Medicine",
            "Psychiatry");
    static final List<String[]> REQUESTS = List.of(
            new String[] {"Physical therapy, 8 sessions for the lumbar spine", "Lumbar sprain", "S33.5XXA"},
            new String[] {"MRI of the lumbar spine without contrast", "Low back pain", "M54.50"},
            new String[] {"Acupuncture 6 additional sessions", "Lumbar sprain", "S33.5XXA"},
            new String[] {"Right knee arthroscopy with partial meniscectomy", "Tear of medial meniscus, right knee",
                "S83.241A"},
            new String[] {"Gabapentin 300 mg, 90 capsules", "Radiculopathy, lumbar region", "M54.16"},
            new String[] {"Right shoulder arthroscopy", "Rotator cuff tear, right shoulder", "M75.121"},
            new String[] {"Lumbar epidural steroid injection", "Lumbar radiculopathy", "M54.16"},
            new String[] {"Cognitive behavioral therapy, 6 sessions", "Adjustment disorder with anxiety", "F43.22"});
    static final int EMPLOYERS = 40;

    private final CaseService cases;
    private final CaseAssignment assignment;
    private final JdbcClient jdbc;
    private final Random random = new Random(42);
    private int filed;

    DailyBatchBenchmark(ConfigurableApplicationContext app) {
        this.cases = app.getBean(CaseService.class);
        this.assignment = app.getBean(CaseAssignment.class);
        this.jdbc = app.getBean(JdbcClient.class);
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String dir = Files.createTempDirectory("openimr-batch-bench").resolve("pg").toString();
        ConfigurableApplicationContext app = OpenImrApplication.startWithoutWeb(
                "--openimr.embedded-db.data-dir=" + dir, "--openimr.demo.enabled=false",
                "--openimr.sweep.enabled=false", "--openimr.batch.cron=-", "--logging.level.root=WARN",
                "--logging.level.org.openimr=WARN");
        try {
            DailyBatchBenchmark bench = new DailyBatchBenchmark(app);
            bench.panel(app.getBean(ReviewerPanel.class));
            System.out.printf(Locale.ROOT, "daily batch on the embedded PostgreSQL: %d reviewers, JVM %s, %d "
                    + "processors%n", REVIEWERS, Runtime.version(), Runtime.getRuntime().availableProcessors());
            bench.batch("warm-up", BASELINE);
            bench.batch("warm-up", CASES);
            long[] base = new long[rounds];
            long[] full = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                base[r] = bench.batch("baseline " + (r + 1), BASELINE);
                full[r] = bench.batch("daily    " + (r + 1), CASES);
            }
            report("baseline   100 cases", base, BASELINE);
            report("daily    1,000 cases", full, CASES);
            System.out.printf(Locale.ROOT, "ratio 1,000 / 100 (median): %.1f%n", median(full) / (double) median(base));
        } finally {
            app.close();
        }
    }

    /** Files {@code n} ready cases (not timed), then times one daily batch over every ready case. */
    long batch(String label, int n) {
        long fileStart = System.nanoTime();
        for (int i = 0; i < n; i++) {
            readyCase();
        }
        long fileNanos = System.nanoTime() - fileStart;
        int attestations = count("reviewer_assignments");
        int events = count("case_events");
        long t0 = System.nanoTime();
        CaseAssignment.BatchOutcome outcome = assignment.assignDailyBatch(BatchProgress.none());
        long nanos = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "%s: %d ready, %d assigned to %d reviewers, %d without an eligible "
                + "reviewer, %d failed; %d attestations and %d events written; %.0f ms (%.2f ms per case; filing "
                + "them took %.0f ms)%n", label, outcome.summary().cases(), outcome.recorded(),
                outcome.summary().newCasesByReviewer().size(), outcome.summary().unassignable().size(),
                outcome.failures().size(), count("reviewer_assignments") - attestations, count("case_events") - events,
                nanos / 1e6, nanos / 1e6 / n, fileNanos / 1e6);
        return nanos;
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    /** 300 physicians linked to sign-in names; one in ten works for an employer of the cases' pool. */
    void panel(ReviewerPanel panel) {
        LocalDate today = cases.today();
        for (int i = 0; i < REVIEWERS; i++) {
            String specialty = SPECIALTIES.get(i % SPECIALTIES.size());
            Reviewer.Builder b = Reviewer.builder(panel.nextId(), ReviewerName.of("Dr. Bench Reviewer " + i))
                    .license(UsState.CALIFORNIA, "BENCH-" + i, LicenseStatus.ACTIVE, today.plusYears(2))
                    .certification(BoardCertification.lifetime(specialty, "American Board of " + specialty,
                            today.minusYears(5 + random.nextInt(20))))
                    .activePracticeSince(today.minusYears(6 + random.nextInt(25)))
                    .weeklyHoursInActivePractice(24 + random.nextInt(20)).limits(60, 30)
                    .affiliationsDeclaredOn(today.minusDays(random.nextInt(300)));
            if (i % 10 == 0) {
                b.affiliation(new ProfessionalAffiliation(Party.named(employer(random.nextInt(EMPLOYERS))),
                        "medical director"));
            }
            panel.save(b.build(), Optional.of("bench-rev-" + i), "ADD_REVIEWER", "benchmark");
        }
    }

    /** A synthetic application, screened eligible, NOARFI sent and records complete today. */
    StoredCase readyCase() {
        LocalDate today = cases.today();
        int k = filed++;
        ApplicationForm form = new ApplicationForm().reviewType(Priority.STANDARD)
                .employee("Bench", "", "Worker" + k).employeeBornOn(LocalDate.of(1960 + k % 40, 1 + k % 12, 1 + k % 28))
                .employeeAddress(k + " Sample Street", "Fresno", "CA", "93701")
                .claimNumber("BENCH-" + k).injuredOn(today.minusDays(60 + k % 300))
                .employer(employer(random.nextInt(EMPLOYERS)))
                .claimsAdministrator("Bench Claims Services " + random.nextInt(6), "", "")
                .requestingPhysician("Ana", "Benchdoctor" + random.nextInt(50), "Family Practice")
                .urDecision(today.minusDays(20), ServiceMethod.ELECTRONIC).urDecisionAttached(true)
                .signed(true).receivedOn(today.minusDays(2));
        List<Integer> items = new ArrayList<>(List.of(random.nextInt(REQUESTS.size())));
        if (random.nextBoolean()) {
            items.add((items.get(0) + 1 + random.nextInt(REQUESTS.size() - 1)) % REQUESTS.size());
        }
        for (int i : items) {
            String[] r = REQUESTS.get(i);
            form.disputedItem(r[0], r[1], r[2]);
        }
        StoredCase c = cases.file(form, LiabilityPosition.NOT_DISPUTED);
        var n = c.imrCase().caseNumber();
        c = cases.record(n, c.version(), "RECORD_NOARFI_SENT", x -> x.sendNoarfi(today, NoticeMethod.ELECTRONIC));
        return cases.record(n, c.version(), "RECORD_RECORDS_RECEIVED",
                x -> x.receiveRecords(today, RecordsCompleteness.COMPLETE));
    }

    private static String employer(int i) {
        return "Bench Orchard Cooperative " + i;
    }

    private static void report(String label, long[] nanos, int cases) {
        long med = median(nanos);
        long min = Arrays.stream(nanos).min().orElseThrow();
        System.out.printf(Locale.ROOT, "%s x %d reviewers: median %.0f ms, min %.0f ms (%d runs), %.2f ms per case%n",
                label, REVIEWERS, med / 1e6, min / 1e6, nanos.length, med / 1e6 / cases);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
