package io.consumerprotection.core.internal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes JSON strings escaped per RFC 8259 (quotes, backslash, control characters, lone surrogates). */
public final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** Appends the value as a JSON string literal, quotes included; {@code null} as {@code null}. */
    public static void string(Appendable out, String value) {
        try {
            if (value == null) {
                out.append("null");
                return;
            }
            out.append('"');
            int n = value.length();
            int run = 0;
            for (int i = 0; i < n; i++) {
                char c = value.charAt(i);
                String escape = null;
                boolean unicode = false;
                if (c == '"') {
                    escape = "\\\"";
                } else if (c == '\\') {
                    escape = "\\\\";
                } else if (c < 0x20) {
                    switch (c) {
                        case '\n' -> escape = "\\n";
                        case '\r' -> escape = "\\r";
                        case '\t' -> escape = "\\t";
                        case '\b' -> escape = "\\b";
                        case '\f' -> escape = "\\f";
                        default -> unicode = true;
                    }
                } else if (Character.isSurrogate(c)) {
                    boolean paired = Character.isHighSurrogate(c) ? i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))
                            : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
                    unicode = !paired;
                } else if (c == '\u2028' || c == '\u2029') {
                    unicode = true;
                }
                if (escape == null && !unicode) {
                    continue;
                }
                out.append(value, run, i);
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                            .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                }
                run = i + 1;
            }
            out.append(value, run, n);
            out.append('"');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value as a JSON string literal. */
    public static String string(String value) {
        StringBuilder sb = new StringBuilder(value == null ? 4 : value.length() + 2);
        string(sb, value);
        return sb.toString();
    }
}
