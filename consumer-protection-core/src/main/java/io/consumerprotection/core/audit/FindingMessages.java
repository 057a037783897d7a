package io.consumerprotection.core.audit;

import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.internal.Redaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese form of finding messages, from versioned templates keyed by rule id (the bundled
 * {@code finding-messages.tsv}, which a host extends with {@link #with}). A rule writes its message in English;
 * an English template of the rule matches the whole message, and the Chinese template with the same placeholders
 * writes it again, each placeholder's value translated in turn where a template matches it (the verb, the
 * citation of a due date, each item of a list). Codes, ids and dates are kept as they are: a report names codes.
 *
 * <pre>{@code
 * FindingMessages messages = FindingMessages.builtIn();
 * messages.findChinese(finding)   // Optional[应于 2024-10-08（NFRA-2020-3，日历 CN 2026a）前作出处理决定，…：晚 2 天]
 * }</pre>
 *
 * <p>The format: UTF-8, tab-separated lines {@code rules<TAB>English template<TAB>Chinese template}, {@code #}
 * comments, one {@code version<TAB>…} line; {@code rules} is a comma-separated list of rule ids or {@code *} (a
 * template every rule may use). Placeholders are {@code {name}} or, in the English template, {@code {name:kind}}
 * with the kinds {@code days} ({@code 2 days} → {@code 2 天}), {@code items} ({@code ; }-separated),
 * {@code commas} ({@code , }-separated), {@code list} (a Java list {@code [a, b]}) and {@code raw} (kept as it
 * is). Both templates of a line name the same placeholders, each once in the English one. A placeholder takes as
 * much of the message as it can (an earlier one before a later one), so a value may hold the literal text that follows
 * it (a due date's citation holds {@code ", "}). Where several templates match, the one with the most literal text wins. Immutable and thread-safe.
 */
public final class FindingMessages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?::([a-z]+))?}");
    private static final Set<String> KINDS = Set.of("", "days", "items", "commas", "list", "raw");
    private static final Pattern DAYS = Pattern.compile("(\\d+) days?");
    private static final int MAX_DEPTH = 4;
    private static final int CACHE_LIMIT = 8192;
    private static final String SHARED = "*";
    private static final FindingMessages BUILT_IN = load();

    private final String version;
    private final List<Template> templates;
    private final Map<RuleId, Compiled[]> pools;
    private final Compiled[] shared;
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    /**
     * One line of the catalogue: the rules it serves ({@code *} for every rule), the English template and the
     * Chinese one.
     *
     * @param rules   the rule ids, or {@code *}
     * @param english the English template
     * @param chinese the Chinese template
     */
    public record Template(List<String> rules, String english, String chinese) {

        public Template {
            rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
            Objects.requireNonNull(english, "english");
            Objects.requireNonNull(chinese, "chinese");
        }

        /** The placeholder names of the English template, in order. */
        public List<String> englishPlaceholders() {
            return names(english);
        }

        /** The placeholder names of the Chinese template, in order of first use. */
        public List<String> chinesePlaceholders() {
            return new ArrayList<>(new LinkedHashSet<>(names(chinese)));
        }

        @Override
        public String toString() {
            return "Template[rules=" + Redaction.codes(rules) + ", english=" + Redaction.text(english) + ", chinese="
                    + Redaction.text(chinese) + "]";
        }

        private static List<String> names(String template) {
            List<String> out = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        }
    }

    /** A compiled template: the English as a whole-text pattern, its placeholders' kinds, and the Chinese. */
    private record Compiled(Template source, Pattern pattern, Map<String, String> kinds, int literal) {
    }

    private FindingMessages(String version, List<Template> templates) {
        this.version = version;
        this.templates = List.copyOf(templates);
        List<Compiled> compiled = new ArrayList<>();
        for (Template t : templates) {
            compiled.add(compile(t));
        }
        Comparator<Compiled> mostLiteralFirst = Comparator.comparingInt(Compiled::literal).reversed();
        compiled.sort(mostLiteralFirst);
        List<Compiled> sharedList = compiled.stream().filter(c -> c.source.rules().contains(SHARED)).toList();
        Map<RuleId, List<Compiled>> byRule = new HashMap<>();
        for (Compiled c : compiled) {
            for (String r : c.source.rules()) {
                if (!r.equals(SHARED)) {
                    byRule.computeIfAbsent(RuleId.of(r), k -> new ArrayList<>()).add(c);
                }
            }
        }
        Map<RuleId, Compiled[]> p = new HashMap<>();
        byRule.forEach((rule, own) -> {
            List<Compiled> pool = new ArrayList<>(own);
            pool.addAll(sharedList);
            pool.sort(mostLiteralFirst);
            p.put(rule, pool.toArray(Compiled[]::new));
        });
        this.pools = Map.copyOf(p);
        this.shared = sharedList.toArray(Compiled[]::new);
    }

    /** The bundled catalogue of the built-in rules ({@link BuiltInRules#VERSION}). */
    public static FindingMessages builtIn() {
        return BUILT_IN;
    }

    private static FindingMessages load() {
        try (InputStream in = Objects.requireNonNull(FindingMessages.class.getResourceAsStream("finding-messages.tsv"),
                "finding-messages.tsv")) {
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "finding-messages.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A catalogue in the format above.
     *
     * @param source a name for the input, used in the violations
     * @throws RuleSetException with code {@code INVALID_FINDING_MESSAGES} listing every bad line (field
     *                         {@code <source>:<line>}): not three fields, an unknown rule id, an unknown kind,
     *                         placeholders that differ between the two templates, a placeholder twice in the
     *                         English template, no or two version lines
     */
    public static FindingMessages parse(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        List<Template> out = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        String version = null;
        try {
            BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String where = source + ":" + n;
                String[] f = line.split("\t", -1);
                if (f.length == 2 && f[0].equals("version")) {
                    if (version != null) {
                        problems.add(Violation.of(where, "VERSION", "a second version line"));
                    }
                    version = f[1].trim();
                    continue;
                }
                if (f.length != 3) {
                    problems.add(Violation.of(where, "FIELDS", "expected rules, English template, Chinese template; got "
                            + f.length + " field(s)"));
                    continue;
                }
                List<String> rules = new ArrayList<>();
                for (String id : f[0].split(",")) {
                    String t = id.trim();
                    if (!t.equals(SHARED)) {
                        try {
                            RuleId.of(t);
                        } catch (RuntimeException e) {
                            problems.add(Violation.of(where, "RULE_ID", "a rule id (" + Redaction.shape(t) + ") is not a rule id"));
                            continue;
                        }
                    }
                    rules.add(t);
                }
                Template t = new Template(rules, f[1], f[2]);
                check(t, where, problems);
                out.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (version == null) {
            problems.add(Violation.of(source, "VERSION", "no version line"));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException("INVALID_FINDING_MESSAGES", "the finding messages in " + source + " are not valid", problems);
        }
        return new FindingMessages(version, out);
    }

    private static void check(Template t, String where, List<Violation> problems) {
        List<String> en = t.englishPlaceholders();
        if (new TreeSet<>(en).size() != en.size()) {
            problems.add(Violation.of(where, "PLACEHOLDER_TWICE", "the English template names a placeholder twice: " + en));
        }
        if (!new TreeSet<>(en).equals(new TreeSet<>(t.chinesePlaceholders()))) {
            problems.add(Violation.of(where, "PLACEHOLDERS", "the templates name different placeholders: English " + en
                    + ", Chinese " + t.chinesePlaceholders()));
        }
        Matcher m = PLACEHOLDER.matcher(t.english());
        while (m.find()) {
            String kind = m.group(2) == null ? "" : m.group(2);
            if (!KINDS.contains(kind)) {
                problems.add(Violation.of(where, "KIND", "placeholder " + m.group(1) + " has kind " + kind
                        + ", not one of days, items, commas, list, raw"));
            }
        }
        Matcher c = PLACEHOLDER.matcher(t.chinese());
        while (c.find()) {
            if (c.group(2) != null) {
                problems.add(Violation.of(where, "KIND", "a kind belongs in the English template: {" + c.group(1) + ":" + c.group(2) + "}"));
            }
        }
    }

    private static Compiled compile(Template t) {
        StringBuilder regex = new StringBuilder("^");
        Map<String, String> kinds = new HashMap<>();
        Matcher m = PLACEHOLDER.matcher(t.english());
        int at = 0;
        int literal = 0;
        while (m.find()) {
            String text = t.english().substring(at, m.start());
            literal += text.length();
            if (!text.isEmpty()) {
                regex.append(Pattern.quote(text));
            }
            String kind = m.group(2) == null ? "" : m.group(2);
            kinds.put(m.group(1), kind);
            regex.append("(?<").append(m.group(1)).append('>').append(kind.equals("days") ? "\\d+ days?" : ".+").append(')');
            at = m.end();
        }
        String tail = t.english().substring(at);
        literal += tail.length();
        if (!tail.isEmpty()) {
            regex.append(Pattern.quote(tail));
        }
        return new Compiled(t, Pattern.compile(regex.append('$').toString(), Pattern.DOTALL), Map.copyOf(kinds), literal);
    }

    /** A catalogue with these templates as well: {@code more}'s templates win over this one's where both match as well. */
    public FindingMessages with(FindingMessages more) {
        Objects.requireNonNull(more, "more");
        List<Template> all = new ArrayList<>(more.templates);
        all.addAll(templates);
        return new FindingMessages(version + "+" + more.version, all);
    }

    /** The version of the catalogue, for example {@code 2026.1}. */
    public String version() {
        return version;
    }

    /** Every template, in the catalogue's order. */
    public List<Template> templates() {
        return templates;
    }

    /** The rule ids that have templates of their own (not counting the shared ones). */
    public Set<RuleId> ruleIds() {
        return pools.keySet();
    }

    /** The message of a finding in Chinese, if a template of its rule (or a shared one) matches it whole. */
    public Optional<String> findChinese(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        return findChinese(finding.ruleId(), finding.message());
    }

    /**
     * A rule's English message in Chinese, if a template of the rule (or a shared one) matches it whole; an empty
     * message is empty in Chinese too.
     */
    public Optional<String> findChinese(RuleId rule, String message) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        if (message.isEmpty()) {
            return Optional.of("");
        }
        String key = rule.value() + '\u0000' + message;
        Optional<String> hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        Compiled[] pool = pools.getOrDefault(rule, shared);
        Optional<String> result = Optional.ofNullable(translate(pool, message, 0));
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, result);
        return result;
    }

    private static String translate(Compiled[] pool, String text, int depth) {
        for (Compiled c : pool) {
            Matcher m = c.pattern.matcher(text);
            if (!m.matches()) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (Map.Entry<String, String> k : c.kinds.entrySet()) {
                values.put(k.getKey(), render(pool, m.group(k.getKey()), k.getValue(), depth));
            }
            StringBuilder b = new StringBuilder(text.length());
            Matcher p = PLACEHOLDER.matcher(c.source.chinese());
            while (p.find()) {
                p.appendReplacement(b, Matcher.quoteReplacement(values.get(p.group(1))));
            }
            return p.appendTail(b).toString();
        }
        return null;
    }

    private static String render(Compiled[] pool, String value, String kind, int depth) {
        return switch (kind) {
            case "raw" -> value;
            case "days" -> {
                Matcher d = DAYS.matcher(value);
                yield d.matches() ? d.group(1) + " 天" : value;
            }
            case "items" -> String.join("；", each(pool, List.of(value.split("; ")), depth));
            case "commas" -> String.join("、", each(pool, List.of(value.split(", ")), depth));
            case "list" -> {
                String inner = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
                yield inner.isEmpty() ? "无" : String.join("、", each(pool, List.of(inner.split(", ")), depth));
            }
            default -> one(pool, value, depth);
        };
    }

    private static List<String> each(Compiled[] pool, List<String> values, int depth) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(one(pool, v, depth));
        }
        return out;
    }

    private static String one(Compiled[] pool, String value, int depth) {
        if (depth >= MAX_DEPTH) {
            return value;
        }
        String t = translate(pool, value, depth + 1);
        return t == null ? value : t;
    }

    @Override
    public String toString() {
        return "FindingMessages[version=" + Redaction.code(version) + ", templates=" + templates.size() + "]";
    }
}
