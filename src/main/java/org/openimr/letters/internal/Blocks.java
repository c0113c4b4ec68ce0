package org.openimr.letters.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.openimr.letters.internal.LetterText.Line;

/** Paragraph-level blocks of a section: a block starts at a paragraph start or at a line that opens with a label. */
public final class Blocks {

    /** The lines of one block; {@link #text()} joins them (wrapping rule of {@link Texts#join}). */
    public record Block(List<String> lines) {

        public Block {
            lines = List.copyOf(lines);
        }

        public String text() {
            return Texts.join(lines);
        }
    }

    private Blocks() {
    }

    public static List<Block> split(List<Line> lines, Predicate<String> opensBlock) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (Line line : lines) {
            if (!current.isEmpty() && (line.paragraphStart() || opensBlock.test(line.text()))) {
                blocks.add(new Block(current));
                current = new ArrayList<>();
            }
            current.add(line.text());
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(current));
        }
        return blocks;
    }

    /** All lines joined into one text. */
    public static String joinAll(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line line : lines) {
            Texts.appendJoined(sb, line.text());
        }
        return Texts.collapse(sb.toString());
    }
}
