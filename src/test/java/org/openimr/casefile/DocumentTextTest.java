package org.openimr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Reading received files: real PDFs made with PDFBox, UTF-8 text, and the files refused with their reason. */
class DocumentTextTest {

    private final DocumentText reader = new DocumentText(10_000, 2);

    @Test
    void readsThePdfsTextLayerAndUtf8Text() throws IOException {
        assertThat(reader.read("pr2.pdf", pdf(1, "Completed 6 sessions of physical therapy.")))
                .isEqualTo("Completed 6 sessions of physical therapy.\n");
        assertThat(reader.read("note.txt", "Niño, 7/10\r\nsecond line".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Niño, 7/10\nsecond line");
    }

    @Test
    void refusesEachBadFileWithAReasonAPersonCanActOn() throws IOException {
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0])).hasMessage("empty.txt is empty.");
        assertThatThrownBy(() -> reader.read("big.txt", new byte[10_001]))
                .hasMessage("big.txt is 0.0 MB; the largest file accepted is 0.0 MB.");
        assertThatThrownBy(() -> reader.read("scan.pdf", "%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("scan.pdf is not a readable PDF");
        assertThatThrownBy(() -> reader.read("long.pdf", pdf(3, "page"))).hasMessage(
                "long.pdf has 3 pages; at most 2 are read: split it.");
        assertThatThrownBy(() -> reader.read("blank.pdf", pdf(1, ""))).hasMessage(
                "blank.pdf has no text (a scanned PDF without a text layer): run it through OCR first, or paste its "
                        + "text.");
        assertThatThrownBy(() -> reader.read("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))
                .hasMessage("photo.jpg is neither a PDF nor UTF-8 text.");
    }

    private static byte[] pdf(int pages, String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    s.newLineAtOffset(50, 720);
                    s.showText(text);
                    s.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
