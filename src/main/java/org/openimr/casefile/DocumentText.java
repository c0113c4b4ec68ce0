package org.openimr.casefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text of a file received for a case file: a PDF (its text layer, page by page, with PDFBox) or plain text
 * in UTF-8. Files are bounded in size and pages; a file that is too large, damaged, encrypted, not text, or has no
 * text at all (a scan without a text layer) is refused with a reason a person can act on.
 *
 * @param maxBytes the largest file accepted
 * @param maxPages the most pages of a PDF read
 */
public record DocumentText(long maxBytes, int maxPages) {

    /** 20 MB and 500 pages: far above a medical record's progress report, well below what would strain the server. */
    public static DocumentText standard() {
        return new DocumentText(20L << 20, 500);
    }

    /** The text of a file: a PDF when it starts with the PDF signature, else UTF-8 text. */
    public String read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new UnreadableDocumentException(fileName + " is empty.");
        }
        if (content.length > maxBytes) {
            throw new UnreadableDocumentException(fileName + " is " + megabytes(content.length) + " MB; the largest "
                    + "file accepted is " + megabytes(maxBytes) + " MB.");
        }
        String text = isPdf(content) ? pdf(fileName, content) : utf8(fileName, content);
        if (text.isBlank()) {
            throw new UnreadableDocumentException(fileName + " has no text" + (isPdf(content)
                    ? " (a scanned PDF without a text layer): run it through OCR first, or paste its text." : "."));
        }
        return text.replace("\r\n", "\n").replace('\u0000', ' ');
    }

    /** True when the file starts with the PDF signature. */
    public static boolean isPdf(byte[] content) {
        return content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F'
                && content[4] == '-';
    }

    private String pdf(String fileName, byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
                MemoryUsageSetting.setupMixed(64L << 20).streamCache)) {
            if (pdf.isEncrypted()) {
                throw new UnreadableDocumentException(fileName + " is an encrypted PDF: ask the sender for a copy "
                        + "without a password.");
            }
            if (pdf.getNumberOfPages() > maxPages) {
                throw new UnreadableDocumentException(fileName + " has " + pdf.getNumberOfPages() + " pages; at most "
                        + maxPages + " are read: split it.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
        } catch (IOException e) {
            throw new UnreadableDocumentException(fileName + " is not a readable PDF (" + e.getMessage() + ").", e);
        }
    }

    private static String utf8(String fileName, byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(fileName + " is neither a PDF nor UTF-8 text.", e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
    }
}
