package org.openimr.shared.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Where a command's database is: the embedded PostgreSQL under --data-dir, or an external one (--db-url). Every
 * command that reads or writes the database takes these options as a picocli mixin.
 */
public class DatabaseOptions {

    @Option(names = "--db-url", paramLabel = "URL",
            description = "JDBC URL of an external PostgreSQL, e.g. jdbc:postgresql://db:5432/openimr"
                    + " (user and password from SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD)")
    public String dbUrl;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./data/pg",
            description = "Where the embedded PostgreSQL keeps its data (default: ${DEFAULT-VALUE})")
    public String dataDir;

    /**
     * Starts the application without the web on this database, through the launcher's starter (the root command,
     * {@code org.openimr.OpenImr}; a module cannot call it directly without a module cycle).
     */
    @SuppressWarnings("unchecked")
    public ConfigurableApplicationContext start(CommandSpec spec) {
        if (spec.root().userObject() instanceof Function<?, ?> starter) {
            return ((Function<String[], ConfigurableApplicationContext>) starter).apply(springArguments());
        }
        throw new IllegalStateException("run this command through the openimr launcher: openimr "
                + spec.qualifiedName());
    }

    /** The Spring arguments for these options. */
    public String[] springArguments() {
        List<String> args = new ArrayList<>();
        args.add("--openimr.embedded-db.data-dir=" + dataDir);
        if (dbUrl != null) {
            args.add("--spring.datasource.url=" + dbUrl);
        }
        return args.toArray(String[]::new);
    }
}
