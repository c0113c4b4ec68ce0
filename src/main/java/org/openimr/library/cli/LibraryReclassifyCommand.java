package org.openimr.library.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.openimr.library.LetterStore;
import org.openimr.shared.cli.DatabaseOptions;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code openimr library reclassify}: applies the current request-category rules to every stored item. */
@Command(name = "reclassify", mixinStandardHelpOptions = true,
        description = {"Classifies every stored disputed item again with the current request-category rules.",
                "The rules are determination/request-categories.yaml."})
class LibraryReclassifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = database.start(spec)) {
            int changed = context.getBean(LetterStore.class).reclassify();
            out.println(changed + (changed == 1 ? " item" : " items") + " changed category.");
            out.flush();
            return 0;
        }
    }
}
