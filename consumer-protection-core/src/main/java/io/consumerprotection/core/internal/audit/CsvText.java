package io.consumerprotection.core.internal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes CSV fields quoted per RFC 4180: a field holding a comma, quote, CR or LF is quoted, quotes doubled. */
public final class CsvText {

    private CsvText() {
    }

    /** Appends one field, quoted when needed; {@code null} as an empty field. */
    public static void field(Appendable out, String value) {
        try {
            if (value == null || value.isEmpty()) {
                return;
            }
            boolean quote = false;
            for (int i = 0; i < value.length() && !quote; i++) {
                char c = value.charAt(i);
                quote = c == ',' || c == '"' || c == '\r' || c == '\n';
            }
            if (!quote) {
                out.append(value);
                return;
            }
            out.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    out.append('"');
                }
                out.append(c);
            }
            out.append('"');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends a record: the fields separated by commas, ended by CRLF. */
    public static void record(Appendable out, String... fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                field(out, fields[i]);
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
