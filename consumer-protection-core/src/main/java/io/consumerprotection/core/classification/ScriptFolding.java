package io.consumerprotection.core.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds a traditional Chinese character (CJK unified ideographs U+4E00..U+9FFF) to its simplified form, so that
 * a narrative written in traditional characters ({@code 存摺被盜刷}) matches the dictionary's simplified terms
 * ({@code 存折被盗刷}). One table lookup per character; the table is the versioned resource
 * {@code traditional-simplified.tsv} (generated from ICU4J's Traditional-Simplified transliterator, one-to-one
 * mappings only). Folding serves matching only: an ambiguous character takes its most common simplified form.
 */
final class ScriptFolding {

    private static final int FIRST = 0x4E00;
    private static final int LAST = 0x9FFF;
    private static final char[] TABLE = load();

    private ScriptFolding() {
    }

    /** The simplified form of {@code c}, or {@code c} itself. */
    static char simplified(char c) {
        return c >= FIRST && c <= LAST ? TABLE[c - FIRST] : c;
    }

    private static char[] load() {
        char[] t = new char[LAST - FIRST + 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = (char) (FIRST + i);
        }
        try (InputStream in = ScriptFolding.class.getResourceAsStream("traditional-simplified.tsv")) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: traditional-simplified.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("@")) {
                    continue;
                }
                if (line.length() != 3 || line.charAt(1) != '\t') {
                    throw new IllegalStateException("traditional-simplified.tsv line " + no
                            + ": expected one character, TAB, one character");
                }
                char from = line.charAt(0);
                if (from < FIRST || from > LAST) {
                    throw new IllegalStateException("traditional-simplified.tsv line " + no
                            + ": character outside U+4E00..U+9FFF");
                }
                t[from - FIRST] = line.charAt(2);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }
}
