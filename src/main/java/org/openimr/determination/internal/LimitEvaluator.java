package org.openimr.determination.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openimr.casefile.Clauses;
import org.openimr.casefile.Assertion;
import org.openimr.casefile.Medication;
import org.openimr.casefile.Modality;
import org.openimr.casefile.MorphineEquivalentDose;
import org.openimr.casefile.MorphineEquivalents;
import org.openimr.casefile.Span;
import org.openimr.casefile.StatedDate;
import org.openimr.casefile.TherapySessions;
import org.openimr.casefile.UrineDrugScreen;
import org.openimr.determination.Evidence;
import org.openimr.determination.LimitFinding;
import org.openimr.determination.RequestedQuantity;
import org.openimr.determination.Verdict;
import org.openimr.guidelines.Limit;
import org.openimr.guidelines.LimitScope;
import org.openimr.guidelines.Phase;
import org.openimr.guidelines.Recommendation;
import org.openimr.guidelines.RequestKind;
import org.openimr.guidelines.Vocabulary;

/**
 * Checks a recommendation's limits against what was already given and what is requested: visits (completed in the
 * shared budget plus requested, against a course or an initial course), frequency, duration of a drug, morphine
 * equivalent dose, daily dose, grams of a gel a day, hours of home care, injections and levels per session,
 * injections given and requested over a course, a diagnostic phase or a year ({@link InjectionsGiven}), tests a
 * year. A limit whose figure is unknown is UNKNOWN; it decides the draft only when it is a count of visits or a
 * duration the request continues (its {@code missing} then says what is needed), otherwise it is reported and left
 * aside.
 */
final class LimitEvaluator {

    private static final Pattern LEVEL = Pattern.compile("\\b([CTLS])\\s?(\\d{1,2})(?:\\s*[-/]\\s*[CTLS]?\\s?\\d{1,2})?\\b");

    /** Words that place therapy sessions before or after an operation. */
    private static final Pattern BEFORE_THE_OPERATION = Pattern.compile("(?i)(?<![\\p{L}])(?:pre-?op(?:erative(?:ly)?)?"
            // "his pre-operative level of function" is a measure, not a time
            + "(?!\\s+(?:level|status|baseline|function))|"
            + "(?:before|prior\\s+to)\\s+(?:the\\s+|his\\s+|her\\s+)?(?:surgery|operation))(?![\\p{L}])");
    private static final Pattern AFTER_THE_OPERATION = Pattern.compile("(?i)(?<![\\p{L}])(?:post-?op(?:erative(?:ly)?)?|"
            + "post-?surgical|(?:after|since|following)\\s+(?:the\\s+|his\\s+|her\\s+)?(?:surgery|operation))(?![\\p{L}])");

    /** A count of sessions ("6 pre-operative sessions", "12 visits"), whatever therapy it names. */
    private static final Pattern SESSION_COUNT = Pattern.compile("(?i)(?<![\\p{L}\\d])\\d{1,3}\\s+(?:[\\p{L}-]+\\s+){0,2}"
            + "(?:sessions?|visits?|treatments?)(?![\\p{L}])");

    private final CaseRecord c;
    private final Vocabulary vocabulary;
    /** The operation whose postsurgical period the request falls in, if any. */
    private final Optional<PhaseReader.SurgeryPeriod> operation;
    /** The request is for care after an operation the record shows still to be done (planned, certified). */
    private final boolean operationAhead;

    LimitEvaluator(CaseRecord c, Vocabulary vocabulary) {
        this(c, vocabulary, Optional.empty(), false);
    }

    LimitEvaluator(CaseRecord c, Vocabulary vocabulary, Optional<PhaseReader.SurgeryPeriod> operation,
            boolean operationAhead) {
        this.c = c;
        this.vocabulary = vocabulary;
        this.operation = operation.filter(o -> !o.ended());
        this.operationAhead = operationAhead;
    }

    /** Sessions already given that count against a limit, with the record's statements of them. */
    record Given(OptionalInt count, List<Evidence> evidence, String words, boolean withoutCount) {
    }

