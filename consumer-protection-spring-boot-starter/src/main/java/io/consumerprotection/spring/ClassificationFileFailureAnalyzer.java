package io.consumerprotection.spring;

import io.consumerprotection.spi.Violation;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * The explanation of a start that fails on a file of {@code consumer-protection.classification.files}
 * ({@link ClassificationFileException}): the property, the file, the line and every problem, and how to correct it.
 * Ordered before Spring Boot's own analyzer of invalid property values, which would only repeat the message.
 */
public final class ClassificationFileFailureAnalyzer extends AbstractFailureAnalyzer<ClassificationFileException>
        implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ClassificationFileException cause) {
        StringBuilder description = new StringBuilder("The classification scheme file ").append(cause.file())
                .append(" of ").append(ClassificationFileException.PROPERTY).append(" was refused");
        cause.line().ifPresent(n -> description.append(" at line ").append(n));
        description.append(':');
        for (Violation v : cause.problems()) {
            description.append(System.lineSeparator()).append("    ").append(v.field()).append(' ').append(v.rule())
                    .append(": ").append(v.message());
        }
        if (cause.problems().isEmpty()) {
            description.append(' ').append(cause.getMessage());
        }
        return new FailureAnalysis(description.toString(), (cause.line().isPresent() ? "Correct line "
                + cause.line().getAsInt() + " of " : "Correct ") + cause.file() + " (a whole scheme version in the"
                + " format of the bundled scheme-2018.1.tsv: @version, @effective-from, @based-on an earlier version,"
                + " the tab-separated header and one code per line; see the package documentation of"
                + " io.consumerprotection.core.classification), or remove it from "
                + ClassificationFileException.PROPERTY + ".", cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
