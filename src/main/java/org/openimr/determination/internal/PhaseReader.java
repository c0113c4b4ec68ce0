package org.openimr.determination.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openimr.casefile.Assertion;
import org.openimr.casefile.Surgery;
import org.openimr.determination.Evidence;
import org.openimr.guidelines.GuidelineCatalogue;
import org.openimr.guidelines.Phase;
import org.openimr.guidelines.Recommendation;
import org.openimr.guidelines.RequestKind;
import org.openimr.guidelines.RequestProfile;
import org.openimr.guidelines.TimeSpan;
import org.openimr.shared.BodyRegion;

/**
 * The phase of care on the request date, which decides which guideline governs (mtus-criteria FW-6): inside the
 * postsurgical physical medicine period of a dated surgery of the region, the Postsurgical Treatment Guidelines; else,
 * counted from the injury, acute (under 4 weeks), subacute (to 3 months) or chronic (3 months and more: the 2016
 * definition of chronic pain, 8 CCR 9792.20, also used for 2009's "beyond the anticipated time of healing").
 */
public final class PhaseReader {

    /** The phase, why, and for a postsurgical phase (or one that has ended) the surgery. */
    public record Reading(Optional<Phase> phase, String why, List<Evidence> evidence, Optional<String> surgery,
            Optional<SurgeryPeriod> period) {

        /** Care after an operation the record shows planned or requested, not yet done (no date, no period). */
        boolean operationAhead() {
            return phase.filter(p -> p == Phase.POSTSURGICAL).isPresent() && surgery.isPresent() && period.isEmpty();
        }
    }

