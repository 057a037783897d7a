package io.consumerprotection.core.privacy;

import io.consumerprotection.core.internal.privacy.ReferenceTable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Masks personal data for display, print, export or logs with the {@link MaskingProfile} of each
 * {@link MaskingChannel} (bundled in {@code masking-profiles.tsv}, overridable). Masking is fail-safe: an
 * identifier of the wrong shape (a card that is not 13 to 19 digits, a mobile that is not 11 digits, a
 * resident ID that is not 15 or 18 characters) or a value too short to hide {@value MaskRule#MIN_HIDDEN}
 * code points is masked completely, and a C2 or C3 value is never returned unchanged. Immutable and
 * thread-safe; a call allocates only its result.
 *
 * <pre>{@code
 * Masker masker = Masker.standard();
 * masker.mask(FieldType.BANK_CARD, "6222021234567890128");          // 622202*********0128
 * masker.mask(FieldType.NAME, "欧阳娜娜", MaskingChannel.PRINTED_SLIP); // 欧阳**
 * }</pre>
 */
public final class Masker {

    private static final Masker STANDARD = builder().build();

    private final MaskRule[][] rules;
    private final ValueShape[] shapes;
    private final Map<MaskingChannel, MaskingProfile> profiles;
    private final String version;

    private Masker(Builder b) {
        int types = FieldType.values().length;
        rules = new MaskRule[MaskingChannel.values().length][types];
        shapes = new ValueShape[types];
        for (FieldType t : FieldType.values()) {
            shapes[t.ordinal()] = ValueShape.of(t);
        }
        Map<MaskingChannel, MaskingProfile> p = new EnumMap<>(MaskingChannel.class);
        for (MaskingChannel c : MaskingChannel.values()) {
            MaskingProfile profile = new MaskingProfile(c, b.rules.get(c));
            p.put(c, profile);
            for (FieldType t : FieldType.values()) {
                MaskRule r = profile.rule(t);
                if (r.isNone() && b.catalogue.classOf(t).requiresMasking()) {
                    throw new IllegalArgumentException("rule none is not allowed for " + t + " ("
                            + b.catalogue.classOf(t) + ") on " + c);
                }
                rules[c.ordinal()][t.ordinal()] = r;
            }
        }
        profiles = java.util.Collections.unmodifiableMap(p);
        version = b.version;
    }

    /** The masker with the bundled profiles. */
    public static Masker standard() {
        return STANDARD;
    }

    /** A builder starting from the bundled profiles and the standard catalogue. */
    public static Builder builder() {
        return new Builder();
    }

    /** Masks a value for {@link MaskingChannel#DISPLAY}. */
    public String mask(FieldType type, String value) {
        return mask(type, value, MaskingChannel.DISPLAY);
    }

    /** Masks a value for a channel. */
    public String mask(FieldType type, String value, MaskingChannel channel) {
        Objects.requireNonNull(value, "value");
        return rules[channel.ordinal()][type.ordinal()].apply(value, shapes[type.ordinal()]);
    }

    /** The profile of a channel. */
    public MaskingProfile profile(MaskingChannel channel) {
        return profiles.get(Objects.requireNonNull(channel, "channel"));
    }

    /** The data version of the profiles. */
    public String version() {
        return version;
    }

    @Override
    public String toString() {
        return "Masker[version=" + version + "]";
    }

    /** Builds a {@link Masker}; not thread-safe. */
    public static final class Builder {

        private final Map<MaskingChannel, Map<FieldType, MaskRule>> rules = new EnumMap<>(MaskingChannel.class);
        private FieldCatalogue catalogue = FieldCatalogue.standard();
        private String version;

        private Builder() {
            ReferenceTable table = ReferenceTable.load(Masker.class, "masking-profiles.tsv");
            version = table.version();
            for (MaskingChannel c : MaskingChannel.values()) {
                rules.put(c, new EnumMap<>(FieldType.class));
            }
            for (String[] row : table.rows()) {
                rules.get(MaskingChannel.valueOf(row[0])).put(FieldType.valueOf(row[1]), MaskRule.parse(row[2]));
            }
        }

        /** Sets the rule of one field type on one channel. */
        public Builder rule(MaskingChannel channel, FieldType type, MaskRule rule) {
            rules.get(Objects.requireNonNull(channel, "channel"))
                    .put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** The catalogue deciding which types may use {@link MaskRule#none()}. */
        public Builder catalogue(FieldCatalogue fieldCatalogue) {
            this.catalogue = Objects.requireNonNull(fieldCatalogue, "catalogue");
            return this;
        }

        /** Names the data version of the profiles after host changes. */
        public Builder version(String dataVersion) {
            this.version = Objects.requireNonNull(dataVersion, "dataVersion");
            return this;
        }

        /**
         * Builds the masker.
         *
         * @throws IllegalArgumentException when a C2 or C3 type has the rule {@code none}
         */
        public Masker build() {
            return new Masker(this);
        }
    }
}
