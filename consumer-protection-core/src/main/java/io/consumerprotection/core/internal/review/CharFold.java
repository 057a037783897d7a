package io.consumerprotection.core.internal.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A length-preserving character folding: full-width ASCII forms and the ideographic space become ASCII, ASCII
 * letters become lower case, and the traditional characters of a table become simplified. Because every
 * {@code char} maps to exactly one {@code char}, an offset in the folded text is the same offset in the original.
 * Immutable and thread-safe.
 */
public final class CharFold {

    private static final CharFold STANDARD = load("hanzi-variants.txt");

    private final char[] table;

    private CharFold(char[] table) {
        this.table = table;
    }

    /** The folding with the bundled traditional-to-simplified table ({@code review/hanzi-variants.txt}). */
    public static CharFold standard() {
        return STANDARD;
    }

    private static CharFold load(String resource) {
        char[] t = new char[65_536];
        for (int c = 0; c < t.length; c++) {
            t[c] = (char) c;
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            t[c] = (char) (c - 0xFEE0);
        }
        t[0x3000] = ' ';
        for (int c = 'A'; c <= 'Z'; c++) {
            t[c] = (char) (c + 32);
            t[c - 0x21 + 0xFF01] = (char) (c + 32);
        }
        String path = "/io/consumerprotection/core/review/" + resource;
        try (InputStream in = Objects.requireNonNull(CharFold.class.getResourceAsStream(path), path);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                // each line: pairs of traditional + simplified characters, separated by spaces
                for (String pair : line.trim().split("\\s+")) {
                    if (pair.length() != 2) {
                        throw new IllegalStateException(path + ": a pair must be two characters: " + pair);
                    }
                    t[pair.charAt(0)] = pair.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CharFold(t);
    }

    /** The folded form of one character. */
    public char fold(char c) {
        return table[c];
    }

    /** Folds {@code s} into {@code out[0, s.length())}; {@code out} must be at least as long. */
    public void fold(String s, char[] out) {
        int n = s.length();
        s.getChars(0, n, out, 0);
        char[] t = table;
        for (int i = 0; i < n; i++) {
            out[i] = t[out[i]];
        }
    }

    /** The folded form of a string. */
    public String fold(String s) {
        char[] out = new char[s.length()];
        fold(s, out);
        return new String(out);
    }
}
