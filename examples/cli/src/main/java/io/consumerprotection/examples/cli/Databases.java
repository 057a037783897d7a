package io.consumerprotection.examples.cli;

import io.consumerprotection.examples.host.jdbc.JdbcHost;
import java.util.Map;

/**
 * Opens the {@code --jdbc} database through {@link JdbcHost} (which decides what a URL may be) and turns its
 * failures into one line: a URL it refuses is a usage mistake, a database it cannot reach a runtime failure.
 * Messages show the URL without its parameters, which may carry a password. The password comes from
 * {@code --password} (a prompt when given without a value) or the environment variable {@value #PASSWORD_VARIABLE}.
 */
final class Databases {

    /** The environment variable read for the password when {@code --password} is absent. */
    static final String PASSWORD_VARIABLE = "CP_JDBC_PASSWORD";

    private Databases() {
    }

    /** Opens the database; {@code user} null means the URL's own credentials. */
    static JdbcHost open(String url, String user, String password, String schema) {
        try {
            return user == null && password == null && schema == null ? JdbcHost.connect(url)
                    : JdbcHost.connect(url, user, password == null ? "" : password, schema);
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
