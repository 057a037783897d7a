package io.consumerprotection.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every code line of a Java snippet that the READMEs mark {@code <!-- runs in ReadmeExampleTest -->} is a line of
 * {@link ReadmeExampleTest} (comments and indentation aside): a snippet changed on one side only fails here.
 */
class ReadmeSnippetsTest {

    static final String MARK = "<!-- runs in ReadmeExampleTest -->";

    /** The marked snippets of a README: each a list of code lines, trimmed, trailing {@code //} comments dropped. */
    static List<List<String>> snippets(String readme) {
        List<List<String>> out = new ArrayList<>();
        String[] lines = readme.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().equals(MARK)) {
                continue;
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
            out.add(code);
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
        String test = Files.readString(root.resolve("consumer-protection-core/src/test/java/io/consumerprotection/core/ReadmeExampleTest.java"),
                StandardCharsets.UTF_8);
        List<String> testLines = test.lines().map(ReadmeSnippetsTest::codeOf).toList();
        int checked = 0;
        for (String name : List.of("README.md", "README.zh-CN.md")) {
            Path readme = root.resolve(name);
            assertThat(readme).as(name).exists();
            List<List<String>> snippets = snippets(Files.readString(readme, StandardCharsets.UTF_8));
            assertThat(snippets).as(name + ": marked snippets").hasSizeGreaterThanOrEqualTo(3);
            for (List<String> snippet : snippets) {
                for (String line : snippet) {
                    assertThat(testLines).as(name + ": snippet line not in ReadmeExampleTest").contains(line);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void theMarkNeedsAJavaBlock() {
        assertThat(snippets("x\n" + MARK + "\n\n```java\nint a = 1; // one\n// only a comment\n```\n"))
                .containsExactly(List.of("int a = 1;"));
        assertThat(codeOf("JdbcHost.connect(\"jdbc:postgresql://db/bank\") // a URL")).isEqualTo("JdbcHost.connect(\"jdbc:postgresql://db/bank\")");
    }
}
