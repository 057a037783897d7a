package io.consumerprotection.core.internal.appraisal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One non-blank, non-comment line of a scorecard definition: its number, keyword and attributes in the
 * order written.
 *
 * @param number     the 1-based line number
 * @param keyword    the first word
 * @param attributes {@code key=value} pairs, in order
 */
public record DefinitionLine(int number, String keyword, Map<String, String> attributes) {

    public DefinitionLine {
        Objects.requireNonNull(keyword, "keyword");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * Splits a definition text into lines. A line is {@code keyword key=value key="quoted value"…};
     * {@code #} starts a comment line; blank lines are skipped. Inside quotes, {@code \"} and
     * {@code \\} escape.
     *
     * @throws IllegalArgumentException naming the line when a line is malformed (an unclosed quote, a
     *                                  token without {@code =}, a repeated key)
     */
    public static List<DefinitionLine> split(String text) {
        Objects.requireNonNull(text, "text");
        List<DefinitionLine> out = new java.util.ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            out.add(parse(i + 1, line));
        }
        return List.copyOf(out);
    }

    private static DefinitionLine parse(int number, String line) {
        int p = 0;
        int n = line.length();
        while (p < n && !Character.isWhitespace(line.charAt(p))) {
            p++;
        }
        String keyword = line.substring(0, p);
        Map<String, String> attrs = new LinkedHashMap<>();
        while (true) {
            while (p < n && Character.isWhitespace(line.charAt(p))) {
                p++;
            }
            if (p >= n) {
                break;
            }
            int keyStart = p;
            while (p < n && line.charAt(p) != '=' && !Character.isWhitespace(line.charAt(p))) {
                p++;
            }
            if (p >= n || line.charAt(p) != '=') {
                throw new IllegalArgumentException("line " + number + ": expected key=value at column " + (keyStart + 1));
            }
            String key = line.substring(keyStart, p);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("line " + number + ": empty key at column " + (keyStart + 1));
            }
            p++;
            StringBuilder value = new StringBuilder();
            if (p < n && line.charAt(p) == '"') {
                p++;
                boolean closed = false;
                while (p < n) {
                    char c = line.charAt(p++);
                    if (c == '\\' && p < n) {
                        value.append(line.charAt(p++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("line " + number + ": unclosed quote in " + key);
                }
                if (p < n && !Character.isWhitespace(line.charAt(p))) {
                    throw new IllegalArgumentException("line " + number + ": expected a space after the quoted " + key);
                }
            } else {
                while (p < n && !Character.isWhitespace(line.charAt(p))) {
                    value.append(line.charAt(p++));
                }
            }
            if (attrs.put(key, value.toString()) != null) {
                throw new IllegalArgumentException("line " + number + ": repeated key " + key);
            }
        }
        return new DefinitionLine(number, keyword, attrs);
    }

    /** Quotes a value for this format when it needs quoting. */
    public static String quote(String value) {
        if (!value.isEmpty() && value.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\\')) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
