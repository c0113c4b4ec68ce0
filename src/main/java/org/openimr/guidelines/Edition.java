package org.openimr.guidelines;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.List;

/**
 * One edition of a guideline document, with the dates it is in force.
 *
 * @param id             stable identifier used by recommendations, e.g. {@code cpmtg-2009}
 * @param document       the guideline it is an edition of
 * @param label          the edition as letters print it after the name, e.g. "2016" in "Chronic Pain Medical
 *                       Treatment 2016"; unique within the document
 * @param citedAs        the name letters print for this edition, e.g. "Chronic Pain Medical Treatment"
 * @param versionDate    the version date of the text, as the adopting order names it (may be only a year)
 * @param topics         the topics this edition serves while in force, the main one first (recommendations of
 *                       the edition belong to it unless they say otherwise); empty for non-MTUS editions
 * @param effectiveFrom  first day in force
 * @param effectiveTo    last day in force, or null while no later edition replaces it
 * @param dateBasis      which date of a treatment the effective dates are measured against
 * @param regulation     where the MTUS adopts it, e.g. "8 CCR 9792.24.2"
 * @param printsSections whether letters print section names after this edition (they do not for Acupuncture)
 * @param confidence     how sure the dates and name are
 * @param note           sources and doubts
 */
public record Edition(String id, GuidelineDocument document, String label, String citedAs, String versionDate,
        List<Topic> topics, LocalDate effectiveFrom, LocalDate effectiveTo, DateBasis dateBasis, String regulation,
        boolean printsSections, Confidence confidence, String note) {

    public Edition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(citedAs, "citedAs");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(dateBasis, "dateBasis");
        Objects.requireNonNull(confidence, "confidence");
        topics = List.copyOf(topics);
        if (topics.stream().distinct().count() != topics.size()) {
            throw new IllegalArgumentException("edition " + id + " names a topic twice");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("edition " + id + " ends before it starts");
        }
    }

    /** True when {@code date} falls within [effectiveFrom, effectiveTo]. */
    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public Optional<LocalDate> effectiveUntil() {
        return Optional.ofNullable(effectiveTo);
    }

    /** "Chronic Pain Medical Treatment 2016": the name and edition as a letter of 2016-17 prints them. */
    public String displayName() {
        return citedAs + " " + label;
    }

    /** The date range as text, e.g. "2009-07-18..2016-07-28" or "2016-07-29..". */
    public String dateRange() {
        return effectiveFrom + ".." + (effectiveTo == null ? "" : effectiveTo);
    }

    @Override
    public String toString() {
        return id + " (" + displayName() + ", " + dateRange() + ")";
    }
}
