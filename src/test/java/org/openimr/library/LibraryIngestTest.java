package org.openimr.library;

import org.openimr.shared.RequestCategory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class LibraryIngestTest extends LibraryDatabaseTest {

    @Autowired
    LibraryIngest ingest;
    @Autowired
    LetterStore store;

    @TempDir
    Path folder;

    long items() {
        return jdbc.sql("SELECT count(*) FROM library_item").query(Long.class).single();
    }

    @Test
    void ingestsTheRealLetters() {
        Assumptions.assumeTrue(Files.isDirectory(LetterFiles.REAL_LETTERS),
                "Real letters absent: " + LetterFiles.REAL_LETTERS.toAbsolutePath().normalize()
                        + " (the ../shared corpus); skipped");

        LibraryIngest.Report report = ingest.ingest(List.of(LetterFiles.REAL_LETTERS), LibraryIngest.Listener.NONE);

        assertThat(report.failures()).as("failures").isEmpty();
        assertThat(report.count(LibraryIngest.Status.STORED)).isEqualTo(64);
        assertThat(store.countLetters()).isEqualTo(64);
        assertThat(items()).isEqualTo(report.itemsStored()).isEqualTo(165);
        assertThat(report.unclassifiedRequests()).isEmpty();
        StoredLetter first = store.find("CM16-0224814").orElseThrow();
        assertThat(first.sourceName()).isEqualTo("CM16-0224814.pdf");
        assertThat(first.categories()).containsExactly(new RequestCategory("Diagnostic Testing", "Imaging"));
    }

    @Test
    void ingestsTheSyntheticLettersOfEveryLayout() {
        List<Path> files = LetterFiles.copyDemoLetters(folder, LetterFiles.demoLetters().size());

        LibraryIngest.Report report = ingest.ingest(List.of(folder), LibraryIngest.Listener.NONE);

        assertThat(report.failures()).isEmpty();
        assertThat(report.count(LibraryIngest.Status.STORED)).isEqualTo(files.size()).isEqualTo(30);
        assertThat(report.unclassifiedRequests()).isEmpty();
        assertThat(store.find("CM16-9000101")).isPresent();
        assertThat(jdbc.sql("SELECT count(DISTINCT layout) FROM library_letter").query(Long.class).single())
                .isEqualTo(5);
    }

    @Test
    void aBrokenFileAmongGoodOnesIsReportedAndTheGoodOnesAreStoredWhole() throws IOException {
        List<Path> good = LetterFiles.copyDemoLetters(folder, 3);
        Path garbage = Files.writeString(folder.resolve("b-not-a-letter.txt"), "Dear friend, lunch is at noon.\n");
        Path fakePdf = Files.write(folder.resolve("c-broken.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 1, 2});
        Path empty = Files.writeString(folder.resolve("d-empty.txt"), "");

        LibraryIngest.Report report = ingest.ingest(List.of(folder, folder.resolve("missing.txt")),
                LibraryIngest.Listener.NONE);

        assertThat(report.count(LibraryIngest.Status.STORED)).isEqualTo(3);
        assertThat(report.failures()).extracting(LibraryIngest.FileResult::file)
                .containsExactlyInAnyOrder(garbage, fakePdf, empty, folder.resolve("missing.txt"));
        assertThat(report.failures()).allSatisfy(f -> assertThat(f.reason()).isNotBlank().doesNotContain("\n"));
        assertThat(report.failures()).filteredOn(f -> f.file().equals(folder.resolve("missing.txt")))
                .singleElement().extracting(LibraryIngest.FileResult::reason).isEqualTo("no such file or folder");
        assertThat(store.countLetters()).isEqualTo(3);
        // every stored letter has all its items
        for (LibraryIngest.FileResult stored : report.files().stream()
                .filter(f -> f.status() == LibraryIngest.Status.STORED).toList()) {
            assertThat(store.find(stored.reference()).orElseThrow().letter().items()).hasSize(stored.items());
        }
        assertThat(good).allSatisfy(f -> assertThat(report.files()).anySatisfy(r -> assertThat(r.file()).isEqualTo(f)));
    }

    @Test
    void ingestingTwiceStoresOnce() {
        LetterFiles.copyDemoLetters(folder, 4);
        LibraryIngest.Report first = ingest.ingest(List.of(folder), LibraryIngest.Listener.NONE);
        long items = items();

        LibraryIngest.Report second = ingest.ingest(List.of(folder), LibraryIngest.Listener.NONE);

        assertThat(first.count(LibraryIngest.Status.STORED)).isEqualTo(4);
        assertThat(second.count(LibraryIngest.Status.ALREADY_PRESENT)).isEqualTo(4);
        assertThat(second.files()).extracting(LibraryIngest.FileResult::reference)
                .containsExactlyElementsOf(first.files().stream().map(LibraryIngest.FileResult::reference).toList());
        assertThat(store.countLetters()).isEqualTo(4);
        assertThat(items()).isEqualTo(items);
    }

    @Test
    void anInterruptedRunResumesWhereItStopped() {
        LetterFiles.copyDemoLetters(folder, 5);
        LibraryIngest.Listener stopsAfterTwo = (result, done, total) -> {
            if (done == 2) {
                throw new IllegalStateException("interrupted");
            }
        };
        assertThatThrownBy(() -> ingest.ingest(List.of(folder), stopsAfterTwo)).hasMessage("interrupted");
        assertThat(store.countLetters()).isEqualTo(2);

        LibraryIngest.Report resumed = ingest.ingest(List.of(folder), LibraryIngest.Listener.NONE);

        assertThat(resumed.files()).extracting(LibraryIngest.FileResult::status).containsExactly(
                LibraryIngest.Status.ALREADY_PRESENT, LibraryIngest.Status.ALREADY_PRESENT,
                LibraryIngest.Status.STORED, LibraryIngest.Status.STORED, LibraryIngest.Status.STORED);
        assertThat(store.countLetters()).isEqualTo(5);
    }

    @Test
    void theSameLetterUnderAnotherFileNameIsAlreadyPresent() throws IOException {
        Path original = LetterFiles.copyDemoLetters(folder, 1).get(0);
        Path copy = Files.createDirectories(folder.resolve("copies")).resolve("renamed.txt");
        // other line breaks and trailing spaces: the same text for the content hash
        Files.writeString(copy, Files.readString(original).replace("\n", "  \r\n"));

        LibraryIngest.Report report = ingest.ingest(List.of(original, copy), LibraryIngest.Listener.NONE);

        assertThat(report.files()).extracting(LibraryIngest.FileResult::status)
                .containsExactly(LibraryIngest.Status.STORED, LibraryIngest.Status.ALREADY_PRESENT);
        assertThat(store.countLetters()).isEqualTo(1);
    }
}
