package org.openimr.determination.internal;

import java.util.List;
import java.util.Locale;

import org.openimr.casefile.Span;
import org.openimr.casefile.StatedDate;
import org.openimr.casefile.TherapySessions;
import org.openimr.determination.Evidence;

/**
 * A course of care that ended before the current one could begin (framework.yaml {@code earlierCourses}; CPMTG Manual
 * therapy &amp; manipulation, mtus-criteria MT-3, MT-4, MT-6): completed sessions of the requested modality that the
 * record dates to a time that ended more than a course's length before the request ("chiropractic x 12 in 2014" for a
 * request of October 2016). Read only for a request of a listed modality and body region; sessions the record does not
 * date, or says go on ("since"), stay in the current course.
 */
final class EarlierCourse {

    private final CaseRecord c;
    private final DataFiles.EarlierCourses data;

    EarlierCourse(CaseRecord c, DataFiles data) {
        this.c = c;
        this.data = data.earlierCourses();
    }

    /** Whether the request is one the rule reads: a modality and a body region it lists. */
    boolean readsTheRequest() {
        return c.requestDate() != null
                && c.request().kind().flatMap(CriterionEvaluator::modalityOf).filter(data.modalities()::contains)
                        .isPresent()
                && c.request().regions().stream().anyMatch(data.bodyRegions()::contains);
    }

    /** Whether these sessions belong to an earlier course: dated, ended more than a course's length before the request. */
    boolean ended(TherapySessions t) {
        return readsTheRequest() && data.modalities().contains(t.modality()) && t.completed() && t.since().isEmpty()
                && t.during().filter(d -> d.lastDay().isBefore(c.requestDate().minusWeeks(data.courseWeeks())))
                        .isPresent()
                && !TreatedParts.forAnotherRegion(c, t.span());
    }

    /**
     * The earlier courses of the requested modality for this part that make the care requested a repeat: each completed,
     * dated count of them that ended (MT-3). When every count stated is of an ended course, all of them; when care was
     * taken up again since ("resumed chiropractic in August 2016 and has had 4 visits"), the ended ones, if each of them
     * was given for this injury (on or after its date, when the record states one). Empty when none ended.
     */
    List<TherapySessions> before() {
        if (!readsTheRequest()) {
            return List.of();
        }
        List<TherapySessions> given = c.facts().therapySessions().stream()
                .filter(t -> data.modalities().contains(t.modality()) && t.completed() && t.count().isPresent()
                        && !TreatedParts.forAnotherRegion(c, t.span()))
                .toList();
        List<TherapySessions> ended = given.stream().filter(this::ended).toList();
        if (ended.isEmpty() || ended.size() == given.size()) {
            return ended;
        }
        return ended.stream().allMatch(this::forThisInjury) ? ended : List.of();
    }

    /** Whether an ended course was given for this injury: not before its date (when the record states none, it was). */
    private boolean forThisInjury(TherapySessions t) {
        return c.injury().map(i -> !t.during().orElseThrow().firstDay().isBefore(i)).orElse(true);
    }

    /** "chiropractic care given in 2014, a course that ended more than 8 weeks before the request". */
    Evidence evidence(TherapySessions t, String consequence) {
        return new Evidence(LimitEvaluator.modalityWords(t.modality()) + " given in " + when(t.during().orElseThrow())
                + ", a course that ended more than " + data.courseWeeks() + " weeks before the request" + consequence,
                t.span());
    }

    private static String when(StatedDate d) {
        return switch (d.precision()) {
            case YEAR -> Integer.toString(d.firstDay().getYear());
            case MONTH -> d.firstDay().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                    + d.firstDay().getYear();
            case DAY -> d.firstDay().toString();
        };
    }

    /**
     * Whether a gain at this span is told in the sentence of an earlier course's sessions ("chiropractic x 24 in 2014
     * with ADLs improved"): the earlier course's gain, which extends no current course.
     */
    boolean gainOf(Span gain) {
        String text = c.record().text();
        return Sentences.ofRecord(text, gain).map(s -> c.facts().therapySessions().stream().anyMatch(t -> ended(t)
                && t.span().documentId().equals(gain.documentId()) && t.span().start() >= s.start()
                && t.span().end() <= s.end())).orElse(false);
    }

    /** Whether the care named in this span is told with sessions of an earlier course ("Chiropractic x 12 in 2014"). */
    boolean tells(Span care) {
        return c.facts().therapySessions().stream().anyMatch(t -> ended(t)
                && t.span().documentId().equals(care.documentId()) && t.span().start() <= care.end()
                && care.start() <= t.span().end());
    }
}