    /** A dated surgery and its postsurgical physical medicine period. */
    public record SurgeryPeriod(Surgery surgery, String code, LocalDate date, TimeSpan period, LocalDate end, boolean ended,
            String source) {
        String words() {
            return surgery.region().map(r -> r.region().phrase() + " ").orElse("")
                    + (surgery.kind() == Surgery.Kind.UNSPECIFIED ? "operation"
                            : surgery.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }

        /**
         * How the record dates the operation: "the record dates the knee arthroscopy to 2014-06-02", or, for a date
         * reckoned from an interval stated at a visit, "the record places the knee operation on 2016-04-19 (3 weeks
         * before the visit of 2016-05-10)".
         */
        String dating() {
            return surgery.reckoned().map(r -> "the record places the " + words() + " on " + date + " (" + r + ")")
                    .orElse("the record dates the " + words() + " to " + date);
        }
    }

    private static final TimeSpan UNLISTED = TimeSpan.months(6);

    private final GuidelineCatalogue catalogue;
    private final DataFiles data;

    PhaseReader(GuidelineCatalogue catalogue, DataFiles data) {
        this.catalogue = catalogue;
        this.data = data;
    }

    private static final java.util.regex.Pattern POSTOPERATIVE = java.util.regex.Pattern.compile(
            "(?i)\\b(post-?op(erative)?|post-?surgical|after (the )?surgery)\\b");

    /** The phase of care so many days after the onset: acute under four weeks, chronic from three months. */
    static Phase phaseAfter(long days) {
        return days < 28 ? Phase.ACUTE : days < 90 ? Phase.SUBACUTE : Phase.CHRONIC;
    }

    Reading read(CaseRecord c) {
        Optional<SurgeryPeriod> latest = surgeries(c).stream().max(Comparator.comparing(SurgeryPeriod::date));
        if (latest.isEmpty() && (POSTOPERATIVE.matcher(c.request().text()).find()
                || data.servicesForAnOperation().servesThePlannedOperation(c.request()))) {
            Optional<Reading> planned = plannedSurgery(c);
            if (planned.isPresent()) {
                return planned.get();
            }
        }
        if (latest.isPresent()) {
            SurgeryPeriod s = latest.get();
            List<Evidence> ev = List.of(new Evidence(s.dating(), s.surgery().span()));
            if (!s.ended()) {
                return new Reading(Optional.of(Phase.POSTSURGICAL), "postsurgical: the request date falls within the "
                        + s.period() + " postsurgical physical medicine period after the " + s.words() + " of "
                        + s.date() + " (it ends on " + s.end() + "; " + s.source() + ")", ev, Optional.of(s.code()),
                        latest);
            }
            Reading after = byInjury(c);
            return new Reading(after.phase().isPresent() ? after.phase() : Optional.of(Phase.CHRONIC),
                    "the " + s.period() + " postsurgical physical medicine period after the " + s.words() + " of "
                            + s.date() + " ended on " + s.end() + ", before the request date (" + s.source() + "); "
                            + (after.phase().isPresent() ? after.why() : "chronic, after the surgery"),
                    concat(ev, after.evidence()), Optional.empty(), latest);
        }
        return byInjury(c);
    }

    /**
     * A postoperative request for an operation the record shows as planned or requested (not yet dated): the
     * Postsurgical Treatment Guidelines govern the therapy that will follow it. Of several of the request's part, the one
     * the record shows certified or scheduled ahead, else one it does not say was non-certified or called off.
     */
    private Optional<Reading> plannedSurgery(CaseRecord c) {
        List<BodyRegion> regions = c.request().regions();
        String record = c.record().text();
        // of the request's part, one certified or scheduled ahead first, then one not said non-certified, then the
        // rest; a request naming no part keeps the record's order (a certified wrist operation is not the knee's)
        List<Surgery> requested = c.facts().surgeries().stream().filter(s -> s.assertion() == Assertion.REQUESTED)
                .toList();
        for (Surgery s : regions.isEmpty() ? requested : requested.stream().sorted(Comparator.comparingInt(
                (Surgery s) -> OperationGoingAhead.goingAhead(record, s) ? 0
                        : OperationGoingAhead.notGoingAheadIn(record, s) ? 2 : 1)).toList()) {
            if (s.kind() == Surgery.Kind.UNSPECIFIED) {
                continue;
            }
            if (!regions.isEmpty() && s.region().isPresent() && !regions.contains(s.region().get().region())) {
                continue;
            }
            String code = data.surgeryCode(s.kind(), s.region().map(r -> r.region()));
            String words = s.region().map(r -> r.region().phrase() + " ").orElse("")
                    + s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return Optional.of(new Reading(Optional.of(Phase.POSTSURGICAL), "postsurgical: the request is for care "
                    + "after the " + words + " the record shows as planned or requested",
                    List.of(new Evidence("the record shows the " + words + " as planned or requested", s.span())),
                    Optional.of(code), Optional.empty()));
        }
        return Optional.empty();
    }

    private Reading byInjury(CaseRecord c) {
        if (c.onset().isEmpty() || c.requestDate() == null) {
            return new Reading(Optional.empty(), "unknown: no date of injury", List.of(), Optional.empty(),
                    Optional.empty());
        }
        long days = ChronoUnit.DAYS.between(c.onset().get(), c.requestDate());
        Phase p = phaseAfter(days);
        boolean fromInjury = c.onset().equals(c.injury());
        return new Reading(Optional.of(p), p.name().toLowerCase(Locale.ROOT) + ": " + days + " days from the "
                + (fromInjury ? "injury" : "onset of symptoms the record states") + " (" + c.onset().get()
                + ") to the request", c.onsetEvidence().map(List::of).orElse(List.of()), Optional.empty(),
                Optional.empty());
    }

    /** Dated surgeries of the request's region (or of any region when the request names none). */
    private List<SurgeryPeriod> surgeries(CaseRecord c) {
        List<SurgeryPeriod> out = new ArrayList<>();
        if (c.requestDate() == null) {
            return out;
        }
        List<BodyRegion> regions = c.request().regions();
        for (Surgery s : c.facts().surgeries()) {
            if (s.assertion() != Assertion.HISTORICAL || s.date().isEmpty()
                    || s.date().get().precision() != org.openimr.casefile.StatedDate.Precision.DAY
                    || s.kind() == Surgery.Kind.HARDWARE_REMOVAL) {
                continue;
            }
            if (!regions.isEmpty() && s.region().isPresent() && !regions.contains(s.region().get().region())) {
                continue;
            }
            LocalDate date = s.date().get().firstDay();
            if (date.isAfter(c.requestDate())) {
                continue;
            }
            String code = data.surgeryCode(s.kind(), s.region().map(r -> r.region()));
            TimeSpan period = UNLISTED;
            String source = "the period for surgeries the Postsurgical Treatment Guidelines do not list";
            RequestKind kind = c.request().kind().orElse(RequestKind.PHYSICAL_THERAPY);
            for (Recommendation r : catalogue.applicable(RequestProfile.of(kind == RequestKind.AQUATIC_THERAPY
                    || kind == RequestKind.OCCUPATIONAL_THERAPY ? kind : RequestKind.PHYSICAL_THERAPY)
                    .withPhase(Phase.POSTSURGICAL).withSurgery(code), c.requestDate())) {
                if (r.applies().postsurgicalPeriod() != null && r.applies().surgeries().contains(code)) {
                    period = r.applies().postsurgicalPeriod();
                    source = r.edition().displayName() + " for " + code.replace('_', ' ');
                    break;
                }
            }
            LocalDate end = period.after(date);
            out.add(new SurgeryPeriod(s, code, date, period, end, c.requestDate().isAfter(end), source));
        }
        return out;
    }

    private static List<Evidence> concat(List<Evidence> a, List<Evidence> b) {
        List<Evidence> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
