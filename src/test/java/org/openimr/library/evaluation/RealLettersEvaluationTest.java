package org.openimr.library.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.determination.AgreementStatistics;
import org.openimr.determination.DeterminationEngine;
import org.openimr.letters.LetterParser;

/**
 * The engine on the 64 real letters of ../shared/corpus/fdl-2016-2017, from their blinded view only: the figures of
 * the development and held-out halves (docs/engine-evaluation.md) must not fall below those measured when the rules
 * were last changed, and blinded copies of the letters (../shared/tools/blind-letters.py: guideline lines and
 * rationales "Withheld.", outcome words shuffled) must give exactly the same drafts. Skipped, with the reason, when
 * the corpus, python3 or pdftotext is absent.
 */
class RealLettersEvaluationTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus", "fdl-2016-2017");
    static final Path BLIND = Path.of("..", "shared", "tools", "blind-letters.py");

    @TempDir
    Path blinded;

    @Test
    void figuresHoldAndBlindedCopiesGiveTheSameDrafts() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "skipped: " + CORPUS + " is absent (no shared corpus here)");
        assumeTrue(Files.exists(BLIND), "skipped: " + BLIND + " is absent");
        assumeTrue(runs("pdftotext", "-v"), "skipped: pdftotext is not installed (the blinding tool needs it)");
        assumeTrue(runs("python3", "--version"), "skipped: python3 is not installed (the blinding tool needs it)");

        List<Path> letters = EngineEvaluation.expand(List.of(CORPUS)).stream()
                .filter(p -> p.toString().endsWith(".pdf")).toList();
        assertThat(letters).hasSize(64);
        EngineEvaluation evaluation = new EngineEvaluation(DeterminationEngine.standard(), new LetterParser());
        Set<CorpusSplit> both = Set.of(CorpusSplit.values());
        EngineEvaluation.Result result = evaluation.run(letters, both, p -> { });
        assertThat(result.failures()).isEmpty();
        assertThat(result.items()).hasSize(165);

        List<EngineEvaluation.Item> development = result.items().stream()
                .filter(i -> i.split() == CorpusSplit.DEVELOPMENT).toList();
        List<EngineEvaluation.Item> heldOut = result.items().stream()
                .filter(i -> i.split() == CorpusSplit.HELD_OUT).toList();
        AgreementStatistics dev = EngineEvaluation.statistics(development);
        AgreementStatistics held = EngineEvaluation.statistics(heldOut);
        System.out.print(EngineEvaluation.report(new EngineEvaluation.Result(development, List.of(), 37, 0),
                "Development letters"));
        System.out.print(EngineEvaluation.report(new EngineEvaluation.Result(heldOut, List.of(), 27, 0),
                "Held-out letters"));

        // measured with the rules of this commit (docs/engine-evaluation.md); a change may raise them, never lower
        assertThat(dev.items()).isEqualTo(81);
        assertThat(dev.covered()).isGreaterThanOrEqualTo(DEV_COVERED);
        assertThat(dev.agreed()).isGreaterThanOrEqualTo(DEV_AGREED);
        assertThat(dev.covered() - dev.agreed()).isLessThanOrEqualTo(DEV_COVERED - DEV_AGREED);
        assertThat(dev.correctlyOverturned()).isGreaterThanOrEqualTo(DEV_OVERTURNED_FOUND);
        assertThat(dev.predictedOverturned() - dev.correctlyOverturned()).isLessThanOrEqualTo(DEV_OVERTURNED_WRONG);
        assertThat(held.items()).isEqualTo(84);
        assertThat(held.covered()).isGreaterThanOrEqualTo(HELD_COVERED);
        assertThat(held.agreed()).isGreaterThanOrEqualTo(HELD_AGREED);
        assertThat(held.covered() - held.agreed()).isLessThanOrEqualTo(HELD_COVERED - HELD_AGREED);
        assertThat(held.correctlyOverturned()).isGreaterThanOrEqualTo(HELD_OVERTURNED_FOUND);
        assertThat(held.predictedOverturned() - held.correctlyOverturned()).isLessThanOrEqualTo(HELD_OVERTURNED_WRONG);

        // blinded copies: the same drafts for every item whose request line the blinding kept
        List<String> command = new ArrayList<>(List.of("python3", BLIND.toString(), blinded.toString()));
        letters.forEach(p -> command.add(p.toString()));
        Process blind = new ProcessBuilder(command).redirectErrorStream(true).start();
        blind.getInputStream().readAllBytes();
        assertThat(blind.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(blind.exitValue()).isZero();
        EngineEvaluation.Result blindResult = evaluation.run(EngineEvaluation.expand(List.of(blinded)), both, p -> { });
        assertThat(blindResult.failures()).isEmpty();
        Map<String, EngineEvaluation.Item> byKey = new HashMap<>();
        result.items().forEach(i -> byKey.put(i.caseNumber() + "|" + i.request(), i));
        int matched = 0;
        for (EngineEvaluation.Item b : blindResult.items()) {
            EngineEvaluation.Item o = byKey.get(b.caseNumber() + "|" + b.request());
            assertThat(o).as("a blinded item not in the letter: " + b.caseNumber() + " " + b.request()).isNotNull();
            assertThat(b.draft().outcome()).as(b.request()).isEqualTo(o.draft().outcome());
            assertThat(b.draft().citationText()).as(b.request()).isEqualTo(o.draft().citationText());
            assertThat(b.draft().rationale()).as(b.request()).isEqualTo(o.draft().rationale());
            matched++;
        }
        // the blinding tool drops the request line of an item printed right under the previous rationale
        assertThat(matched).isGreaterThanOrEqualTo(BLINDED_ITEMS_KEPT);
    }

    static final int DEV_COVERED = 81;
    static final int DEV_AGREED = 79;
    static final int DEV_OVERTURNED_FOUND = 4;
    static final int DEV_OVERTURNED_WRONG = 0;
    // 68 after the sixth round (docs/engine-evaluation.md); 72 after the seventh (CPMTG before the chronic phase,
    // services for an operation, knee arthroscopy operations, new kinds); 77 after the eighth (tests no guideline
    // addresses, by LC 4610.5(c)(2)(E); more kinds; the review's fixes)
    static final int HELD_COVERED = 77;
    static final int HELD_AGREED = 74;
    static final int HELD_OVERTURNED_FOUND = 1;
    static final int HELD_OVERTURNED_WRONG = 0;
    static final int BLINDED_ITEMS_KEPT = 156;

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
