package io.consumerprotection.examples.host.jdbc;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The settings of an H2 URL ({@code jdbc:h2:…;NAME=value;…}) that a tool may accept from a user: only those
 * that tune storage, locking or tracing. Every other setting is refused, because some run code or open
 * other files: {@code INIT} runs SQL (and so {@code RUNSCRIPT FROM} a file, {@code CREATE ALIAS} with Java
 * source, {@code CREATE TRIGGER}), {@code DATABASE_EVENT_LISTENER}, {@code JAVA_OBJECT_SERIALIZER} and
 * {@code AUTHENTICATOR} load classes, {@code AUTO_SERVER} opens a network port, {@code RECOVER} rewrites
 * the file.
 */
final class H2Settings {

    private static final Set<String> ALLOWED = Set.of("IFEXISTS", "WRITE_DELAY", "CACHE_SIZE",
            "AUTO_COMPACT_FILL_RATE", "MAX_COMPACT_TIME", "ACCESS_MODE_DATA", "DB_CLOSE_DELAY", "DB_CLOSE_ON_EXIT",
            "LOCK_TIMEOUT", "DEFAULT_LOCK_TIMEOUT", "FILE_LOCK", "TRACE_LEVEL_FILE", "TRACE_LEVEL_SYSTEM_OUT",
            "MODE", "USER", "PASSWORD", "PAGE_SIZE", "RETENTION_TIME");

    private H2Settings() {
    }

    /**
     * Refuses a URL with a setting outside the allowed ones.
     *
     * @throws IllegalArgumentException naming the first refused setting (never its value)
     */
    static void refuseUnsafe(String url) {
        String[] parts = url.split(";", -1);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = (eq < 0 ? part : part.substring(0, eq)).strip().toUpperCase(Locale.ROOT);
            if (!ALLOWED.contains(name)) {
                String shown = name.matches("[A-Z_]{1,40}") ? name : "'" + name.split("\\s+")[0] + " …'";
                throw new IllegalArgumentException("the H2 URL setting " + shown + " is refused: only "
                        + String.join(", ", ALLOWED.stream().sorted().toList())
                        + " are accepted, because other settings can run code or open other files");
            }
        }
    }

    /** The URL with {@code IFEXISTS=TRUE} instead of any {@code IFEXISTS} it had. */
    static String ifExists(String url) {
        String[] parts = url.split(";", -1);
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (!part.isEmpty() && !part.toUpperCase(Locale.ROOT).startsWith("IFEXISTS")) {
                b.append(';').append(parts[i]);
            }
        }
        return b.append(";IFEXISTS=TRUE").toString();
    }

    /** The database an H2 URL names: the absolute path of a file database, or {@code mem:name}. */
    static String database(String url) {
        String rest = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (rest.startsWith("mem:")) {
            return rest;
        }
        for (String prefix : new String[] {"file:", "nio:", "async:", "split:", "zip:"}) {
            if (rest.startsWith(prefix)) {
                rest = rest.substring(prefix.length());
            }
        }
        if (rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.startsWith("~")) {
            return rest;
        }
        try {
            return Path.of(rest).toAbsolutePath().normalize().toString();
        } catch (RuntimeException notAPath) {
            return rest;
        }
    }
}
