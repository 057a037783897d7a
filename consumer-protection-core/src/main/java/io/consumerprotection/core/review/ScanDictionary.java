package io.consumerprotection.core.review;

import io.consumerprotection.core.audit.Citation;
import io.consumerprotection.core.audit.Severity;
import io.consumerprotection.spi.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The versioned data the {@link ReviewScanner} applies: rules (phrases, exceptions, clean cues, citations with a
 * confidence, suggested rewrite), the negation cues and their look-alikes, and the negation window. The bundled
 * dictionary is {@code io/consumerprotection/core/review/scan-rules-2026a.txt}; its header documents the format
 * line by line. A host extends it with {@link #with(ScanDictionary)}: rules of the same id replace the bundled
 * ones, new ids are added, cues are merged. Immutable.
 */
public final class ScanDictionary {

    /** The resource of the bundled dictionary. */
    public static final String BUILT_IN_RESOURCE = "/io/consumerprotection/core/review/scan-rules-2026a.txt";

    private static final ScanDictionary BUILT_IN = load();

    private final String version;
    private final int window;
    private final List<String> negations;
    private final List<String> notNegations;
    private final List<ScanRule> rules;

    private ScanDictionary(String version, int window, List<String> negations, List<String> notNegations,
            List<ScanRule> rules) {
        this.version = version;
        this.window = window;
        this.negations = List.copyOf(negations);
        this.notNegations = List.copyOf(notNegations);
        this.rules = List.copyOf(rules);
    }

    /** The bundled dictionary. */
    public static ScanDictionary builtIn() {
        return BUILT_IN;
    }

    private static ScanDictionary load() {
        try (InputStream in = Objects.requireNonNull(ScanDictionary.class.getResourceAsStream(BUILT_IN_RESOURCE),
                BUILT_IN_RESOURCE)) {
            return parse(BUILT_IN_RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a dictionary in the documented format; {@code name} appears in errors. */
    public static ScanDictionary parse(String name, String text) {
        return parse(name, new StringReader(Objects.requireNonNull(text, "text")));
    }

    /**
     * Parses a dictionary in the documented format.
     *
     * @throws InvalidScanDictionaryException listing every broken line
     */
    public static ScanDictionary parse(String name, Reader reader) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reader, "reader");
        List<Violation> v = new ArrayList<>();
        Map<String, Citation> citations = new LinkedHashMap<>();
        List<ScanRule> rules = new ArrayList<>();
        List<String> negations = new ArrayList<>();
        List<String> notNegations = new ArrayList<>();
        String version = null;
        int window = 10;
        RuleDraft draft = null;
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(reader)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int sp = t.indexOf(' ');
                String key = sp < 0 ? t : t.substring(0, sp);
                String value = sp < 0 ? "" : t.substring(sp + 1).strip();
                String field = name + ":" + lineNo;
                switch (key) {
                    case "version" -> version = value;
                    case "window" -> {
                        try {
                            window = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            v.add(Violation.of(field, "WINDOW", "window must be a whole number: " + value));
                        }
                    }
                    case "negation" -> negations.addAll(expandAll(value));
                    case "not-negation" -> notNegations.addAll(expandAll(value));
                    case "citation" -> {
                        String[] c = value.split("\\|", -1);
                        if (c.length != 4 || c[0].isBlank() || c[1].isBlank()) {
                            v.add(Violation.of(field, "CITATION",
                                    "citation needs KEY | instrument | article | confidence"));
                        } else {
                            citations.put(c[0].strip(), Citation.of(c[1].strip(), c[2].strip(), c[3].strip()));
                        }
                    }
                    case "rule" -> {
                        finish(draft, rules, v);
                        draft = new RuleDraft(field, value);
                    }
                    case "kind", "category", "severity", "cite", "suggest", "pattern", "except", "clean" -> {
                        if (draft == null) {
                            v.add(Violation.of(field, "OUTSIDE_RULE", key + " must follow a rule line"));
                        } else {
                            draft.set(key, value, citations, v, field);
                        }
                    }
                    default -> v.add(Violation.of(field, "UNKNOWN_KEY", "unknown directive: " + key));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finish(draft, rules, v);
        if (version == null || version.isBlank()) {
            v.add(Violation.of(name, "VERSION", "a dictionary states its version"));
        }
        Map<ScanRuleId, Boolean> seen = new LinkedHashMap<>();
        for (ScanRule rule : rules) {
            if (seen.put(rule.id(), Boolean.TRUE) != null) {
                v.add(Violation.of(name, "DUPLICATE_RULE", "rule " + rule.id() + " is defined twice"));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidScanDictionaryException(name, v);
        }
        return new ScanDictionary(version, window, negations, notNegations, rules);
    }

    private static void finish(RuleDraft draft, List<ScanRule> rules, List<Violation> v) {
        if (draft != null) {
            draft.build(v).ifPresent(rules::add);
        }
    }

    /** Expands a {@code |}-separated list whose items may hold {@code {a|b|}} groups. */
    static List<String> expandAll(String list) {
        List<String> out = new ArrayList<>();
        for (String item : splitTop(list)) {
            String s = item.strip();
            if (!s.isEmpty()) {
                expand(s, out);
            }
        }
        return out;
    }

    private static List<String> splitTop(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                items.add(list.substring(from, i));
                from = i + 1;
            }
        }
        items.add(list.substring(from));
        return items;
    }

    private static void expand(String s, List<String> out) {
        int open = s.indexOf('{');
        if (open < 0) {
            if (s.indexOf('}') >= 0) {
                throw new IllegalArgumentException("unopened } in " + s);
            }
            out.add(s);
            return;
        }
        int depth = 0;
        int close = -1;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new IllegalArgumentException("unclosed { in " + s);
        }
        for (String alt : splitTop(s.substring(open + 1, close))) {
            List<String> alts = new ArrayList<>();
            expand(alt, alts);
            if (alt.isEmpty()) {
                alts = List.of("");
            }
            for (String a : alts) {
                expand(s.substring(0, open) + a + s.substring(close + 1), out);
            }
        }
    }

    /**
     * This dictionary extended by {@code extension}: its rules replace rules of the same id and add the others,
     * its cues are added, and its version and window win. The version becomes {@code this+extension}.
     */
    public ScanDictionary with(ScanDictionary extension) {
        Objects.requireNonNull(extension, "extension");
        Map<ScanRuleId, ScanRule> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        extension.rules.forEach(r -> byId.put(r.id(), r));
        List<String> neg = new ArrayList<>(negations);
        neg.addAll(extension.negations);
        List<String> notNeg = new ArrayList<>(notNegations);
        notNeg.addAll(extension.notNegations);
        return new ScanDictionary(version + "+" + extension.version, extension.window, neg, notNeg,
                new ArrayList<>(byId.values()));
    }

    /** The version, recorded with every scan. */
    public String version() {
        return version;
    }

    /** How many characters before a match are searched for a negation cue. */
    public int window() {
        return window;
    }

    /** The negation cues. */
    public List<String> negations() {
        return negations;
    }

    /** The look-alikes of negation cues that are no negation. */
    public List<String> notNegations() {
        return notNegations;
    }

    /** Every rule, in file order. */
    public List<ScanRule> rules() {
        return rules;
    }

    /** The rule with an id, if any. */
    public Optional<ScanRule> find(ScanRuleId id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return "ScanDictionary[" + version + ", " + rules.size() + " rules]";
    }

    private static final class RuleDraft {
        final String field;
        final String id;
        ScanKind kind;
        ScanCategory category;
        Severity severity = Severity.MEDIUM;
        final List<Citation> cites = new ArrayList<>();
        String suggestion = "";
        final List<String> phrases = new ArrayList<>();
        final List<String> exceptions = new ArrayList<>();
        final List<String> clean = new ArrayList<>();

        RuleDraft(String field, String id) {
            this.field = field;
            this.id = id;
        }

        void set(String key, String value, Map<String, Citation> citations, List<Violation> v, String at) {
            try {
                switch (key) {
                    case "kind" -> kind = ScanKind.valueOf(value);
                    case "category" -> category = ScanCategory.valueOf(value);
                    case "severity" -> severity = Severity.valueOf(value);
                    case "cite" -> {
                        for (String k : value.split(",")) {
                            Citation c = citations.get(k.strip());
                            if (c == null) {
                                v.add(Violation.of(at, "UNKNOWN_CITATION", "no citation line for " + k.strip()));
                            } else {
                                cites.add(c);
                            }
                        }
                    }
                    case "suggest" -> suggestion = value;
                    case "pattern" -> phrases.addAll(expandAll(value));
                    case "except" -> exceptions.addAll(expandAll(value));
                    case "clean" -> clean.addAll(expandAll(value));
                    default -> throw new IllegalStateException(key);
                }
            } catch (IllegalArgumentException e) {
                v.add(Violation.of(at, key.toUpperCase(java.util.Locale.ROOT), key + " is invalid: " + value));
            }
        }

        Optional<ScanRule> build(List<Violation> v) {
            int before = v.size();
            ScanRuleId ruleId = null;
            try {
                ruleId = ScanRuleId.of(id);
            } catch (IllegalArgumentException e) {
                v.add(Violation.of(field, "RULE_ID", e.getMessage()));
            }
            if (category == null) {
                v.add(Violation.of(field, "CATEGORY", "rule " + id + " has no category"));
            } else if (kind != null && category.kind() != kind) {
                v.add(Violation.of(field, "KIND", "rule " + id + ": category " + category + " is a " + category.kind()
                        + " category, not " + kind));
            }
            if (phrases.isEmpty()) {
                v.add(Violation.of(field, "PATTERN", "rule " + id + " has no pattern"));
            }
            if (cites.isEmpty()) {
                v.add(Violation.of(field, "CITE", "rule " + id + " cites no basis"));
            }
            if (suggestion.isBlank()) {
                v.add(Violation.of(field, "SUGGEST", "rule " + id + " suggests no rewrite"));
            }
            if (v.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new ScanRule(ruleId, category, severity, phrases, exceptions, clean, cites, suggestion));
        }
    }
}
