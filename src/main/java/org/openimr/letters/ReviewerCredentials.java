package org.openimr.letters;

import java.util.List;

/**
 * The expert reviewer's credentials as the letter states them: licensure states and certifications or specialties
 * (2016-17 block, split at commas), and for the older layouts the prose qualifications paragraph.
 *
 * <p>{@code subspecialties} holds what the prose of the older layouts names as a subspecialty ("Board Certified in
 * X, has a subspecialty in Y" gives certifications [X], subspecialties [Y]). The 2016-17 block mixes
 * certifications and specialties in one "Certification(s)/Specialty" list, so there it stays empty and every entry
 * is in {@code certifications}.
 */
public record ReviewerCredentials(List<String> licensureStates, List<String> certifications, String qualifications,
        List<String> subspecialties) {

    public ReviewerCredentials {
        licensureStates = List.copyOf(licensureStates);
        certifications = List.copyOf(certifications);
        qualifications = qualifications == null ? "" : qualifications;
        subspecialties = subspecialties == null ? List.of() : List.copyOf(subspecialties);
    }

    /** Credentials without subspecialties (the 2016-17 block, or a letter that names none). */
    public ReviewerCredentials(List<String> licensureStates, List<String> certifications, String qualifications) {
        this(licensureStates, certifications, qualifications, List.of());
    }
}
