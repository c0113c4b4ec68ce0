package org.openimr;

import org.openimr.determination.cli.DetermineCommand;
import org.openimr.letters.cli.LettersCommand;
import org.openimr.library.cli.EvaluateCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code openimr} command line: one entry point for every command. Commands that only read files run without
 * Spring and start in well under a second; {@code serve} and the database commands start the application.
 */
@Command(name = "openimr", mixinStandardHelpOptions = true, versionProvider = OpenImr.Version.class,
        description = "Open-source Independent Medical Review for California workers' compensation.",
        subcommands = {ServeCommand.class, LettersCommand.class, DetermineCommand.class, EvaluateCommand.class,
                CommandLine.HelpCommand.class})
public class OpenImr implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new OpenImr()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = OpenImr.class.getPackage().getImplementationVersion();
            return new String[] {"OpenIMR " + (v == null ? "development" : v)};
        }
    }
}
