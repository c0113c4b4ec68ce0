package org.openimr.letters;

/** The injured worker's age and sex as the clinical case summary states them; null where it does not. */
public record PatientAsStated(Integer age, Sex sex) {

    public static PatientAsStated unknown() {
        return new PatientAsStated(null, null);
    }
}
