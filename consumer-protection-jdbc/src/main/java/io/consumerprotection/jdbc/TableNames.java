package io.consumerprotection.jdbc;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the SDK's tables are: an optional schema (a PostgreSQL or H2 schema, a MySQL/MariaDB database) and an
 * optional prefix of every table, index, constraint and function name, so that the tables sit beside a bank's own
 * without a clash. {@code TableNames.of("xb", "cp_")} puts the complaints in {@code xb.cp_complaint}; the default
 * is no schema (the connection's current one) and no prefix, that is {@code complaint}, {@code audit_record}, ….
 *
 * <p>Both parts are plain SQL identifiers ({@code [A-Za-z_][A-Za-z0-9_]*}, the prefix may also be empty), so they
 * can be written into SQL unquoted: nothing a configuration file holds can change a statement's meaning.
 * The scripts of {@code db/consumer-protection} receive them as the Flyway placeholders {@code ${table_schema}}
 * (empty, or the schema and a dot) and {@code ${table_prefix}}.
 *
 * @param schema the schema, or empty for the connection's current schema
 * @param prefix the prefix of every name, or empty
 */
public record TableNames(String schema, String prefix) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final Pattern PREFIX = Pattern.compile("([A-Za-z_][A-Za-z0-9_]{0,30})?");
    private static final Pattern TOKEN = Pattern.compile("\\{([a-z_]+)}");

    /**
     * The names as given.
     *
     * @throws IllegalArgumentException naming {@code schema} or {@code prefix} when it is not a plain identifier
     */
    public TableNames {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(prefix, "prefix");
        if (!schema.isEmpty() && !IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema must be empty or an SQL identifier of 1-63 characters"
                    + " [A-Za-z_][A-Za-z0-9_]*");
        }
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("prefix must be empty or an SQL identifier of 1-31 characters"
                    + " [A-Za-z_][A-Za-z0-9_]*");
        }
    }

    /** No schema, no prefix: the tables of the connection's current schema, by their plain names. */
    public static TableNames defaults() {
        return new TableNames("", "");
    }

    /** The tables in this schema (or the current one when {@code null} or empty), each name with this prefix. */
    public static TableNames of(String schema, String prefix) {
        return new TableNames(schema == null ? "" : schema, prefix == null ? "" : prefix);
    }

    /** The tables in this schema, without a prefix. */
    public static TableNames inSchema(String schema) {
        return of(schema, "");
    }

    /** The name a statement uses for one of the SDK's tables, e.g. {@code xb.cp_complaint}. */
    public String table(String name) {
        return (schema.isEmpty() ? "" : schema + ".") + prefix + name;
    }

    /** Flyway's history table of the SDK's own migrations (in {@link #schema()} when one is set). */
    public String historyTable() {
        return prefix + "consumer_protection_schema_history";
    }

    /** The placeholders {@code table_schema} and {@code table_prefix} of the migration scripts. */
    public Map<String, String> placeholders() {
        return Map.of("table_schema", schema.isEmpty() ? "" : schema + ".", "table_prefix", prefix);
    }

    /** The statement with every {@code {table}} token replaced by {@link #table(String) that table's name}. */
    String sql(String template) {
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(table(m.group(1))));
        }
        return m.appendTail(out).toString();
    }
}
