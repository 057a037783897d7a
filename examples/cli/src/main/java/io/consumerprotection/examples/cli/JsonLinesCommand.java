package io.consumerprotection.examples.cli;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
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
 * The shape every JSON Lines command shares: one JSON object per input line (stdin or {@code --input}, in
 * {@code --encoding}), one JSON line per answered input line on stdout, in order. A line that cannot be
 * answered gives {@code {"id":…,"error":{"code":…,"message":…}}}; a line that is not JSON or not valid in the
 * encoding gives {@code {"line":N,"error":{…}}}; the other lines are still answered. A field the op does not
 * read is reported in {@code "warnings":[{"code":"UNKNOWN_FIELD",…}]}. Blank lines are skipped. Exit status
 * {@link Cli#OK} when every line was answered, {@link Cli#SOME_ERRORS} otherwise; the ops, fields and codes
 * are in the command's {@code --help}.
 */
public abstract class JsonLinesCommand implements Callable<Integer> {

    /** The shared JSON mapper (Jackson 3, thread-safe). */
    protected static final ObjectMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", description = "read JSON Lines from FILE instead of stdin")
    Path input;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", converter = InputLines.EncodingConverter.class,
            description = "encoding of the input: " + InputLines.ACCEPTED)
    Charset encoding;

    /** The kinds of request this command answers (one with an empty name when there is no {@code op}). */
    abstract List<Op> ops();

    /**
     * Answers one request. Throw {@link Request.Rejected}, {@link ConsumerProtectionException} (its code is
     * reported), {@link IllegalArgumentException} or {@link DateTimeException} (reported as {@code INVALID_INPUT}).
     *
     * @param op the request's op
     * @param request the parsed input line
     * @return the answer; the request's {@code id} is added in front by the caller
     */
    abstract ObjectNode answer(Op op, Request request);

    /** Checks the command's options before the first line is read; throw {@link CommandFailure#usage}. */
    void checkOptions() {
    }

    /** Whether an answer is a finding, which makes the exit status {@link Cli#SOME_ERRORS} (default: never). */
    boolean isFinding(ObjectNode answer) {
        return false;
    }

    /** The help footer listing the ops, fields, defaults and one example each. */
    String help() {
        return "%nRequests (one JSON object per line):%n" + Op.help(ops());
    }

    @Override
    public Integer call() {
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        boolean errors = false;
        try (InputLines lines = InputLines.open(input, "--input", encoding)) {
            Optional<InputLines.Line> next;
            while ((next = lines.next()).isPresent()) {
                InputLines.Line line = next.get();
                ObjectNode response;
                if (!line.readable()) {
                    response = lineError(line.number(), ErrorCode.INVALID_ENCODING.name(), line.encodingError());
                } else if (line.text().isBlank()) {
                    continue;
                } else {
                    response = respond(line.text(), line.number());
                }
                errors |= response.has("error") || isFinding(response);
                out.println(JSON.writeValueAsString(response));
                if (out.checkError() || System.out.checkError()) {
                    throw CommandFailure.failure("stdout", "writing failed after input line " + line.number()
                            + " (disk full, or the reading end was closed)", null);
                }
            }
        }
        out.flush();
        if (out.checkError() || System.out.checkError()) {
            throw CommandFailure.failure("stdout", "writing failed (disk full, or the reading end was closed)", null);
        }
        return errors ? Cli.SOME_ERRORS : Cli.OK;
    }

    /** Answers one raw line: never throws. */
    ObjectNode respond(String line, long number) {
        JsonNode request;
        try {
            request = JSON.readTree(line);
        } catch (JacksonException e) {
            return lineError(number, ErrorCode.INVALID_JSON.name(), "line " + number + " is not JSON: " + e.getOriginalMessage());
        }
        if (request == null || !request.isObject()) {
            return lineError(number, ErrorCode.INVALID_JSON.name(), "line " + number + " is not a JSON object");
        }
        ObjectNode response = JSON.createObjectNode();
        JsonNode id = request.get("id");
        if (id != null && !id.isNull()) {
            response.set("id", id);
        } else {
            response.put("line", number);
        }
        try {
            Op op = op(request);
            Request r = new Request(request, op);
            ObjectNode answer = answer(op, r);
            response.setAll(answer);
            List<String> unknown = r.unknownFields();
            if (!unknown.isEmpty()) {
                ArrayNode warnings = response.putArray("warnings");
                for (String f : unknown) {
                    warnings.addObject().put("code", ErrorCode.UNKNOWN_FIELD.name()).put("field", f).put("message",
                            "field '" + f + "' is not read by " + (op.name().isEmpty() ? "this command" : "op " + op.name())
                                    + " and was ignored; it reads " + String.join(", ", op.fields().stream().map(Op.Field::name).toList()));
                }
            }
        } catch (Request.Rejected e) {
            response.set("error", error(e.code().name(), e.getMessage()));
        } catch (ConsumerProtectionException e) {
            response.set("error", withViolations(error(e.code(), e.getMessage()), e.violations()));
        } catch (IllegalArgumentException | DateTimeException e) {
            response.set("error", error(ErrorCode.INVALID_INPUT.name(), CommandFailure.firstLine(e)));
        }
        return response;
    }

    private Op op(JsonNode request) {
        List<Op> ops = ops();
        if (ops.size() == 1 && ops.get(0).name().isEmpty()) {
            return ops.get(0);
        }
        List<String> names = ops.stream().map(Op::name).toList();
        JsonNode op = request.get("op");
        if (op == null || op.isNull() || op.asString("").isEmpty()) {
            throw new Request.Rejected(ErrorCode.MISSING_FIELD, "field 'op' is required; one of " + String.join(", ", names));
        }
        return ops.stream().filter(o -> o.name().equals(op.asString())).findFirst()
                .orElseThrow(() -> new Request.Rejected(ErrorCode.UNKNOWN_OP,
                        "unknown op '" + op.asString() + "'; known: " + String.join(", ", names)));
    }

    static ObjectNode lineError(long number, String code, String message) {
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
        if (violations.isEmpty()) {
            return error;
        }
        ArrayNode list = error.putArray("violations");
        for (Violation v : violations) {
            list.addObject().put("field", v.field()).put("rule", v.rule()).put("message", v.message());
        }
        return error;
    }

    /** The whole text of {@code file}, or of standard input when it is null, as UTF-8. */
    static String readText(Path file) {
        return readText(file, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The whole text of {@code file}, or of standard input when it is null, in {@code encoding}. */
    static String readText(Path file, Charset encoding) {
        return InputLines.readText(file, "--input", encoding);
    }

    /** The text of a required field, or a {@link ErrorCode#MISSING_FIELD} rejection naming it. */
    protected static String required(JsonNode request, String field) {
        JsonNode v = request.get(field);
        if (v == null || v.isNull() || v.asString().isEmpty()) {
            throw Request.missing(field);
        }
        return v.asString();
    }
}
