package org.openimr.letters;

/** The injured worker's age and sex as the clinical case summary states them; null where it does not. */
public record PatientAsStated(Integer age, Sex sex) {

    /** The age and sex as a clinical case summary states them ("a 48 year old male"), as a letter's reader reads them. */
    public static PatientAsStated of(String clinicalCaseSummary) {
        return org.openimr.letters.internal.PatientParser.parse(clinicalCaseSummary);
    }

    public static PatientAsStated unknown() {
        return new PatientAsStated(null, null);
    }
}
