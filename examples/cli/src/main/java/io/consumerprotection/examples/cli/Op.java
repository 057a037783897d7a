package io.consumerprotection.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One kind of request a JSON Lines command answers: its name (the {@code "op"} field; empty for a command
 * with one kind), the fields it reads with their types and defaults, and one example line with its answer.
 * The command's {@code --help} lists these, and {@link Request} checks a line against them.
 */
record Op(String name, String description, List<Field> fields, String example, String answer) {

    /** One field of a request: name, type as the help shows it, whether it is required, default, meaning. */
    record Field(String name, String type, boolean required, String defaultValue, String description) {

        /** A required field. */
        static Field required(String name, String type, String description) {
            return new Field(name, type, true, null, description);
        }

        /** An optional field with a default (null when absence means "none"). */
        static Field optional(String name, String type, String defaultValue, String description) {
            return new Field(name, type, false, defaultValue, description);
        }
    }

    /** The {@code id} every request may carry: copied to the answer. */
    static final Field ID = Field.optional("id", "text|number", null, "copied to the answer (else the answer has \"line\")");

    Op {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
    }

    /** An op with the given fields (plus {@link #ID}, and {@code op} when named). */
    static Op of(String name, String description, String example, String answer, Field... fields) {
        List<Field> all = new ArrayList<>();
        all.add(ID);
        if (!name.isEmpty()) {
            all.add(Field.required("op", "text", "\"" + name + "\""));
        }
        all.addAll(List.of(fields));
        return new Op(name, description, all, example, answer);
    }

    /** The field called {@code field}, if the op reads it. */
    boolean reads(String field) {
        return fields.stream().anyMatch(f -> f.name().equals(field));
    }

    /** The help text of a list of ops, escaped for picocli (its line breaks are %n). */
    static String help(List<Op> ops) {
        StringBuilder b = new StringBuilder();
        for (Op op : ops) {
            b.append(op.name().isEmpty() ? "Request" : "op \"" + op.name() + "\"").append(": ").append(op.description()).append('\n');
            for (Field f : op.fields()) {
                if (f.name().equals("op")) {
                    continue;
                }
                b.append(String.format(java.util.Locale.ROOT, "    %-13s %-20s %s%s%n", f.name(), f.type(),
                        f.required() ? "required" : f.defaultValue() == null ? "optional" : "default " + f.defaultValue(),
                        f.description().isEmpty() ? "" : "; " + f.description()));
            }
            b.append("  e.g. ").append(op.example()).append('\n');
            b.append("    -> ").append(op.answer()).append('\n');
        }
        return b.toString().replace("\r", "").replace("%", "%%").replace("\n", "%n");
    }
}
