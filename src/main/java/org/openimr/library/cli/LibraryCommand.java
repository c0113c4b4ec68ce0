package org.openimr.library.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code openimr library}: the public library of published letters. */
@Command(name = "library", mixinStandardHelpOptions = true,
        description = "The public library of published letters: ingest them, reclassify their requests.",
        subcommands = {LibraryIngestCommand.class, LibraryReclassifyCommand.class, CommandLine.HelpCommand.class})
public class LibraryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: library ingest PATH...");
    }
}
