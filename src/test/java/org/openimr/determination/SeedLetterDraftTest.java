package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The seed letter (../shared/corpus/seed/fdl-2014-physical-therapy.txt): additional PT 3 x 4 for the lumbar spine
 * after a fusion, decided Upheld. The record is the letter's clinical case summary, plus the one statement of the
 * records the reviewer's rationale reports and the summary leaves out (the date of the fusion); nothing of the
 * decision. The request date is the UR denial the summary states (11/19/13).
 */
class SeedLetterDraftTest {

    static final Path SEED = Path.of("..", "shared", "corpus", "seed", "fdl-2014-physical-therapy.txt");

    @Test
    void theSeedRequestIsUpheldBecauseThePostsurgicalPeriodEndedAndTheChronicPainAllowanceIsExceeded()
            throws Exception {
        assumeTrue(Files.exists(SEED), "skipped: " + SEED + " is absent (the shared corpus is not checked out here)");
        String letter = Files.readString(SEED);
        String summary = letter.substring(letter.indexOf("This is a 49"), letter.indexOf("IMR ISSUES"));
        String record = summary + "\nThe records show that the L4/5, L5/S1 fusion was on 11/14/12.\n";

        Draft d = Drafts.ENGINE.draft(new CaseForDetermination(CaseDates.requestedOn(LocalDate.of(2013, 11, 19)),
                record, List.of("additional physical therapy for the lumbar spine 3 x 4"))).get(0);

        assertThat(d.outcome()).as(Drafts.explain(d)).isEqualTo(DraftOutcome.UPHELD);
        assertThat(d.citationText()).isEqualTo("Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 98-99.");
        String rationale = d.rationale();
        // the postsurgical period after the 2012-11-14 fusion has ended (6 months)
        assertThat(rationale).contains("fusion to 2012-11-14", "6 months", "ended on 2013-05-14",
                "chronic pain guidelines");
        // the chronic pain guidelines allow 8-10 visits; 34 PT + 8 aquatic already exceed them with the 12 asked
        assertThat(rationale).contains("8 to 10 supervised visits", "34 sessions of physical therapy",
                "8 sessions of aquatic therapy", "12 requested", "more than the 10");
        // each of those facts is quoted from the record with its span
        List<Evidence> facts = d.rationaleSentences().stream().filter(s -> s.kind() == RationaleSentence.Kind.FACT)
                .flatMap(s -> s.evidence().stream()).toList();
        assertThat(facts).extracting(Evidence::quote)
                .contains("L5/S1 fusion was on 11/14/12", "34 PT sessions since Jan. 2013", "8 sessions of aquatic therapy");
        for (Evidence e : facts) {
            String text = e.span().documentId().equals("record") ? record
                    : "additional physical therapy for the lumbar spine 3 x 4";
            assertThat(text.substring(e.span().start(), e.span().end())).isEqualTo(e.span().quote());
        }
        assertThat(d.missingDocumentation()).anyMatch(m -> m.contains("objective functional improvement"));
        assertThat(d.trace().requestDateBasis()).isEqualTo("UR denial date");
    }
}
