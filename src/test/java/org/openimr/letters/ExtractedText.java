package org.openimr.letters;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF as PDFBox extracts it (reading order by position), for assertions in tests. */
final class ExtractedText {

    private ExtractedText() {
    }

    static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every run of white space made one space, so that wrapped values read as written. */
    static String collapsed(byte[] pdf) {
        return LetterContent.collapse(of(pdf));
    }
}
