package io.consumerprotection.core.privacy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link MaskRule} of every field type for one {@link MaskingChannel}.
 *
 * @param channel the channel
 * @param rules   the rule of each field type; every type has one
 */
public record MaskingProfile(MaskingChannel channel, Map<FieldType, MaskRule> rules) {

    public MaskingProfile {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(rules, "rules");
        EnumMap<FieldType, MaskRule> copy = new EnumMap<>(FieldType.class);
        copy.putAll(rules);
        for (FieldType t : FieldType.values()) {
            if (!copy.containsKey(t)) {
                throw new IllegalArgumentException("rules has no rule for " + t + " on " + channel);
            }
        }
        rules = java.util.Collections.unmodifiableMap(copy);
    }

    /** The rule of a field type. */
    public MaskRule rule(FieldType type) {
        return rules.get(Objects.requireNonNull(type, "type"));
    }

    /** A copy with one rule replaced. */
    public MaskingProfile withRule(FieldType type, MaskRule rule) {
        EnumMap<FieldType, MaskRule> copy = new EnumMap<>(rules);
        copy.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(rule, "rule"));
        return new MaskingProfile(channel, copy);
    }
}
