package org.openimr.letters;

import java.util.List;

/**
 * The expert reviewer's credentials as the letter states them: licensure states and certifications or specialties
 * (2016-17 block, split at commas), and for the older layouts the prose qualifications paragraph.
 */
public record ReviewerCredentials(List<String> licensureStates, List<String> certifications, String qualifications) {

    public ReviewerCredentials {
        licensureStates = List.copyOf(licensureStates);
        certifications = List.copyOf(certifications);
        qualifications = qualifications == null ? "" : qualifications;
    }
}
