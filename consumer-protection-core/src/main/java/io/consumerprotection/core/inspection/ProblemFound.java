package io.consumerprotection.core.inspection;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem as the inspector reports it: fixed on the spot, or to be fixed by a deadline (现场整改, 限期整改, seed 000).
 *
 * @param aspect      the checklist aspect
 * @param description what is wrong; never personal data
 * @param deadline    the last day to fix it; {@code null} when it was fixed on the spot
 */
public record ProblemFound(String aspect, String description, LocalDate deadline) {

    public ProblemFound {
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(description, "description");
    }

    /** A problem fixed during the inspection. */
    public static ProblemFound fixedOnSpot(String aspect, String description) {
        return new ProblemFound(aspect, description, null);
    }

    /** A problem to be fixed by {@code deadline}. */
    public static ProblemFound byDeadline(String aspect, String description, LocalDate deadline) {
        return new ProblemFound(aspect, description, Objects.requireNonNull(deadline, "deadline"));
    }

    /** The deadline, unless it was fixed on the spot. */
    public Optional<LocalDate> findDeadline() {
        return Optional.ofNullable(deadline);
    }

    @Override
    public String toString() {
        return "ProblemFound[aspect=" + Redaction.code(aspect) + ", description=" + Redaction.text(description)
                + ", deadline=" + deadline + "]";
    }
}
