package org.openimr.cases.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.cases.assignment.CaseAssignment;
import org.openimr.cases.assignment.PanelFixtures;
import org.openimr.cases.service.CaseNotFoundException;
import org.openimr.cases.service.CaseService;
import org.openimr.cases.staff.AuditLog;
import org.openimr.cases.store.CaseStore;
import org.openimr.determination.DraftOutcome;
import org.openimr.letters.AddressedLetter;
import org.openimr.letters.FinalDeterminationLetter;
import org.openimr.cases.IllegalTransitionException;
import org.openimr.letters.Layout;
import org.openimr.letters.LetterParser;
import org.openimr.letters.LetterRenderer;
import org.openimr.reviewers.ReviewerId;
import org.openimr.reviewers.ReviewerPanel;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.CitationBasis;
import org.openimr.shared.Outcome;
import org.openimr.shared.Priority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The review of a synthetic case against the real PostgreSQL: a PDF record uploaded, facts read with their spans, a
 * correction that changes a draft, decisions (one against the draft, one of a REFER draft), summary, signature, what
 * is refused (other reviewer 404, intake 403, stale version and signed review 409, a bad file 400) and the letter,
 * rendered to PDF and parsed back to the same model.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"openimr.embedded-db.data-dir=./target/test-pg-cases", "openimr.demo.enabled=false",
                "openimr.sweep.enabled=false"})
class ReviewWorkflowTest {

    static final String MRI_SOURCE = "Official Disability Guidelines (ODG), Low Back, MRIs (magnetic resonance imaging)";

