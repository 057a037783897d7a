package io.consumerprotection.spi.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One consent a customer gave for one purpose: which data categories it covers, whether it was a separate
 * consent (PIPL arts 29 and 39: sensitive data, cross-border transfer), to which countries data may go,
 * and when it was given and withdrawn.
 *
 * @param id           a unique id
 * @param customerId   the customer's id in the host system (never a resident ID number)
 * @param purpose      the purpose code, for example {@code MARKETING} or {@code CREDIT_ASSESSMENT}
 * @param scope        the data categories covered (field type names such as {@code MOBILE} or
 *                     {@code BANK_CARD}); empty means none
 * @param separate     whether this consent was given separately (单独同意), as PIPL art. 29 requires
 *                     for sensitive data such as financial accounts and art. 39 for cross-border transfer
 * @param countries    ISO 3166-1 alpha-2 codes of the countries outside China the consent names; empty
 *                     means domestic processing only
 * @param givenAt      when it was given
 * @param withdrawnAt  when it was withdrawn, or {@code null} while it stands
 */
public record ConsentRecord(String id, String customerId, String purpose, Set<String> scope, boolean separate,
                            Set<String> countries, Instant givenAt, Instant withdrawnAt) {

    public ConsentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(givenAt, "givenAt");
        scope = scope == null ? Set.of() : Set.copyOf(scope);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        if (withdrawnAt != null && withdrawnAt.isBefore(givenAt)) {
            throw new IllegalArgumentException("withdrawnAt must not be before givenAt");
        }
    }

    /** When it was withdrawn, if it was. */
    public Optional<Instant> findWithdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    /** Whether the consent stands at {@code at}: given at or before it and not withdrawn at or before it. */
    public boolean isActiveAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return !givenAt.isAfter(at) && (withdrawnAt == null || withdrawnAt.isAfter(at));
    }

    /** A copy withdrawn at {@code at}. */
    public ConsentRecord withWithdrawnAt(Instant at) {
        return new ConsentRecord(id, customerId, purpose, scope, separate, countries, givenAt,
                Objects.requireNonNull(at, "at"));
    }

    @Override
    public String toString() {
        return "ConsentRecord[id=" + Redaction.code(id) + ", customerId=" + Redaction.personal(customerId) + ", purpose="
                + Redaction.code(purpose) + ", scope=" + Redaction.codes(scope) + ", separate=" + separate + ", countries="
                + Redaction.codes(countries) + ", givenAt=" + givenAt + ", withdrawnAt=" + withdrawnAt + "]";
    }
}
