package io.consumerprotection.core.audit;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes findings as JSON Lines: one JSON object per finding and line, strings escaped per RFC 8259:
 * {@code {"ruleId":…,"ruleVersion":…,"subjectKind":…,"subjectId":…,"kind":…,"severity":…,"message":…,"messageZh":…,"evidence":[{"name":…,"value":…}]}}.
 * {@code message} is the rule's English message, as it always was; {@code messageZh}, added after it, is its Chinese
 * form from {@link FindingMessages#builtIn()} and is present only when the message is not empty and a template
 * matches it.
 * Not thread-safe; the run hands findings over from one thread.
 */
public final class JsonLinesFindings implements Consumer<Finding>, Flushable {

    private final Appendable out;

    private JsonLinesFindings(Appendable out) {
        this.out = out;
    }

    /** A writer to this appendable (a {@link java.io.Writer} or a {@link StringBuilder}). */
    public static JsonLinesFindings to(Appendable out) {
        return new JsonLinesFindings(Objects.requireNonNull(out, "out"));
    }

    @Override
    public void accept(Finding f) {
        write(new JsonOut(out), f);
        new JsonOut(out).raw("\n");
    }

    static void write(JsonOut j, Finding f) {
        j.begin().field("ruleId", f.ruleId().value()).field("ruleVersion", f.ruleVersion())
                .field("subjectKind", f.subjectKind()).field("subjectId", f.subjectId()).field("kind", f.kind().name())
                .field("severity", f.severity().name()).field("message", f.message());
        if (!f.message().isEmpty()) {
            FindingMessages.builtIn().findChinese(f).ifPresent(zh -> j.field("messageZh", zh));
        }
        j.evidence("evidence", f.evidence()).end();
    }

    /** The finding as one JSON object. */
    public static String toJson(Finding f) {
        StringBuilder sb = new StringBuilder(256);
        write(new JsonOut(sb), f);
        return sb.toString();
    }

    @Override
    public void flush() {
        if (out instanceof Flushable fl) {
            try {
                fl.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
