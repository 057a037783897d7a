package io.consumerprotection.examples.cli;

import java.util.Objects;

/**
 * A run that cannot go on: bad usage (exit {@link Cli#USAGE}) or a runtime failure such as an unreachable
 * database or an unwritable output (exit {@link Cli#FAILURE}). {@link Cli} prints its message as one line on
 * standard error, {@code <command>: <subject>: <what was wrong>; <what is accepted>}, never a stack trace.
 * The message names options, files and input lines, never an input value that may be personal data.
 */
public final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private CommandFailure(int exitCode, String subject, String message, Throwable cause) {
        super(Objects.requireNonNull(subject, "subject") + ": " + Objects.requireNonNull(message, "message"), cause);
        this.exitCode = exitCode;
    }

    /** A usage mistake about {@code subject} (an option such as {@code --period}, or an input file). */
    public static CommandFailure usage(String subject, String message) {
        return new CommandFailure(Cli.USAGE, subject, message, null);
    }

    /** A runtime failure of {@code subject} (the database, the output file, standard output). */
    public static CommandFailure failure(String subject, String message, Throwable cause) {
        return new CommandFailure(Cli.FAILURE, subject, message, cause);
    }

    /** The exit status this failure ends the run with. */
    public int exitCode() {
        return exitCode;
    }

    /** The first line of a throwable's message (or its type when it has none), for a one-line report. */
    static String firstLine(Throwable t) {
        String m = t instanceof tools.jackson.core.JacksonException j ? j.getOriginalMessage() : t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse(m).strip();
    }
}
