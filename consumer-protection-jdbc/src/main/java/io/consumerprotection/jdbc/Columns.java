package io.consumerprotection.jdbc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Conversions between Java values and the column formats of the migrations (exact instants, JSON maps). */
final class Columns {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    private Columns() {
    }

    /** An instant as exact epoch seconds with nine decimals; it sorts like the instant. */
    static BigDecimal epoch(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
    }

    /** The instant of an epoch column; {@code null} for SQL NULL. */
    static Instant instant(BigDecimal epoch) {
        if (epoch == null) {
            return null;
        }
        BigDecimal seconds = epoch.setScale(0, RoundingMode.FLOOR);
        int nanos = epoch.subtract(seconds).multiply(NANOS_PER_SECOND).intValueExact();
        return Instant.ofEpochSecond(seconds.longValueExact(), nanos);
    }

    /** A string map as a JSON object with sorted keys (so equal maps give equal text). */
    static ObjectNode stringMap(Map<String, String> map) {
        ObjectNode node = JSON.createObjectNode();
        new TreeMap<>(map).forEach(node::put);
        return node;
    }

    static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.forEachEntry((key, value) -> map.put(key, value.stringValue()));
        return map;
    }

    /** A date map as a JSON object of ISO dates with sorted keys. */
    static ObjectNode dateMap(Map<String, LocalDate> map) {
        ObjectNode node = JSON.createObjectNode();
        new TreeMap<>(map).forEach((key, date) -> node.put(key, date.toString()));
        return node;
    }

    static Map<String, LocalDate> dateMap(JsonNode node) {
        Map<String, LocalDate> map = new LinkedHashMap<>();
        node.forEachEntry((key, value) -> map.put(key, LocalDate.parse(value.stringValue())));
        return map;
    }

    static String write(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    /**
     * Whether the exception (or one it wraps) is a unique-constraint violation: SQLState 23505 (H2,
     * PostgreSQL), or MariaDB/MySQL's duplicate-entry errors 1062 and 1586 (SQLState 23000).
     */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())
                    || "23000".equals(x.getSQLState()) && (x.getErrorCode() == 1062 || x.getErrorCode() == 1586)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the exception says that a concurrent transaction changed the same row first (H2 reports this
     * as error 90131, or 40001 under REPEATABLE READ; PostgreSQL as a serialization failure 40001 under
     * stricter isolation levels; MariaDB/MySQL as a deadlock, 40001).
     */
    static boolean isConcurrentUpdate(SQLException e) {
        return "40001".equals(e.getSQLState()) || e.getErrorCode() == 90131;
    }
}
