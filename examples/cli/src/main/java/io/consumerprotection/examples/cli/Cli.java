package io.consumerprotection.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tool: {@code java -jar examples/cli/target/consumer-protection-cli.jar <command>}.
 * Exit status: 0 ok, 1 findings or bad input lines (each reported), 2 bad usage, 3 runtime failure. Every
 * mistake is one line on standard error naming the option or input, what was wrong and what is accepted.
 */
@Command(name = "consumer-protection", mixinStandardHelpOptions = true, version = "0.1.0-SNAPSHOT",
        description = "Consumer-protection (消保) tools: deadlines, classification, privacy, audit, statistics, scoring, calendar data and its health, the audit trail.",
        exitCodeListHeading = Cli.EXIT_HEADING, exitCodeList = {Cli.EXIT_0, Cli.EXIT_1, Cli.EXIT_2, Cli.EXIT_3},
        footerHeading = "%nError codes (\"error\":{\"code\":…} in JSON answers, the same in every command):%n",
        footer = {ErrorCode.HELP},
        subcommands = {
            CommandLine.HelpCommand.class,
            DeadlineCommand.class,
            ScoreCommand.class,
            PrivacyCommand.class,
            ClassifyCommand.class,
            StatsCommand.class,
            AuditCommand.class,
            CalendarCommand.class,
            HealthCommand.class,
            TrailCommand.class,
            ReviewCommand.class,
            DueCommand.class,
            ReportCommand.class,
            WarnCommand.class,
        })
public final class Cli {

    /** Exit status: every input answered, no finding. */
    public static final int OK = 0;
    /** Exit status: findings, or some input lines were errors (each reported in the output). */
    public static final int SOME_ERRORS = 1;
    /** Exit status: bad usage (an option, a missing or unreadable input file); nothing was done. */
    public static final int USAGE = 2;
    /** Exit status: a runtime failure (the database, an unwritable output, standard output closed). */
    public static final int FAILURE = 3;

    static final String EXIT_HEADING = "%nExit status:%n";
    static final String EXIT_0 = "0:ok: every input answered, no failing finding";
    static final String EXIT_1 = "1:findings, or input lines that were errors (each reported in the output)";
    static final String EXIT_2 = "2:bad usage: an option or input file; one line on stderr says what is accepted";
    static final String EXIT_3 = "3:runtime failure: database unreachable, output not writable; nothing partial is left";
    /** Exit status: the database named by {@code --jdbc} does not exist, or holds no current schema (a runtime failure). */
    public static final int MISSING_DATABASE = FAILURE;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the tool and returns its exit status. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The tool's command line with its error handling: one line on stderr per mistake, no stack trace. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpWidth(120);
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommand() instanceof JsonLinesCommand jsonLines) {
                sub.getCommandSpec().usageMessage()
                        .footerHeading(jsonLines.help() + "%nError codes (\"error\":{\"code\":…}, the same in every command):%n")
                        .footer(ErrorCode.HELP);
            }
        }
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandFailure f ? f.exitCode() : FAILURE);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + CommandFailure.firstLine(ex)
                    + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
            c.getErr().flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            PrintWriter err = c.getErr();
            String name = c.getCommandSpec().qualifiedName();
            if (ex instanceof CommandFailure f) {
                err.println(name + ": " + f.getMessage());
                err.flush();
                return f.exitCode();
            }
            err.println(name + ": internal error, please report it: " + ex.getClass().getSimpleName() + ": "
                    + CommandFailure.firstLine(ex) + (debug() ? "" : " (set CP_DEBUG=1 for the stack trace)"));
            if (debug()) {
                ex.printStackTrace(err);
            }
            err.flush();
            return FAILURE;
        });
        return cl;
    }

    private static boolean debug() {
        return "1".equals(System.getenv("CP_DEBUG"));
    }
}
