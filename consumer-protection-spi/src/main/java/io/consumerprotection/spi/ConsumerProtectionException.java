package io.consumerprotection.spi;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The unchecked base of every business error of consumer-protection: invalid input, an unknown code, a
 * date outside calendar coverage, a stale write. It carries a stable {@linkplain #code() code} for
 * machines and the full list of {@linkplain #violations() violations} for people; its message never
 * contains unmasked personal data.
 *
 * <p>Expected outcomes (a deadline already missed, a sharing request denied) are return values, never
 * exceptions.
 */
public class ConsumerProtectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<Violation> violations;

    /**
     * Creates an exception with a code and the violations that caused it.
     *
     * @param code       a stable upper-case code such as {@code INVALID_INPUT}
     * @param summary    one line saying what was attempted
     * @param violations every violation found, in a stable order; may be empty
     */
    public ConsumerProtectionException(String code, String summary, List<Violation> violations) {
        super(message(summary, violations));
        this.code = Objects.requireNonNull(code, "code");
        this.violations = List.copyOf(violations);
    }

    /** Creates an exception with a code, a message and no violation list. */
    public ConsumerProtectionException(String code, String message) {
        this(code, message, List.of());
    }

    /** Creates an exception with a code, a message and a cause. */
    public ConsumerProtectionException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.violations = List.of();
    }

    /** The stable machine-readable code of this error, for example {@code VERSION_CONFLICT}. */
    public String code() {
        return code;
    }

    /** Every violation, with its field path and rule; empty when the error is not about input fields. */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(String summary, List<Violation> violations) {
        if (violations.isEmpty()) {
            return summary;
        }
        return summary + ": " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
