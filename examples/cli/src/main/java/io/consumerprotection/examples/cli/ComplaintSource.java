package io.consumerprotection.examples.cli;

import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The complaints a reporting command reads once: JSON Lines in the {@code stats} shape from a file or stdin, or
 * the JDBC host's store for {@code [from, to)}. A line that cannot be read goes to {@code errors} and is skipped; a
 * field that is not read goes to {@code unknownFields} with the number of the first line that carries it.
 */
final class ComplaintSource {

    private ComplaintSource() {
    }

    static <T> T read(Path input, Charset encoding, String jdbcUrl, boolean migrate, Instant from, Instant to,
                      ArrayNode errors, java.util.Map<String, Long> unknownFields, Function<Stream<ComplaintRecord>, T> use) {
        if (jdbcUrl != null && input != null) {
            throw CommandFailure.usage("--jdbc", "give --input FILE or --jdbc URL, not both");
        }
        if (jdbcUrl != null) {
            try (io.consumerprotection.examples.host.jdbc.JdbcHost host = Databases.open(jdbcUrl, null, null, null, migrate);
                 Stream<ComplaintRecord> records = host.complaintStore().stream(ComplaintQuery.receivedBetween(from, to))) {
                return use.apply(records);
            }
        }
        try (InputLines lines = InputLines.open(input, "--input", encoding)) {
            Stream<ComplaintRecord> records = lines.stream().map(line -> {
                if (!line.readable()) {
                    errors.add(JsonLinesCommand.lineError(line.number(), ErrorCode.INVALID_ENCODING.name(), line.encodingError()));
                    return null;
                }
                if (line.text().isBlank()) {
                    return null;
                }
                try {
                    JsonNode node = JsonLinesCommand.JSON.readTree(line.text());
                    ComplaintRecord c = StatsCommand.complaint(node);
                    for (String f : node.propertyNames()) {
                        if (!StatsCommand.ACCEPTED_FIELDS.contains(f)) {
                            unknownFields.putIfAbsent(f, line.number());
                        }
                    }
                    return c;
                } catch (JacksonException e) {
                    errors.add(JsonLinesCommand.lineError(line.number(), ErrorCode.INVALID_JSON.name(),
                            "line " + line.number() + " is not JSON: " + e.getOriginalMessage()));
                } catch (Request.Rejected e) {
                    errors.add(JsonLinesCommand.lineError(line.number(), e.code().name(), "line " + line.number() + ": " + e.getMessage()));
                } catch (IllegalArgumentException | DateTimeException e) {
                    errors.add(JsonLinesCommand.lineError(line.number(), ErrorCode.INVALID_INPUT.name(),
                            "line " + line.number() + ": " + CommandFailure.firstLine(e)));
                }
                return null;
            }).filter(x -> x != null);
            return use.apply(records);
        }
    }

    /** The warning a command prints for a field it does not read (the stats command puts it in its output). */
    static String unknownFieldMessage(String field, long line) {
        return "field '" + field + "' (first on line " + line + ") is not read and was ignored; fields: "
                + String.join(", ", StatsCommand.FIELDS);
    }
}
