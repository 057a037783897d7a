package io.consumerprotection.examples.cli;

import io.consumerprotection.examples.host.jdbc.JdbcHost;
import io.consumerprotection.examples.host.jdbc.MissingDatabaseException;

/**
 * How the reading commands open {@code --jdbc URL}: H2 settings that can run code or open other files
 * ({@code INIT}, and so {@code RUNSCRIPT} and {@code CREATE ALIAS}/{@code TRIGGER}; {@code DATABASE_EVENT_LISTENER};
 * {@code AUTO_SERVER}; …) are refused before any connection is made; the database must exist and hold the current
 * schema (an H2 URL is opened with {@code IFEXISTS=TRUE}), so a mistyped path is an error and not an empty
 * database that passes every check; migrations run only with {@code --migrate}.
 */
final class JdbcOption {

    private JdbcOption() {
    }

    /** A {@code --jdbc} URL the command will not open, with the one line to print and the exit status. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status, String line) {
            super(line, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /**
     * Opens the database of a reading command.
     *
     * @param migrate whether the user asked for {@code --migrate}: then a missing H2 database is created and any
     *                database migrated to the current schema
     * @throws Refused with {@link Cli#USAGE} for a refused setting or an unsupported URL, and
     *                 {@link Cli#MISSING_DATABASE} for a database that does not exist or holds no current schema
     */
    static JdbcHost open(String url, String user, String password, String schema, boolean migrate) throws Refused {
        try {
            JdbcHost.refuseUnsafeSettings(url);
        } catch (IllegalArgumentException e) {
            throw new Refused(Cli.USAGE, "--jdbc: " + e.getMessage());
        }
        try {
            return migrate ? JdbcHost.connect(url, user, password, schema)
                    : JdbcHost.openExisting(url, user, password, schema);
        } catch (MissingDatabaseException e) {
            throw new Refused(Cli.MISSING_DATABASE, "--jdbc: " + e.getMessage());
        }
    }
}
