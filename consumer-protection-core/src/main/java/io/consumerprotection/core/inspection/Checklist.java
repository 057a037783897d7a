package io.consumerprotection.core.inspection;

import io.consumerprotection.spi.internal.Redaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned inspection checklist: the aspects scored, each with its maximum, and where the checklist comes from.
 * The bundled {@code SERVICE-6} holds the six aspects of seed 000; a host reads its own with {@link #read}.
 * Immutable.
 */
public final class Checklist {

    /** One aspect scored. */
    public record Aspect(String code, String titleZh, String titleEn, int maxScore) {
        public Aspect {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(titleZh, "titleZh");
            Objects.requireNonNull(titleEn, "titleEn");
            if (maxScore < 1) {
                throw new IllegalArgumentException("maxScore must be at least 1");
            }
        }

        @Override
        public String toString() {
            return "Aspect[" + Redaction.code(code) + ", " + Redaction.text(titleZh) + ", max " + maxScore + "]";
        }
    }

    private static final Checklist SERVICE_6 = bundled("SERVICE-6.checklist");

    private final String id;
    private final String version;
    private final String source;
    private final Map<String, Aspect> aspects;

    private Checklist(String id, String version, String source, Map<String, Aspect> aspects) {
        this.id = id;
        this.version = version;
        this.source = source;
        this.aspects = aspects;
    }

    /** The bundled checklist of seed 000's six service aspects. */
    public static Checklist service6() {
        return SERVICE_6;
    }

    private static Checklist bundled(String name) {
        try (InputStream in = Checklist.class.getResourceAsStream(name)) {
            return read(Objects.requireNonNull(in, name + " is missing from the classpath"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A checklist in the bundled format.
     *
     * @throws IllegalArgumentException naming the line when it is malformed, an aspect repeats, or id, version,
     *                                  source or aspects are missing
     */
    public static Checklist read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8));
        String id = null;
        String version = null;
        String source = null;
        Map<String, Aspect> aspects = new LinkedHashMap<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            try {
                switch (c[0]) {
                    case "id" -> id = c[1].strip();
                    case "version" -> version = c[1].strip();
                    case "source" -> source = c[1].strip();
                    case "aspect" -> {
                        Aspect a = new Aspect(c[1].strip(), c[2].strip(), c[3].strip(), Integer.parseInt(c[4].strip()));
                        if (aspects.put(a.code(), a) != null) {
                            throw new IllegalArgumentException("aspect " + Redaction.code(a.code()) + " repeats");
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown row kind " + Redaction.code(c[0]));
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new IllegalArgumentException("checklist line " + n + ": malformed row", e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("checklist line " + n + ": " + e.getMessage(), e);
            }
        }
        if (id == null || version == null || source == null || aspects.isEmpty()) {
            throw new IllegalArgumentException("a checklist names its id, version, source and at least one aspect");
        }
        return new Checklist(id, version, source, Map.copyOf(aspects).isEmpty() ? Map.of() : java.util.Collections
                .unmodifiableMap(new LinkedHashMap<>(aspects)));
    }

    /** The id, for example {@code SERVICE-6}. */
    public String id() {
        return id;
    }

    /** The data version. */
    public String version() {
        return version;
    }

    /** Where it comes from. */
    public String source() {
        return source;
    }

    /** The aspects, in file order. */
    public List<Aspect> aspects() {
        return List.copyOf(new ArrayList<>(aspects.values()));
    }

    /** The aspect with this code, if any. */
    public Optional<Aspect> findAspect(String code) {
        return Optional.ofNullable(aspects.get(Objects.requireNonNull(code, "code")));
    }

    /** The most points an inspection can score. */
    public int maxScore() {
        return aspects.values().stream().mapToInt(Aspect::maxScore).sum();
    }

    @Override
    public String toString() {
        return "Checklist[" + id + " " + version + ", aspects=" + aspects.keySet() + "]";
    }
}
