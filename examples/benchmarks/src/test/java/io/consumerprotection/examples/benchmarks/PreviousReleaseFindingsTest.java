package io.consumerprotection.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.consumerprotection.testkit.InMemoryComplaintStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The byte-identical guard of a refactoring: the audit over the benchmark pool gives the same findings, line for
 * line, in the current release and in an earlier one loaded from its jars in a class loader of its own (as
 * {@link PreviousRelease} loads it for the benchmarks). The oracle is that release's code, not a copy of its
 * output written by the code under test.
 *
 * <p>It runs when the earlier release's jars are named ({@code -Dcp.previousCore=/path/core.jar:/path/spi.jar}, plus
 * {@code :/path/testkit.jar} for a release that has the testkit module, or the environment variable
 * {@code CP_PREVIOUS_CORE}) and is skipped with a message otherwise;
 * {@code examples/benchmarks/previous-release-guard.sh <commit>} builds that release in a git worktree under /tmp
 * and runs this test against it. Every configuration: the 20 complaint rules, every kind of finding, engine /
 * recorded / strict / stored due dates, 1 and 2 threads, batches of 1024, 100 and 7, as of a day inside the calendar
 * data and one after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviousReleaseFindingsTest {

    private static final int POOL = 4096;

    private String jars;
    private URLClassLoader loader;
    private Object previous;
    private FindingsHarness current;

    @BeforeAll
    void loadBothReleases() throws ReflectiveOperationException {
        jars = System.getProperty("cp.previousCore", System.getenv("CP_PREVIOUS_CORE"));
        Assumptions.assumeTrue(jars != null && !jars.isBlank(),
                "no earlier release named (-Dcp.previousCore=core.jar:spi.jar or CP_PREVIOUS_CORE): guard skipped");
        loader = new EarlierRelease(jars);
        Class<?> harness = Class.forName(FindingsHarness.class.getName(), true, loader);
        assertThat(harness.getClassLoader()).isSameAs(loader);
        assertThat(Class.forName("io.consumerprotection.core.audit.AuditRun", false, loader).getClassLoader())
                .as("the earlier release's audit comes from its jars").isSameAs(loader);
        previous = harness.getConstructor(int.class).newInstance(POOL);
        current = new FindingsHarness(POOL);
    }

    @AfterAll
    void close() throws IOException {
        if (loader != null) {
            loader.close();
        }
    }

    @Test
    void theInputIsTheSame() throws ReflectiveOperationException {
        assertSameLines("input", call("inputDump"), current.inputDump());
        assertThat(current.size()).isGreaterThan(POOL + POOL / 3);
    }

    Stream<Arguments> configurations() {
        List<Arguments> out = new ArrayList<>();
        for (String asOf : List.of(FindingsHarness.INSIDE_DATA, FindingsHarness.AFTER_DATA)) {
            for (String deadlines : List.of("engine", "recorded", "strict", "stored")) {
                out.add(Arguments.of(deadlines, 1, 1024, asOf));
                out.add(Arguments.of(deadlines, 2, 100, asOf));
                out.add(Arguments.of(deadlines, 2, 7, asOf));
            }
        }
        out.add(Arguments.of("engine", 1, 7, FindingsHarness.INSIDE_DATA));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} due dates, {1} thread(s), batches of {2}, as of {3}")
    @MethodSource("configurations")
    void sameFindingsAsTheEarlierRelease(String deadlines, int threads, int batch, String asOf)
            throws ReflectiveOperationException {
        List<String> expected = call("run", deadlines, threads, batch, asOf);
        List<String> actual = current.run(deadlines, threads, batch, asOf);
        assertSameLines(deadlines + "/" + threads + "/" + batch + "/" + asOf, expected, actual);
        // the configuration finds something of every kind (a guard over empty output would prove nothing)
        assertThat(actual).anyMatch(l -> l.contains("\"kind\":\"FAIL\""));
        assertThat(actual).anyMatch(l -> l.contains("\"kind\":\"PASS\""));
        assertThat(actual).anyMatch(l -> l.contains("\"ruleId\":\"CP-INPUT-001\""));
    }

    private static void assertSameLines(String what, List<String> expected, List<String> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail(what + ": line " + i + " differs\n  earlier: " + expected.get(i) + "\n  current: " + actual.get(i));
            }
        }
        assertThat(actual.size()).as(what + ": number of lines").isEqualTo(expected.size());
    }

    @SuppressWarnings("unchecked")
    private List<String> call(String method, Object... args) throws ReflectiveOperationException {
        Class<?>[] types = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) {
            types[i] = args[i] instanceof Integer ? int.class : args[i].getClass();
        }
        try {
            return (List<String>) previous.getClass().getMethod(method, types).invoke(previous, args);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the earlier release failed in " + method, e.getCause());
        }
    }

    /**
     * The earlier release's SDK classes from its jars, and the harness (with the benchmark pool it uses) from this
     * build's class directories, linked against that release; everything else (JDK, Guava, SLF4J) from the parent.
     */
    private static final class EarlierRelease extends URLClassLoader {

        EarlierRelease(String jars) {
            super(urls(jars), PreviousReleaseFindingsTest.class.getClassLoader());
        }

        private static URL[] urls(String jars) {
            List<URL> urls = new ArrayList<>();
            try {
                for (String p : jars.split(java.io.File.pathSeparator)) {
                    urls.add(Path.of(p).toUri().toURL());
                }
                // the harness (test classes) and the pool (main classes of the benchmarks), after the release's jars
                urls.add(FindingsHarness.class.getProtectionDomain().getCodeSource().getLocation());
                urls.add(AuditComplaints.class.getProtectionDomain().getCodeSource().getLocation());
                // the in-memory store the pool is built in: the release's own when its jars hold the testkit, else
                // the current testkit's classes linked against the release's spi (a release from before the
                // testkit module kept them in its spi jar under another package)
                urls.add(InMemoryComplaintStore.class.getProtectionDomain().getCodeSource().getLocation());
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
            return urls.toArray(URL[]::new);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("io.consumerprotection.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name); // never the current release's class: fails when the jars lack it
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }

        @Override
        public java.util.Enumeration<URL> getResources(String name) throws IOException {
            boolean own = name.startsWith("io/consumerprotection/") || name.startsWith("META-INF/services/io.consumerprotection.");
            return own ? findResources(name) : super.getResources(name);
        }
    }
}