    @Autowired
    CaseService cases;
    @Autowired
    CaseAssignment assignment;
    @Autowired
    ReviewerPanel panel;
    @Autowired
    ReviewService reviews;
    @Autowired
    CaseStore caseStore;
    @Autowired
    CaseDocuments documents;
    @Autowired
    ReviewStore reviewStore;
    @Autowired
    AuditLog audit;
    @Autowired
    CaseLetters letters;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAssignedReviewerReviewsSignsAndTheLetterComesBackFromItsPdf(@TempDir Path dir) throws Exception {
        CaseNumber n = ReviewFixtures.caseAssignedTo(cases, assignment, panel, "dr-lee");
        LocalDate today = cases.today();
        ReviewFixtures.signIn("dr-lee", "REVIEWER");
        StoredDocument uploaded = reviews.upload(n, "PROGRESS_REPORT", "Ana Doctorson, MD",
                today.minusDays(30).toString(), "pr2.pdf", pdf(ReviewFixtures.PROGRESS_REPORT));
        assertThat(uploaded.mediaType()).isEqualTo("application/pdf");
        assertThat(uploaded.text()).contains("Medications were not tolerated.");

        Workspace w = reviews.open(n);
        assertThat(w.documents()).extracting(StoredDocument::description).containsExactly("Progress report");
        Workspace.Fact improvement = fact(w, "Functional improvement");
        assertThat(improvement.fact().span().quote()).isEqualTo(uploaded.text().substring(
                improvement.fact().span().start(), improvement.fact().span().end()));
        assertThat(improvement.fact().span().quote()).contains("functional improvement");
        assertThat(fact(w, "Age").fact().span().quote()).isEqualTo("46 year old");
        assertThat(w.items()).extracting(i -> i.draft().outcome())
                .containsExactly(DraftOutcome.OVERTURNED, DraftOutcome.REFER);
        assertThat(w.items().get(0).draft().citationText()).isEqualTo("Decision based on MTUS Acupuncture Treatment 2007.");
        assertThat(w.items().get(0).choices().get(0).id()).isEqualTo("amtg-2007.acupuncture");
        assertThat(w.summaryDraft().sentences().get(0).text())
                .isEqualTo("The injured worker is a 46 year old male who sustained an industrial injury on "
                        + String.format("%02d/%02d/%d", today.minusDays(400).getMonthValue(),
                                today.minusDays(400).getDayOfMonth(), today.minusDays(400).getYear()) + ".");

        // the reviewer finds the functional improvement is not in the record: the draft now upholds
        reviews.correct(n, w.review().version(), improvement.key(), true, null);
        w = reviews.open(n);
        assertThat(w.items().get(0).draft().outcome()).isEqualTo(DraftOutcome.UPHELD);
        Review.RecordedCorrection correction = fact(w, "Functional improvement").correction().orElseThrow();
        assertThat(correction.correctedBy()).isEqualTo("dr-lee");
        assertThat(correction.correction().before()).isEqualTo(improvement.fact().span().quote());
        assertThat(correction.correction().describe()).endsWith("→ marked wrong");

        // item 1 against the draft (with its reason), item 2 of a REFER draft with a source outside the MTUS
        int version = w.review().version();
        reviews.decide(n, version, 0, new DecisionInput("OVERTURNED", "amtg-2007.acupuncture", null, null,
                "The request for Acupuncture 6 additional sessions is medically necessary: medications were not "
                        + "tolerated and acupuncture is used to reduce them.",
                "The guideline supports acupuncture when medications are not tolerated, as here.", "NONE", null));
        assertThatThrownBy(() -> reviews.decide(n, version, 1, new DecisionInput("UPHELD", "OTHER", MRI_SOURCE,
                "No MTUS recommendation in force addresses lumbar MRI.", "rationale", null, "NONE", null)))
                .isInstanceOf(ReviewConflictException.class).hasMessageContaining("changed since you opened it");
        reviews.decide(n, version + 1, 1, new DecisionInput("UPHELD", "OTHER", MRI_SOURCE,
                "The MTUS guideline in force on the request date has no recommendation on lumbar MRI.",
                "The request for MRI of the lumbar spine without contrast is not medically necessary: there are no "
                        + "red flags and straight leg raise is negative.", null, "OTHER", MRI_SOURCE));
        assertThatThrownBy(() -> reviews.sign(n, version + 2)).isInstanceOf(ReviewConflictException.class)
                .hasMessage("The review of case " + n + " cannot be signed yet: the clinical case summary is not "
                        + "saved.");
        String summary = reviews.open(n).summaryDraft().text();
        reviews.writeSummary(n, version + 2, summary);
        assertThat(assignment.isReassignable(caseStore.load(n).orElseThrow().imrCase())).isTrue();
        Review signed = reviews.sign(n, version + 3);

        // a signed review keeps its reviewer: no reassignment, nothing recorded
        ReviewFixtures.signIn("director", "MEDICAL_DIRECTOR");
        int caseVersion = caseStore.load(n).orElseThrow().version();
        assertThat(assignment.isReassignable(caseStore.load(n).orElseThrow().imrCase())).isFalse();
        assertThatThrownBy(() -> assignment.assign(n, caseVersion, ReviewerId.of("R-000001"), "a conflict"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Case " + n + ": the review was signed, so the case keeps its reviewer.");
        assertThat(caseStore.load(n).orElseThrow().version()).isEqualTo(caseVersion);
        ReviewFixtures.signIn("dr-lee", "REVIEWER");
        assertThat(signed.signature().orElseThrow().signedOn()).isEqualTo(today);
        Review.DecidedItem first = signed.decisions().get(0);
        assertThat(first.decision().changesDraft()).isTrue();
        assertThat(first.decision().draftOutcome()).isEqualTo(DraftOutcome.UPHELD);
        assertThat(first.decision().reasonForChange())
                .contains("The guideline supports acupuncture when medications are not tolerated, as here.");

        // final: every change answers 409, the database refuses it too
        int last = signed.version();
        assertThatThrownBy(() -> reviews.writeSummary(n, last, "changed")).isInstanceOf(ReviewConflictException.class)
                .hasMessage("The review of case " + n + " was signed by dr-lee on " + today
                        + ": a signed review is final and cannot change.");
        assertThatThrownBy(() -> reviews.upload(n, "PROGRESS_REPORT", "X", today.toString(), "late.txt",
                "late".getBytes(StandardCharsets.UTF_8))).isInstanceOf(ReviewConflictException.class);
        assertThatThrownBy(() -> reviewStore.saveSummary(n, "sneaked in")).rootCause()
                .hasMessageContaining("the review of case " + n + " is signed: no change is possible");
        assertThat(audit.latest(n.value(), 50)).extracting(AuditLog.Entry::action)
                .contains("UPLOAD_DOCUMENT", "CORRECT_FACT", "DECIDE_ITEM", "WRITE_SUMMARY", "SIGN_REVIEW");

        // the letter
        AddressedLetter addressed = letters.letterFor(n);
        FinalDeterminationLetter letter = addressed.letter();
        assertThat(letter.layout()).isEqualTo(Layout.HEADER_2016);
        assertThat(letter.priority()).isEqualTo(Priority.STANDARD);
        assertThat(letter.dates().decisionDate()).isEqualTo(today);
        assertThat(letter.dates().dateAssigned()).isEqualTo(today);
        assertThat(letter.dates().urDenialDate()).isEqualTo(today.minusDays(20));
        assertThat(letter.dates().applicationReceived()).isEqualTo(today.minusDays(5));
        assertThat(letter.dates().dateOfInjury()).isEqualTo(today.minusDays(400));
        assertThat(letter.reviewer().licensureStates()).containsExactly("California");
        assertThat(letter.reviewer().certifications()).containsExactly("Physical Medicine & Rehabilitation",
                "Pain Management");
        // the qualifications paragraph is the assigned reviewer's: their record and the parties their attestation checked
        assertThat(letter.reviewer().qualifications()).isEqualTo(PanelFixtures.QUALIFICATIONS);
        assertThat(letter.reviewer().qualifications()).doesNotContain("dr-lee").doesNotContain("Testpanel");
        assertThat(letter.patient().age()).isEqualTo(46);
        assertThat(letter.clinicalCaseSummary()).isEqualTo(summary);
        assertThat(letter.documentsReviewed()).singleElement().satisfies(d -> {
            assertThat(d.description()).isEqualTo("Progress report");
            assertThat(d.author()).isEqualTo("Ana Doctorson, MD");
            assertThat(d.date()).isEqualTo(today.minusDays(30));
        });
        assertThat(letter.items()).extracting(i -> i.outcome()).containsExactly(Outcome.OVERTURNED, Outcome.UPHELD);
        assertThat(letter.items().get(0).request().text()).isEqualTo(ReviewFixtures.ACUPUNCTURE);
        assertThat(letter.items().get(0).claimsAdministratorGuideline().basis()).isEqualTo(CitationBasis.NONE);
        assertThat(letter.items().get(0).reviewerGuideline().text())
                .isEqualTo("Decision based on MTUS Acupuncture Treatment 2007.");
        assertThat(letter.items().get(1).reviewerGuideline().otherSources()).containsExactly(MRI_SOURCE);
        assertThat(letter.items().get(1).rationale()).startsWith(
                "The MTUS guideline in force on the request date has no recommendation on lumbar MRI. The request");
        assertThat(addressed.parties().employee().full()).isEqualTo("Rosa M Examplewoman");
        assertThat(addressed.parties().claimsAdministrator()).isEqualTo("Sample Claims Services");

        Path file = dir.resolve("letter.pdf");
        Files.write(file, new LetterRenderer().pdf(addressed));
        assertThat(new LetterParser().parse(file)).isEqualTo(letter);
    }

    @Test
    void onlyTheAssignedReviewerDecidesAnotherReviewerFindsNothingAndBadInputStoresNothing() {
        CaseNumber n = ReviewFixtures.caseAssignedTo(cases, assignment, panel, "dr-kim");
        ReviewFixtures.signIn("dr-kim", "REVIEWER");
        reviews.upload(n, "PROGRESS_REPORT", "Ana Doctorson, MD", cases.today().toString(), "pr2.txt",
                ReviewFixtures.PROGRESS_REPORT.getBytes(StandardCharsets.UTF_8));
        assertThat(reviews.search(n, "acupuncture tolerated")).singleElement()
                .satisfies(h -> assertThat(h.excerpt()).anyMatch(p -> p.marked() && p.text().equals("acupuncture")));

        ReviewFixtures.signIn("dr-other", "REVIEWER");
        assertThatThrownBy(() -> reviews.open(n)).isInstanceOf(CaseNotFoundException.class)
                .hasMessage("No case " + n + " was found.");
        assertThatThrownBy(() -> reviews.sign(n, 0)).isInstanceOf(CaseNotFoundException.class);

        ReviewFixtures.signIn("intake", "INTAKE");
        assertThat(reviews.open(n).mayDecide()).isFalse();
        assertThatThrownBy(() -> reviews.decide(n, 0, 0, new DecisionInput("UPHELD", "amtg-2007.acupuncture", null,
                null, "r", null, "NONE", null))).isInstanceOf(NotTheAssignedReviewerException.class)
                .hasMessageStartingWith("Only the reviewer assigned to case " + n);
        assertThatThrownBy(() -> reviews.sign(n, 0)).isInstanceOf(NotTheAssignedReviewerException.class);
        // intake may add records
        byte[] damaged = "%PDF-1.7 this is not really a PDF".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reviews.upload(n, "PROGRESS_REPORT", "Ana Doctorson, MD", cases.today().toString(),
                "scan.pdf", damaged)).isInstanceOfSatisfying(ReviewInputException.class,
                        e -> assertThat(e.problems().get("file")).startsWith("scan.pdf is not a readable PDF"));
        assertThatThrownBy(() -> reviews.upload(n, "", " ", "2999-01-01", "x.txt", new byte[0]))
                .isInstanceOfSatisfying(ReviewInputException.class, e -> assertThat(e.problems()).isEqualTo(Map.of(
                        "type", "Choose the type of document.", "author", "Give the author of the document.",
                        "date", "The date of the document is in the future.",
                        "file", "Choose a PDF or text file, or paste the text.")));
        assertThat(documents.of(n)).hasSize(1);

        ReviewFixtures.signIn("dr-kim", "REVIEWER");
        assertThatThrownBy(() -> reviews.decide(n, 0, 0, new DecisionInput("UPHELD", "amtg-2007.acupuncture", null,
                null, " ", "", "", null))).isInstanceOfSatisfying(ReviewInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("caCitation", "reasonForChange", "rationale"));
        assertThat(reviewStore.load(n).decisions()).isEmpty();
        assertThatThrownBy(() -> letters.letterFor(n)).isInstanceOf(ReviewNotSignedException.class);
    }

    private static Workspace.Fact fact(Workspace w, String kind) {
        List<Workspace.Fact> found = w.facts().stream().filter(f -> f.fact().kind().equals(kind)).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    /** A one-page PDF with the text, in Helvetica, a line per line. */
    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                s.setLeading(14);
                s.newLineAtOffset(50, 720);
                for (String line : text.split("\n")) {
                    s.showText(line);
                    s.newLine();
                }
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
