package io.consumerprotection.core.classification;

import io.consumerprotection.spi.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The curated terms from which codes are suggested for a complaint narrative, with a data version. The
 * bundled dictionary ({@code suggestion-dictionary.tsv} beside this package) covers business category,
 * cause, consumer right, special group, sensitivity, request and channel; a bank adds its own terms
 * (product names, local slang) with {@link #with(Collection)} or {@link #withEntries(Reader)}. Immutable.
 *
 * <p>Resource format: UTF-8; {@code #} comment lines; {@code @version<TAB>…} and {@code @source<TAB>…}
 * directives; then one entry per line: {@code term<TAB>dimension<TAB>code<TAB>weight}, with dimension and
 * code {@code -} and weight 0 for a stop term.
 */
public final class SuggestionDictionary {

    private static final class Bundled {
        static final SuggestionDictionary INSTANCE = load();
    }

    private final String version;
    private final List<DictionaryEntry> entries;

    private SuggestionDictionary(String version, List<DictionaryEntry> entries) {
        this.version = Objects.requireNonNull(version, "version");
        this.entries = List.copyOf(entries);
    }

    /** The bundled dictionary. */
    public static SuggestionDictionary bundled() {
        return Bundled.INSTANCE;
    }

    /** A dictionary of these entries. */
    public static SuggestionDictionary of(String version, Collection<DictionaryEntry> entries) {
        return new SuggestionDictionary(version, new ArrayList<>(Objects.requireNonNull(entries, "entries")));
    }

    private static SuggestionDictionary load() {
        try (InputStream in = SuggestionDictionary.class.getResourceAsStream("suggestion-dictionary.tsv")) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: suggestion-dictionary.tsv");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a dictionary in the resource format.
     *
     * @throws InvalidClassificationSchemeException listing every malformed line
     */
    public static SuggestionDictionary read(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        List<Violation> problems = new ArrayList<>();
        List<DictionaryEntry> entries = new ArrayList<>();
        String version = "unversioned";
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (line.startsWith("@")) {
                    if (f[0].equals("@version") && f.length > 1) {
                        version = f[1].trim();
                    }
                    continue;
                }
                if (f.length < 4) {
                    problems.add(Violation.of("line " + n, "COLUMNS", "expected term, dimension, code, weight"));
                    continue;
                }
                try {
                    int weight = Integer.parseInt(f[3].trim());
                    if (f[1].trim().equals("-")) {
                        entries.add(new DictionaryEntry(f[0].trim(), null, null, weight));
                    } else {
                        Dimension d = Dimension.find(f[1].trim()).orElseThrow(
                                () -> new IllegalArgumentException("unknown dimension " + f[1]));
                        entries.add(DictionaryEntry.of(f[0].trim(), d, f[2].trim(), weight));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(Violation.of("line " + n, "ENTRY", e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidClassificationSchemeException("malformed suggestion dictionary", problems);
        }
        return new SuggestionDictionary(version, entries);
    }

    /** A copy with more entries (a bank's own terms); the version gets a {@code +local} suffix. */
    public SuggestionDictionary with(Collection<DictionaryEntry> more) {
        List<DictionaryEntry> all = new ArrayList<>(entries);
        all.addAll(Objects.requireNonNull(more, "more"));
        return new SuggestionDictionary(version.endsWith("+local") ? version : version + "+local", all);
    }

    /** A copy with the entries read from a resource-format reader. */
    public SuggestionDictionary withEntries(Reader reader) {
        return with(read(reader).entries);
    }

    /** The data version, for example {@code 2026.1}. */
    public String version() {
        return version;
    }

    /** Every entry. */
    public List<DictionaryEntry> entries() {
        return entries;
    }

    @Override
    public String toString() {
        return "SuggestionDictionary[" + version + ", " + entries.size() + " entries]";
    }
}