    LimitFinding check(Recommendation r, Limit limit) {
        RequestedQuantity q = c.request().quantity();
        return switch (limit.quantity()) {
            case VISITS, TREATMENTS, SESSIONS -> visits(r, limit, q);
            case VISITS_PER_WEEK -> perWeek(limit, q);
            case WEEKS, MONTHS, DAYS -> duration(limit);
            case MG_MED_PER_DAY -> med(limit);
            case MG_PER_DAY -> dailyDose(limit);
            case G_PER_DAY -> gramsPerDay(limit);
            case INJECTIONS -> limit.per() == LimitScope.SESSION ? injectionsPerSession(limit)
                    : limit.per() == LimitScope.REQUEST && limit.max() != null ? new InjectionsGiven(c).atOnce(limit)
                    : InjectionsGiven.counts(limit) ? new InjectionsGiven(c).check(limit)
                    : aside(limit, "not checked by the engine");
            case HOURS_PER_WEEK -> hours(limit, q);
            case LEVELS -> levels(limit);
            case TESTS -> tests(limit);
            case PERCENT -> percent(limit);
            default -> aside(limit, "not checked by the engine");
        };
    }

    private Evidence requested(String statement) {
        return new Evidence(statement, org.openimr.casefile.Span.of(c.requestDocument(), 0,
                c.requestDocument().text().length()));
    }

    private static LimitFinding aside(Limit limit, String why) {
        return new LimitFinding(limit.describe(), Verdict.UNKNOWN, why, List.of(), false, "");
    }

    // ---------------------------------------------------------------------------------------------- visits

