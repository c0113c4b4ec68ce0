package org.openimr.library.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.openimr.determination.DeterminationEngine;
import org.openimr.letters.LetterParser;
import org.openimr.library.evaluation.CorpusSplit;
import org.openimr.library.evaluation.EngineEvaluation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code openimr evaluate PATH... [--predictions FILE] [--held-out | --all]}: drafts every item of published letters
 * from a blinded view of each (header dates, clinical case summary, request texts) and compares the drafts with what
 * the physicians decided, overall and per DWC category, beside the always-Upheld baseline. By default only the
 * development letters are evaluated (docs/engine-evaluation.md); {@code --held-out} evaluates only the held-out ones.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measures the determination engine against published letters.",
                "Letters are PDF or text; a folder stands for its *.pdf and *.txt files. Prints coverage (share not "
                        + "REFER), agreement on covered items, Cohen's kappa, Overturned precision and recall and the "
                        + "always-Upheld baseline, overall and per DWC category.",
                "Exit code: 0 done, 1 some file could not be parsed, 2 usage error."})
public class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Letter files or folders of them.")
    List<Path> inputs;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Write one JSON line per item: caseNumber, item (0-based), request, predicted, citation, rationale.")
    Path predictions;

    @Option(names = "--held-out", description = "Evaluate the held-out letters (case number ending in an odd digit) instead of the development ones.")
    boolean heldOut;

    @Option(names = "--all", description = "Evaluate every letter, development and held-out.")
    boolean all;

    @Override
    public Integer call() throws IOException {
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = EngineEvaluation.expand(inputs);
        EngineEvaluation evaluation = new EngineEvaluation(DeterminationEngine.standard(), new LetterParser());
        boolean terminal = System.console() != null;
        EngineEvaluation.Result result = evaluation.run(files, EngineEvaluation.splits(heldOut, all), p -> {
            if (terminal) {
                err.print("\r" + p + "          ");
                err.flush();
            }
        });
        if (terminal) {
            err.println();
        }
        String title = all ? "All letters" : heldOut ? "Held-out letters" : "Development letters";
        out.print(EngineEvaluation.report(result, title));
        if (!all) {
            out.println("(" + (heldOut ? CorpusSplit.HELD_OUT : CorpusSplit.DEVELOPMENT)
                    + " split; see docs/engine-evaluation.md)");
        }
        out.flush();
        if (predictions != null) {
            writePredictions(result, predictions);
        }
        result.failures().forEach(f -> err.println(f.file() + ": " + f.reason()));
        return result.failures().isEmpty() ? 0 : 1;
    }

    static void writePredictions(EngineEvaluation.Result result, Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (EngineEvaluation.Item i : result.items()) {
                ObjectNode o = json.createObjectNode();
                o.put("caseNumber", i.caseNumber() == null ? null : i.caseNumber().value());
                o.put("item", i.item());
                o.put("request", i.request());
                o.put("predicted", i.draft().outcome().name());
                o.put("citation", i.draft().citationText());
                o.put("rationale", i.draft().rationale());
                w.write(json.writeValueAsString(o));
                w.newLine();
            }
        }
    }
}
