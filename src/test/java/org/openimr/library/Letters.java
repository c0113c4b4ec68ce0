package org.openimr.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openimr.letters.DisputedRequest;
import org.openimr.letters.DocumentReviewed;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.letters.ItemDetermination;
import org.openimr.letters.Layout;
import org.openimr.letters.LetterDates;
import org.openimr.letters.PatientAsStated;
import org.openimr.letters.ReviewerCredentials;
import org.openimr.letters.Sex;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;
import org.openimr.shared.PageRange;
import org.openimr.shared.Priority;

/** Synthetic letters for tests, written for them (no text of a real letter). */
public final class Letters {

    private Letters() {
    }

    public static Builder letter(String caseNumber) {
        return new Builder(caseNumber);
    }

    public static ItemDetermination item(String request, Outcome outcome, String rationale) {
        return new ItemDetermination(DisputedRequest.of(request), outcome,
                GuidelineCitation.mtus("Chronic Pain Medical Treatment", "2016", List.of("Opioids"),
                        List.of(new PageRange(74, 96)), List.of(), "Decision based on MTUS Chronic Pain Medical"
                                + " Treatment 2016, Section(s): Opioids"),
                GuidelineCitation.mtus("Chronic Pain Medical Treatment", "2016", List.of("Opioids"),
                        List.of(new PageRange(74, 96)), List.of(), "The Expert Reviewer based his/her decision on the"
                                + " MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids"),
                rationale);
    }

    public static ItemDetermination item(String request, Outcome outcome, GuidelineCitation reviewer, String rationale) {
        return new ItemDetermination(DisputedRequest.of(request), outcome,
                GuidelineCitation.none("The Claims Administrator did not cite any medical evidence for its decision."),
                reviewer, rationale);
    }

    public static final class Builder {
        private final String caseNumber;
        private LocalDate decision = LocalDate.of(2017, 1, 20);
        private List<String> states = List.of("California");
        private List<String> certifications = List.of("Physical Medicine & Rehabilitation");
        private String summary = "The injured worker is a 45 year old female who sustained an industrial injury"
                + " lifting boxes. She reports low back pain radiating to the left leg.";
        private final List<ItemDetermination> items = new ArrayList<>();

        Builder(String caseNumber) {
            this.caseNumber = caseNumber;
        }

        public Builder decided(LocalDate date) {
            this.decision = date;
            return this;
        }

        public Builder reviewer(List<String> states, List<String> certifications) {
            this.states = states;
            this.certifications = certifications;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder item(String request, Outcome outcome, String rationale) {
            items.add(Letters.item(request, outcome, rationale));
            return this;
        }

        public Builder item(ItemDetermination item) {
            items.add(item);
            return this;
        }

        public Builder modifiedItem(String original, String authorized, String remaining, Outcome outcome) {
            ItemDetermination plain = Letters.item(remaining, outcome, "The remaining portion is not needed.");
            items.add(new ItemDetermination(new DisputedRequest(remaining,
                    Optional.of(new DisputedRequest.UrModification(original, authorized))), outcome,
                    plain.claimsAdministratorGuideline(), plain.reviewerGuideline(), plain.rationale()));
            return this;
        }

        public FinalDeterminationLetter build() {
            List<ItemDetermination> all = items.isEmpty()
                    ? List.of(Letters.item("MRI of the lumbar spine", Outcome.UPHELD,
                            "There are no red flags. The MRI of the lumbar spine is not medically necessary."))
                    : items;
            return new FinalDeterminationLetter(Layout.HEADER_2016,
                    caseNumber == null ? null : CaseNumber.of(caseNumber),
                    new LetterDates(decision.minusDays(27), LocalDate.of(2016, 10, 3), decision,
                            decision.minusDays(50), decision.minusDays(32)),
                    Priority.STANDARD,
                    new ReviewerCredentials(states, certifications, ""),
                    new PatientAsStated(45, Sex.FEMALE), summary,
                    List.of(new DocumentReviewed("Application of Independent Medical Review")), all);
        }

        /** The letter and a source whose text is unique to its case number and items. */
        public LetterSource source() {
            return LetterSource.ofText((caseNumber == null ? "no-case" : caseNumber) + ".txt",
                    build().toString());
        }
    }
}
