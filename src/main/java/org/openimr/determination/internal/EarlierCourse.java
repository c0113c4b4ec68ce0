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
     * The sessions of the requested modality the record gives only as an earlier course: each completed count of them
     * for this part is dated and ended (empty when any is current or undated, or none is stated).
     */
    List<TherapySessions> only() {
        if (!readsTheRequest()) {
            return List.of();
        }
        List<TherapySessions> given = c.facts().therapySessions().stream()
                .filter(t -> data.modalities().contains(t.modality()) && t.completed() && t.count().isPresent()
                        && !TreatedParts.forAnotherRegion(c, t.span()))
                .toList();
        return !given.isEmpty() && given.stream().allMatch(this::ended) ? given : List.of();
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

    /** Whether the care named in this span is told with sessions of an earlier course ("Chiropractic x 12 in 2014"). */
    boolean tells(Span care) {
        return c.facts().therapySessions().stream().anyMatch(t -> ended(t)
                && t.span().documentId().equals(care.documentId()) && t.span().start() <= care.end()
                && care.start() <= t.span().end());
    }
}
