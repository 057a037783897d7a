package io.consumerprotection.core.audit;

import java.util.Objects;

/** The shared base of the built-in rules: a definition and a subject kind, immutable. */
abstract class BuiltInRule<S> implements Rule<S> {

    private final RuleDefinition definition;
    private final SubjectKind<S> kind;

    BuiltInRule(SubjectKind<S> kind, String id, String titleZh, String titleEn, Citation citation, Severity severity) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.definition = RuleDefinition.of(id, "1.0", titleZh, titleEn, citation, severity, kind);
    }

    @Override
    public final RuleDefinition definition() {
        return definition;
    }

    @Override
    public final SubjectKind<S> subjectKind() {
        return kind;
    }

    /** A built-in rule reads no earlier complaint unless it says so. */
    @Override
    public boolean readsEarlierComplaints() {
        return false;
    }

    @Override
    public String toString() {
        return definition.id() + " v" + definition.version() + " " + definition.titleEn();
    }

    static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
