package org.openimr.reviewers;

import java.io.PrintStream;

/** Told after each case of a batch, so that a terminal or a page can show how far the batch is. */
@FunctionalInterface
public interface BatchProgress {

    void update(int done, int total);

    static BatchProgress none() {
        return (done, total) -> { };
    }

    /** Prints "assigning: 250/1000 cases" at every tenth and at the end. */
    static BatchProgress printingTo(PrintStream out) {
        return (done, total) -> {
            int step = Math.max(1, total / 10);
            if (done % step == 0 || done == total) {
                out.println("assigning: " + done + "/" + total + " cases");
            }
        };
    }
}
