package io.consumerprotection.examples.host.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names the reports show for codes of the SDK that carry no Chinese title of their own (severities, finding
 * kinds, channels, deadline statuses, personal-data types, …), from the bundled {@code code-names.tsv}, and the
 * language a report is written in.
 */
public final class CodeNames {

    /** The languages of a report: Chinese (the default), English, or both (Chinese first). */
    public enum Language {
        /** Chinese only. */
        ZH,
        /** English only. */
        EN,
        /** Chinese, then English. */
        BOTH;

        /** Parses {@code zh}, {@code en} or {@code both} in any case. */
        public static Language parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("language must be zh, en or both", e);
            }
        }

        /** The text in this language, from its Chinese and English forms. */
        public String text(String zh, String en) {
            return switch (this) {
                case ZH -> zh;
                case EN -> en;
                case BOTH -> zh.equals(en) ? zh : zh + " / " + en;
            };
        }
    }

    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9_-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Za-z0-9_-])");
    private static final Map<String, String[]> NAMES = load();

    private CodeNames() {
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> names = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(CodeNames.class.getResourceAsStream("code-names.tsv"), "code-names.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException("code-names.tsv: expected code, Chinese, English in " + line);
                }
                names.put(f[0], new String[] {f[1], f[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The name of a code in a language, if the table has it. */
    public static Optional<String> find(String code, Language language) {
        String[] n = NAMES.get(code);
        return n == null ? Optional.empty() : Optional.of(language.text(n[0], n[1]));
    }

    /** The name of a code in a language, or the code itself when the table does not have it. */
    public static String name(String code, Language language) {
        return find(code, language).orElse(code);
    }

    /** The text with every code of the table in it replaced by its name. */
    public static String named(String text, Language language) {
        Matcher m = CODE.matcher(text);
        StringBuilder b = new StringBuilder(text.length() + 16);
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(name(m.group(), language)));
        }
        return m.appendTail(b).toString();
    }
}
