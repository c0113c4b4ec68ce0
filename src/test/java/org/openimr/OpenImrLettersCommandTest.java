package org.openimr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** 'letters parse' is reachable from the openimr entry point, without Spring. */
class OpenImrLettersCommandTest {

    @Test
    void lettersParseIsASubcommandOfOpenimr() {
        StringWriter out = new StringWriter();
        CommandLine cli = OpenImr.commandLine();
        cli.setOut(new PrintWriter(out, true));
        int exit = cli.execute("letters", "parse",
                Path.of("src", "main", "resources", "demo", "letters", "header2016-07-acupuncture.txt").toString());
        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("{\"source\":").contains("\"layout\":\"HEADER_2016\"");
    }
}
