package org.openimr.guidelines;

/**
 * The guideline data is wrong: names the file, the entry and the line, and says what is wrong. Loading stops at the
 * first such error so that no partial catalogue is ever used.
 */
public class GuidelineDataException extends RuntimeException {

    private final String file;
    private final String entry;
    private final int line;

    public GuidelineDataException(String file, String entry, int line, String problem) {
        super(format(file, entry, line, problem));
        this.file = file;
        this.entry = entry;
        this.line = line;
    }

    private static String format(String file, String entry, int line, String problem) {
        StringBuilder s = new StringBuilder(file == null ? "guideline data" : file);
        if (entry != null && !entry.isEmpty()) {
            s.append(", ").append(entry);
        }
        if (line > 0) {
            s.append(" (line ").append(line).append(')');
        }
        return s.append(": ").append(problem).toString();
    }

    /** The data file, relative to the guidelines folder's parent, e.g. "guidelines/editions.yaml". */
    public String file() {
        return file;
    }

    /** The entry, e.g. "entry 'cpmtg-2009.physical-medicine'", or empty. */
    public String entry() {
        return entry;
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }
}
