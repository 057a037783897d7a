package io.consumerprotection.examples.host;

import io.consumerprotection.examples.host.demo.DayAtTheBank;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo: a realistic year of complaint handling at a bank on embedded H2 (a file database under
 * {@code examples/host/target/demo}), no server to install. Optional arguments: the number of complaints
 * and the output directory.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DayAtTheBank.Options defaults = DayAtTheBank.Options.defaults();
        int complaints = args.length > 0 ? Integer.parseInt(args[0]) : defaults.complaints();
        Path dir = Path.of(args.length > 1 ? args[1] : "target/demo").toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve("bank.mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the demo favours speed over durability: H2 writes committed changes in the background (WRITE_DELAY default)
        try (JdbcHost host = JdbcHost.connect("jdbc:h2:file:" + dir.resolve("bank"))) {
            DayAtTheBank.run(new DayAtTheBank.Options(defaults.seed(), complaints, defaults.year(), dir), host, out);
        }
    }
}
