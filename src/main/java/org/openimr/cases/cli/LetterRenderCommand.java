package org.openimr.cases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.openimr.cases.issue.IssueFailure;
import org.openimr.cases.service.CaseNotFoundException;
import org.openimr.cases.service.LetterIssuing;
import org.openimr.cases.store.IssuedLetterStore;
import org.openimr.shared.CaseNumber;
import org.openimr.shared.cli.DatabaseOptions;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code openimr letter render CASE_NUMBER --pdf FILE [--redacted]}: writes the issued letter of a case, as sent to
 * the parties or (with --redacted) as published, read from the database. Exit 0 when written, 1 when the case is
 * unknown or has no issued letter or the file cannot be written, 2 on a usage error.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Writes the issued Final Determination Letter of a case as PDF.",
                "The letter sent to the parties, or with --redacted the public version published in the library.",
                "Exit code: 0 written, 1 unknown case, no issued letter or the file cannot be written, "
                        + "2 usage error (such as a malformed case number)."})
class LetterRenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE_NUMBER", description = "the case, e.g. CM26-0000123")
    String caseNumber;

    @Option(names = "--pdf", required = true, paramLabel = "FILE", description = "where to write the PDF")
    Path pdf;

    @Option(names = "--redacted", description = "the public version, without the parties' identifying values")
    boolean redacted;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!CaseNumber.isValid(caseNumber)) {
            err.println(caseNumber + ": not a case number (CMyy-nnnnnnn)");
            return 2;
        }
        CaseNumber n = new CaseNumber(caseNumber);
        IssuedLetterStore.Version version = redacted ? IssuedLetterStore.Version.PUBLIC
                : IssuedLetterStore.Version.TO_THE_PARTIES;
        try (ConfigurableApplicationContext context = database.start(spec)) {
            byte[] bytes = context.getBean(LetterIssuing.class).pdf(n, version);
            Files.write(pdf, bytes);
            out.println("Wrote " + pdf + ": the " + (redacted ? "published version of the " : "") + "letter of case "
                    + n + (redacted ? "" : " as issued") + " (" + bytes.length + " bytes).");
            out.flush();
            return 0;
        } catch (CaseNotFoundException | IssueFailure e) {
            err.println(caseNumber + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(pdf + ": cannot write the file (" + e.getMessage() + ")");
            return 1;
        }
    }
}
