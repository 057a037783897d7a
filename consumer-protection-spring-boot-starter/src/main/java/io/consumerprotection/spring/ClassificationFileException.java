package io.consumerprotection.spring;

import io.consumerprotection.spi.Violation;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The start failure of a file of {@code consumer-protection.classification.files} the SDK cannot accept: malformed
 * (a line with the wrong columns, an unknown directive, a code under a parent the file lacks) or not fitting the
 * catalogue (a version that exists, an unknown {@code @based-on}, a mapping from a code its base lacks). It names the
 * property, the file and, when the problem has one, the line; {@link ClassificationFileFailureAnalyzer} explains it.
 * Scheme files hold codes and names only, never personal data, so the problems are given as the SDK found them.
 */
public final class ClassificationFileException extends InvalidConfigurationPropertyValueException {

    private static final long serialVersionUID = 1L;

    /** The property the file comes from. */
    public static final String PROPERTY = "consumer-protection.classification.files";

    private final String file;
    private final int line;
    private final transient List<Violation> problems;

    ClassificationFileException(String file, OptionalInt line, String reason, List<Violation> problems) {
        super(PROPERTY, file, (line.isPresent() ? "line " + line.getAsInt() + ": " : "") + reason);
        this.file = file;
        this.line = line.orElse(0);
        this.problems = List.copyOf(problems);
    }

    /** The file, as the resource describes itself. */
    public String file() {
        return file;
    }

    /** The line of the first problem (1 for the first line), or empty when the problem is the file as a whole. */
    public OptionalInt line() {
        return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /** Every problem found, as the SDK reported it (field, rule, message). */
    public List<Violation> problems() {
        return problems;
    }
}
