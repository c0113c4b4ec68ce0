package org.openimr.reviewers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long a daily batch takes: 1,000 cases over a panel of 300 reviewers, beside a baseline of 100 cases over the
 * same panel in the same run, after a warm-up. Not a test (surefire skips *Benchmark); run it with
 *
 * <pre>
 * ./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) org.openimr.reviewers.BatchAssignmentBenchmark
 * </pre>
 *
 * Panels, workloads and cases come from {@link RandomPanels} with a fixed seed, so every run weighs the same data:
 * a realistic panel (most reviewers qualified, limits of 15-30 open cases and 3-6 new a day, some open cases already,
 * a few away, frequent conflicts with a small pool of parties), 1-3 items and 4-12 parties per case.
 */
public final class BatchAssignmentBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2017, 1, 5);

    private BatchAssignmentBenchmark() {
    }

    public static void main(String[] args) {
        int reviewers = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warmups = 5;
        int runs = 7;
        RandomPanels gen = new RandomPanels(42, TODAY, true);
        List<RandomPanels.ReviewerTruth> truths = gen.panel(reviewers);
        List<Reviewer> panel = truths.stream().map(RandomPanels.ReviewerTruth::reviewer).toList();
        PanelWorkload workload = gen.workload(truths); // cases already open, some assigned earlier today
        List<CaseToAssign> thousand = new ArrayList<>();
        gen.cases(1000, 1).forEach(c -> thousand.add(c.kase()));
        List<CaseToAssign> hundred = thousand.subList(0, 100);

        ReviewerAssigner assigner = new ReviewerAssigner(ReviewerMatcher.standard(),
                AttestationKey.of("benchmark-key-benchmark-key-benchmark-key".getBytes()),
                Clock.fixed(TODAY.atTime(17, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

        System.out.printf(Locale.ROOT, "batch assignment: panel of %d reviewers, JVM %s, %d processors%n", reviewers,
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < warmups; i++) {
            assigner.assignDailyBatch(hundred, panel, workload, BatchProgress.none());
            assigner.assignDailyBatch(thousand, panel, workload, BatchProgress.none());
        }
        long[] base = new long[runs];
        long[] full = new long[runs];
        BatchSummary last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            assigner.assignDailyBatch(hundred, panel, workload, BatchProgress.none());
            long t1 = System.nanoTime();
            last = assigner.assignDailyBatch(thousand, panel, workload, BatchProgress.none());
            long t2 = System.nanoTime();
            base[i] = t1 - t0;
            full[i] = t2 - t1;
        }
        report("baseline   100 cases", base, 100, reviewers);
        report("daily    1,000 cases", full, 1000, reviewers);
        System.out.printf(Locale.ROOT, "ratio 1,000 / 100 (median): %.1f%n", median(full) / (double) median(base));
        System.out.printf(Locale.ROOT, "last 1,000-case batch: %d assigned to %d reviewers, %d unassignable%n",
                last.assignments().size(), last.newCasesByReviewer().size(), last.unassignable().size());
        java.util.Map<String, Integer> exclusions = new java.util.TreeMap<>();
        last.unassignable().forEach(u -> u.excludedByRule().forEach((rule, n) -> exclusions.merge(rule, n, Integer::sum)));
        System.out.println("exclusions behind the unassignable (reviewer-case pairs): " + exclusions);
    }

    private static void report(String label, long[] nanos, int cases, int reviewers) {
        long med = median(nanos);
        long min = Arrays.stream(nanos).min().orElseThrow();
        System.out.printf(Locale.ROOT, "%s x %d reviewers: median %.1f ms, min %.1f ms (%d runs), %.1f us per case, "
                + "%.2f us per reviewer-case pair%n", label, reviewers, med / 1e6, min / 1e6, nanos.length,
                med / 1e3 / cases, med / 1e3 / cases / reviewers);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
