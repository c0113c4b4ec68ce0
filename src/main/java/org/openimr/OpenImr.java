package org.openimr;

import java.util.function.Function;

import org.openimr.cases.cli.LetterCommand;
import org.openimr.determination.cli.DetermineCommand;
import org.openimr.letters.cli.LettersCommand;
import org.openimr.library.cli.EvaluateCommand;
import org.openimr.library.cli.LibraryCommand;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code openimr} command line: one entry point for every command. Commands that only read files run without
 * Spring and start in well under a second; {@code serve} and the database commands start the application.
 */
@Command(name = "openimr", mixinStandardHelpOptions = true, versionProvider = OpenImr.Version.class,
        description = "Open-source Independent Medical Review for California workers' compensation.",
        subcommands = {ServeCommand.class, LettersCommand.class, LetterCommand.class, LibraryCommand.class,
                DetermineCommand.class,
                EvaluateCommand.class, CommandLine.HelpCommand.class})
public class OpenImr implements Runnable, Function<String[], ConfigurableApplicationContext> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Starts the application without the web, for the commands of a module that need the database. Those commands
     * find this starter as the root command ({@code spec.root().userObject()}) instead of calling
     * {@link OpenImrApplication} themselves: a module depending on this package would make a cycle with it.
     */
    @Override
    public ConfigurableApplicationContext apply(String[] springArguments) {
        return OpenImrApplication.startWithoutWeb(springArguments);
    }

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
