package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * Who would receive shared data, and whether the request lies inside the scope of the cooperation
 * agreement with them (seed 002: share only within the cooperation's scope).
 *
 * @param id                     the recipient's id in the host system
 * @param withinCooperationScope whether this request is inside the agreement's scope
 */
public record Recipient(String id, boolean withinCooperationScope) {

    public Recipient {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return "Recipient[id=" + Redaction.code(id) + ", withinCooperationScope=" + withinCooperationScope + "]";
    }
}
