package io.consumerprotection.core.review;

import io.consumerprotection.core.audit.Citation;
import io.consumerprotection.spi.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The versioned checklist of a review (消保审查要点): disclosure and risk warning, fees, suitability, personal
 * information, standard terms, marketing conduct, special groups, complaint channels; each item cites its basis.
 * The bundled one is {@code io/consumerprotection/core/review/checklist-2026a.txt}, one item a line:
 * {@code item ID | AREA | kinds or * | text | instrument | article | confidence}, after a {@code version} line. A
 * host parses its own with {@link #parse(String, String)}. Immutable.
 */
public final class Checklist {

    private static final String RESOURCE = "/io/consumerprotection/core/review/checklist-2026a.txt";
    private static final Checklist BUILT_IN = load();

    private final String version;
    private final Map<String, ChecklistItem> items;

    private Checklist(String version, Map<String, ChecklistItem> items) {
        this.version = version;
        this.items = items;
    }

    /** The bundled checklist. */
    public static Checklist builtIn() {
        return BUILT_IN;
    }

    private static Checklist load() {
        try (InputStream in = Objects.requireNonNull(Checklist.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a checklist.
     *
     * @throws InvalidReviewException listing every broken line
     */
    public static Checklist parse(String name, String text) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        List<Violation> v = new ArrayList<>();
        Map<String, ChecklistItem> items = new LinkedHashMap<>();
        String version = null;
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            String field = name + ":" + (i + 1);
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("version ")) {
                version = t.substring(8).strip();
                continue;
            }
            if (!t.startsWith("item ")) {
                v.add(Violation.of(field, "UNKNOWN_KEY", "a line is 'version V' or 'item ...'"));
                continue;
            }
            String[] c = t.substring(5).split("\\|", -1);
            if (c.length != 7) {
                v.add(Violation.of(field, "COLUMNS", "an item has 7 '|'-separated columns, found " + c.length));
                continue;
            }
            try {
                String id = c[0].strip();
                Set<ReviewSubjectKind> kinds = EnumSet.noneOf(ReviewSubjectKind.class);
                if (c[2].strip().equals("*")) {
                    kinds.addAll(EnumSet.allOf(ReviewSubjectKind.class));
                } else {
                    for (String k : c[2].split(",")) {
                        kinds.add(ReviewSubjectKind.valueOf(k.strip()));
                    }
                }
                ChecklistItem item = new ChecklistItem(id, ChecklistArea.valueOf(c[1].strip()), kinds, c[3].strip(),
                        Citation.of(c[4].strip(), c[5].strip(), c[6].strip()));
                if (items.put(id, item) != null) {
                    v.add(Violation.of(field, "DUPLICATE_ITEM", "item " + id + " is defined twice"));
                }
            } catch (IllegalArgumentException e) {
                v.add(Violation.of(field, "ITEM", "item is invalid: " + e.getMessage()));
            }
        }
        if (version == null || version.isBlank()) {
            v.add(Violation.of(name, "VERSION", "a checklist states its version"));
        }
        if (!v.isEmpty()) {
            throw new InvalidReviewException("checklist " + name + " is invalid (审查要点文件无效)", v);
        }
        return new Checklist(version, java.util.Collections.unmodifiableMap(items));
    }

    /** The version, recorded with every review. */
    public String version() {
        return version;
    }

    /** Every item, in file order. */
    public List<ChecklistItem> items() {
        return List.copyOf(items.values());
    }

    /** The items that apply to a kind of subject. */
    public List<ChecklistItem> itemsFor(ReviewSubjectKind kind) {
        Objects.requireNonNull(kind, "kind");
        return items.values().stream().filter(i -> i.appliesTo().contains(kind)).toList();
    }

    /** The item with an id, if any. */
    public Optional<ChecklistItem> find(String id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public String toString() {
        return "Checklist[" + version + ", " + items.size() + " items]";
    }
}
