package org.openimr.determination.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.openimr.determination.CriterionFinding;
import org.openimr.determination.DraftOutcome;
import org.openimr.determination.Evidence;
import org.openimr.determination.LimitFinding;
import org.openimr.determination.RationaleSentence;
import org.openimr.determination.RationaleSentence.Kind;
import org.openimr.determination.RecommendationTrace;
import org.openimr.determination.RecommendationTrace.Conclusion;
import org.openimr.determination.Verdict;
import org.openimr.guidelines.Phase;
import org.openimr.guidelines.RequestKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Writes a draft's rationale from its evaluation, in plain language. A sentence that states a fact of the record or
 * the request is built from evidence with a span and quotes it; rule sentences restate the recommendation's summary
 * (the project's own words); what is not documented is said as such.
 */
public final class RationaleWriter {

    private static final String BURDEN = burdenText();

    /** The sentences of the rationale and the documentation that would change the outcome. */
    public record Written(List<RationaleSentence> sentences, List<String> missing) {
    }

    public Written write(CaseRecord c, RequestEvaluator.Evaluation e) {
        List<RationaleSentence> out = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        phaseSentence(c, e).ifPresent(out::add);
        if (e.outcome() == DraftOutcome.REFER) {
            out.add(new RationaleSentence(Kind.CONCLUSION, "No draft outcome: " + e.referReason()
                    + "; the physician reviewer decides this item.", List.of()));
            return new Written(out, List.of());
        }
        RecommendationTrace r = e.decisive().orElseThrow();
        out.add(new RationaleSentence(Kind.RULE, ruleName(r) + ": " + sentence(r.summary()), List.of()));
        if (e.byGeneralStandard()) {
            return noClinicalQuestion(e, out);
        }
        switch (r.conclusion()) {
            case NOT_RECOMMENDED -> {
                for (CriterionFinding w : r.applies()) {
                    factOrAbsence(w, out);
                }
                out.add(new RationaleSentence(Kind.CONCLUSION, "The guideline does not recommend this treatment in "
                        + "this case, so the request is not medically necessary.", List.of()));
            }
            case NOT_SUPPORTED -> {
                boolean otherRouteMet = !otherRoutes(r, e, true).isEmpty();
                for (LimitFinding l : r.limits()) {
                    if (l.verdict() == Verdict.NOT_MET) {
                        limitSentence(l, out);
                        if (!l.missing().isBlank()) {
                            missing.add(l.missing());
                            out.add(new RationaleSentence(Kind.ABSENCE, "The guideline allows more only with "
                                    + stripDoc(l.missing()) + ", which the record does not document.", List.of()));
                        }
                    }
                }
                for (CriterionFinding f : otherRouteMet ? List.<CriterionFinding>of() : r.criteria()) {
                    if (f.verdict() == Verdict.NOT_MET) {
                        factOrAbsence(f, out);
                        missing.add(f.missing());
                    } else if (f.verdict() == Verdict.UNKNOWN) {
                        out.add(absence(f));
                        missing.add(f.missing());
                    }
                }
                if (otherRouteMet) {
                    out.add(new RationaleSentence(Kind.RULE, "The request enters by another route the guideline gives "
                            + "to this treatment (" + otherRoutes(r, e, true).stream().map(RecommendationTrace::title)
                            .collect(Collectors.joining("; ")) + "), but the limits of this section bind it too.",
                            List.of()));
                }
                otherRoutesNotMet(r, e, out);
                out.add(new RationaleSentence(Kind.CONCLUSION, "The request does not meet the guideline, so it is not "
                        + "medically necessary.", List.of()));
            }
            case UNDOCUMENTED -> {
                for (CriterionFinding f : r.criteria()) {
                    List<CriterionFinding> shownNotMet = f.predicate().equals("anyOf") ? f.parts().stream()
                            .filter(p -> p.verdict() == Verdict.NOT_MET && !p.allEvidence().isEmpty()).toList()
                            : List.of();
                    if (f.verdict() == Verdict.UNKNOWN && !shownNotMet.isEmpty()) {
                        // the alternatives the record leaves open, then those it shows are not met, with their facts
                        String open = f.parts().stream().filter(p -> p.verdict() == Verdict.UNKNOWN)
                                .map(CriterionFinding::missing).filter(m -> !m.isBlank())
                                .collect(Collectors.joining("; or "));
                        if (!open.isBlank()) {
                            out.add(new RationaleSentence(Kind.ABSENCE, "The record does not document "
                                    + notDocumented(open) + ".", List.of()));
                            missing.add(open);
                        }
                        shownNotMet.forEach(p -> factOrAbsence(p, out));
                    } else if (f.verdict() == Verdict.UNKNOWN) {
                        out.add(absence(f));
                        missing.add(f.missing());
                    } else if (f.verdict() == Verdict.MET) {
                        factOrAbsence(f, out);
                    }
                }
                for (LimitFinding l : r.limits()) {
                    if (l.verdict() == Verdict.UNKNOWN && !l.missing().isBlank()) {
                        limitSentence(l, out);
                        out.add(new RationaleSentence(Kind.ABSENCE, "The record or request does not give "
                                + stripDoc(l.missing()) + ".", List.of()));
                        missing.add(l.missing());
                    }
                }
                otherRoutesNotMet(r, e, out);
                out.add(new RationaleSentence(Kind.RULE, BURDEN, List.of()));
                out.add(new RationaleSentence(Kind.CONCLUSION, "The request is therefore not shown to be medically "
                        + "necessary.", List.of()));
            }
            case SUPPORTED -> {
                for (CriterionFinding f : r.criteria()) {
                    factOrAbsence(f, out);
                }
                for (LimitFinding l : r.limits()) {
                    if (l.verdict() == Verdict.MET && !l.evidence().isEmpty()) {
                        limitSentence(l, out);
                    }
                }
                out.add(new RationaleSentence(Kind.CONCLUSION, "The guideline's conditions are documented and the "
                        + "request is within its limits, so it is medically necessary.", List.of()));
            }
            default -> throw new IllegalStateException("no decisive recommendation");
        }
        if (e.outcome() == DraftOutcome.UPHELD) {
            weaningNote(e, out);
        }
        // under a rule that does not recommend the treatment whatever the record says (no condition of the record
        // brings it to bear), no documentation another rule asks for changes the outcome
        boolean unconditionalRefusal = r.conclusion() == Conclusion.NOT_RECOMMENDED && r.applies().isEmpty();
        for (RecommendationTrace other : unconditionalRefusal ? List.<RecommendationTrace>of() : e.recommendations()) {
            if (other == r || other.conclusion() == Conclusion.SUPPORTED
                    || other.conclusion() == Conclusion.DOES_NOT_APPLY || e.wasSetAside(other)) {
                continue;
            }
            other.criteria().stream().filter(f -> f.verdict() != Verdict.MET).map(CriterionFinding::missing)
                    .filter(m -> !m.isBlank()).forEach(missing::add);
        }
        missing.removeIf(String::isBlank);
        return new Written(out, List.copyOf(missing));
    }

    /**
     * A test decided by generally accepted standards of medical practice (Labor Code 4610.5(c)(2)(E)) with no
     * indication: for each test of the request, the organ system and that the record documents (or denies) no clinical
     * question for it, and what documentation would change the answer.
     */
    private static Written noClinicalQuestion(RequestEvaluator.Evaluation e, List<RationaleSentence> out) {
        Set<String> missing = new LinkedHashSet<>();
        for (RecommendationTrace t : e.recommendations()) {
            if (t.conclusion() != Conclusion.NOT_SUPPORTED && t.conclusion() != Conclusion.UNDOCUMENTED) {
                continue;
            }
            for (CriterionFinding f : t.criteria()) {
                factOrAbsence(f, out);
                missing.add(f.missing());
            }
        }
        out.add(new RationaleSentence(Kind.CONCLUSION, "Under generally accepted standards of medical practice (Labor "
                + "Code 4610.5(c)(2)(E)), the standard that applies where no guideline addresses a test, a diagnostic "
                + "test answers a clinical question; the record documents none for this one, so it is not medically "
                + "necessary.", List.of()));
        missing.removeIf(String::isBlank);
        return new Written(out, List.copyOf(missing));
    }

    /**
     * The other alternative routes (framework.yaml {@code alternativeRoutes}) to the treatment the decisive rule is a
     * route to, that reached a conclusion: those met, or those not met.
     */
    private static List<RecommendationTrace> otherRoutes(RecommendationTrace r, RequestEvaluator.Evaluation e,
            boolean met) {
        List<String> group = DataFiles.standard().alternativeRoutes().stream().map(DataFiles.AlternativeRoutes::routes)
                .filter(g -> g.contains(r.id())).findFirst().orElse(List.of());
        return e.recommendations().stream().filter(o -> o != r && group.contains(o.id())
                && o.conclusion() != Conclusion.DOES_NOT_APPLY && (o.conclusion() == Conclusion.SUPPORTED) == met)
                .toList();
    }

    /**
     * A non-certification of a drug taken for more than two weeks: the weaning or tapering rules that apply
     * (framework.yaml {@code weaning}) say it is not stopped abruptly.
     */
    private static void weaningNote(RequestEvaluator.Evaluation e, List<RationaleSentence> out) {
        for (RecommendationTrace w : e.recommendations()) {
            if (DataFiles.standard().weaning().isRule(w.id()) && w.conclusion() == Conclusion.SUPPORTED) {
                out.add(new RationaleSentence(Kind.RULE, "Weaning is recommended rather than stopping the drug "
                        + "abruptly - " + ruleName(w) + ": " + sentence(w.summary()), List.of()));
                w.applies().forEach(f -> factOrAbsence(f, out));
            }
        }
    }

    /** What each other route to the treatment lacks, when none is met. */
    private static void otherRoutesNotMet(RecommendationTrace r, RequestEvaluator.Evaluation e,
            List<RationaleSentence> out) {
        if (!otherRoutes(r, e, true).isEmpty()) {
            return;
        }
        for (RecommendationTrace other : otherRoutes(r, e, false)) {
            String lacks = other.criteria().stream().filter(f -> f.verdict() != Verdict.MET)
                    .map(f -> f.missing().isBlank() ? f.criterion() : notDocumented(f.missing()))
                    .collect(Collectors.joining("; "));
            out.add(new RationaleSentence(Kind.ABSENCE, "Another route to this treatment, " + ruleName(other)
                    + ", is not met either" + (lacks.isBlank() ? "." : ": the record does not document " + lacks + "."),
                    List.of()));
        }
    }

    private Optional<RationaleSentence> phaseSentence(CaseRecord c, RequestEvaluator.Evaluation e) {
        if (e.phase().period().isEmpty()) {
            return Optional.empty();
        }
        var p = e.phase().period().get();
        boolean physicalMedicine = c.request().kind().map(k -> k == RequestKind.PHYSICAL_THERAPY
                || k == RequestKind.OCCUPATIONAL_THERAPY || k == RequestKind.AQUATIC_THERAPY).orElse(false);
        if (!physicalMedicine && e.phase().phase().filter(ph -> ph == Phase.POSTSURGICAL).isEmpty()) {
            return Optional.empty();
        }
        Evidence ev = new Evidence(p.dating(), p.surgery().span());
        String dated = "T" + p.dating().substring(1) + " (\"" + ev.quote() + "\")";
        String text = p.ended()
                ? dated + "; the "
                        + "postsurgical physical medicine treatment period after it is " + p.period() + " and ended on "
                        + p.end() + ", before the request date of " + c.requestDate() + ", so the postsurgical "
                        + "guidelines no longer apply and the chronic pain guidelines do."
                : dated + "; the request "
                        + "date of " + c.requestDate() + " falls within the " + p.period() + " postsurgical physical "
                        + "medicine treatment period after it (to " + p.end() + "), so the Postsurgical Treatment "
                        + "Guidelines apply.";
        return Optional.of(new RationaleSentence(Kind.FACT, text, List.of(ev)));
    }

    private static void limitSentence(LimitFinding l, List<RationaleSentence> out) {
        List<Evidence> ev = distinct(l.evidence());
        if (ev.isEmpty()) {
            out.add(new RationaleSentence(Kind.ABSENCE, capitalise(l.explanation()) + " (" + l.limit() + ").",
                    List.of()));
            return;
        }
        out.add(new RationaleSentence(Kind.FACT, capitalise(l.explanation()) + " (limit: " + l.limit() + "; "
                + quotes(ev) + ").", ev));
    }

    /**
     * A finding in sentences: a compound condition by the parts that decided it (the part met of an "any of", the
     * parts not met of an "all of"), a plain one with the record's words for it, or as not documented.
     */
    private static void factOrAbsence(CriterionFinding f, List<RationaleSentence> out) {
        if (!f.parts().isEmpty() && !f.predicate().equals("not")) {
            List<CriterionFinding> decisive = switch (f.predicate()) {
                case "anyOf" -> f.verdict() == Verdict.MET
                        ? f.parts().stream().filter(p -> p.verdict() == Verdict.MET).limit(1).toList()
                        : f.parts();
                default -> f.verdict() == Verdict.MET ? f.parts()
                        : f.parts().stream().filter(p -> p.verdict() == f.verdict()).toList();
            };
            if (f.predicate().equals("anyOf") && f.verdict() != Verdict.MET) {
                out.add(new RationaleSentence(Kind.ABSENCE, "None of these is documented: " + f.criterion() + ".",
                        List.of()));
                decisive = f.parts().stream().filter(p -> p.verdict() == Verdict.NOT_MET).toList();
            }
            for (CriterionFinding p : decisive) {
                factOrAbsence(p, out);
            }
            return;
        }
        List<Evidence> ev = distinct(f.allEvidence());
        if (ev.isEmpty()) {
            if (f.verdict() != Verdict.MET) {
                out.add(absence(f));
            }
            return;
        }
        String verdict = switch (f.verdict()) {
            case MET -> "Documented";
            case NOT_MET -> "Not met";
            case UNKNOWN -> "Not documented";
        };
        out.add(new RationaleSentence(Kind.FACT, verdict + " - " + f.criterion() + ": " + quotes(ev) + ".", ev));
    }

    private static RationaleSentence absence(CriterionFinding f) {
        String m = f.missing().isBlank() ? f.criterion() : notDocumented(f.missing());
        return new RationaleSentence(Kind.ABSENCE, "The record does not document " + m + ".", List.of());
    }

    /**
     * The evidence, each span once; a span that lies within a longer one saying the same is left out, so that the
     * phrases of one clause ("no history of peptic ulcer", "no history of peptic ulcer, GI bleeding") are quoted once.
     */
    private static List<Evidence> distinct(List<Evidence> ev) {
        // of two statements on one span, the typed finding says more than a phrase quoted as such, and keeps its place
        Set<String> typed = ev.stream().filter(e -> !isPhraseQuote(e)).map(RationaleWriter::spanKey)
                .collect(Collectors.toSet());
        Set<String> seen = new LinkedHashSet<>();
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : ev) {
            if ((!isPhraseQuote(e) || !typed.contains(spanKey(e))) && seen.add(spanKey(e))) {
                out.add(e);
            }
        }
        return out.stream().filter(e -> out.stream().noneMatch(o -> o != e && encloses(o, e))).toList();
    }

    private static String spanKey(Evidence e) {
        return e.span().documentId() + ":" + e.span().start() + ":" + e.span().end();
    }

    private static boolean isPhraseQuote(Evidence e) {
        return e.statement().startsWith("the record states that ");
    }

    /** Whether {@code outer} quotes a longer stretch of the same text that holds {@code inner}, saying the same. */
    private static boolean encloses(Evidence outer, Evidence inner) {
        return outer.span().documentId().equals(inner.span().documentId())
                && outer.span().start() <= inner.span().start() && inner.span().end() <= outer.span().end()
                && outer.span().end() - outer.span().start() > inner.span().end() - inner.span().start()
                && outer.statement().equals(inner.statement());
    }

    private static String quotes(List<Evidence> ev) {
        Set<String> seen = new LinkedHashSet<>();
        return ev.stream().filter(e -> seen.add(e.statement() + "|" + e.quote().toLowerCase(java.util.Locale.ROOT)))
                .limit(4).map(e -> e.statement().startsWith("the record states that ")
                ? "\"" + e.quote() + "\"" : e.statement() + " (\"" + e.quote() + "\")")
                .collect(Collectors.joining("; "));
    }

    /**
     * What is missing, worded as the object of "the record does not document": in every part of a compound,
     * "documentation that X" becomes "that X" and "documentation of X" becomes "X", without "the record documents", "a
     * documented" or a closing "is/are documented" ("a red flag; or that conservative care was tried and failed").
     */
    static String notDocumented(String missing) {
        String m = IS_DOCUMENTED.matcher(missing.strip()).replaceAll("");
        m = DOCUMENTED.matcher(m).replaceAll("$1$2");
        return m.replaceAll(EACH + "documentation that ", "$1that ").replaceAll(EACH + "documentation of ", "$1");
    }

    /**
     * What is missing, said after "the record does not document": each alternative without its own "documentation
     * that/of" ("spasticity; or documentation that an acute exacerbation" would read "does not document ... or
     * documentation that ..."), without "the record documents", "a documented" or a closing "is/are documented";
     * "that it is not so that X" keeps its "that".
     */
    static String stripDoc(String missing) {
        String m = IS_DOCUMENTED.matcher(missing.strip()).replaceAll("");
        m = DOCUMENTATION_OF.matcher(m).replaceAll("$1$2");
        return DOCUMENTED.matcher(m).replaceAll("$1$2");
    }

    private static final String EACH = "(^|; (?:or |and )?)";
    private static final Pattern DOCUMENTATION_OF = Pattern.compile(
            EACH + "documentation (?:of |(that (?=it is not so that ))|that )");
    private static final Pattern DOCUMENTED = Pattern.compile(EACH + "(?:the record documents |(an? )documented )");
    private static final Pattern IS_DOCUMENTED = Pattern.compile(" (?:is|are) documented(?=$|;)");

    private static String ruleName(RecommendationTrace r) {
        String text = r.citation().text();
        String name = text.replaceFirst("^Decision based on ", "").replaceFirst("\\.$", "");
        return "Guideline (" + name + ", " + r.confidence() + ")";
    }

    private static String sentence(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.endsWith(".") ? t : t + ".";
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String burdenText() {
        try (InputStream in = RationaleWriter.class.getClassLoader().getResourceAsStream("determination/framework.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: determination/framework.yaml");
            }
            Map<?, ?> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Object burden = ((Map<?, ?>) root.get("burdenOfProof")).get("text");
            return burden.toString().strip().replaceAll("\\s+", " ");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
