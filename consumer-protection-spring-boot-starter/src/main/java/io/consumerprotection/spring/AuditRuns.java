package io.consumerprotection.spring;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.audit.AuditRun;
import io.consumerprotection.core.audit.Finding;
import io.consumerprotection.core.audit.RuleSet;
import io.consumerprotection.core.audit.RunRecord;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The audit runs of the application: the rule sets of {@code consumer-protection.audit.rule-sets} over every stored
 * complaint and the fact sources the facade has, as of now; each finished run is told to the {@link RunListener}s
 * (the meter {@code consumer_protection.audit.findings} counts its findings by rule and outcome). Thread-safe.
 */
public final class AuditRuns {

    private final ConsumerProtection facade;
    private final RuleSet ruleSet;
    private final List<RunListener> listeners;

    AuditRuns(ConsumerProtection facade, RuleSet ruleSet, List<RunListener> listeners) {
        this.facade = facade;
        this.ruleSet = ruleSet;
        this.listeners = List.copyOf(listeners);
    }

    /** The configured rule set. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Runs the configured rule set over every complaint (and the wired fact sources), handing over each finding. */
    public RunRecord run(Consumer<? super Finding> findings) {
        return run(facade.audit(ruleSet), findings);
    }

    /** Runs an audit the application adjusted (query, parallelism, emitted kinds), handing over each finding. */
    public RunRecord run(AuditRun.Builder audit, Consumer<? super Finding> findings) {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(findings, "findings");
        return record(audit.build().execute(findings));
    }

    /** Tells the listeners of a run the application executed itself; returns it. */
    public RunRecord record(RunRecord run) {
        Objects.requireNonNull(run, "run");
        listeners.forEach(l -> l.auditRunFinished(run));
        return run;
    }
}
