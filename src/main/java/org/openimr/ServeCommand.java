package org.openimr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web application (public library, API, staff pages).",
                "Without --db-url it runs an embedded PostgreSQL with its data under ./data/pg and, on an empty "
                        + "database, loads the demo library."})
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--db-url", paramLabel = "URL", description = "JDBC URL of an external PostgreSQL, e.g. jdbc:postgresql://db:5432/openimr"
            + " (user and password from SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD)")
    String dbUrl;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded PostgreSQL keeps its data (default: ${DEFAULT-VALUE})",
            defaultValue = "./data/pg")
    String dataDir;

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--openimr.embedded-db.data-dir=" + dataDir);
        if (dbUrl != null) {
            args.add("--spring.datasource.url=" + dbUrl);
        }
        ConfigurableApplicationContext context = OpenImrApplication.startWeb(args.toArray(String[]::new));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
        return 0;
    }
}
