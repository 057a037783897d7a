package io.consumerprotection.core.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run did, so that it can be reproduced and its findings read in context: the rule set and the
 * version of every rule with the severity in force, the as-of instant, the data versions (policies,
 * calendars, code schemes, scanner) and parameters, the time, the input counts and the summary per rule.
 *
 * @param runId        the run's id
 * @param ruleSetId    the rule set
 * @param ruleSetVersion its version
 * @param providers    the host rule providers in the set
 * @param asOf         the reference instant of the checks
 * @param startedAt    when the run started
 * @param finishedAt   when it finished
 * @param dataVersions data versions and parameters, sorted by name
 * @param inputCounts  subjects read per subject kind, plus {@code COMPLAINT_UNREADABLE} records that could not be read
 * @param summaries    one per rule, in rule-id order
 * @param cancelled    whether the run was cancelled before the end (counts then cover what was checked)
 */
public record RunRecord(String runId, String ruleSetId, String ruleSetVersion, List<String> providers, Instant asOf,
                        Instant startedAt, Instant finishedAt, Map<String, String> dataVersions,
                        Map<String, Long> inputCounts, List<RuleSummary> summaries, boolean cancelled) {

    public RunRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        providers = List.copyOf(providers);
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        dataVersions = Map.copyOf(dataVersions);
        inputCounts = Map.copyOf(inputCounts);
        summaries = List.copyOf(summaries);
    }

    /** The summary of this rule, if it was in the set. */
    public java.util.Optional<RuleSummary> findSummary(RuleId ruleId) {
        return summaries.stream().filter(s -> s.ruleId().equals(ruleId)).findFirst();
    }

    /** Failures of rules whose severity in force is at least the threshold. */
    public long failuresAtLeast(Severity threshold) {
        return summaries.stream().filter(s -> s.severity().isAtLeast(threshold)).mapToLong(RuleSummary::fail).sum();
    }

    /** The rules that applied to at least one subject. */
    public List<RuleId> coveredRules() {
        return summaries.stream().filter(RuleSummary::covered).map(RuleSummary::ruleId).toList();
    }

    /** The rules that applied to nothing: no subject of their kind, or never applicable. */
    public List<RuleId> uncoveredRules() {
        return summaries.stream().filter(s -> !s.covered()).map(RuleSummary::ruleId).toList();
    }

    @Override
    public String toString() {
        return "RunRecord[runId=" + Redaction.code(runId) + ", ruleSetId=" + Redaction.code(ruleSetId) + ", ruleSetVersion="
                + Redaction.code(ruleSetVersion) + ", providers=" + Redaction.codes(providers) + ", asOf=" + asOf
                + ", startedAt=" + startedAt + ", finishedAt=" + finishedAt + ", dataVersions="
                + Redaction.codes(dataVersions) + ", inputCounts=" + Redaction.codes(inputCounts) + ", summaries="
                + summaries.size() + ", cancelled=" + cancelled + "]";
    }
}
