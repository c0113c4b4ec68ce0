package org.openimr.letters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Rendering time per letter, warm: over 100 generated letters, the XHTML alone (the baseline) and XHTML to PDF, each
 * as median and 95th percentile, after warm-up passes. Run with {@code bench/render.sh}; surefire never runs it.
 * Arguments: [letters (100)] [warm-up passes (3)] [measured passes (3)].
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int letters = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        LetterRenderer renderer = new LetterRenderer();
        List<FinalDeterminationLetter> sample = new ArrayList<>(letters);
        for (int i = 0; i < letters; i++) {
            sample.add(new LetterGenerator(10_000 + i).letter());
        }
        List<String> html = sample.stream().map(renderer::html).toList();

        for (int p = 0; p < warmUp; p++) {
            for (int i = 0; i < letters; i++) {
                renderer.html(sample.get(i));
                renderer.pdf(html.get(i));
            }
        }
        long[] htmlNanos = new long[letters * passes];
        long[] pdfNanos = new long[letters * passes];
        long pages = 0;
        long bytes = 0;
        int n = 0;
        for (int p = 0; p < passes; p++) {
            for (int i = 0; i < letters; i++, n++) {
                long t0 = System.nanoTime();
                String xhtml = renderer.html(sample.get(i));
                long t1 = System.nanoTime();
                byte[] pdf = renderer.pdf(xhtml);
                long t2 = System.nanoTime();
                htmlNanos[n] = t1 - t0;
                pdfNanos[n] = t2 - t1;
                if (p == 0) {
                    bytes += pdf.length;
                    try (PDDocument d = Loader.loadPDF(pdf)) {
                        pages += d.getNumberOfPages();
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "Render benchmark: %d generated letters (%.1f pages, %.0f KB each on average), "
                + "%d warm-up and %d measured passes, %d CPUs, Java %s%n", letters, pages / (double) letters,
                bytes / 1024.0 / letters, warmUp, passes, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        report("XHTML only (baseline)", htmlNanos);
        report("XHTML to PDF", pdfNanos);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-22s median %8.2f ms   p95 %8.2f ms   max %8.2f ms%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
