package org.openimr.determination.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.openimr.casefile.PriorInjections;
import org.openimr.casefile.PriorInjections.Kind;
import org.openimr.casefile.StatedDate;
import org.openimr.determination.Evidence;
import org.openimr.determination.LimitFinding;
import org.openimr.determination.Verdict;
import org.openimr.guidelines.Limit;
import org.openimr.guidelines.LimitScope;
import org.openimr.guidelines.RequestKind;

/**
 * Injection limits counted over a course, a diagnostic phase or a year: the injections of the requested kind the
 * record says were already given, plus those requested (one session's, or one when the request counts no injections:
 * sessions, visits and levels are not injections). The count given is the highest the record states (a record
 * restates the running total more often than it lists separate series), or the number of distinct dates it lists
 * when that is more. A region's limit leaves out injections given to another
 * region. A year counts only the injections dated in the 12 months before the request (not those dated before the
 * year or after the request); injections whose dates are not stated leave the limit undecided when they could take
 * the total past it. A record that states no count leaves the limit undecided ("not stated"), as does one that
 * states none of the injections given: it then decides only when the request alone goes past the limit.
 *
 * <p>The diagnostic phase is the current episode of the region requested: it counts the injections given to that
 * region, and an earlier injection of the kind to the region, however old, ends it ({@link #earlier()}: the request is
 * then a repeat block, judged by the repeat criteria, CPMTG p. 46). A request states how many it asks for at once
 * ({@link #atOnce}): the guideline supports a second diagnostic block only after the first one's response is known,
 * and a repeat block only on the last one's documented response, so a series asked for in advance is more than one.
 */
final class InjectionsGiven {

    private final CaseRecord c;

    InjectionsGiven(CaseRecord c) {
        this.c = c;
    }

    /** Whether this limit counts the injections already given (and so is checked here). */
    static boolean counts(Limit limit) {
        return limit.max() != null && (limit.per() == null || limit.per() == LimitScope.COURSE
                || limit.per() == LimitScope.DIAGNOSTIC_PHASE || limit.per() == LimitScope.REGION_PER_YEAR
                || limit.per() == LimitScope.YEAR);
    }

    LimitFinding check(Limit limit) {
        Kind kind = requestedKind();
        String words = words(kind);
        int max = limit.maxAsInt();
        int requested = QuantityReader.injections(c.request().text()).map(QuantityReader.SessionInjections::total)
                .orElse(1);
        String req = requested + " requested";
        List<PriorInjections> mentions = c.facts().priorInjections().stream().filter(p -> p.concerns(kind))
                .filter(p -> limit.per() != LimitScope.REGION_PER_YEAR && limit.per() != LimitScope.DIAGNOSTIC_PHASE
                        || sameRegion(p)).toList();
        List<PriorInjections> given = mentions.stream().filter(PriorInjections::given).toList();
        List<Evidence> evidence = new ArrayList<>();
        OptionalInt stated = given.stream().filter(p -> p.count().isPresent()).mapToInt(p -> p.count().getAsInt())
                .max();
        Set<StatedDate> dates = new LinkedHashSet<>(StatedDate.finest(given.stream()
                .flatMap(p -> p.dates().stream()).toList()));
        int total = Math.max(stated.orElse(0), dates.size());
        for (PriorInjections p : given) {
            evidence.add(new Evidence(p.count().isPresent() || !p.dates().isEmpty()
                    ? count(Math.max(p.count().orElse(0), p.dates().size()), words) + " already given"
                    : "earlier " + words + " (number not stated)", p.span()));
        }
        if (given.isEmpty()) {
            Optional<PriorInjections> none = mentions.stream().filter(p -> p.count().equals(OptionalInt.of(0)))
                    .findFirst();
            if (none.isPresent()) {
                evidence.add(new Evidence("no " + (none.get().kind() == Kind.UNSPECIFIED ? "injections" : words)
                        + " already given", none.get().span()));
                return GuidelineMaximum.compare(limit, "no " + (none.get().kind() == Kind.UNSPECIFIED ? "injections" : words)
                        + " already given and " + req + " make " + requested, requested, max, evidence);
            }
        }
        if (stated.isEmpty() && dates.isEmpty()) {
            if (limit.per() == LimitScope.DIAGNOSTIC_PHASE && given.isEmpty()) {
                // an earlier injection to the region would make the request a repeat block (earlier()), so with
                // none on record the request starts the region's diagnostic phase
                return GuidelineMaximum.compare(limit, "no earlier " + words + " to the region are on record, so the "
                        + "request starts the diagnostic phase: " + req, requested, max, evidence);
            }
            if (requested > max) {
                return GuidelineMaximum.compare(limit, req, requested, max, evidence);
            }
            return new LimitFinding(limit.describe(), Verdict.UNKNOWN, req + "; the number of " + words
                    + " already given: not stated", evidence, false, "");
        }
        if (limit.per() == LimitScope.REGION_PER_YEAR || limit.per() == LimitScope.YEAR) {
            return inTheYear(limit, words, total, dates, requested, evidence);
        }
        return GuidelineMaximum.compare(limit, count(total, words) + " already given and " + req + " make " + (total + requested),
                total + requested, max, evidence);
    }

