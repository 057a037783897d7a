package io.consumerprotection.spi.classification;

import java.util.List;

/**
 * The host's additions to the bundled classification schemes: local sub-codes under standard codes (a
 * bank's own breakdown of "credit card annual fee", say) and whole new scheme versions with the mapping from
 * the old codes. The standard codes themselves are never changed by a provider.
 *
 * @implSpec Implementations are thread-safe and return the same lists every time they are asked (core reads
 * them once when it builds a catalogue). No method returns {@code null}. A local code's {@code code} starts
 * with its {@code parent} and is longer; its {@code level} is at least 2; {@code validFrom} is not after
 * {@code validTo}; no two entries share version, dimension and code. A scheme version's mappings go from
 * its {@code basedOn} to its {@code version}. The contract tests in
 * {@code io.consumerprotection.spi.contract.ClassificationSchemeProviderContractTest} check it.
 */
public interface ClassificationSchemeProvider {

    /** A short stable id of this provider, used in error messages (for example {@code bank-local-2026}). */
    String id();

    /** Local sub-codes under standard codes; empty by default. */
    default List<ClassificationCodeRecord> localCodes() {
        return List.of();
    }

    /** New scheme versions, oldest first; empty by default. */
    default List<SchemeVersionRecord> schemeVersions() {
        return List.of();
    }
}
