package io.consumerprotection.core.privacy;

import io.consumerprotection.core.internal.privacy.ReferenceTable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of personal data: the JR/T 0171 class and PIPL sensitivity of every {@link FieldType}
 * (bundled in {@code field-catalogue.tsv}, overridable) and the host fields marked as personal data,
 * either with {@link PersonalData} or registered programmatically. Immutable and thread-safe.
 */
public final class FieldCatalogue {

    private static final FieldCatalogue STANDARD = builder().build();

    private final String version;
    private final Map<FieldType, FieldClassification> classes;
    private final Map<String, PersonalField> fields;

    private FieldCatalogue(Builder b) {
        this.version = b.version;
        this.classes = new EnumMap<>(b.classes);
        this.fields = Map.copyOf(b.fields);
    }

    /** The bundled catalogue with no host field registered. */
    public static FieldCatalogue standard() {
        return STANDARD;
    }

    /** A builder starting from the bundled classifications. */
    public static Builder builder() {
        return new Builder();
    }

    /** The data version of the classifications, for example {@code 2026a}. */
    public String version() {
        return version;
    }

    /** The classification of a field type. */
    public FieldClassification classification(FieldType type) {
        return classes.get(Objects.requireNonNull(type, "type"));
    }

    /** The JR/T 0171 class of a field type. */
    public InformationClass classOf(FieldType type) {
        return classification(type).informationClass();
    }

    /** The host field registered under {@code path}, if any. */
    public Optional<PersonalField> findField(String path) {
        return Optional.ofNullable(fields.get(Objects.requireNonNull(path, "path")));
    }

    /**
     * The host field registered under {@code path}.
     *
     * @throws NoSuchElementException when none is registered
     */
    public PersonalField getField(String path) {
        return findField(path).orElseThrow(() -> new NoSuchElementException("no personal field registered at " + path));
    }

    /** Every registered host field, by path. */
    public Map<String, PersonalField> fields() {
        return fields;
    }

    @Override
    public String toString() {
        return "FieldCatalogue[version=" + version + ", fields=" + fields.size() + "]";
    }

    /** Builds a {@link FieldCatalogue}; not thread-safe. */
    public static final class Builder {

        private String version;
        private final Map<FieldType, FieldClassification> classes = new EnumMap<>(FieldType.class);
        private final Map<String, PersonalField> fields = new LinkedHashMap<>();

        private Builder() {
            ReferenceTable table = ReferenceTable.load(FieldCatalogue.class, "field-catalogue.tsv");
            version = table.version();
            for (String[] row : table.rows()) {
                FieldType type = FieldType.valueOf(row[0]);
                classes.put(type, new FieldClassification(type, InformationClass.valueOf(row[1]),
                        Boolean.parseBoolean(row[2]), row[3]));
            }
            for (FieldType t : FieldType.values()) {
                if (!classes.containsKey(t)) {
                    throw new IllegalStateException("field-catalogue.tsv does not classify " + t);
                }
            }
        }

        /** Replaces the classification of a field type (and names the data version it now comes from). */
        public Builder classify(FieldClassification classification, String dataVersion) {
            Objects.requireNonNull(classification, "classification");
            classes.put(classification.type(), classification);
            this.version = Objects.requireNonNull(dataVersion, "dataVersion");
            return this;
        }

        /** Registers a host field with the catalogue class of its type. */
        public Builder register(String path, FieldType type) {
            Objects.requireNonNull(type, "type");
            FieldClassification c = classes.get(type);
            return register(new PersonalField(path, type, c.informationClass(), c.piplSensitive()));
        }

        /** Registers a host field. */
        public Builder register(PersonalField field) {
            Objects.requireNonNull(field, "field");
            if (field.path().isBlank()) {
                throw new IllegalArgumentException("field.path must not be blank");
            }
            fields.put(field.path(), field);
            return this;
        }

        /**
         * Registers every field, record component and accessor of {@code type} marked with
         * {@link PersonalData}, under the path {@code SimpleName.member}.
         */
        public Builder scan(Class<?> type) {
            Objects.requireNonNull(type, "type");
            String prefix = type.getSimpleName() + ".";
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    PersonalData pd = rc.getAnnotation(PersonalData.class);
                    if (pd == null) {
                        pd = rc.getAccessor().getAnnotation(PersonalData.class);
                    }
                    mark(prefix + rc.getName(), pd);
                }
            }
            for (Field f : type.getDeclaredFields()) {
                mark(prefix + f.getName(), f.getAnnotation(PersonalData.class));
            }
            for (Method m : type.getDeclaredMethods()) {
                if (m.getParameterCount() == 0) {
                    mark(prefix + m.getName(), m.getAnnotation(PersonalData.class));
                }
            }
            return this;
        }

        private void mark(String path, PersonalData pd) {
            if (pd == null || fields.containsKey(path)) {
                return;
            }
            FieldClassification c = classes.get(pd.value());
            InformationClass[] override = pd.informationClass();
            if (override.length > 1) {
                throw new IllegalArgumentException("@PersonalData on " + path + " names more than one informationClass");
            }
            register(new PersonalField(path, pd.value(), override.length == 1 ? override[0] : c.informationClass(),
                    c.piplSensitive()));
        }

        /** Builds the catalogue. */
        public FieldCatalogue build() {
            return new FieldCatalogue(this);
        }
    }

    /** The field types of a given class, in declaration order. */
    public List<FieldType> typesOf(InformationClass informationClass) {
        Objects.requireNonNull(informationClass, "informationClass");
        return classes.values().stream().filter(c -> c.informationClass() == informationClass)
                .map(FieldClassification::type).toList();
    }
}
