package io.consumerprotection.core.audit;

import io.consumerprotection.spi.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable, versioned set of rules with the severity in force for each: built-in sets
 * ({@link BuiltInRules}), host rules from {@link RuleProvider}s, and per-host disabling and severity
 * overrides. Rules are kept in id order.
 */
public final class RuleSet {

    private final String id;
    private final String version;
    private final List<Rule<?>> rules;
    private final Map<RuleId, Rule<?>> byId;
    private final Map<RuleId, Severity> severities;
    private final List<String> providers;

    private RuleSet(String id, String version, List<Rule<?>> rules, Map<RuleId, Severity> severities, List<String> providers) {
        this.id = id;
        this.version = version;
        this.rules = List.copyOf(rules);
        Map<RuleId, Rule<?>> m = new LinkedHashMap<>();
        rules.forEach(r -> m.put(r.id(), r));
        this.byId = m;
        this.severities = Map.copyOf(severities);
        this.providers = List.copyOf(providers);
    }

    /** A builder for a rule set with this id and version, starting empty. */
    public static Builder builder(String id, String version) {
        return new Builder(id, version);
    }

    /** A builder starting from this set's rules, severities and providers, with a new id and version. */
    public Builder toBuilder(String newId, String newVersion) {
        Builder b = new Builder(newId, newVersion);
        b.rules.putAll(byId);
        b.overrides.putAll(overridesOnly());
        b.providers.addAll(providers);
        return b;
    }

    /** The set's id, for example {@code complaints}. */
    public String id() {
        return id;
    }

    /** The set's version, for example {@code 2026.1}. */
    public String version() {
        return version;
    }

    /** The rules, in id order. */
    public List<Rule<?>> rules() {
        return rules;
    }

    /** The rules that check this kind of subject, in id order. */
    @SuppressWarnings("unchecked")
    public <S> List<Rule<S>> rulesFor(SubjectKind<S> kind) {
        List<Rule<S>> out = new ArrayList<>();
        for (Rule<?> r : rules) {
            if (r.subjectKind() == kind) {
                out.add((Rule<S>) r);
            }
        }
        return out;
    }

    /** The rule with this id, if held. */
    public Optional<Rule<?>> find(RuleId ruleId) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(ruleId, "ruleId")));
    }

    /**
     * The rule with this id.
     *
     * @throws RuleSetException with code {@code UNKNOWN_RULE} when the set does not hold it
     */
    public Rule<?> get(RuleId ruleId) {
        return find(ruleId).orElseThrow(() -> new RuleSetException("UNKNOWN_RULE", "rule set " + id + " " + version,
                List.of(Violation.of("ruleId", "UNKNOWN_RULE", "no rule " + ruleId + " in this set"))));
    }

    /** The severity in force for a rule of this set (its default unless overridden). */
    public Severity severityOf(RuleId ruleId) {
        return severities.get(get(ruleId).id());
    }

    /** The names of the host rule providers added. */
    public List<String> providers() {
        return providers;
    }

    private Map<RuleId, Severity> overridesOnly() {
        Map<RuleId, Severity> m = new TreeMap<>();
        severities.forEach((rid, s) -> {
            if (byId.get(rid).definition().severity() != s) {
                m.put(rid, s);
            }
        });
        return m;
    }

    @Override
    public String toString() {
        return "RuleSet[" + id + " " + version + ", " + rules.size() + " rules]";
    }

    /** Builds a {@link RuleSet}; not thread-safe. */
    public static final class Builder {

        private final String id;
        private final String version;
        private final Map<RuleId, Rule<?>> rules = new LinkedHashMap<>();
        private final Map<RuleId, Severity> overrides = new LinkedHashMap<>();
        private final Set<RuleId> disabled = new LinkedHashSet<>();
        private final List<String> providers = new ArrayList<>();
        private final List<Violation> violations = new ArrayList<>();

        private Builder(String id, String version) {
            this.id = Objects.requireNonNull(id, "id");
            this.version = Objects.requireNonNull(version, "version");
        }

        /**
         * Adds a rule. The same rule added twice (same class and definition) is kept once; two different
         * rules with one id are reported by {@link #build()}.
         */
        public Builder add(Rule<?> rule) {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(rule.definition(), "rule.definition()");
            Rule<?> existing = rules.putIfAbsent(rule.id(), rule);
            boolean same = existing == null || existing == rule
                    || (existing.getClass() == rule.getClass() && existing.definition().equals(rule.definition()));
            if (!same) {
                violations.add(Violation.of("rules[" + rule.id() + "]", "DUPLICATE_RULE", "two different rules have id " + rule.id()));
            }
            return this;
        }

        /** Adds every rule of another set (its default severities; overrides are not carried over). */
        public Builder addAll(RuleSet other) {
            other.rules().forEach(this::add);
            providers.addAll(other.providers());
            return this;
        }

        /** Adds every rule of a host provider. */
        public Builder add(RuleProvider provider) {
            Objects.requireNonNull(provider, "provider");
            provider.rules().forEach(this::add);
            providers.add(provider.name());
            return this;
        }

        /** Adds the rules of every {@link RuleProvider} registered through {@link ServiceLoader}. */
        public Builder discoverProviders() {
            for (RuleProvider p : ServiceLoader.load(RuleProvider.class)) {
                add(p);
            }
            return this;
        }

        /** Leaves these rules out; an id the set does not hold is reported by {@link #build()}. */
        public Builder disable(RuleId... ruleIds) {
            disabled.addAll(List.of(ruleIds));
            return this;
        }

        /** Keeps only these rules; an id the set does not hold is reported by {@link #build()}. */
        public Builder enableOnly(Collection<RuleId> ruleIds) {
            for (RuleId r : ruleIds) {
                if (!rules.containsKey(r)) {
                    violations.add(Violation.of("enableOnly[" + r + "]", "UNKNOWN_RULE", "no rule " + r + " to enable"));
                }
            }
            for (RuleId r : rules.keySet()) {
                if (!ruleIds.contains(r)) {
                    disabled.add(r);
                }
            }
            return this;
        }

        /** Overrides the severity of a rule for this host. */
        public Builder severity(RuleId ruleId, Severity severity) {
            overrides.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * The rule set.
         *
         * @throws RuleSetException with code {@code INVALID_RULE_SET} listing every repeated id and every
         *                          disable or override of an unknown rule
         */
        public RuleSet build() {
            List<Violation> all = new ArrayList<>(violations);
            for (RuleId r : disabled) {
                if (!rules.containsKey(r)) {
                    all.add(Violation.of("disable[" + r + "]", "UNKNOWN_RULE", "no rule " + r + " to disable"));
                }
            }
            for (RuleId r : overrides.keySet()) {
                if (!rules.containsKey(r)) {
                    all.add(Violation.of("severity[" + r + "]", "UNKNOWN_RULE", "no rule " + r + " to override"));
                }
            }
            if (!all.isEmpty()) {
                throw new RuleSetException("INVALID_RULE_SET", "rule set " + id + " " + version + " is invalid", all);
            }
            List<Rule<?>> kept = new ArrayList<>();
            Map<RuleId, Severity> severities = new LinkedHashMap<>();
            for (Rule<?> r : rules.values()) {
                if (!disabled.contains(r.id())) {
                    kept.add(r);
                    severities.put(r.id(), overrides.getOrDefault(r.id(), r.definition().severity()));
                }
            }
            kept.sort(Comparator.comparing(Rule::id));
            return new RuleSet(id, version, kept, severities, providers);
        }
    }
}
