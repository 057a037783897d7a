package io.consumerprotection.core.privacy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link NarrativeScrubber} replaces what it finds: C3 values are always replaced by
 * {@value MaskRule#REDACTED} (never stored, whatever the profile); each C2 type is either masked with the
 * {@link Masker} rule of a channel or replaced by a label such as {@code [RESIDENT_ID]}. Immutable.
 */
public final class ScrubProfile {

    /** What happens to a C2 value found. */
    public enum Replacement {
        /** Masked with the channel's rule (for example {@code 622202*********0128}). */
        MASK,
        /** Replaced by {@code [TYPE]}. */
        LABEL
    }

    private static final ScrubProfile STANDARD = new ScrubProfile(MaskingChannel.DISPLAY, Map.of(), Replacement.MASK);

    private final MaskingChannel channel;
    private final Map<FieldType, Replacement> replacements;
    private final Replacement otherwise;

    private ScrubProfile(MaskingChannel channel, Map<FieldType, Replacement> replacements, Replacement otherwise) {
        this.channel = channel;
        EnumMap<FieldType, Replacement> m = new EnumMap<>(FieldType.class);
        m.putAll(replacements);
        this.replacements = m;
        this.otherwise = otherwise;
    }

    /** The default: C2 masked with the {@link MaskingChannel#DISPLAY} rules, C3 redacted. */
    public static ScrubProfile standard() {
        return STANDARD;
    }

    /** Every C2 value replaced by its label, C3 redacted. */
    public static ScrubProfile labels() {
        return new ScrubProfile(MaskingChannel.DISPLAY, Map.of(), Replacement.LABEL);
    }

    /** C2 values masked with the rules of {@code channel}, C3 redacted. */
    public static ScrubProfile masking(MaskingChannel channel) {
        return new ScrubProfile(Objects.requireNonNull(channel, "channel"), Map.of(), Replacement.MASK);
    }

    /** A copy in which one C2 type is replaced as given. */
    public ScrubProfile with(FieldType type, Replacement replacement) {
        EnumMap<FieldType, Replacement> m = new EnumMap<>(FieldType.class);
        m.putAll(replacements);
        m.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(replacement, "replacement"));
        return new ScrubProfile(channel, m, otherwise);
    }

    /** The masking channel used for {@link Replacement#MASK}. */
    public MaskingChannel channel() {
        return channel;
    }

    /** The replacement of a C2 type. */
    public Replacement replacement(FieldType type) {
        return replacements.getOrDefault(Objects.requireNonNull(type, "type"), otherwise);
    }

    @Override
    public String toString() {
        return "ScrubProfile[channel=" + channel + ", default=" + otherwise + ", overrides=" + replacements + "]";
    }
}
