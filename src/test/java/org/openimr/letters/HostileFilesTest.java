package org.openimr.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile inputs fail fast with one line, in bounded memory. Every file is generated here (with PDFBox or
 * as bytes); none is committed.
 */
class HostileFilesTest {

    private static final Duration FAST = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final LetterParser parser = new LetterParser();

    @Test
    void emptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        assertFailsWith(empty, "empty file");
    }

    @Test
    void missingFileAndFolder() {
        assertFailsWith(dir.resolve("nowhere.pdf"), "no such file");
        assertFailsWith(dir, "is a folder, not a letter file");
    }

    @Test
    void enormousFileIsRejectedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(60L << 20); // sparse: nothing is written, and nothing must be read
        }
        assertFailsWith(huge, "file too large (60.0 MB; the limit is 50.0 MB)");
    }

    @Test
    void largeTextFileIsNotTakenForALetter() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(6L << 20);
        }
        assertFailsWith(big, "not a PDF, and too large for a text letter (6.0 MB; the limit is 5.0 MB)");
    }

    @Test
    void binaryJunkIsNeitherPdfNorText() throws Exception {
        byte[] junk = new byte[64 * 1024];
        new Random(20161207L).nextBytes(junk);
        Path file = Files.write(dir.resolve("junk.pdf"), junk);
        assertFailsWith(file, "neither a PDF nor text (binary content)");
    }

    @Test
    void textThatIsNotALetter() throws Exception {
        Path file = Files.writeString(dir.resolve("shopping.txt"), "Shopping list\n\nflour\neggs\nMRI: maybe\n");
        assertFailsWith(file, "not a Final Determination Letter: none of the known layouts' headings found");
    }

    @Test
    void truncatedPdf() throws Exception {
        byte[] pdf = pdfWithText(3, "CLINICAL CASE SUMMARY");
        Path file = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        assertFails(file);
    }

    @Test
    void encryptedPdf() throws Exception {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        assertFailsWith(file, "encrypted PDF (a password is required to open it)");
    }

    @Test
    void pdfWithoutText() throws Exception {
        Path file = Files.write(dir.resolve("blank.pdf"), pdfWithText(1, null));
        assertFailsWith(file, "no text (empty, or a scanned image without a text layer)");
    }

    @Test
    void pdfWithThousandsOfPages() throws Exception {
        Path file = Files.write(dir.resolve("long.pdf"), pdfWithText(3000, null));
        assertFailsWith(file, "PDF has 3000 pages, more than the limit of 200 for a letter");
    }

    @Test
    void deeplyNestedPdfObjects() throws Exception {
        int depth = 500_000;
        String body = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Nest " + "[".repeat(depth) + "]".repeat(depth)
                + " >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
        Path file = Files.writeString(dir.resolve("nested.pdf"), body, StandardCharsets.US_ASCII);
        assertFails(file);
    }

    @Test
    void decompressionBombOfTextStopsAtTheCharacterLimit() throws Exception {
        // one page whose content stream inflates from about 100 kB to 64 MB of text-showing operators
        Path file = Files.write(dir.resolve("bomb.pdf"), pdfWithDeflatedContent(64 << 20));
        assertThat(Files.size(file)).isLessThan(1L << 20);
        assertFailsWith(file, "PDF holds more than 1000000 characters of text, too much for a letter");
    }

    private void assertFailsWith(Path file, String reason) {
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> parser.parse(file))
                .isInstanceOf(LetterParseException.class).hasMessage(reason));
    }

    private void assertFails(Path file) {
        assertTimeoutPreemptively(FAST, () -> assertThatThrownBy(() -> parser.parse(file))
                .isInstanceOf(LetterParseException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\n")));
    }

    /** A PDF of {@code pages} pages; the first carries {@code text} when it is not null. */
    static byte[] pdfWithText(int pages, String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                if (i == 0 && text != null) {
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        cs.beginText();
                        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                        cs.newLineAtOffset(72, 700);
                        cs.showText(text);
                        cs.endText();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A hand-made PDF whose only page's content stream shows about {@code inflatedBytes} bytes of text, deflated. */
    static byte[] pdfWithDeflatedContent(int inflatedBytes) throws IOException {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] chunk = ("BT /F1 12 Tf 72 700 Td (" + "x".repeat(4000) + ") Tj ET\n").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        for (int written = 0; written < inflatedBytes; written += chunk.length) {
            deflater.setInput(chunk);
            while (!deflater.needsInput()) {
                deflated.write(buf, 0, deflater.deflate(buf));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            deflated.write(buf, 0, deflater.deflate(buf));
        }
        byte[] stream = deflated.toByteArray();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.write(("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>\nendobj\n"
                + "5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"
                + "4 0 obj\n<< /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII));
        pdf.write(stream);
        pdf.write("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }
}
