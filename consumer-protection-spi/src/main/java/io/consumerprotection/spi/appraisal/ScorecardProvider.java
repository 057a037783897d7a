package io.consumerprotection.spi.appraisal;

import java.util.Optional;
import java.util.Set;

/**
 * The host's own scorecards (an internal branch assessment, a regulator's method with the host's grade
 * bands). A definition whose id equals a built-in scorecard's id replaces the built-in one.
 *
 * @implSpec Implementations are thread-safe and never return {@code null}. {@link #ids()} is an immutable
 * snapshot; for every id it lists, {@link #find(String)} returns a definition with that id; for any other
 * id it returns empty. Arguments are never {@code null} (implementations may throw
 * {@link NullPointerException}). The contract tests in
 * {@code io.consumerprotection.spi.contract.ScorecardProviderContractTest} check it.
 */
public interface ScorecardProvider {

    /** The ids of every scorecard this provider defines. */
    Set<String> ids();

    /** The definition with this id, if this provider has one. */
    Optional<ScorecardDefinition> find(String id);
}
