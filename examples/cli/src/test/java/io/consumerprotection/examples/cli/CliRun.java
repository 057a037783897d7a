package io.consumerprotection.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the tool in-process as a user would, with its standard input, output and error captured. */
record CliRun(int exit, String out, String err) {

    static CliRun run(String... args) {
        return run(new byte[0], args);
    }

    static CliRun withInput(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = run(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs with standard output going to {@code stdout} (for example one that fails). */
    static int run(InputStream stdin, PrintStream stdout, PrintStream stderr, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            System.setIn(stdin);
            System.setOut(stdout);
            System.setErr(stderr);
            return Cli.run(args);
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** A standard output whose every write fails, as on a full disk. */
    static PrintStream failingStdout() {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        }, true, StandardCharsets.UTF_8);
    }

    /** The lines of standard output. */
    List<String> outLines() {
        return out.lines().toList();
    }

    /** The lines of standard error. */
    List<String> errLines() {
        return err.lines().toList();
    }
}
