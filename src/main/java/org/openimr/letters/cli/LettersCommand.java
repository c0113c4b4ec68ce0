package org.openimr.letters.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code openimr letters}: commands on Final Determination Letters. Runs without Spring. */
@Command(name = "letters", mixinStandardHelpOptions = true,
        description = "Final Determination Letters: parse published letters (PDF or text) into JSON.",
        subcommands = {LettersParseCommand.class, CommandLine.HelpCommand.class})
public class LettersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: letters parse FILE...");
    }
}
