package io.consumerprotection.examples.cli;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shape every JSON Lines command shares: one JSON object per input line (stdin or {@code --input}),
 * one JSON line per answered input line on stdout, in order. A line that cannot be answered gives
 * {@code {"id":…,"error":{"code":…,"message":…}}}; a line that is not JSON gives
 * {@code {"line":N,"error":{…}}}; the other lines are still answered. Blank lines are skipped.
 * Exit status {@link Cli#OK} when every line was answered, {@link Cli#SOME_ERRORS} otherwise.
 */
public abstract class JsonLinesCommand implements Callable<Integer> {

    /** The shared JSON mapper (Jackson 3, thread-safe). */
    protected static final ObjectMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", description = "read JSON Lines from FILE instead of stdin")
    Path input;

    /**
     * Answers one request. Throw {@link ConsumerProtectionException} (its code is reported),
     * {@link IllegalArgumentException} or {@link DateTimeException} (reported as {@code INVALID_INPUT}).
     *
     * @param request the parsed input line
     * @return the answer; the request's {@code id} is added in front by the caller
     */
    protected abstract ObjectNode answer(JsonNode request);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean errors = false;
        try (BufferedReader reader = open()) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode response = respond(line, number);
                errors |= response.has("error");
                out.println(JSON.writeValueAsString(response));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return errors ? Cli.SOME_ERRORS : Cli.OK;
    }

    private BufferedReader open() throws IOException {
        if (input != null) {
            return Files.newBufferedReader(input, StandardCharsets.UTF_8);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /** Answers one raw line: never throws. */
    ObjectNode respond(String line, int number) {
        JsonNode request;
        try {
            request = JSON.readTree(line);
        } catch (JacksonException e) {
            return lineError(number, "INVALID_JSON", "line " + number + " is not JSON: " + e.getOriginalMessage());
        }
        if (request == null || !request.isObject()) {
            return lineError(number, "INVALID_JSON", "line " + number + " is not a JSON object");
        }
        ObjectNode response = JSON.createObjectNode();
        JsonNode id = request.get("id");
        if (id != null) {
            response.set("id", id);
        } else {
            response.put("line", number);
        }
        try {
            response.setAll(answer(request));
        } catch (ConsumerProtectionException e) {
            response.set("error", error(e.code(), e.getMessage()));
        } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
            response.set("error", error("INVALID_INPUT", String.valueOf(e.getMessage())));
        }
        return response;
    }

    private static ObjectNode lineError(int number, String code, String message) {
        ObjectNode response = JSON.createObjectNode();
        response.put("line", number);
        response.set("error", error(code, message));
        return response;
    }

    /** An {@code {"code":…,"message":…}} object. */
    protected static ObjectNode error(String code, String message) {
        ObjectNode e = JSON.createObjectNode();
        e.put("code", code);
        e.put("message", message);
        return e;
    }

    /** Adds {@code "violations":[{"field":…,"rule":…,"message":…}]} to an error object; returns it. */
    static ObjectNode withViolations(ObjectNode error, List<Violation> violations) {
        ArrayNode list = error.putArray("violations");
        for (Violation v : violations) {
            list.addObject().put("field", v.field()).put("rule", v.rule()).put("message", v.message());
        }
        return error;
    }

    /** The whole text of {@code file}, or of standard input when it is null, as UTF-8. */
    static String readText(Path file) throws IOException {
        return file != null ? Files.readString(file, StandardCharsets.UTF_8)
                : new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The text of a required field, or an {@link IllegalArgumentException} naming it. */
    protected static String required(JsonNode request, String field) {
        JsonNode v = request.get(field);
        if (v == null || v.isNull() || v.asString().isEmpty()) {
            throw new IllegalArgumentException("field '" + field + "' is required");
        }
        return v.asString();
    }
}
