package org.openimr.cases.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code openimr letter}: the issued Final Determination Letters of cases. */
@Command(name = "letter", mixinStandardHelpOptions = true,
        description = "The issued Final Determination Letter of a case.",
        subcommands = {LetterRenderCommand.class, CommandLine.HelpCommand.class})
public class LetterCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
