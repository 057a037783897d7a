package io.consumerprotection.core.review;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * The thing a review is about, independent of its version: kind, the host's id and a name.
 *
 * @param kind what it is
 * @param id   the host's id, 1–64 letters, digits, {@code . _ -}
 * @param name its name, for people
 */
public record ReviewSubject(ReviewSubjectKind kind, String id, String name) {

    public ReviewSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("subject id must be 1-64 letters, digits, '.', '_' or '-': " + id);
        }
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("subject name must be 1-200 characters");
        }
    }

    /** A subject. */
    public static ReviewSubject of(ReviewSubjectKind kind, String id, String name) {
        return new ReviewSubject(kind, id, name);
    }

    /** The canonical form without free text: texts print by their length. */
    @Override
    public String toString() {
        return kind + ":" + Redaction.code(id) + " (" + Redaction.text(name) + ")";
    }
}
