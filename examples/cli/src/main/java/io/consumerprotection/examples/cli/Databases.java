package io.consumerprotection.examples.cli;

import io.consumerprotection.examples.host.jdbc.JdbcHost;
import io.consumerprotection.examples.host.jdbc.MissingDatabaseException;
import java.util.Map;

/**
 * Opens the {@code --jdbc} database through {@link JdbcHost} (which decides what a URL may be) and turns its
 * failures into one line: a URL it refuses is a usage mistake, a database it cannot reach a runtime failure.
 * H2 settings that can run code or open other files ({@code INIT}, and so {@code RUNSCRIPT} and
 * {@code CREATE ALIAS}; {@code DATABASE_EVENT_LISTENER}; {@code AUTO_SERVER}; …) are refused before any connection
 * is made; without {@code --migrate} the database must exist and hold the current schema (an H2 URL is opened with
 * {@code IFEXISTS=TRUE}), so a mistyped path is an error, not an empty database that passes every check.
 * Messages show the URL without its parameters, which may carry a password. The password comes from
 * {@code --password} (a prompt when given without a value) or the environment variable {@value #PASSWORD_VARIABLE}.
 */
final class Databases {

    /** The environment variable read for the password when {@code --password} is absent. */
    static final String PASSWORD_VARIABLE = "CP_JDBC_PASSWORD";

    private Databases() {
    }

    /**
     * Opens the database; {@code user} null means the URL's own credentials.
     *
     * @param migrate whether the user asked for {@code --migrate}: then a missing H2 database is created and any
     *                database migrated to the current schema; otherwise it must exist with the current schema
     */
    static JdbcHost open(String url, String user, String password, String schema, boolean migrate) {
        try {
            JdbcHost.refuseUnsafeSettings(url);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage("--jdbc", "'" + withoutParameters(url) + "' is not accepted: "
                    + CommandFailure.firstLine(e));
        }
        String pw = user == null && password == null ? null : password == null ? "" : password;
        try {
            return migrate ? JdbcHost.connect(url, user, pw, schema) : JdbcHost.openExisting(url, user, pw, schema);
        } catch (MissingDatabaseException e) {
            throw CommandFailure.failure("--jdbc", CommandFailure.firstLine(e), null);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage("--jdbc", "'" + withoutParameters(url) + "' is not accepted: " + CommandFailure.firstLine(e));
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw CommandFailure.failure("--jdbc", "cannot open the database at '" + withoutParameters(url) + "': "
                    + CommandFailure.firstLine(e) + (root != e ? " (" + CommandFailure.firstLine(root) + ")" : ""), e);
        }
    }

    /** The password: the option's value when given, else the environment variable, else null. */
    static String password(String option, Map<String, String> environment) {
        if (option != null) {
            return option;
        }
        return environment.get(PASSWORD_VARIABLE);
    }

    /** The URL up to its first {@code ;} or {@code ?}, and without {@code user:password@}. */
    static String withoutParameters(String url) {
        String u = url;
        int cut = u.length();
        for (char c : new char[] {';', '?'}) {
            int i = u.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        u = u.substring(0, cut);
        int at = u.indexOf('@');
        int scheme = u.indexOf("//");
        if (at > 0 && scheme >= 0 && at > scheme) {
            u = u.substring(0, scheme + 2) + "…@" + u.substring(at + 1);
        }
        return u;
    }
}
