package org.openimr.determination.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.openimr.determination.CaseDates;
import org.openimr.determination.CaseForDetermination;
import org.openimr.determination.CriterionFinding;
import org.openimr.determination.DeterminationEngine;
import org.openimr.determination.Draft;
import org.openimr.determination.Evidence;
import org.openimr.determination.InterpretedRequest;
import org.openimr.determination.LimitFinding;
import org.openimr.determination.RationaleSentence;
import org.openimr.determination.RecommendationTrace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code openimr determine --record FILE --request TEXT [--request TEXT...] --date YYYY-MM-DD [--json]}: drafts the
 * determination of each request against the record, for a physician to decide. Runs without Spring.
 */
@Command(name = "determine", mixinStandardHelpOptions = true,
        description = {"Drafts a determination of each disputed request from a record.",
                "From the record (text) and the request date (the UR denial date): outcome or REFER, the guideline "
                        + "line, a rationale whose facts quote the record, the trace and the documentation that would "
                        + "change the outcome. The engine drafts; a physician decides.",
                "Exit code: 0 drafted, 2 usage error or unreadable record."})
public class DetermineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--record", required = true, paramLabel = "FILE", description = "The record: a text file.")
    Path record;

    @Option(names = "--request", required = true, paramLabel = "TEXT",
            description = "A disputed request as the application states it (repeat for several).")
    List<String> requests;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD",
            description = "The request date (the UR denial date): chooses the guidelines in force.")
    LocalDate date;

    @Option(names = "--json", description = "Print one JSON object per draft per line, with the full trace.")
    boolean json;

    @Override
    public Integer call() {
        String text;
        try {
            text = Files.readString(record, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), record + ": no such file");
        } catch (CharacterCodingException e) {
            throw new ParameterException(spec.commandLine(), record + ": not a text file in UTF-8 (a PDF or a scan "
                    + "must be converted to text first)");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), record + ": cannot be read (" + e.getMessage() + ")");
        }
        List<Draft> drafts = DeterminationEngine.standard()
                .draft(new CaseForDetermination(CaseDates.requestedOn(date), text, requests));
        PrintWriter out = spec.commandLine().getOut();
        JsonMapper mapper = JsonMapper.builder().build();
        for (Draft d : drafts) {
            if (json) {
                out.println(mapper.writeValueAsString(toJson(mapper, d)));
            } else {
                print(out, d);
            }
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, Draft d) {
        out.println(d.request() + ": " + d.outcome());
        out.println("  Category: " + d.interpreted().category().label());
        out.println("  Read as: " + d.interpreted().describe());
        out.println("  Guideline: " + (d.citationText().isEmpty() ? "(none)" : d.citationText()));
        out.println("  Rationale: " + d.rationale());
        if (!d.missingDocumentation().isEmpty()) {
            out.println("  Would change the outcome:");
            d.missingDocumentation().forEach(m -> out.println("    - " + m));
        }
        out.println("  Trace: request date " + d.trace().requestDate().map(LocalDate::toString).orElse("none") + " ("
                + d.trace().requestDateBasis() + "); phase " + d.trace().phase());
        d.trace().steps().forEach(step -> out.println("    - " + step));
        for (RecommendationTrace r : d.trace().recommendations()) {
            out.println("    " + r.id() + " [" + r.confidence() + "]: " + r.conclusion());
            for (CriterionFinding f : r.criteria()) {
                out.println("      " + f.verdict() + "  " + f.criterion());
            }
            for (LimitFinding l : r.limits()) {
                out.println("      " + l.verdict() + "  " + l.limit() + " - " + l.explanation());
            }
        }
        out.println();
    }

    private static ObjectNode interpreted(JsonMapper m, InterpretedRequest r) {
        ObjectNode o = m.createObjectNode();
        o.put("category", r.category().label());
        o.put("kind", r.kind().map(Enum::name).orElse(null));
        o.put("operation", r.surgery().orElse(null));
        r.modalities().forEach(o.putArray("modalities")::add);
        ArrayNode regions = o.putArray("regions");
        r.regions().forEach(region -> regions.add(region.name()));
        o.put("side", r.side().map(Enum::name).orElse(null));
        ObjectNode q = o.putObject("quantity");
        putIfPresent(q, "count", r.quantity().count());
        putIfPresent(q, "perWeek", r.quantity().perWeek());
        putIfPresent(q, "weeks", r.quantity().weeks());
        putIfPresent(q, "days", r.quantity().days());
        putIfPresent(q, "hoursAWeek", r.quantity().hoursAWeek());
        r.drug().ifPresent(drug -> {
            ObjectNode n = o.putObject("drug");
            n.put("name", drug.name());
            n.put("code", drug.code().orElse(null));
            n.put("strength", drug.strength().orElse(null));
            putIfPresent(n, "count", drug.count());
            n.put("route", drug.route().name());
            drug.ingredients().forEach(n.putArray("ingredients")::add);
        });
        r.injectate().forEach(o.putArray("injectate")::add);
        o.put("additional", r.additional());
        o.put("retrospective", r.retrospective());
        o.put("purchase", r.purchase());
        return o;
    }

    private static void putIfPresent(ObjectNode n, String field, OptionalInt value) {
        if (value.isPresent()) {
            n.put(field, value.getAsInt());
        }
    }

    static ObjectNode toJson(JsonMapper m, Draft d) {
        ObjectNode o = m.createObjectNode();
        o.put("item", d.item());
        o.put("request", d.request());
        o.put("category", d.interpreted().category().label());
        o.put("kind", d.interpreted().kind().map(Enum::name).orElse(null));
        o.set("interpreted", interpreted(m, d.interpreted()));
        o.put("predicted", d.outcome().name());
        o.put("citation", d.citationText());
        o.put("rationale", d.rationale());
        ArrayNode sentences = o.putArray("rationaleSentences");
        for (RationaleSentence s : d.rationaleSentences()) {
            ObjectNode n = sentences.addObject();
            n.put("kind", s.kind().name());
            n.put("text", s.text());
            evidence(n.putArray("evidence"), s.evidence());
        }
        ArrayNode missing = o.putArray("missingDocumentation");
        d.missingDocumentation().forEach(missing::add);
        ObjectNode trace = o.putObject("trace");
        trace.put("requestDate", d.trace().requestDate().map(LocalDate::toString).orElse(null));
        trace.put("requestDateBasis", d.trace().requestDateBasis());
        trace.put("phase", d.trace().phase());
        ArrayNode steps = trace.putArray("steps");
        d.trace().steps().forEach(steps::add);
        ArrayNode recs = trace.putArray("recommendations");
        for (RecommendationTrace r : d.trace().recommendations()) {
            ObjectNode n = recs.addObject();
            n.put("id", r.id());
            n.put("citation", r.citation().text());
            n.put("confidence", r.confidence());
            n.put("conclusion", r.conclusion().name());
            ArrayNode criteria = n.putArray("criteria");
            for (CriterionFinding f : r.criteria()) {
                criterion(criteria.addObject(), f);
            }
            ArrayNode limits = n.putArray("limits");
            for (LimitFinding l : r.limits()) {
                ObjectNode ln = limits.addObject();
                ln.put("limit", l.limit());
                ln.put("verdict", l.verdict().name());
                ln.put("explanation", l.explanation());
                evidence(ln.putArray("evidence"), l.evidence());
            }
        }
        return o;
    }

    private static void criterion(ObjectNode n, CriterionFinding f) {
        n.put("criterion", f.criterion());
        n.put("verdict", f.verdict().name());
        if (!f.missing().isEmpty()) {
            n.put("missing", f.missing());
        }
        evidence(n.putArray("evidence"), f.evidence());
        if (!f.parts().isEmpty()) {
            ArrayNode parts = n.putArray("parts");
            f.parts().forEach(p -> criterion(parts.addObject(), p));
        }
    }

    private static void evidence(ArrayNode a, List<Evidence> ev) {
        for (Evidence e : ev) {
            ObjectNode n = a.addObject();
            n.put("statement", e.statement());
            n.put("document", e.span().documentId());
            n.put("start", e.span().start());
            n.put("end", e.span().end());
            n.put("quote", e.quote());
        }
    }
}
