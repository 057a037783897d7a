package io.consumerprotection.core.audit;

import io.consumerprotection.core.internal.audit.CsvText;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Writes findings as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted,
 * quotes doubled), with a header line: {@value #HEADER}. The evidence column joins {@code name=value}
 * pairs with {@code "; "}. The last column, {@code messageZh} (added after the others so that columns read by position
 * keep their place), is the message in Chinese ({@link FindingMessages#builtIn()}), empty when no template matches.
 * Not thread-safe.
 */
public final class CsvFindings implements Consumer<Finding>, Flushable {

    /** The header line's columns. */
    public static final String HEADER = "ruleId,ruleVersion,subjectKind,subjectId,kind,severity,message,evidence,messageZh";

    private final Appendable out;

    private CsvFindings(Appendable out) {
        this.out = out;
    }

    /** A writer to this appendable; writes the header line at once. */
    public static CsvFindings to(Appendable out) {
        CsvFindings w = new CsvFindings(Objects.requireNonNull(out, "out"));
        CsvText.record(out, HEADER.split(","));
        return w;
    }

    @Override
    public void accept(Finding f) {
        CsvText.record(out, f.ruleId().value(), f.ruleVersion(), f.subjectKind(), f.subjectId(), f.kind().name(),
                f.severity().name(), f.message(),
                f.evidence().stream().map(e -> e.name() + "=" + e.value()).collect(Collectors.joining("; ")),
                f.message().isEmpty() ? "" : FindingMessages.builtIn().findChinese(f).orElse(""));
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
