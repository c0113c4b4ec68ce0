package org.openimr.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Letter files for ingest tests: the synthetic demo letters copied to a folder, and where the real ones are. */
final class LetterFiles {

    /** The 64 real published letters; read from here, never copied into the project. */
    static final Path REAL_LETTERS = Path.of("..", "shared", "corpus", "fdl-2016-2017");

    private LetterFiles() {
    }

    /** The demo letters (classpath demo/letters/*.txt), sorted by name. */
    static List<Resource> demoLetters() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/letters/*.txt");
            List<Resource> sorted = new ArrayList<>(Arrays.asList(found));
            sorted.sort(Comparator.comparing(Resource::getFilename));
            return sorted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the first {@code n} demo letters into {@code folder}; returns the files. */
    static List<Path> copyDemoLetters(Path folder, int n) {
        List<Path> files = new ArrayList<>();
        for (Resource r : demoLetters().subList(0, n)) {
            try {
                Path file = folder.resolve(r.getFilename());
                Files.writeString(file, r.getContentAsString(StandardCharsets.UTF_8));
                files.add(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
