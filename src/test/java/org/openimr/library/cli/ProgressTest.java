package org.openimr.library.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openimr.library.LibraryIngest;

class ProgressTest {

    static final LibraryIngest.FileResult STORED = new LibraryIngest.FileResult(Path.of("a/CM17-0000001.pdf"),
            LibraryIngest.Status.STORED, "CM17-0000001", 2, null, List.of());
    static final LibraryIngest.FileResult FAILED = new LibraryIngest.FileResult(Path.of("a/broken.txt"),
            LibraryIngest.Status.FAILED, null, 0, "no text (empty, or a scanned image without a text layer)", List.of());

    @Test
    void onATerminalABarRedrawnInPlaceWithFailuresAboveIt() {
        StringWriter text = new StringWriter();
        Progress bar = new Progress.Bar(new PrintWriter(text));

        bar.started(2);
        bar.fileDone(STORED, 1, 2);
        bar.fileDone(FAILED, 2, 2);
        bar.close();

        assertThat(text.toString()).contains("\r\u001b[2K[" + " ".repeat(30) + "] 0/2 ")
                .contains("[" + "#".repeat(15) + " ".repeat(15) + "] 1/2 CM17-0000001.pdf")
                .contains("a/broken.txt: no text (empty, or a scanned image without a text layer)\n")
                .contains("[" + "#".repeat(30) + "] 2/2 broken.txt").endsWith("\n");
    }

    @Test
    void elsewhereALinePerFile() {
        StringWriter text = new StringWriter();
        Progress lines = new Progress.Lines(new PrintWriter(text));

        lines.fileDone(STORED, 1, 2);
        lines.fileDone(FAILED, 2, 2);

        assertThat(text.toString().lines().toList()).containsExactly(
                "1/2 a/CM17-0000001.pdf: stored CM17-0000001 (2 items)",
                "2/2 a/broken.txt: FAILED: no text (empty, or a scanned image without a text layer)");
    }
}
