package io.consumerprotection.core.privacy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking one identifier: valid, or invalid with its precise {@link InvalidReason}.
 * Never holds the checked value. Instances are shared; compare with {@link #equals}.
 */
public final class IdentifierCheck {

    private static final Map<IdentifierType, IdentifierCheck> VALID = new EnumMap<>(IdentifierType.class);
    private static final Map<IdentifierType, Map<InvalidReason, IdentifierCheck>> INVALID =
            new EnumMap<>(IdentifierType.class);

    static {
        for (IdentifierType t : IdentifierType.values()) {
            VALID.put(t, new IdentifierCheck(t, null));
            Map<InvalidReason, IdentifierCheck> m = new EnumMap<>(InvalidReason.class);
            for (InvalidReason r : InvalidReason.values()) {
                m.put(r, new IdentifierCheck(t, r));
            }
            INVALID.put(t, m);
        }
    }

    private final IdentifierType type;
    private final InvalidReason reason;

    private IdentifierCheck(IdentifierType type, InvalidReason reason) {
        this.type = type;
        this.reason = reason;
    }

    /** A valid outcome. */
    public static IdentifierCheck valid(IdentifierType type) {
        return VALID.get(Objects.requireNonNull(type, "type"));
    }

    /** An invalid outcome. */
    public static IdentifierCheck invalid(IdentifierType type, InvalidReason reason) {
        return INVALID.get(Objects.requireNonNull(type, "type")).get(Objects.requireNonNull(reason, "reason"));
    }

    /** The identifier type checked. */
    public IdentifierType type() {
        return type;
    }

    /** Whether the identifier is valid. */
    public boolean isValid() {
        return reason == null;
    }

    /** Why it is invalid; empty when valid. */
    public Optional<InvalidReason> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentifierCheck c && c.type == type && c.reason == reason;
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + (reason == null ? 0 : reason.hashCode());
    }

    @Override
    public String toString() {
        return reason == null ? type + ": valid" : type + ": invalid, " + reason + " (" + reason.message() + ")";
    }
}
