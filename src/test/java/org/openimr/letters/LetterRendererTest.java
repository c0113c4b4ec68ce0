package org.openimr.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.openimr.letters.CitationSentence.Citer;
import org.openimr.letters.DisputedRequest.UrModification;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.GuidelineCitation;
import org.openimr.shared.Outcome;
import org.openimr.shared.PageRange;
import org.openimr.shared.Priority;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LetterRendererTest {

    private final LetterRenderer renderer = new LetterRenderer();

    /** A small letter written out by hand, so that every expected line below can be read off it. */
    static FinalDeterminationLetter sample() {
        GuidelineCitation ca = CitationSentence.withSentence(GuidelineCitation.mtus("Chronic Pain Medical Treatment",
                "2016", List.of("Physical medicine"), List.of(), List.of("Official Disability Guidelines (ODG), Pain"),
                null), Citer.CLAIMS_ADMINISTRATOR);
        GuidelineCitation reviewer = CitationSentence.withSentence(GuidelineCitation.mtus(
                "Chronic Pain Medical Treatment Guidelines", null, List.of(), List.of(new PageRange(98, 99)), List.of(),
                null), Citer.EXPERT_REVIEWER);
        ItemDetermination therapy = new ItemDetermination(
                new DisputedRequest("Physical therapy for the lumbar spine, 6 additional sessions",
                        Optional.of(new UrModification("Physical therapy for the lumbar spine, 2 times a week for 6 weeks",
                                "Physical therapy for the lumbar spine, 2 times a week for 3 weeks"))),
                Outcome.UPHELD, ca, reviewer, "Six visits were authorized. Six more would exceed the guideline range. "
                        + "The remaining portion is not medically necessary.");
        ItemDetermination opioid = new ItemDetermination(DisputedRequest.of("Hydrocodone/APAP 10/325mg #60"),
                Outcome.OVERTURNED, CitationSentence.withSentence(GuidelineCitation.none(null), Citer.CLAIMS_ADMINISTRATOR),
                CitationSentence.withSentence(GuidelineCitation.nonMtus(List.of("UpToDate, Opioid tapering"), null),
                        Citer.EXPERT_REVIEWER),
                "Pain fell by ≥ 30% under Dr. Łukasz Wójcik’s care. The request is medically necessary.");
        return new FinalDeterminationLetter(Layout.HEADER_2016, CaseNumber.of("CM16-9000999"),
                new LetterDates(LocalDate.of(2016, 12, 6), LocalDate.of(2015, 6, 2), LocalDate.of(2017, 1, 4),
                        LocalDate.of(2016, 11, 14), LocalDate.of(2016, 11, 30)),
                Priority.EXPEDITED, LetterWording.credentials(List.of("California", "New York"),
                        List.of("Physical Medicine & Rehabilitation", "Pain Management")),
                new PatientAsStated(47, Sex.MALE),
                "The injured worker is a 47 year old male who sustained an industrial injury on 06-02-2015.\n\n"
                        + "He was seen by François Lefèvre on 10-31-2016 for a “flare” of low back pain.",
                List.of(new DocumentReviewed("Primary treating physician's progress report", "François Lefèvre, MD",
                        LocalDate.of(2016, 10, 31)), new DocumentReviewed("Application for Independent Medical Review")),
                List.of(therapy, opioid));
    }

    @Test
    void htmlIsWellFormedSemanticXhtml() throws Exception {
        String html = renderer.html(sample());
        Document dom = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        Element root = dom.getDocumentElement();
        assertThat(root.getAttribute("lang")).isEqualTo("en");
        assertThat(text(dom, "title")).containsExactly("Final Determination Letter, case CM16-9000999");
        assertThat(text(dom, "h1")).containsExactly("Final Determination Letter");
        assertThat(text(dom, "h2")).containsExactly("HOW THE IMR FINAL DETERMINATION WAS MADE", "DOCUMENTS REVIEWED",
                "CLINICAL CASE SUMMARY", "IMR ISSUES, DECISIONS AND RATIONALES");
        assertThat(text(dom, "h3")).containsExactly("Physical therapy for the lumbar spine, 2 times a week for 6 weeks "
                + "was the original request. The Claims Administrator authorized Physical therapy for the lumbar spine, "
                + "2 times a week for 3 weeks. The remaining IMR eligible portion of the original request, Physical "
                + "therapy for the lumbar spine, 6 additional sessions is: Upheld",
                "Hydrocodone/APAP 10/325mg #60: Overturned");
        assertThat(text(dom, "dt")).contains("Case Number:", "Date Assigned:", "Date of Injury:", "Decision Date:",
                "UR Denial Date:", "Priority:", "Application Received:", "State(s) of Licensure:",
                "Certification(s)/Specialty:");
        assertThat(text(dom, "dd")).contains("CM16-9000999", "12/06/2016", "Expedited", "California, New York",
                "Physical Medicine & Rehabilitation, Pain Management");
        assertThat(text(dom, "li")).containsExactly(
                "1. Primary treating physician's progress report — François Lefèvre, MD — 10/31/2016",
                "2. Application for Independent Medical Review");
        assertThat(((Element) dom.getElementsByTagName("time").item(0)).getAttribute("datetime")).isEqualTo("2016-12-06");
        // the summary keeps its two paragraphs
        assertThat(text(dom, "p")).contains(
                "The injured worker is a 47 year old male who sustained an industrial injury on 06-02-2015.",
                "He was seen by François Lefèvre on 10-31-2016 for a “flare” of low back pain.");
        assertThat(html).doesNotContain("PARTIES");
    }

    @Test
    void pdfIsTaggedTitledWithEmbeddedFontsAndSelectableText() throws IOException {
        byte[] pdf = renderer.pdf(sample());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Final Determination Letter, case CM16-9000999");
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentCatalog().getMetadata()).as("XMP metadata (PDF/UA identification)").isNotNull();
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            java.util.Set<String> tags = new java.util.HashSet<>();
            collectTags(document.getDocumentCatalog().getStructureTreeRoot().getKids(), tags);
            assertThat(tags).as("structure tags").contains("H1", "H2", "H3", "P", "L", "LI");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName() + " embedded").isTrue();
                assertThat(f.getName()).contains("DejaVuSans");
            });
        }
        String text = ExtractedText.collapsed(pdf);
        assertThat(text).contains("Case Number: CM16-9000999", "Date Assigned: 12/06/2016", "Priority: Expedited",
                "Application Received: 11/30/2016", "State(s) of Licensure: California, New York",
                "Hydrocodone/APAP 10/325mg #60: Overturned",
                "Primary treating physician's progress report — François Lefèvre, MD — 10/31/2016",
                "Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): "
                        + "Physical medicine. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain.",
                "Expert Reviewer guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 98-99.",
                "Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.",
                "Pain fell by ≥ 30% under Dr. Łukasz Wójcik’s care.", "a “flare” of low back pain",
                "The remaining IMR eligible portion of the original request, Physical therapy for the lumbar spine, 6 "
                        + "additional sessions is: Upheld");
        // no glyph was replaced and no ligature was set ("fi" must extract as two letters)
        assertThat(text.chars().filter(c -> c == '#').count()).as("'#' only where the letter has one").isEqualTo(1);
        assertThat(text).doesNotContain("\uFB01", "\uFB02", "\uFB03").contains("file", "Certification(s)");
    }

    @Test
    void everyGeneratedLetterRendersWithItsNamesAndValuesIntact() {
        for (long seed = 1; seed <= 12; seed++) {
            FinalDeterminationLetter letter = new LetterGenerator(seed).letter();
            String text = ExtractedText.collapsed(renderer.pdf(letter));
            assertThat(text).contains("Case Number: " + letter.caseNumber().value(),
                    LetterContent.collapse(letter.clinicalCaseSummary()));
            for (ItemDetermination item : letter.items()) {
                assertThat(text).contains(LetterContent.requestHeader(item.request()) + ": " + item.outcome().label(),
                        item.claimsAdministratorGuideline().text(), item.reviewerGuideline().text(), item.rationale());
            }
            for (DocumentReviewed d : letter.documentsReviewed()) {
                assertThat(text).contains(LetterContent.documentEntry(d));
            }
        }
    }

    @Test
    void rendersTheSameLettersFromSeveralThreadsAtOnce() throws Exception {
        List<FinalDeterminationLetter> letters = new ArrayList<>();
        for (long seed = 100; seed < 112; seed++) {
            letters.add(new LetterGenerator(seed).letter());
        }
        List<String> alone = letters.stream().map(l -> ExtractedText.of(renderer.pdf(l))).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> together = new ArrayList<>();
            for (FinalDeterminationLetter l : letters) {
                together.add(pool.submit(() -> ExtractedText.of(renderer.pdf(l))));
            }
            for (int i = 0; i < letters.size(); i++) {
                assertThat(together.get(i).get()).isEqualTo(alone.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void plainTextHasThePdftotextShape() {
        String text = renderer.text(new LetterGenerator(3).letter());
        assertThat(text).endsWith("\f");
        for (String page : text.substring(0, text.length() - 1).split("\f")) {
            assertThat(page.split("\n", -1).length - 1).isLessThanOrEqualTo(LetterPlainText.PAGE_LINES);
        }
        assertThat(text.lines()).allSatisfy(l -> assertThat(l.replace("\f", "").length())
                .isLessThanOrEqualTo(LetterPlainText.WIDTH));
        assertThat(text).contains("Case Number:          CM").contains("\nDate Assigned:        ");
    }

    @Test
    void plainTextSaysWhatThePdfSays() {
        FinalDeterminationLetter letter = sample();
        String fromText = LetterContent.collapse(renderer.text(letter).replace('\f', ' '));
        String fromPdf = ExtractedText.collapsed(renderer.pdf(letter));
        assertThat(fromText).isEqualTo(fromPdf);
    }

    private static void collectTags(List<Object> kids, java.util.Set<String> tags) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                tags.add(e.getStructureType());
                collectTags(e.getKids(), tags);
            }
        }
    }

    private static List<String> text(Document dom, String tag) {
        NodeList nodes = dom.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(LetterContent.collapse(nodes.item(i).getTextContent()));
        }
        return out;
    }
}
