package org.openimr.library.bench;

import java.util.List;

import org.openimr.letters.FinalDeterminationLetter;

/** Template letters for the benchmark generator: none until the parser can read the real letters. */
final class BenchTemplates {

    private BenchTemplates() {
    }

    static List<FinalDeterminationLetter> load() {
        return List.of();
    }
}
