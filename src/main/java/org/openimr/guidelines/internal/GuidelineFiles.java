package org.openimr.guidelines.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openimr.guidelines.GuidelineDataException;

/** Where the guideline data files are read from: the classpath, a folder, or (in tests) memory. */
public interface GuidelineFiles {

    /** The manifest every catalogue starts from; it names the other files. */
    String MANIFEST = "catalogue.yaml";

    /** The text of a file, by its path relative to the guidelines folder; a missing file is a data error. */
    String read(String relativePath);

    /** How errors name the file, e.g. "guidelines/editions.yaml". */
    default String displayName(String relativePath) {
        return "guidelines/" + relativePath;
    }

    /** The files under {@code guidelines/} on the classpath (src/main/resources/guidelines). */
    static GuidelineFiles classpath() {
        ClassLoader loader = GuidelineFiles.class.getClassLoader();
        return path -> {
            try (InputStream in = loader.getResourceAsStream("guidelines/" + path)) {
                if (in == null) {
                    throw new GuidelineDataException("guidelines/" + path, "", 0, "file not found on the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new GuidelineDataException("guidelines/" + path, "", 0, "cannot read: " + e.getMessage());
            }
        };
    }

    /** The files under a folder laid out like src/main/resources/guidelines. */
    static GuidelineFiles directory(Path root) {
        return new GuidelineFiles() {
            public String read(String path) {
                Path file = root.resolve(path);
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new GuidelineDataException(displayName(path), "", 0, "cannot read: " + e);
                }
            }

            public String displayName(String path) {
                return root.resolve(path).toString();
            }
        };
    }

    /** Files held in memory, by relative path. */
    static GuidelineFiles of(Map<String, String> files) {
        Map<String, String> copy = Map.copyOf(files);
        return path -> {
            String text = copy.get(path);
            if (text == null) {
                throw new GuidelineDataException("guidelines/" + path, "", 0, "file not found");
            }
            return text;
        };
    }
}
