package io.consumerprotection.core.review;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;
import java.util.Optional;

/**
 * A marketing item in the registry (营销宣传台账): the subject, its version in use, its form, its text, and its
 * withdrawal when withdrawn. Active when it has no withdrawal.
 *
 * @param subject    the item (kind {@link ReviewSubjectKind#MARKETING})
 * @param version    the version in use
 * @param channel    its form
 * @param text       its text, as scanned
 * @param withdrawal the withdrawal, when withdrawn
 */
public record MarketingItem(ReviewSubject subject, String version, MarketingChannel channel, String text,
        Optional<Withdrawal> withdrawal) {

    public MarketingItem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(withdrawal, "withdrawal");
        if (subject.kind() != ReviewSubjectKind.MARKETING) {
            throw new IllegalArgumentException("a marketing item's subject is of kind MARKETING, not " + subject.kind());
        }
    }

    /** An active item. */
    public static MarketingItem active(ReviewSubject subject, String version, MarketingChannel channel, String text) {
        return new MarketingItem(subject, version, channel, text, Optional.empty());
    }

    /** Whether it is active (not withdrawn). */
    public boolean isActive() {
        return withdrawal.isEmpty();
    }

    /** A copy withdrawn. */
    public MarketingItem withdrawn(Withdrawal w) {
        return new MarketingItem(subject, version, channel, text, Optional.of(Objects.requireNonNull(w, "w")));
    }

    /** The canonical form without free text: texts print by their length. */
    @Override
    public String toString() {
        return "MarketingItem[" + subject + "@" + Redaction.code(version) + " " + channel + ", " + Redaction.text(text) + withdrawal.map(w -> ", " + w).orElse(", active") + "]";
    }
}
