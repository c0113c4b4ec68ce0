package org.openimr.guidelines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openimr.guidelines.LimitQuantity;
import org.openimr.guidelines.LimitScope;
import org.openimr.guidelines.RequestKind;
import org.openimr.guidelines.Vocabulary;

/** docs/guideline-data.md documents every predicate, request kind, limit quantity and scope the loader accepts. */
class GuidelineDataDocumentationTest {

    @Test
    void everyNameTheLoaderAcceptsIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs", "guideline-data.md"));
        CriterionReader reader = new CriterionReader(new Vocabulary(Map.of()));
        assertThat(reader.predicates()).hasSize(22)
                .allSatisfy(p -> assertThat(doc).as("predicate " + p).contains("| `" + p + "` |"));
        Stream.of(RequestKind.values(), LimitQuantity.values(), LimitScope.values())
                .flatMap(Stream::of)
                .map(e -> "`" + e.name().toLowerCase(Locale.ROOT) + "`")
                .forEach(name -> assertThat(doc).as(name).contains(name));
        Stream.of(Vocabulary.Category.values())
                .map(c -> "`" + CriterionReader.yamlKey(c) + "`")
                .forEach(key -> assertThat(doc).as(key).contains(key));
    }
}
