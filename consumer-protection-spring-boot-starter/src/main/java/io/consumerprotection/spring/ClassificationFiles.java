package io.consumerprotection.spring;

import io.consumerprotection.core.classification.ClassificationCatalog;
import io.consumerprotection.core.classification.ClassificationScheme;
import io.consumerprotection.core.classification.InvalidClassificationSchemeException;
import io.consumerprotection.spi.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * The scheme files of {@code consumer-protection.classification.files}, read with the core's scheme reader and
 * checked in order against the bundled catalogue, each problem traced to its line.
 */
final class ClassificationFiles {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    /** A code's structure problem: {@code DIMENSION/code}. */
    private static final Pattern CODE = Pattern.compile("([A-Z]+)/(\\S+)");

    private ClassificationFiles() {
    }

    /**
     * The versions of the files, in order.
     *
     * @throws ClassificationFileException for the first file that cannot be read or accepted
     */
    static List<ClassificationScheme> read(List<Resource> files) {
        List<ClassificationScheme> out = new ArrayList<>();
        ClassificationCatalog catalog = ClassificationCatalog.bundled();
        for (Resource file : files) {
            String text;
            try (InputStream in = file.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ClassificationFileException(file.getDescription(), OptionalInt.empty(),
                        "cannot be read: " + e.getMessage(), List.of());
            }
            List<String> lines = text.lines().toList();
            try {
                ClassificationScheme scheme = ClassificationScheme.read(new StringReader(text));
                catalog = catalog.with(scheme);
                out.add(scheme);
            } catch (InvalidClassificationSchemeException e) {
                Violation first = e.violations().get(0);
                throw new ClassificationFileException(file.getDescription(), lineOf(first.field(), lines),
                        first.field() + " " + first.rule() + ": " + first.message()
                                + (e.violations().size() > 1 ? " (and " + (e.violations().size() - 1)
                                + " more problems)" : ""), e.violations());
            }
        }
        return List.copyOf(out);
    }

    /** The line a problem's field points at: {@code line N}, a directive ({@code @based-on}, {@code @map D old}), a code. */
    static OptionalInt lineOf(String field, List<String> lines) {
        Matcher line = LINE.matcher(field);
        if (line.matches()) {
            return OptionalInt.of(Integer.parseInt(line.group(1)));
        }
        String prefix;
        if (field.startsWith("@")) {
            prefix = field.replace(' ', '\t') + (field.startsWith("@map") ? "\t" : "");
        } else {
            Matcher code = CODE.matcher(field);
            if (!code.matches()) {
                return OptionalInt.empty();
            }
            prefix = code.group(1) + "\t" + code.group(2) + "\t";
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }
}