    private LimitFinding visits(Recommendation r, Limit limit, RequestedQuantity q) {
        if (limit.max() == null) {
            return aside(limit, "a minimum only");
        }
        int max = limit.maxAsInt();
        if (limit.per() == LimitScope.REQUEST) {
            return perRequest(limit, q, max);
        }
        Given given = given(r, limit);
        if (q.count().isEmpty()) {
            return new LimitFinding(limit.describe(), Verdict.UNKNOWN, "the request does not state how many "
                    + limit.quantity().unit() + " it asks for", given.evidence(), false,
                    "the number of " + limit.quantity().unit() + " requested");
        }
        int requested = q.count().getAsInt();
        String req = requested + " requested" + (q.perWeek().isPresent() && q.weeks().isPresent()
                ? " (" + q.perWeek().getAsInt() + " a week for " + q.weeks().getAsInt() + " weeks)" : "");
        List<Evidence> withRequest = new ArrayList<>(given.evidence());
        withRequest.add(requested("the request asks for " + q.describe() + " " + limit.quantity().unit()));
        given = new Given(given.count(), withRequest, given.words(), given.withoutCount());
        if (limit.per() == LimitScope.INITIAL_COURSE) {
            if (given.count().isPresent() && given.count().getAsInt() > 0) {
                int total = given.count().getAsInt() + requested;
                boolean ok = total <= max;
                return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET,
                        given.count().getAsInt() + " " + given.words() + " already given and " + req + " make " + total
                                + (ok ? ", within" : ", beyond") + " the initial course of up to " + max,
                        given.evidence(), false, "");
            }
            if (c.request().additional() || given.withoutCount()) {
                return new LimitFinding(limit.describe(), Verdict.NOT_MET, "earlier " + given.words()
                        + " already given, so " + req + " are a further course after the initial one of up to " + max,
                        given.evidence(), false, "");
            }
            boolean ok = requested <= max;
            return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET,
                    req + (ok ? ", within" : ", more than") + " the initial course of up to " + max, given.evidence(),
                    false, "");
        }
        if (given.count().isEmpty()) {
            if (c.request().additional() || given.withoutCount()) {
                return new LimitFinding(limit.describe(), Verdict.UNKNOWN, req + " in addition to earlier "
                        + given.words() + " whose number the record does not state", given.evidence(), false,
                        "the number of " + given.words() + " already given");
            }
            return GuidelineMaximum.compare(limit, req, requested, max, given.evidence());
        }
        int total = given.count().getAsInt() + requested;
        return GuidelineMaximum.compare(limit, given.count().getAsInt() + " " + given.words() + " already given and "
                + req + " make " + total, total, max, given.evidence());
    }

    /** A limit on what one request may ask for: a request that states no number asks for one. */
    private LimitFinding perRequest(Limit limit, RequestedQuantity q, int max) {
        int requested = q.count().orElse(1);
        String req = q.count().isPresent() ? requested + " " + limit.quantity().unit() + " requested"
                : "the request states no number, so one of the " + limit.quantity().unit() + " is requested";
        boolean ok = requested <= max;
        return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET, req + (ok ? ", within" : ", more than")
                + " the " + max + " the guideline lets one request certify", q.count().isPresent()
                        ? List.of(requested("the request asks for " + q.describe() + " " + limit.quantity().unit()))
                        : List.of(), false, "");
    }

    /** The completed sessions of the modalities that count against the limit (its budget, else the request's kind). */
    Given given(Recommendation r, Limit limit) {
        Set<Modality> modalities;
        if ("physical_medicine".equals(limit.budget())) {
            modalities = EnumSet.of(Modality.PHYSICAL_THERAPY, Modality.OCCUPATIONAL_THERAPY, Modality.AQUATIC_THERAPY);
        } else if ("chiropractic".equals(limit.budget())) {
            modalities = EnumSet.of(Modality.CHIROPRACTIC);
        } else {
            modalities = c.request().kind().flatMap(CriterionEvaluator::modalityOf).map(EnumSet::of)
                    .orElse(EnumSet.noneOf(Modality.class));
        }
        if (operationAhead && r.applies().phases().contains(Phase.POSTSURGICAL)) {
            return givenBeforeAnOperationAhead(modalities);
        }
        int total = 0;
        boolean any = false;
        List<Evidence> ev = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        boolean postsurgical = operation.isPresent() && r.applies().phases().contains(Phase.POSTSURGICAL);
        EarlierCourse earlier = new EarlierCourse(c, DataFiles.standard());
        for (TherapySessions t : c.facts().therapySessions()) {
            if (modalities.contains(t.modality()) && t.completed() && TreatedParts.forAnotherRegion(c, t.span())) {
                ev.add(new Evidence(modalityWords(t.modality()) + " given for another part of the body, not counted "
                        + "against this request", t.span()));
            } else if (modalities.contains(t.modality()) && earlier.ended(t)) {
                ev.add(earlier.evidence(t, ", not counted against the current course"));
            }
        }
        for (Modality m : modalities) {
            Optional<TherapySessions> best = c.facts().therapySessions().stream()
                    .filter(t -> t.modality() == m && t.completed() && t.count().isPresent()
                            && !TreatedParts.forAnotherRegion(c, t.span()) && !earlier.ended(t))
                    .filter(t -> !postsurgical || !beforeTheOperation(t.span(), t.since()))
                    .max((a, b) -> Integer.compare(a.count().get().max(), b.count().get().max()));
            if (best.isPresent()) {
                int n = best.get().count().get().max();
                total += n;
                any = true;
                String words = n + (n == 1 ? " session of " : " sessions of ") + modalityWords(m);
                parts.add(words);
                ev.add(new Evidence(words + " already given", best.get().span()));
            }
        }
        boolean withoutCount = false;
        if (!any) {
            for (TherapySessions t : c.facts().therapySessions()) {
                if (modalities.contains(t.modality()) && t.completed() && !TreatedParts.forAnotherRegion(c, t.span())
                        && !earlier.ended(t) && !(postsurgical && beforeTheOperation(t.span(), t.since()))) {
                    withoutCount = true;
                    ev.add(new Evidence("earlier " + modalityWords(t.modality()) + " (number of sessions not stated)",
                            t.span()));
                }
            }
            for (org.openimr.casefile.ConservativeCare cc : c.facts().conservativeCare()) {
                if (cc.modality().isPresent() && modalities.contains(cc.modality().get())
                        && cc.assertion().isPresentOrPast() && !TreatedParts.forAnotherRegion(c, cc.span())
                        && !earlier.tells(cc.span())
                        && !(postsurgical && (beforeTheOperation(cc.span(), Optional.empty())
                                || withSessionsBeforeTheOperation(cc.span())))) {
                    withoutCount = true;
                    ev.add(new Evidence("earlier " + modalityWords(cc.modality().get())
                            + " (number of sessions not stated)", cc.span()));
                }
            }
        }
        String words = modalities.size() == 1 ? "sessions of " + modalityWords(modalities.iterator().next())
                : modalities.isEmpty() ? "sessions" : "sessions of physical medicine";
        if (parts.size() > 1) {
            words = "sessions (" + String.join(" and ", parts) + ")";
        }
        return new Given(any ? OptionalInt.of(total) : OptionalInt.empty(), ev, words, withoutCount);
    }

    /**
     * Before an operation still to be done, every session already given is pre-operative: the postsurgical courses are
     * budgets of visits after the operation, so none counts against them (mtus-criteria PS-9, R3); they are named as
     * set aside.
     */
    private Given givenBeforeAnOperationAhead(Set<Modality> modalities) {
        List<Evidence> ev = new ArrayList<>();
        for (TherapySessions t : c.facts().therapySessions()) {
            if (modalities.contains(t.modality()) && t.completed() && !TreatedParts.forAnotherRegion(c, t.span())) {
                ev.add(new Evidence(modalityWords(t.modality()) + " given before the operation, which the record shows "
                        + "still to be done: not counted against the postsurgical course", t.span()));
            }
        }
        String words = modalities.size() == 1 ? "sessions of " + modalityWords(modalities.iterator().next())
                : "sessions of physical medicine";
        return new Given(OptionalInt.empty(), ev, words, false);
    }

    /**
     * Sessions given before the operation whose postsurgical period the request falls in: the postsurgical limits count
     * the visits after it (PSTG 9792.24.3). Before it are sessions dated before it, and sessions that a word placing them
     * in time calls pre-operative ("before surgery", "pre-op"), a word that belongs to them: in their own clause and
     * nearer to them than to any other count of sessions ("6 sessions of PT prior to surgery and 12 sessions since":
     * the 6). Sessions no such word places count (the safe side): "36 sessions of physical therapy to date. He is
     * status post a cuff repair on 04/01/2016." are not read as pre-operative for being told first.
     */
    private boolean beforeTheOperation(Span span, Optional<StatedDate> since) {
        PhaseReader.SurgeryPeriod op = operation.orElseThrow();
        if (since.isPresent()) {
            return since.get().lastDay().isBefore(op.date());
        }
        if (!c.record().id().equals(span.documentId())) {
            return false;
        }
        String text = c.record().text();
        int[] clause = clauseAround(text, span.start(), span.end());
        List<int[]> counts = new ArrayList<>();
        Matcher n = SESSION_COUNT.matcher(text).region(clause[0], clause[1]);
        while (n.find()) {
            counts.add(new int[] {n.start(), n.end()});
        }
        c.facts().therapySessions().stream().map(TherapySessions::span)
                .filter(t -> t.documentId().equals(span.documentId()) && t.start() >= clause[0] && t.end() <= clause[1])
                .forEach(t -> counts.add(new int[] {t.start(), t.end()}));
        counts.add(new int[] {span.start(), span.end()});
        boolean after = placedBy(AFTER_THE_OPERATION, text, clause, span, counts);
        return !after && placedBy(BEFORE_THE_OPERATION, text, clause, span, counts);
    }

    /** Whether a word of {@code time} in the clause is nearer to these sessions than to any other count in it. */
    private static boolean placedBy(Pattern time, String text, int[] clause, Span span, List<int[]> counts) {
        Matcher w = time.matcher(text).region(clause[0], clause[1]);
        while (w.find()) {
            int[] nearest = null;
            int best = Integer.MAX_VALUE;
            for (int[] count : counts) {
                int gap = w.end() <= count[0] ? count[0] - w.end() : w.start() >= count[1] ? w.start() - count[1] : 0;
                if (gap < best) {
                    best = gap;
                    nearest = count;
                }
            }
            if (nearest != null && nearest[0] < span.end() && span.start() < nearest[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Care told in the clause of counted sessions given before the operation ("12 sessions of physical therapy without
     * benefit prior to surgery").
     */
    private boolean withSessionsBeforeTheOperation(Span care) {
        return c.facts().therapySessions().stream().anyMatch(t -> t.completed() && t.count().isPresent()
                && t.span().documentId().equals(care.documentId()) && c.record().id().equals(care.documentId())
                && java.util.Arrays.equals(clauseAround(c.record().text(), t.span().start(), t.span().end()),
                        clauseAround(c.record().text(), care.start(), care.end()))
                && beforeTheOperation(t.span(), t.since()));
    }

    /** The bounds of the clause the span lies in: between the sentence's ends, commas and semicolons. */
    private static int[] clauseAround(String text, int start, int end) {
        Clauses.Clause clause = Clauses.LIST_AND_PERIODS.around(text, 0, text.length(), start, end);
        return new int[] {clause.start(), clause.end()};
    }

    static String modalityWords(Modality m) {
        return switch (m) {
            case CHIROPRACTIC -> "chiropractic care";
            case FUNCTIONAL_RESTORATION -> "a functional restoration program";
            default -> m.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private LimitFinding perWeek(Limit limit, RequestedQuantity q) {
        if (q.perWeek().isEmpty() || limit.max() == null) {
            return aside(limit, "the request does not state a frequency");
        }
        boolean ok = q.perWeek().getAsInt() <= limit.maxAsInt();
        return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET, q.perWeek().getAsInt()
                + " a week requested" + (ok ? ", within " : ", more than ") + limit.maxAsInt() + " a week",
                List.of(), false, "");
    }

    // ---------------------------------------------------------------------------------------------- durations

    private LimitFinding duration(Limit limit) {
        if (limit.max() != null && limit.per() == LimitScope.SINCE_SURGERY) {
            Optional<LimitFinding> sinceSurgery = sinceSurgery(limit);
            if (sinceSurgery.isPresent()) {
                return sinceSurgery.get();
            }
        }
        if (limit.max() == null || limit.per() == LimitScope.SINCE_SURGERY) {
            return aside(limit, limit.per() == LimitScope.SINCE_SURGERY ? "the postsurgical period (see the phase)"
                    : "a minimum only");
        }
        double maxDays = days(limit.quantity().name(), limit.max().doubleValue());
        Optional<RequestKind> kind = c.request().kind();
        boolean drug = c.request().drug().isPresent();
        if (drug) {
            if (limit.per() == null) {
                // a duration the guideline gives as advice (visits every 3 months, efficacy unclear past 16 weeks,
                // a risk past a year), not as the length of a course
                return aside(limit, "advisory, not a course length" + (limit.note() == null || limit.note().isBlank()
                        ? "" : ": " + limit.note()));
            }
            return drugDuration(limit, maxDays);
        }
        Optional<Integer> requestedDays = daysRequested();
        if (requestedDays.isEmpty() && limit.per() == LimitScope.STAY) {
            // the stay's length is the service requested: a physician must know it before certifying the stay
            return new LimitFinding(limit.describe(), Verdict.UNKNOWN, "the request does not state the length of the stay",
                    List.of(), false, "the length of the stay requested");
        }
        if (requestedDays.isEmpty()) {
            return aside(limit, "the request does not state a duration");
        }
        boolean ok = requestedDays.get() <= maxDays + 0.5;
        return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET, requestedDays.get()
                + " days requested" + (ok ? ", within " : ", more than ") + limit.describe(), List.of(), false, "");
    }

    /**
     * A use the guideline allows only so long after surgery ("the first 30 days"): the days from the surgery to the
     * request plus the days requested; empty when the surgery date or the length requested is not stated.
     */
    private Optional<LimitFinding> sinceSurgery(Limit limit) {
        Optional<java.time.LocalDate> surgery = c.facts().surgeries().stream()
                .filter(s -> s.assertion() == Assertion.HISTORICAL)
                .flatMap(s -> s.date().stream()).map(d -> d.lastDay()).max(java.time.LocalDate::compareTo);
        Optional<Integer> requested = daysRequested();
        if (surgery.isEmpty() || requested.isEmpty() || c.requestDate() == null) {
            return Optional.empty();
        }
        long since = ChronoUnit.DAYS.between(surgery.get(), c.requestDate());
        long last = since + requested.get();
        boolean ok = last <= days(limit.quantity().name(), limit.max().doubleValue()) + 0.5;
        return Optional.of(new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET, requested.get()
                + " days requested from day " + since + " after the surgery, to day " + last
                + (ok ? ", within " : ", beyond ") + limit.describe(), List.of(), false, ""));
    }

    private LimitFinding drugDuration(Limit limit, double maxDays) {
        Optional<String> code = c.request().drug().flatMap(d -> d.code());
        List<String> classes = c.request().drug().map(d -> d.classes()).orElse(List.of());
        List<Evidence> inUse = new ArrayList<>();
        Optional<java.time.LocalDate> since = Optional.empty();
        for (Medication m : c.facts().medications()) {
            if (!m.assertion().isPresentOrPast() || m.drug().isEmpty()) {
                continue;
            }
            boolean same = m.drug().equals(code) || (!classes.isEmpty() && vocabulary.classesOf(m.drug().get())
                    .stream().anyMatch(cl -> cl.equals(primaryClass(classes))));
            if (same) {
                inUse.add(new Evidence("the patient has been taking " + m.name(), m.span()));
                Optional<java.time.LocalDate> started = c.startOf(m);
                if (started.isPresent() && (since.isEmpty() || started.get().isBefore(since.get()))) {
                    since = started;
                }
            }
        }
        Optional<Integer> supply = supplyDays();
        if (since.isPresent() && c.requestDate() != null) {
            long used = ChronoUnit.DAYS.between(since.get(), c.requestDate());
            boolean ok = used + supply.orElse(0) <= maxDays;
            return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET, "in use since " + since.get()
                    + " (" + used + " days before the request)" + (ok ? ", within " : ", beyond ") + limit.describe(),
                    inUse, false, "");
        }
        if (!inUse.isEmpty()) {
            return new LimitFinding(limit.describe(), Verdict.UNKNOWN, "the record shows the drug (or one of its class)"
                    + " already in use, so a further supply continues a course the guideline limits to "
                    + limit.describe().replace(" per course", ""), inUse, false,
                    "documentation of how long the drug has been taken, or that this is a new short course within "
                            + limit.describe().replace(" per course", ""));
        }
        if (supply.isPresent()) {
            boolean ok = supply.get() <= maxDays + 0.5;
            return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET, supply.get()
                    + " days' supply requested" + (ok ? ", within " : ", more than ") + limit.describe(), List.of(),
                    false, "");
        }
        return aside(limit, "the duration of use is not stated");
    }

    private static String primaryClass(List<String> classes) {
        return classes.get(0);
    }

    private Optional<Integer> supplyDays() {
        Optional<Integer> stated = daysRequested();
        if (stated.isPresent()) {
            return stated;
        }
        var d = c.request().drug();
        if (d.isPresent() && d.get().count().isPresent() && d.get().dosesPerDay().isPresent()
                && d.get().dosesPerDay().get().signum() > 0) {
            return Optional.of(BigDecimal.valueOf(d.get().count().getAsInt())
                    .divide(d.get().dosesPerDay().get(), 0, RoundingMode.CEILING).intValue());
        }
        return Optional.empty();
    }

    /**
     * The days a request states, the one reading for every limit counted in time: its days ("30 day rental"), else its
     * weeks ("for 4 weeks"). The weeks of a weekly schedule are a length too ("3 x 4" is four weeks of visits), except
     * for a drug: it is dosed by the day, so an "a x b" in its request ("1 x 30") is no weekly schedule. Empty when it
     * states neither.
     */
    private Optional<Integer> daysRequested() {
        RequestedQuantity q = c.request().quantity();
        if (q.days().isPresent()) {
            return Optional.of(q.days().getAsInt());
        }
        boolean weeksOfASchedule = q.perWeek().isPresent();
        return q.weeks().isPresent() && !(weeksOfASchedule && c.request().drug().isPresent())
                ? Optional.of(q.weeks().getAsInt() * 7) : Optional.empty();
    }

    private static double days(String unit, double amount) {
        return switch (unit) {
            case "WEEKS" -> amount * 7;
            case "MONTHS" -> amount * 30.44;
            default -> amount;
        };
    }

    // ---------------------------------------------------------------------------------------------- doses

    private LimitFinding med(Limit limit) {
        List<Medication> regimen = new ArrayList<>(c.facts().currentMedications());
        regimen.addAll(c.requestFacts().medications());
        MorphineEquivalentDose med = MorphineEquivalents.standard().of(regimen);
        List<Evidence> ev = med.contributions().stream().map(k -> new Evidence(k.medication().name() + " at "
                + k.dailyDose().toPlainString() + " " + k.unit() + " is " + k.milligramsMorphinePerDay().toPlainString()
                + " mg morphine equivalents a day", k.medication().span())).toList();
        if (limit.max() != null && med.exceeds(limit.max())) {
            return new LimitFinding(limit.describe(), Verdict.NOT_MET, "a cumulative morphine equivalent dose of "
                    + med.milligramsPerDay().toPlainString() + " mg a day, above " + limit.max().toPlainString(), ev,
                    false, "");
        }
        Optional<StatedMed> stated = statedMed();
        if (limit.max() != null && stated.isPresent() && stated.get().mg().compareTo(limit.max()) > 0) {
            // the record states the dose it computed ("his MED is 200 mg"), where the regimen cannot be computed here
            return new LimitFinding(limit.describe(), Verdict.NOT_MET, "the record states a morphine equivalent dose "
                    + "of " + stated.get().mg().toPlainString() + " mg a day, above " + limit.max().toPlainString(),
                    List.of(new Evidence("the record states a morphine equivalent dose of "
                            + stated.get().mg().toPlainString() + " mg a day", stated.get().span())), false, "");
        }
        if (!med.complete() || med.contributions().isEmpty()) {
            return new LimitFinding(limit.describe(), Verdict.UNKNOWN, "the morphine equivalent dose cannot be computed"
                    + " (strength or frequency not stated)", ev, false, "");
        }
        return new LimitFinding(limit.describe(), Verdict.MET, "a cumulative morphine equivalent dose of "
                + med.milligramsPerDay().toPlainString() + " mg a day", ev, false, "");
    }

    /** A morphine equivalent dose the record states, and where. */
    private record StatedMed(BigDecimal mg, Span span) {
    }

    /** "MED of 200 mg", "morphine equivalent dose is 180", "MME: 150": the term, then its figure. */
    private static final Pattern MED_THEN_FIGURE = Pattern.compile("(?i)\\b(?:MED|MME|morphine[\\s-]+(?:milligram[\\s-]+)?"
            + "equivalen(?:t|ts|ce)(?:\\s+(?:daily\\s+)?(?:dose|dosage))?)(?:\\s*\\((?:MED|MME)\\))?"
            + "(?:\\s*(?:is|was|of|=|:|currently|approximately|about|around|calculated\\s+at|totals?|totaling)\\s*)+"
            + "(\\d{2,4}(?:\\.\\d+)?)(?!\\d|\\.\\d)");
    /** "200 mg MED", "180 MME a day": the figure, then the term; not a limit ("not to exceed 120 MED"). */
    private static final Pattern FIGURE_THEN_MED = Pattern.compile("(?i)(?<![\\d.])(\\d{2,4}(?:\\.\\d+)?)\\s*(?:mg\\s*)?"
            + "(?:MED|MME|morphine[\\s-]+(?:milligram[\\s-]+)?equivalents?)\\b");
    private static final Pattern A_LIMIT_BEFORE = Pattern.compile("(?i)(?:exceed\\w*|under|below|less\\s+than|more\\s+than"
            + "|greater\\s+than|up\\s+to|above|over|than|limit\\w*|maximum|max|[<>\u2264\u2265])\\s*(?:of\\s+|a\\s+)?$");
    /** A sentence giving the utilization review's words or the guideline's, not the patient's dose. */
    private static final Pattern NOT_THE_PATIENTS = Pattern.compile("(?i)\\b(?:reviewer|utilization\\s+review|UR|"
            + "guidelines?|MTUS|recommend\\w*)\\b");

    private Optional<StatedMed> statedMed() {
        String text = c.record().text();
        for (Pattern p : List.of(MED_THEN_FIGURE, FIGURE_THEN_MED)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Sentences sentence = Sentences.around(text, m.start(), m.end());
                String lead = text.substring(Math.max(sentence.start(), m.start() - 30), m.start());
                if (A_LIMIT_BEFORE.matcher(lead).find() || NOT_THE_PATIENTS.matcher(sentence.of(text)).find()) {
                    continue;
                }
                Optional<Span> span = c.span(CaseRecord.RECORD, m.start(), m.end());
                if (span.isPresent()) {
                    return Optional.of(new StatedMed(new BigDecimal(m.group(1)), span.get()));
                }
            }
        }
        return Optional.empty();
    }

    private LimitFinding dailyDose(Limit limit) {
        var d = c.request().drug();
        if (d.isEmpty() || limit.max() == null) {
            return aside(limit, "the daily dose is not stated");
        }
        if (d.get().milligrams().isEmpty() || d.get().dosesPerDay().isEmpty()) {
            return currentDailyDose(limit, d.get()).orElseGet(() -> aside(limit, "the daily dose is not stated"));
        }
        BigDecimal daily = d.get().milligrams().get().multiply(d.get().dosesPerDay().get());
        boolean ok = daily.compareTo(limit.max()) <= 0;
        return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET, daily.toPlainString()
                + " mg a day requested", List.of(), false, "");
    }

    /** The strength of a topical product ("capsaicin 0.1% cream") against the strongest the guideline supports. */
    private LimitFinding percent(Limit limit) {
        Optional<BigDecimal> pct = c.request().drug().flatMap(d -> d.strength()).filter(s -> s.endsWith("%"))
                .map(s -> new BigDecimal(s.substring(0, s.indexOf(' ') < 0 ? s.length() - 1 : s.indexOf(' '))
                        .replace("%", "")));
        if (pct.isEmpty() || limit.max() == null) {
            return aside(limit, "the strength requested is not stated");
        }
        boolean ok = pct.get().compareTo(limit.max()) <= 0;
        return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET, pct.get().toPlainString()
                + "% requested" + (ok ? ", within " : ", stronger than ") + limit.describe(), List.of(), false, "");
    }

    /**
     * A request that names the drug (and strength) without saying how often continues the prescription the record
     * states for the same opioid at the same strength: its daily dose is the one the patient takes.
     */
    private Optional<LimitFinding> currentDailyDose(Limit limit, org.openimr.determination.RequestedDrug d) {
        if (d.code().isEmpty()) {
            return Optional.empty();
        }
        MorphineEquivalentDose med = MorphineEquivalents.standard().of(c.facts().currentMedications());
        return med.contributions().stream()
                .filter(k -> "mg/day".equals(k.unit()) && k.medication().drug().equals(d.code()))
                .filter(k -> d.milligrams().isEmpty() || k.medication().strength()
                        .map(st -> st.amount().compareTo(d.milligrams().get()) == 0).orElse(false))
                .max((a, b) -> a.dailyDose().compareTo(b.dailyDose()))
                .map(k -> {
                    boolean ok = k.dailyDose().compareTo(limit.max()) <= 0;
                    String taken = k.dailyDose().toPlainString() + " mg a day as the record prescribes "
                            + k.medication().name();
                    return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET, taken,
                            List.of(new Evidence(taken, k.medication().span())), false, "");
                });
    }

    /** Grams of a gel a day (diclofenac gel): grams an application, sites and applications a day, as requested. */
    private LimitFinding gramsPerDay(Limit limit) {
        Optional<QuantityReader.DailyGrams> daily = QuantityReader.dailyGrams(c.request().text());
        if (daily.isEmpty() || limit.max() == null) {
            return aside(limit, "the request does not state the grams applied a day");
        }
        BigDecimal total = daily.get().total();
        boolean ok = total.compareTo(limit.max()) <= 0;
        String req = total.toPlainString() + " g a day requested (" + daily.get().describe() + ")";
        return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET, req + (ok ? ", within "
                : ", more than ") + limit.max().toPlainString() + " " + limit.quantity().unit(),
                List.of(requested("the request asks for " + req)), false, "");
    }

    /** Injections in one session (trigger points): the count requested, for each side when given per side. */
    private LimitFinding injectionsPerSession(Limit limit) {
        Optional<QuantityReader.SessionInjections> asked = QuantityReader.injections(c.request().text());
        if (asked.isEmpty() || limit.max() == null) {
            return aside(limit, "the request does not state how many " + limit.quantity().unit());
        }
        int total = asked.get().total();
        String req = total + " " + limit.quantity().unit() + " requested in one session" + (asked.get().sides() > 1
                ? " (" + asked.get().each() + " on each side)" : "");
        return GuidelineMaximum.compare(limit, req, total, limit.maxAsInt(),
                List.of(requested("the request asks for " + req)));
    }

    private LimitFinding hours(Limit limit, RequestedQuantity q) {
        if (q.hoursAWeek().isEmpty() || limit.max() == null) {
            return aside(limit, "the request does not state hours a week");
        }
        boolean ok = q.hoursAWeek().getAsInt() <= limit.maxAsInt();
        return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET, q.hoursAWeek().getAsInt()
                + (q.hoursAWeek().getAsInt() == 1 ? " hour" : " hours") + " a week requested", List.of(), false, "");
    }

    private LimitFinding levels(Limit limit) {
        String text = c.request().text();
        boolean interlaminar = c.request().modalities().contains("epidural_interlaminar");
        boolean transforaminal = c.request().modalities().contains("epidural_transforaminal");
        String note = limit.note() == null ? "" : limit.note().toLowerCase(Locale.ROOT);
        if (note.contains("interlaminar") && !interlaminar || note.contains("transforaminal") && !transforaminal
                && !note.contains("interlaminar")) {
            return aside(limit, "applies to another approach");
        }
        Matcher m = LEVEL.matcher(text);
        int levels = 0;
        while (m.find()) {
            levels++;
        }
        if (levels == 0 || limit.max() == null) {
            return aside(limit, "the request does not name its levels");
        }
        boolean ok = levels <= limit.maxAsInt();
        return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET, levels + " levels requested",
                List.of(new Evidence(levels + " levels requested", org.openimr.casefile.Span.of(c.requestDocument(), 0,
                        c.requestDocument().text().length()))), false, "");
    }

    private LimitFinding tests(Limit limit) {
        if (c.requestDate() == null || limit.max() == null) {
            return aside(limit, "no request date");
        }
        List<Evidence> ev = new ArrayList<>();
        for (UrineDrugScreen u : c.facts().urineDrugScreens()) {
            if (u.assertion() != Assertion.NEGATED && u.date().isPresent()
                    && !u.date().get().lastDay().isBefore(c.requestDate().minusYears(1))
                    && !u.date().get().firstDay().isAfter(c.requestDate())) {
                ev.add(new Evidence("a urine drug screen on " + u.date().get(), u.span()));
            }
        }
        boolean ok = ev.size() + 1 <= limit.maxAsInt();
        return new LimitFinding(limit.describe(), ok ? Verdict.MET : Verdict.NOT_MET, ev.size()
                + " dated screens in the year before the request, plus the one requested", ev, false, "");
    }
}
