package io.consumerprotection.examples.host;

import io.consumerprotection.examples.host.demo.CodeNames;
import io.consumerprotection.examples.host.demo.DayAtTheBank;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo: a realistic year of complaint handling at a bank on embedded H2 (a file database under
 * {@code examples/host/target/demo}), no server to install.
 *
 * <pre>
 * Demo [COMPLAINTS [DIRECTORY]] [--lang zh|en|both] [--zone ZONE]
 * </pre>
 * {@code COMPLAINTS} (default 10000) and {@code DIRECTORY} (default {@code target/demo}); {@code --lang} the language of
 * {@code report.html} (default zh: Chinese; both: Chinese then English), {@code --zone} the zone its times are shown in
 * (default Asia/Shanghai). From Maven: {@code mvn -Pdemo -Ddemo.lang=en -Ddemo.zone=… -DskipTests package}. The
 * system properties {@code cp.demo.lang} and {@code cp.demo.zone} of earlier releases still give the defaults. A bad
 * argument is one line on stderr naming it and what is accepted, exit status 2.
 */
public final class Demo {

    /** The usage line. */
    static final String USAGE = "usage: Demo [COMPLAINTS [DIRECTORY]] [--lang zh|en|both] [--zone ZONE]";

    private Demo() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DayAtTheBank.Options options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            err.println("demo: " + e.getMessage());
            err.println(USAGE);
            System.exit(2);
            return;
        }
        Path dir = options.outputDirectory();
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve("bank.mv.db"));
            // the checkpoints sign the head of the chain in the database just deleted: kept, a second run would
            // report its own fresh chain as CHECKPOINT_MISMATCH
            Files.deleteIfExists(dir.resolve("audit-checkpoints.tsv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the demo favours speed over durability: H2 writes committed changes in the background (WRITE_DELAY default)
        try (JdbcHost host = JdbcHost.connect("jdbc:h2:file:" + dir.resolve("bank"))) {
            DayAtTheBank.run(options, host, out);
        }
    }

    /**
     * The options of these arguments.
     *
     * @throws IllegalArgumentException naming the argument and what is accepted
     */
    static DayAtTheBank.Options options(String[] args) {
        DayAtTheBank.Options defaults = DayAtTheBank.Options.defaults();
        String lang = System.getProperty("cp.demo.lang", "zh");
        String zone = System.getProperty("cp.demo.zone", DayAtTheBank.Options.BANK_ZONE.getId());
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (name.equals("--lang") || name.equals("--zone")) {
                String value;
                if (a.contains("=")) {
                    value = a.substring(a.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                if (name.equals("--lang")) {
                    lang = value;
                } else {
                    zone = value;
                }
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + name + "; accepted: --lang, --zone");
            } else {
                positional.add(a);
            }
        }
        if (positional.size() > 2) {
            throw new IllegalArgumentException("at most two arguments (COMPLAINTS, DIRECTORY), got " + positional.size());
        }
        int complaints = defaults.complaints();
        if (!positional.isEmpty()) {
            try {
                complaints = Integer.parseInt(positional.get(0));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("COMPLAINTS (" + positional.get(0) + ") is not a whole number", e);
            }
            if (complaints < 1) {
                throw new IllegalArgumentException("COMPLAINTS (" + complaints + ") must be at least 1");
            }
        }
        Path dir = Path.of(positional.size() > 1 ? positional.get(1) : "target/demo").toAbsolutePath();
        CodeNames.Language language;
        try {
            language = CodeNames.Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--lang (" + lang + "): accepted zh, en or both", e);
        }
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--zone (" + zone + ") is not a time zone such as Asia/Shanghai", e);
        }
        return new DayAtTheBank.Options(defaults.seed(), complaints, defaults.year(), dir, language, zoneId);
    }
}
