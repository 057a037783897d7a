package io.consumerprotection.core.internal.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A bundled UTF-8 reference table: comment lines start with {@code #}, a {@code version<TAB>x} line names
 * the data version, every other non-blank line is a row of tab-separated cells.
 *
 * @param version the data version
 * @param rows    the rows, in file order
 */
public record ReferenceTable(String version, List<String[]> rows) {

    public ReferenceTable {
        Objects.requireNonNull(version, "version");
        rows = List.copyOf(rows);
    }

    /** Loads a table beside {@code anchor} (a class in the same package as the resource). */
    public static ReferenceTable load(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + name);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table from a stream (not closed). */
    public static ReferenceTable read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String version = "unversioned";
        List<String[]> rows = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells[0].equals("version") && cells.length == 2) {
                version = cells[1].strip();
            } else {
                rows.add(cells);
            }
        }
        return new ReferenceTable(version, rows);
    }
}