    /**
     * Whether the record says an injection of the kind requested was already given to the region requested, however
     * long ago: MET with the statements, NOT_MET when it says none were given, UNKNOWN when it is silent.
     */
    FactResolver.Resolution earlier() {
        Kind kind = requestedKind();
        List<PriorInjections> mentions = c.facts().priorInjections().stream().filter(p -> p.concerns(kind))
                .filter(this::sameRegion).toList();
        List<Evidence> given = mentions.stream().filter(PriorInjections::given)
                .map(p -> new Evidence("earlier " + words(kind) + " already given", p.span())).toList();
        if (!given.isEmpty()) {
            return new FactResolver.Resolution(Verdict.MET, given);
        }
        return mentions.stream().filter(p -> p.count().equals(OptionalInt.of(0))).findFirst()
                .map(p -> new FactResolver.Resolution(Verdict.NOT_MET, List.of(new Evidence("no " + words(kind)
                        + " already given", p.span()))))
                .orElseGet(FactResolver.Resolution::unknown);
    }

    /**
     * The injections one request asks for at once ("ESI x 2", "two epidural injections"; one when it states none).
     * Sides, levels and sites of one session are one injection here ("x 2 sites", "1 injection each side").
     */
    LimitFinding atOnce(Limit limit) {
        Kind kind = requestedKind();
        Optional<Integer> asked = QuantityReader.injectionSessions(c.request().text());
        int requested = asked.orElse(1);
        String sum = asked.isPresent() ? count(requested, words(kind)) + " requested at once"
                : "the request states no number, so one of the " + words(kind) + " is requested";
        return GuidelineMaximum.compare(limit, sum, requested, limit.maxAsInt(), List.of());
    }

    /** The injections dated in the 12 months before the request, plus those requested; undated ones may count. */
    private LimitFinding inTheYear(Limit limit, String words, int total, Set<StatedDate> dates, int requested,
            List<Evidence> evidence) {
        int max = limit.maxAsInt();
        LocalDate request = c.requestDate();
        long inYear = request == null ? 0 : dates.stream().filter(d -> !d.lastDay().isBefore(request.minusYears(1))
                && !d.firstDay().isAfter(request)).count();
        long undated = request == null ? total : total - dates.size();
        String sum = count((int) inYear, words) + " already given in the 12 months before the request and "
                + requested + " requested make " + (inYear + requested);
        if (inYear + requested > max || undated <= 0 || inYear + undated + requested <= max) {
            return GuidelineMaximum.compare(limit, sum, (int) (inYear + requested), max, evidence);
        }
        return new LimitFinding(limit.describe(), Verdict.UNKNOWN, sum + "; the dates of " + undated
                + " more already given are not stated", evidence, false, "");
    }

    /** Injections given in another region than the one requested do not count against a region's limit. */
    private boolean sameRegion(PriorInjections p) {
        return p.region().isEmpty() || c.request().region().isEmpty() || p.region().equals(c.request().region());
    }

    private static String count(int n, String words) {
        return n + " " + (n == 1 ? words.replaceFirst("s$", "") : words);
    }

    /** The kind of injection requested: by request kind, and for other injections by the joint named. */
    private Kind requestedKind() {
        RequestKind kind = c.request().kind().orElse(RequestKind.OTHER_INJECTION);
        return switch (kind) {
            case EPIDURAL_STEROID_INJECTION -> Kind.EPIDURAL;
            case FACET_INJECTION -> Kind.FACET;
            case TRIGGER_POINT_INJECTION -> Kind.TRIGGER_POINT;
            default -> c.request().modalities().contains("subacromial_injection")
                    || c.request().regions().contains(org.openimr.shared.BodyRegion.SHOULDER) ? Kind.SHOULDER
                    : c.request().regions().contains(org.openimr.shared.BodyRegion.KNEE) ? Kind.KNEE : Kind.OTHER;
        };
    }

    private static String words(Kind kind) {
        return switch (kind) {
            case EPIDURAL -> "epidural injections";
            case FACET -> "facet injections";
            case TRIGGER_POINT -> "trigger point injections";
            case SHOULDER -> "shoulder injections";
            case KNEE -> "knee injections";
            default -> "injections";
        };
    }
}
