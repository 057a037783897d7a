package io.consumerprotection.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tool: {@code java -jar examples/cli/target/consumer-protection-cli.jar <command>}.
 * Exit codes: 0 every input answered, 1 some inputs were errors, 2 bad usage.
 */
@Command(name = "consumer-protection", mixinStandardHelpOptions = true, version = "0.1.0-SNAPSHOT",
        description = "Consumer-protection (消保) tools: deadlines, classification, privacy, audit, statistics, scoring, calendar data and its health.",
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
        })
public final class Cli {

    /** Exit status: every input line answered. */
    public static final int OK = 0;
    /** Exit status: some input lines were errors (each reported on its own output line). */
    public static final int SOME_ERRORS = 1;
    /** Exit status: bad usage. */
    public static final int USAGE = 2;
    /** Exit status: the database named by {@code --jdbc} does not exist, or holds no current schema. */
    public static final int MISSING_DATABASE = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the tool and returns its exit status. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        return cl.execute(args);
    }
}
