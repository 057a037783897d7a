package io.consumerprotection.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every code line of a Java snippet that the READMEs mark {@code <!-- runs in ReadmeExampleTest -->} is a line of
 * {@link ReadmeExampleTest} (comments and indentation aside): a snippet changed on one side only fails here. A
 * snippet whose code needs another module names its test by path from the project root instead, e.g.
 * {@code <!-- runs in examples/host/src/test/java/…/ReadmeHostExampleTest.java -->}.
 */
class ReadmeSnippetsTest {

    static final String MARK = "<!-- runs in ReadmeExampleTest -->";
    static final String DEFAULT_TEST = "consumer-protection-core/src/test/java/io/consumerprotection/core/ReadmeExampleTest.java";
    private static final Pattern ANY_MARK = Pattern.compile("<!-- runs in (\\S+) -->");

    /** A marked snippet: the test file (path from the project root) that holds its code lines, and those lines. */
    record Snippet(String test, List<String> code) {
    }

    /** The marked snippets of a README: each a list of code lines, trimmed, trailing {@code //} comments dropped. */
    static List<Snippet> snippets(String readme) {
        List<Snippet> out = new ArrayList<>();
        String[] lines = readme.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher mark = ANY_MARK.matcher(lines[i].strip());
            if (!mark.matches()) {
                continue;
            }
            String test = mark.group(1).equals("ReadmeExampleTest") ? DEFAULT_TEST : mark.group(1);
            if (!test.endsWith("Test.java")) {
                throw new IllegalStateException("line " + (i + 1) + ": the mark names ReadmeExampleTest or a test file path");
            }
            int start = i + 1;
            while (start < lines.length && lines[start].isBlank()) {
                start++;
            }
            if (start >= lines.length || !lines[start].strip().equals("```java")) {
                throw new IllegalStateException("line " + (i + 1) + ": the mark must be followed by a ```java block");
            }
            List<String> code = new ArrayList<>();
            for (int k = start + 1; k < lines.length && !lines[k].strip().equals("```"); k++) {
                String line = codeOf(lines[k]);
                if (!line.isEmpty()) {
                    code.add(line);
                }
            }
            out.add(new Snippet(test, code));
        }
        return out;
    }

    static String codeOf(String line) {
        // the first '//' outside a string literal starts the comment; one inside (a URL) is code
        for (int comment = line.indexOf("//"); comment >= 0; comment = line.indexOf("//", comment + 2)) {
            if (line.substring(0, comment).chars().filter(c -> c == '"').count() % 2 == 0) {
                return line.substring(0, comment).strip();
            }
        }
        return line.strip();
    }

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("README.md"))) {
            p = p.getParent();
        }
        return p;
    }

    @Test
    void everyMarkedSnippetIsCodeTheTestRuns() throws IOException {
        Path root = root();
        assertThat(root).as("README.md above the module").isNotNull();
        Map<String, List<String>> testLines = new HashMap<>();
        int checked = 0;
        for (String name : List.of("README.md", "README.zh-CN.md")) {
            Path readme = root.resolve(name);
            assertThat(readme).as(name).exists();
            List<Snippet> snippets = snippets(Files.readString(readme, StandardCharsets.UTF_8));
            assertThat(snippets).as(name + ": marked snippets").hasSizeGreaterThanOrEqualTo(3);
            for (Snippet snippet : snippets) {
                Path test = root.resolve(snippet.test());
                assertThat(test).as(name + ": the test a mark names").exists();
                List<String> lines = testLines.computeIfAbsent(snippet.test(), t -> read(test).lines()
                        .map(ReadmeSnippetsTest::codeOf).toList());
                for (String line : snippet.code()) {
                    assertThat(lines).as(name + ": snippet line not in " + snippet.test()).contains(line);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theMarkNeedsAJavaBlock() {
        assertThat(snippets("x\n" + MARK + "\n\n```java\nint a = 1; // one\n// only a comment\n```\n"))
                .containsExactly(new Snippet(DEFAULT_TEST, List.of("int a = 1;")));
        assertThat(snippets("<!-- runs in examples/host/src/test/java/x/HostTest.java -->\n```java\nb();\n```\n"))
                .containsExactly(new Snippet("examples/host/src/test/java/x/HostTest.java", List.of("b();")));
        assertThatThrownBy(() -> snippets("<!-- runs in somewhere -->\n```java\nb();\n```\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> snippets(MARK + "\ntext\n```java\nb();\n```\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("```java");
        assertThat(codeOf("JdbcHost.connect(\"jdbc:postgresql://db/bank\") // a URL")).isEqualTo("JdbcHost.connect(\"jdbc:postgresql://db/bank\")");
    }
}
