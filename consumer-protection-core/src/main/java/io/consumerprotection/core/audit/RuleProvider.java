package io.consumerprotection.core.audit;

import java.util.List;

/**
 * A host's own audit rules, added to a rule set explicitly ({@link RuleSet.Builder#add(RuleProvider)}) or
 * found through {@link java.util.ServiceLoader} ({@link RuleSet.Builder#discoverProviders()}).
 *
 * <p>This interface lives in core, not in the spi module, because a rule's signature uses core types
 * (the {@code Complaint} aggregate, {@link Outcome}, {@link AuditContext}); the spi module never sees core.
 * A provider registered for ServiceLoader lists its class in
 * {@code META-INF/services/io.consumerprotection.core.audit.RuleProvider} and has a public no-argument
 * constructor.
 *
 * @implSpec Implementations are thread-safe; {@link #rules()} returns the same rules every time, each
 * with an id that no built-in rule uses (host ids should not start with {@code CP-}).
 */
public interface RuleProvider {

    /** A name for the run record, for example the host's rule pack and its version. */
    String name();

    /** The rules. */
    List<Rule<?>> rules();
}
