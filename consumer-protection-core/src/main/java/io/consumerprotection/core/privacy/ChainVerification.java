package io.consumerprotection.core.privacy;

import java.util.Optional;

/**
 * The outcome of verifying an audit hash chain.
 *
 * @param recordsChecked  how many records were read
 * @param firstBrokenLink the first broken link, empty when the chain is intact
 */
public record ChainVerification(long recordsChecked, Optional<BrokenLink> firstBrokenLink) {

    public ChainVerification {
        firstBrokenLink = firstBrokenLink == null ? Optional.empty() : firstBrokenLink;
    }

    /** Whether every link holds. */
    public boolean isIntact() {
        return firstBrokenLink.isEmpty();
    }
}
