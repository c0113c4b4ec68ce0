package org.openimr.letters;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The fields in which two letters differ, one short line each ("items[2].request.text: expected ..., got ..."). */
final class LetterDiff {

    private LetterDiff() {
    }

    static List<String> between(Object expected, Object actual) {
        List<String> out = new ArrayList<>();
        diff("", expected, actual, out);
        return out;
    }

    private static void diff(String path, Object expected, Object actual, List<String> out) {
        if (Objects.equals(expected, actual)) {
            return;
        }
        if (expected != null && actual != null && expected.getClass() == actual.getClass()
                && expected.getClass().isRecord()) {
            for (RecordComponent c : expected.getClass().getRecordComponents()) {
                try {
                    diff(path + (path.isEmpty() ? "" : ".") + c.getName(), c.getAccessor().invoke(expected),
                            c.getAccessor().invoke(actual), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return;
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a && e.size() == a.size()) {
            for (int i = 0; i < e.size(); i++) {
                diff(path + "[" + i + "]", e.get(i), a.get(i), out);
            }
            return;
        }
        if (expected instanceof Optional<?> e && actual instanceof Optional<?> a && e.isPresent() && a.isPresent()) {
            diff(path, e.get(), a.get(), out);
            return;
        }
        out.add(path + ": expected <" + expected + ">, got <" + actual + ">");
    }
}
