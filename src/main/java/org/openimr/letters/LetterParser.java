package org.openimr.letters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.openimr.letters.internal.LetterTextParser;
import org.openimr.letters.internal.PdfText;

/**
 * Reads a Final Determination Letter from a file (a PDF, or text as {@code pdftotext -layout} prints it) or from text.
 * Whether a file is a PDF is decided by its content ({@code %PDF-} near the start), never by its name; the layout is
 * detected from the text. Hostile or broken input fails fast with a one-line {@link LetterParseException}: files over
 * a size limit are rejected before they are read, PDFs are read in bounded memory with a page cap, and binary content
 * that is not a PDF is not taken for text.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LetterParser {

    /**
     * The limits applied to one file.
     *
     * @param maxFileBytes         larger files are rejected before they are read
     * @param maxTextBytes         larger text (non-PDF) files are rejected before they are read
     * @param maxPages             PDFs with more pages are rejected
     * @param maxChars             a PDF whose text is longer is rejected
     * @param maxStreamMemoryBytes memory PDFBox may use for decoded streams of one PDF
     */
    public record Limits(long maxFileBytes, long maxTextBytes, int maxPages, long maxChars, long maxStreamMemoryBytes) {

        /**
         * 50 MB per file, 5 MB of text, 200 pages, a million characters of PDF text (a real letter has about 20
         * thousand; PDFBox holds a page's characters with their positions, some 200 bytes each), 128 MB of decoded
         * streams.
         */
        public static final Limits DEFAULT = new Limits(50L << 20, 5L << 20, 200, 1_000_000, 128L << 20);
    }

    private static final int SNIFF_BYTES = 1024;

    private final Limits limits;

    public LetterParser() {
        this(Limits.DEFAULT);
    }

    public LetterParser(Limits limits) {
        this.limits = limits;
    }

    /** Parses a letter file, PDF or text. */
    public FinalDeterminationLetter parse(Path file) throws LetterParseException {
        return parseText(textOf(file));
    }

    /** Parses a letter's text, as {@code pdftotext -layout} or PDFBox print it. */
    public FinalDeterminationLetter parseText(String text) throws LetterParseException {
        if (text == null || text.isBlank()) {
            throw new LetterParseException("no text (empty, or a scanned image without a text layer)");
        }
        try {
            return LetterTextParser.parse(text);
        } catch (RuntimeException e) {
            // a defect or an input no rule foresaw: still one line for this file, never a crash of the batch
            throw new LetterParseException("could not be parsed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    /** The text of a letter file: extracted from a PDF with PDFBox, or read from a text file. */
    public String textOf(Path file) throws LetterParseException {
        long size;
        byte[] head;
        try {
            if (Files.isDirectory(file)) {
                throw new LetterParseException("is a folder, not a letter file");
            }
            size = Files.size(file);
            if (size == 0) {
                throw new LetterParseException("empty file");
            }
            if (size > limits.maxFileBytes()) {
                throw new LetterParseException("file too large (" + megabytes(size) + " MB; the limit is "
                        + megabytes(limits.maxFileBytes()) + " MB)");
            }
            head = readHead(file);
        } catch (NoSuchFileException e) {
            throw new LetterParseException("no such file");
        } catch (IOException e) {
            throw new LetterParseException("cannot read the file: " + e.getMessage());
        }
        if (isPdf(head)) {
            return PdfText.extract(file, new PdfText.Limits(limits.maxPages(), limits.maxChars(),
                    limits.maxStreamMemoryBytes()));
        }
        if (size > limits.maxTextBytes()) {
            throw new LetterParseException("not a PDF, and too large for a text letter (" + megabytes(size)
                    + " MB; the limit is " + megabytes(limits.maxTextBytes()) + " MB)");
        }
        if (isBinary(head)) {
            throw new LetterParseException("neither a PDF nor text (binary content)");
        }
        try {
            return decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new LetterParseException("cannot read the file: " + e.getMessage());
        }
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    /** A PDF starts with "%PDF-"; readers accept some junk before it, so the first kilobyte is searched. */
    static boolean isPdf(byte[] head) {
        byte[] magic = {'%', 'P', 'D', 'F', '-'};
        outer:
        for (int i = 0; i + magic.length <= head.length; i++) {
            for (int j = 0; j < magic.length; j++) {
                if (head[i + j] != magic[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Binary: a NUL byte, or more than one in ten bytes a control character other than tab, CR, LF or form feed. */
    static boolean isBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control * 10 > head.length;
    }

    /** UTF-8 (a byte-order mark is dropped); text that is not valid UTF-8 is read as Windows-1252. */
    private static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
    }
}
