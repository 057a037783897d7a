package io.consumerprotection.core.audit;

import io.consumerprotection.core.internal.audit.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** A minimal streaming JSON writer over an {@link Appendable}, for the audit outputs; strings per RFC 8259. */
final class JsonOut {

    private final Appendable out;
    private boolean first = true;

    JsonOut(Appendable out) {
        this.out = out;
    }

    JsonOut raw(String s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonOut begin() {
        first = true;
        return raw("{");
    }

    JsonOut end() {
        first = false;
        return raw("}");
    }

    JsonOut beginArray(String name) {
        key(name).raw("[");
        first = true;
        return this;
    }

    JsonOut endArray() {
        first = false;
        return raw("]");
    }

    /** Before an element of an array. */
    JsonOut element() {
        if (!first) {
            raw(",");
        }
        first = true;
        return this;
    }

    JsonOut key(String name) {
        if (!first) {
            raw(",");
        }
        first = false;
        JsonText.string(out, name);
        return raw(":");
    }

    JsonOut field(String name, String value) {
        key(name);
        JsonText.string(out, value);
        return this;
    }

    JsonOut field(String name, long value) {
        return key(name).raw(Long.toString(value));
    }

    JsonOut field(String name, boolean value) {
        return key(name).raw(Boolean.toString(value));
    }

    JsonOut object(String name) {
        key(name).raw("{");
        first = true;
        return this;
    }

    JsonOut map(String name, Map<String, ?> values) {
        object(name);
        values.forEach((k, v) -> {
            if (v instanceof Number n) {
                field(k, n.longValue());
            } else {
                field(k, String.valueOf(v));
            }
        });
        return end();
    }

    JsonOut strings(String name, List<String> values) {
        beginArray(name);
        for (String v : values) {
            element();
            JsonText.string(out, v);
            first = false;
        }
        return endArray();
    }

    JsonOut evidence(String name, List<Evidence> evidence) {
        beginArray(name);
        for (Evidence e : evidence) {
            element().begin().field("name", e.name()).field("value", e.value()).end();
        }
        return endArray();
    }
}
