package org.openimr.library.cli;

import java.io.PrintWriter;

import org.openimr.library.LibraryIngest;

/** How an ingest run shows its progress: a bar redrawn in place on a terminal, or one line per file. */
abstract sealed class Progress implements LibraryIngest.Listener {

    final PrintWriter out;

    Progress(PrintWriter out) {
        this.out = out;
    }

    void close() {
    }

    static String describe(LibraryIngest.FileResult r) {
        return switch (r.status()) {
            case STORED -> "stored " + r.reference() + " (" + r.items() + (r.items() == 1 ? " item)" : " items)");
            case ALREADY_PRESENT -> "already present " + r.reference();
            case FAILED -> "FAILED: " + r.reason();
        };
    }

    /** A line per file, for logs and pipes. */
    static final class Lines extends Progress {

        Lines(PrintWriter out) {
            super(out);
        }

        @Override
        public void fileDone(LibraryIngest.FileResult result, int done, int total) {
            out.printf("%d/%d %s: %s%n", done, total, result.file(), describe(result));
            out.flush();
        }
    }

    /** A bar redrawn in place, with failures printed above it as they happen. */
    static final class Bar extends Progress {

        private static final int WIDTH = 30;
        private boolean drawn;

        Bar(PrintWriter out) {
            super(out);
        }

        @Override
        public void started(int files) {
            draw(0, files, "");
        }

        @Override
        public void fileDone(LibraryIngest.FileResult result, int done, int total) {
            if (result.status() == LibraryIngest.Status.FAILED) {
                out.print("\r\u001b[2K");
                out.println(result.file() + ": " + result.reason());
            }
            draw(done, total, result.file().getFileName().toString());
        }

        private void draw(int done, int total, String name) {
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            String shown = name.length() > 40 ? "…" + name.substring(name.length() - 39) : name;
            out.print("\r\u001b[2K[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                    + " " + shown);
            out.flush();
            drawn = true;
        }

        @Override
        void close() {
            if (drawn) {
                out.println();
                out.flush();
            }
        }
    }
}
