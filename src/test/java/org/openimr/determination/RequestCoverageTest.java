package org.openimr.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.determination.Drafts.draft;
import static org.openimr.determination.Drafts.explain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request kinds IMR sees most, worded as requests for authorization and IMR letters commonly word them
 * ({@code determination/request-wordings.txt}, synthetic), drafted against plain synthetic records: each is read as
 * the kind, region and drug, modality or operation it names, and gets a draft outcome unless the MTUS 2016 does not
 * address it and the fallback data lacks it (then REFER with that reason).
 */
class RequestCoverageTest {

    /** Synthetic records documenting the usual facts of a chronic case, with the date of injury each states. */
    static final Map<String, SyntheticRecord> RECORDS = Map.of(
            "low_back", new SyntheticRecord("2014-03-14", "The injured worker is a 52-year-old male who hurt his low back "
                    + "lifting boxes at work on 03/14/2014. He complains of chronic low back pain radiating to the left "
                    + "leg, rated 7/10 without medications and 4/10 with medications. Diagnoses: lumbar radiculopathy; "
                    + "L4-5 disc protrusion. An MRI of the lumbar spine on 06/02/2015 showed a 4 mm disc protrusion at "
                    + "L4-5 abutting the left L5 nerve root. On examination straight leg raise is positive on the left "
                    + "and sensation is decreased in the left L5 dermatome. Treatment to date has included 18 sessions "
                    + "of physical therapy, 6 chiropractic visits, medications and a home exercise program. Current "
                    + "medications include Norco 10/325 mg one tablet twice a day, naproxen 550 mg twice a day and "
                    + "cyclobenzaprine 7.5 mg at bedtime. He works modified duty."),
            "neck", new SyntheticRecord("2013-09-20", "The patient is a 47-year-old female injured on 09/20/2013 when she fell "
                    + "from a step stool. She reports chronic neck pain radiating to the right arm, 6/10. Diagnoses: "
                    + "cervical strain; cervical degenerative disc disease. She has completed 12 sessions of physical "
                    + "therapy and 6 sessions of acupuncture. Current medications include tramadol 50 mg twice a day "
                    + "and gabapentin 300 mg three times a day. She is temporarily totally disabled."),
            "knee", new SyntheticRecord("2015-05-05", "This 51-year-old man injured his right knee on 05/05/2015 stepping off a "
                    + "forklift. He reports chronic right knee pain, 6/10, worse with stairs. Diagnoses: right knee "
                    + "osteoarthritis; tear of the medial meniscus of the right knee. An MRI of the right knee on "
                    + "01/10/2016 revealed a tear of the posterior horn of the medial meniscus. He completed 12 sessions "
                    + "of physical therapy. Current medications include ibuprofen 800 mg three times a day and "
                    + "omeprazole 20 mg daily."),
            "shoulder", new SyntheticRecord("2015-02-02", "The patient is a 44-year-old woman who injured her left shoulder "
                    + "reaching overhead at work on 02/02/2015. She has chronic left shoulder pain, 5/10, with painful "
                    + "overhead reaching. Diagnosis: left shoulder impingement syndrome. She completed 16 sessions of "
                    + "physical therapy. Current medications include Celebrex 200 mg daily. She works full duty."),
            "wrist", new SyntheticRecord("2015-08-17", "The patient is a 39-year-old woman with an injury of 08/17/2015 from "
                    + "repetitive keyboarding. She reports chronic right wrist and hand pain with numbness of the "
                    + "fingers, 5/10. Diagnosis: right carpal tunnel syndrome. Phalen test is positive on the right. "
                    + "She has completed 6 sessions of occupational therapy and wears a night splint. Current "
                    + "medications include naproxen 550 mg twice a day."));

    record SyntheticRecord(String injury, String text) {
    }

    /** One line of the wordings file. */
    record Wording(String record, String date, String request, String kind, String region, String detail,
            String expected) {
        @Override
        public String toString() {
            return request;
        }
    }

    private static final List<String> REFERRED = new ArrayList<>();

    static Stream<Wording> wordings() throws IOException {
        try (InputStream in = RequestCoverageTest.class.getResourceAsStream("/determination/request-wordings.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(" \\| ", -1))
                    .map(f -> new Wording(f[0], f[1], f[2], f[3], f[4], f[5], f[6]))
                    .toList().stream();
        }
    }

    @Test
    void theResourceHoldsAtLeast150WordingsEachDatedDecember2016() throws IOException {
        List<Wording> all = wordings().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all).allSatisfy(w -> {
            assertThat(w.date()).startsWith("2016-12-");
            assertThat(RECORDS).containsKey(w.record());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordings")
    void eachWordingIsReadAndDrafted(Wording w) {
        SyntheticRecord r = RECORDS.get(w.record());
        Draft d = draft(r.text(), w.request(), w.date(), r.injury());
        InterpretedRequest i = d.interpreted();
        if (d.outcome() == DraftOutcome.REFER) {
            REFERRED.add(w.request() + " -> " + d.rationale());
        }
        assertThat(i.kind().map(k -> k.name().toLowerCase(Locale.ROOT)).orElse("none")).as("kind of " + w.request())
                .isEqualTo(w.kind());
        if (!w.region().equals("-")) {
            assertThat(i.region().map(g -> g.name().toLowerCase(Locale.ROOT)).orElse("none"))
                    .as("region of " + w.request()).isEqualTo(w.region());
        }
        if (!w.detail().equals("-")) {
            List<String> read = new ArrayList<>(i.modalities());
            i.drug().flatMap(RequestedDrug::code).ifPresent(read::add);
            i.surgery().ifPresent(read::add);
            assertThat(read).as("drug, modality or operation of " + w.request()).contains(w.detail());
        }
        if (w.expected().equals("decided")) {
            assertThat(d.outcome()).as(explain(d)).isNotEqualTo(DraftOutcome.REFER);
        } else {
            assertThat(d.outcome()).as(explain(d)).isEqualTo(DraftOutcome.REFER);
            assertThat(d.rationale()).contains(w.expected().substring("refer: ".length()));
        }
    }

    @AfterAll
    static void printReferrals() {
        System.out.println("RequestCoverageTest: " + REFERRED.size() + " REFER drafts");
        REFERRED.forEach(s -> System.out.println("  REFER " + s));
    }
}
