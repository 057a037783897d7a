package io.consumerprotection.examples.cli;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * One JSON request read against its {@link Op}: typed getters that name the field and say what is accepted
 * ({@link ErrorCode#MISSING_FIELD}, {@link ErrorCode#INVALID_INPUT}), and the fields the op does not read,
 * reported as {@link ErrorCode#UNKNOWN_FIELD} warnings.
 */
final class Request {

    /** A request that cannot be answered: its code and a message naming the field. */
    static final class Rejected extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final ErrorCode code;

        Rejected(ErrorCode code, String message) {
            super(message);
            this.code = code;
        }

        ErrorCode code() {
            return code;
        }
    }

    private final JsonNode node;
    private final Op op;

    Request(JsonNode node, Op op) {
        this.node = node;
        this.op = op;
    }

    /** The raw node. */
    JsonNode node() {
        return node;
    }

    /** The names of the fields the op does not read, in input order. */
    List<String> unknownFields() {
        List<String> out = new ArrayList<>();
        for (String name : node.propertyNames()) {
            if (!op.reads(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** True when the field is present and not null. */
    boolean has(String field) {
        return node.hasNonNull(field);
    }

    /** A required text field. */
    String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || (v.isString() && v.asString().isEmpty())) {
            throw missing(field);
        }
        if (!v.isString()) {
            throw invalid(field, "must be a JSON string");
        }
        return v.asString();
    }

    /** An optional text field. */
    String text(String field, String fallback) {
        return has(field) ? text(field) : fallback;
    }

    /** A required field that must be one of {@code accepted} (case-insensitive); returns it in upper case. */
    String oneOf(String field, List<String> accepted) {
        String v = text(field).toUpperCase(Locale.ROOT);
        if (!accepted.contains(v)) {
            throw invalid(field, "must be one of " + String.join(", ", accepted));
        }
        return v;
    }

    /** A required ISO date field. */
    LocalDate date(String field) {
        String v = text(field);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be an ISO date such as 2024-02-18");
        }
    }

    /** A required date-time with offset. */
    OffsetDateTime dateTime(String field) {
        String v = text(field);
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be an ISO date-time with offset such as 2024-09-20T10:15:00+08:00");
        }
    }

    /** A required whole number. */
    int integer(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw missing(field);
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw invalid(field, "must be a whole number");
        }
        return v.asInt();
    }

    /** An optional boolean. */
    boolean bool(String field, boolean fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw invalid(field, "must be true or false");
        }
        return v.asBoolean();
    }

    /** The failure for a required field that is absent. */
    static Rejected missing(String field) {
        return new Rejected(ErrorCode.MISSING_FIELD, "field '" + field + "' is required");
    }

    /** The failure for a field with a wrong value; {@code accepted} says what would be right. */
    static Rejected invalid(String field, String accepted) {
        return new Rejected(ErrorCode.INVALID_INPUT, "field '" + field + "' " + accepted);
    }
}
