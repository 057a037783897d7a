package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A veto item (一票否决): when its input reaches {@code atLeast}, the unit's score becomes 0 and its
 * grade the lowest ({@link Effect#ZERO}), or its grade becomes {@code grade} whatever the score
 * ({@link Effect#FORCE_GRADE}). A triggered veto dominates everything else; of several, zero wins over
 * a forced grade, and of several forced grades the lowest wins.
 *
 * @param id        a short stable id
 * @param name      its name for people
 * @param indicator the input it reads, usually a count of events
 * @param atLeast   the value from which it triggers, for example 1
 * @param effect    what it does
 * @param grade     the grade it forces ({@link Effect#FORCE_GRADE} only, otherwise {@code null})
 * @param source    the citation; may be empty
 */
public record Veto(String id, String name, IndicatorId indicator, BigDecimal atLeast, Effect effect, String grade,
                   String source) {

    /** What a triggered veto does. */
    public enum Effect {
        /** Score 0 and the lowest grade. */
        ZERO,
        /** The given grade, whatever the score. */
        FORCE_GRADE
    }

    public Veto {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(atLeast, "atLeast");
        Objects.requireNonNull(effect, "effect");
        name = name == null || name.isBlank() ? id : name;
        source = source == null ? "" : source;
        if ((effect == Effect.FORCE_GRADE) != (grade != null)) {
            throw new IllegalArgumentException("grade is required for FORCE_GRADE and only for it");
        }
    }

    /** The forced grade, for {@link Effect#FORCE_GRADE}. */
    public Optional<String> findGrade() {
        return Optional.ofNullable(grade);
    }

    @Override
    public String toString() {
        return "Veto[id=" + Redaction.code(id) + ", name=" + Redaction.text(name) + ", indicator=" + indicator + ", atLeast="
                + atLeast + ", effect=" + effect + ", grade=" + Redaction.code(grade) + ", source=" + Redaction.text(source)
                + "]";
    }
}
