package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Every mistake a user can make is one line on stderr, with the option, what was wrong and what is accepted. */
class CliMistakesTest {

    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    /** Asserts a usage or runtime mistake: the exit status, one stderr line with the words, no stack trace, nothing on stdout. */
    private static void oneLine(CliRun r, int exit, String... words) {
        assertThat(r.exit()).as(r.err()).isEqualTo(exit);
        assertThat(r.errLines()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains(words).doesNotContain("\tat ", "Exception", "Caused by");
        assertThat(r.out()).isEmpty();
    }

    private static JsonNode json(String line) {
        return JsonLinesCommand.JSON.readTree(line);
    }

    @Test
    void aMissingInputFileOrADirectoryIsAUsageMistakeNamingTheOption() {
        Path missing = dir.resolve("nope.jsonl");
        for (String command : List.of("deadline", "privacy", "classify")) {
            oneLine(CliRun.run(command, "--input", missing.toString()), Cli.USAGE, "--input", "no such file", "nope.jsonl");
        }
        oneLine(CliRun.run("score", "--scorecard", "BRANCH-2025", "--input", missing.toString()), Cli.USAGE, "--input", "no such file");
        oneLine(CliRun.run("stats", "--period", "2025", "--input", missing.toString()), Cli.USAGE, "--input", "no such file");
        oneLine(CliRun.run("audit", "--input", missing.toString()), Cli.USAGE, "--input", "no such file");
        oneLine(CliRun.run("deadline", "--input", dir.toString()), Cli.USAGE, "--input", "is a directory");
        oneLine(CliRun.run("audit", "--input", dir.toString()), Cli.USAGE, "--input", "is a directory");
    }

    @Test
    void gbkBytesAreAnErrorLineNamingTheLineAndEncodingAndTheOtherLinesAreAnswered() throws Exception {
        byte[] input = concat("{\"id\":\"a\",\"text\":\"信用卡被盗刷\"}\n".getBytes(StandardCharsets.UTF_8),
                "{\"id\":\"b\",\"text\":\"信用卡被盗刷\"}\n".getBytes(GBK),
                "{\"id\":\"c\",\"text\":\"年费被扣了\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("mixed.jsonl");
        Files.write(file, input);
        for (CliRun r : List.of(CliRun.run("classify", "--input", file.toString()), CliRun.run(input, "classify"))) {
            assertThat(r.exit()).as(r.err()).isEqualTo(Cli.SOME_ERRORS);
            assertThat(r.outLines()).hasSize(3);
            assertThat(json(r.outLines().get(0)).get("id").asString()).isEqualTo("a");
            JsonNode bad = json(r.outLines().get(1));
            assertThat(bad.get("line").asInt()).isEqualTo(2);
            assertThat(bad.at("/error/code").asString()).isEqualTo("INVALID_ENCODING");
            assertThat(bad.at("/error/message").asString()).contains("line 2", "UTF-8", "--encoding", "GB18030");
            assertThat(json(r.outLines().get(2)).get("id").asString()).isEqualTo("c");
            assertThat(r.out()).doesNotContain("\uFFFD");
        }
    }

    @Test
    void aGbkFileIsReadWithEncodingGbkOrGb18030() throws Exception {
        Path file = dir.resolve("gbk.jsonl");
        Files.write(file, "{\"id\":\"g\",\"text\":\"我的信用卡被盗刷了\"}\n".getBytes(GBK));
        for (String encoding : List.of("GBK", "gb18030")) {
            CliRun r = CliRun.run("classify", "--input", file.toString(), "--encoding", encoding);
            assertThat(r.exit()).as(r.err()).isEqualTo(Cli.OK);
            assertThat(json(r.outLines().get(0)).at("/suggestions/BUSINESS/0/evidence").toString()).contains("信用卡", "盗刷");
        }
        oneLine(CliRun.run("classify", "--input", file.toString(), "--encoding", "latin-1"), Cli.USAGE,
                "--encoding", "latin-1", "UTF-8", "GBK", "GB18030");
    }

    @Test
    void badOptionValuesSayWhatIsAccepted() {
        oneLine(CliRun.withInput("", "stats", "--period", "2024-H3"), Cli.USAGE, "--period", "2024-H3", "2025-H1", "2025-Q1");
        oneLine(CliRun.withInput("", "stats", "--period", "2025", "--by", "NOPE"), Cli.USAGE, "--by", "NOPE", "BUSINESS@2");
        oneLine(CliRun.run("audit", "--facts", dir.resolve("f.jsonl").toString(), "--parallelism", "0"), Cli.USAGE,
                "--parallelism", "0", "1 to 256");
        oneLine(CliRun.run("audit", "--facts", dir.resolve("no-facts.jsonl").toString()), Cli.USAGE, "--facts", "no such file");
        oneLine(CliRun.run("audit", "--facts", "x", "--as-of", "yesterday"), Cli.USAGE, "--as-of", "2024-12-31");
        oneLine(CliRun.run("audit", "--facts", "x", "--format", "xml"), Cli.USAGE, "--format", "xml", "jsonl", "sarif", "html");
        oneLine(CliRun.run("audit", "--facts", "x", "--rules", "nope"), Cli.USAGE, "--rules", "complaints");
        oneLine(CliRun.run("audit"), Cli.USAGE, "--input", "--jdbc", "--facts");
        oneLine(CliRun.run("audit", "--fail-on", "SEVERE"), Cli.USAGE, "--fail-on", "SEVERE", "LOW");
        oneLine(CliRun.run("classify", "--top", "0"), Cli.USAGE, "--top", "at least 1");
        oneLine(CliRun.run("deadline", "--no-such-option"), Cli.USAGE, "--no-such-option", "deadline --help");
        oneLine(CliRun.run("score"), Cli.USAGE, "--scorecard", "BRANCH-2025");
    }

    @Test
    void aJdbcUrlTheHostRefusesIsUsageAndAnUnreachableDatabaseIsARuntimeFailure() {
        oneLine(CliRun.run("audit", "--jdbc", "jdbc:sqlite:bank.db"), Cli.USAGE, "--jdbc", "jdbc:sqlite:bank.db");
        oneLine(CliRun.run("stats", "--period", "2025", "--jdbc", "jdbc:sqlite:bank.db"), Cli.USAGE, "--jdbc");
        // nothing listens on port 1; the password in the URL is not repeated
        CliRun r = CliRun.run("audit", "--jdbc", "jdbc:postgresql://127.0.0.1:1/bank?password=secret", "--as-of", "2024-12-31");
        oneLine(r, Cli.FAILURE, "--jdbc", "cannot open the database", "jdbc:postgresql://127.0.0.1:1/bank");
        assertThat(r.err()).doesNotContain("secret");
    }

    @Test
    void thePasswordComesFromTheOptionOrTheEnvironment() {
        assertThat(Databases.password(null, java.util.Map.of("CP_JDBC_PASSWORD", "from-env"))).isEqualTo("from-env");
        assertThat(Databases.password("given", java.util.Map.of("CP_JDBC_PASSWORD", "from-env"))).isEqualTo("given");
        assertThat(Databases.password(null, java.util.Map.of())).isNull();
        assertThat(Databases.withoutParameters("jdbc:postgresql://u:pw@db:5432/bank?password=pw")).doesNotContain("pw")
                .isEqualTo("jdbc:postgresql://…@db:5432/bank");
        assertThat(Databases.withoutParameters("jdbc:h2:file:./bank;PASSWORD=x")).isEqualTo("jdbc:h2:file:./bank");
    }

    @Test
    void aFullStandardOutputIsARuntimeFailure() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CliRun.run(new java.io.ByteArrayInputStream("{\"id\":\"a\",\"text\":\"信用卡\"}\n".getBytes(StandardCharsets.UTF_8)),
                CliRun.failingStdout(), new java.io.PrintStream(err, true, StandardCharsets.UTF_8), "classify");
        assertThat(exit).isEqualTo(Cli.FAILURE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("stdout", "writing failed").doesNotContain("\tat ");
    }

    @Test
    void anUnwritableOutputIsNamedAndLeavesNoFile() throws Exception {
        Path facts = dir.resolve("facts.jsonl");
        Files.writeString(facts, "");
        oneLine(CliRun.run("audit", "--facts", facts.toString(), "--output", dir.resolve("no/such/dir/out.sarif").toString()),
                Cli.USAGE, "--output", "does not exist");
        if (Files.isWritable(Path.of("/dev/full"))) {
            CliRun r = CliRun.run("audit", "--facts", facts.toString(), "--format", "sarif", "--output", "/dev/full");
            assertThat(r.exit()).as(r.err()).isEqualTo(Cli.FAILURE);
            assertThat(r.err()).contains("--output", "/dev/full", "writing").doesNotContain("\tat ");
        }
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileAndNoPartialOne() throws Exception {
        Path target = dir.resolve("report.sarif");
        Files.writeString(target, "the earlier report");
        try {
            OutputFile.write(target, "--output", out -> {
                out.write("{\"version\":\"2.1.0\",\"runs\":[");
                throw new java.io.IOException("No space left on device");
            });
            throw new AssertionError("expected a failure");
        } catch (CommandFailure e) {
            assertThat(e.exitCode()).isEqualTo(Cli.FAILURE);
            assertThat(e.getMessage()).contains("--output", "report.sarif", "No space left on device", "nothing was written");
        }
        assertThat(Files.readString(target)).isEqualTo("the earlier report");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("report.sarif");
        }
        Integer written = OutputFile.write(target, "--output", out -> {
            out.write("new");
            return 7;
        });
        assertThat(written).isEqualTo(7);
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void theSameMistakeHasTheSameCodeInEveryCommand() {
        CliRun deadline = CliRun.withInput("{\"id\":1,\"op\":\"nope\"}\n{\"id\":2}\n", "deadline");
        CliRun privacy = CliRun.withInput("{\"id\":1,\"op\":\"nope\"}\n{\"id\":2}\n", "privacy");
        for (CliRun r : List.of(deadline, privacy)) {
            assertThat(r.exit()).isEqualTo(Cli.SOME_ERRORS);
            assertThat(json(r.outLines().get(0)).at("/error/code").asString()).isEqualTo("UNKNOWN_OP");
            assertThat(json(r.outLines().get(0)).at("/error/message").asString()).contains("nope", "known:");
            assertThat(json(r.outLines().get(1)).at("/error/code").asString()).isEqualTo("MISSING_FIELD");
            assertThat(json(r.outLines().get(1)).at("/error/message").asString()).contains("'op'");
        }
    }

    @Test
    void aMissingTierIsAnErrorAndAnUnknownFieldIsReported() {
        CliRun r = CliRun.withInput(
                "{\"id\":\"t\",\"op\":\"due\",\"policy\":\"NFRA-2020-3\",\"receivedAt\":\"2024-09-20T10:15:00+08:00\"}\n"
                        + "{\"id\":\"u\",\"op\":\"due\",\"policy\":\"NFRA-2020-3\",\"receivedAt\":\"2024-09-20T10:15:00+08:00\",\"tier\":\"SIMPLE\",\"teir\":\"x\"}\n",
                "deadline");
        assertThat(r.exit()).isEqualTo(Cli.SOME_ERRORS);
        JsonNode missing = json(r.outLines().get(0));
        assertThat(missing.at("/error/code").asString()).isEqualTo("MISSING_FIELD");
        assertThat(missing.at("/error/message").asString()).contains("'tier'");
        JsonNode typo = json(r.outLines().get(1));
        assertThat(typo.get("result").asString()).isEqualTo("2024-10-08");
        assertThat(typo.at("/warnings/0/code").asString()).isEqualTo("UNKNOWN_FIELD");
        assertThat(typo.at("/warnings/0/field").asString()).isEqualTo("teir");
        assertThat(typo.at("/warnings/0/message").asString()).contains("tier");
    }

    @Test
    void scoreRefusesAPercentWhereAFractionIsExpectedAndReportsUnknownFields() {
        String doc = "{\"period\":\"2025-H1\",\"units\":{\"ZX\":{\"indicators\":{\"complaint.on-time-rate\":97.9}}}}";
        CliRun r = CliRun.withInput(doc, "score", "--scorecard", "BRANCH-2025");
        assertThat(r.exit()).isEqualTo(Cli.SOME_ERRORS);
        JsonNode error = json(r.out()).get("error");
        assertThat(error.get("code").asString()).isEqualTo("INVALID_INPUT");
        assertThat(error.get("message").asString()).contains("units.ZX.indicators.complaint.on-time-rate", "97.9",
                "fraction from 0 to 1", "0.979");
        CliRun negative = CliRun.withInput(doc.replace("\"complaint.on-time-rate\":97.9", "\"education.audience\":-5"),
                "score", "--scorecard", "BRANCH-2025");
        assertThat(json(negative.out()).at("/error/message").asString()).contains("education.audience", "at least 0");
        CliRun missingCount = CliRun.withInput("{\"period\":\"2025-H1\",\"units\":{\"ZX\":{\"trainings\":[{\"id\":\"T\",\"date\":\"2025-03-01\"}]}}}",
                "score", "--scorecard", "BRANCH-2025");
        assertThat(json(missingCount.out()).at("/error/code").asString()).isEqualTo("MISSING_FIELD");
        assertThat(json(missingCount.out()).at("/error/message").asString()).contains("units.ZX.trainings[0].enrolled");
        CliRun period = CliRun.withInput(doc.replace("2025-H1", "2025-H3"), "score", "--scorecard", "BRANCH-2025");
        assertThat(json(period.out()).at("/error/message").asString()).contains("period", "2025-H1");
    }

    @Test
    void everyCommandsHelpListsExitStatusAndAnExample() {
        List<List<String>> commands = new java.util.ArrayList<>();
        collect(Cli.commandLine(), List.of(), commands);
        assertThat(commands).extracting(c -> String.join(" ", c)).contains("deadline", "privacy", "classify", "stats",
                "score", "audit", "health", "calendar", "calendar import-notice", "trail", "trail verify");
        for (List<String> command : commands) {
            List<String> args = new java.util.ArrayList<>(command);
            args.add("--help");
            CliRun r = CliRun.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", command)).isZero();
            assertThat(r.out()).as(String.join(" ", command)).contains("Usage:", "Exit status:", "0   ", "1   ",
                    "2   bad usage", "3   runtime failure", "e.g. ").doesNotContain("Exit status: 0");
        }
        String deadline = CliRun.run("deadline", "--help").out();
        assertThat(deadline).contains("op \"due\"", "op \"addWorkingDays\"", "tier", "required", "default CN",
                "ISO date", "whole number", "UNKNOWN_OP", "MISSING_FIELD", "UNKNOWN_FIELD", "--encoding");
        assertThat(CliRun.run("privacy", "--help").out()).contains("op \"mask\"", "op \"scrub\"", "default DISPLAY", "UNKNOWN_OP");
        assertThat(CliRun.run("score", "--help").out()).contains("FRACTION from 0 to 1", "97.9% is 0.979", "UNKNOWN_FIELD");
        assertThat(CliRun.run("audit", "--help").out()).contains("--as-of", "as of now", "CP_JDBC_PASSWORD", "prompted");
        assertThat(CliRun.run("--help").out()).contains("Exit status:", "INVALID_ENCODING");
    }

    /** Every command and subcommand of the tool (but picocli's own help command), as the words that name it. */
    private static void collect(picocli.CommandLine cl, List<String> path, List<List<String>> out) {
        cl.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommand() instanceof picocli.CommandLine.HelpCommand) {
                return;
            }
            List<String> p = new java.util.ArrayList<>(path);
            p.add(name);
            out.add(p);
            collect(sub, p, out);
        });
    }

    @Test
    void aCalendarFileThatIsMissingOrNotACalendarIsAUsageMistakeNamingTheOption() throws Exception {
        CliRun missing = CliRun.run("health", "--calendar", dir.resolve("none.calendar").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).startsWith("consumer-protection health: --calendar: no such file").doesNotContain("Exception");
        Path notCalendar = Files.writeString(dir.resolve("x.calendar"), "hello\n");
        CliRun bad = CliRun.run("health", "--calendar", notCalendar.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("consumer-protection health: --calendar: '").contains("is not a calendar file")
                .doesNotContain("\n");
        CliRun directory = CliRun.run("health", "--calendar", dir.toString());
        assertThat(directory.exit()).isEqualTo(2);
        assertThat(directory.err()).contains("is a directory");
    }

    @Test
    void unreadableAuditLinesAreInTheReportAndItsCounts() throws Exception {
        Path in = dir.resolve("complaints.jsonl");
        Files.write(in, concat((AuditCommandTest.LATE.strip() + "\n").getBytes(StandardCharsets.UTF_8),
                "{\"id\":\"C-GBK\",\"narrative\":\"信用卡被盗刷\"}\n".getBytes(GBK), "{not json\n".getBytes(StandardCharsets.UTF_8)));
        Path html = dir.resolve("report.html");
        Path summary = dir.resolve("summary.json");
        CliRun r = CliRun.run("audit", "--input", in.toString(), "--rules", "complaints", "--as-of", "2024-12-31",
                "--format", "html", "--output", html.toString(), "--summary", summary.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Cli.SOME_ERRORS);
        JsonNode counts = json(Files.readString(summary)).findValue("inputCounts");
        assertThat(counts.get("COMPLAINT_LINE_UNREADABLE").asLong()).as(counts.toString()).isEqualTo(2);
        assertThat(counts.get("COMPLAINT").asLong()).isEqualTo(1);
        String page = Files.readString(html);
        assertThat(page).contains("无法读取的输入行 (2)", "--input line 2: byte", "not valid UTF-8", "--input line 3: not a complaint record");
        assertThat(r.err()).contains("2 unreadable line(s)", "as of 2024-12-31T15:59:59");
    }

    @Test
    void anUnknownFieldOfAnAuditLineIsReportedOnce() throws Exception {
        Path in = dir.resolve("typo.jsonl");
        String late = AuditCommandTest.LATE.strip();
        Files.writeString(in, late.replaceFirst("\\{", "{\"recievedAt\":\"x\",") + "\n"
                + late.replace("C-LATE", "C-LATE-2").replaceFirst("\\{", "{\"recievedAt\":\"x\",") + "\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("audit", "--input", in.toString(), "--rules", "complaints", "--as-of", "2024-12-31");
        assertThat(r.errLines()).filteredOn(l -> l.contains("UNKNOWN_FIELD")).singleElement().asString()
                .contains("--input line 1", "'recievedAt'", "ComplaintRecord");
        assertThat(r.err()).contains("COMPLAINT 2");
    }

    @Test
    void theAuditReportIsInTheAskedLanguageAndZoneWithTheWorstFindingsFirst() throws Exception {
        Path in = dir.resolve("late.jsonl");
        Files.writeString(in, AuditCommandTest.LATE.strip() + "\n", StandardCharsets.UTF_8);
        Path zh = dir.resolve("zh.html");
        Path en = dir.resolve("en.html");
        CliRun.run("audit", "--input", in.toString(), "--as-of", "2024-12-31", "--format", "html", "--include-passes",
                "--output", zh.toString());
        CliRun.run("audit", "--input", in.toString(), "--as-of", "2024-12-31", "--format", "html", "--lang", "en",
                "--zone", "UTC", "--output", en.toString());
        String chinese = Files.readString(zh);
        String english = Files.readString(en);
        assertThat(chinese).contains("消费者权益保护审计报告", "检查基准时间 2024-12-31 23:59:59", "投诉 C-LATE", "不通过");
        assertThat(english).contains("Consumer-protection audit report", "Checked as of 2024-12-31 15:59:59 (UTC)", "complaints C-LATE")
                .doesNotContain("消费者权益保护审计报告");
        // severities of the findings table in document order never rise
        String findings = chinese.substring(chinese.indexOf("检查发现"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"(CRITICAL|HIGH|MEDIUM|LOW|INFO)\"").matcher(findings);
        List<io.consumerprotection.core.audit.Severity> order = new java.util.ArrayList<>();
        while (m.find()) {
            order.add(io.consumerprotection.core.audit.Severity.valueOf(m.group(1)));
        }
        assertThat(order).hasSizeGreaterThan(3);
        assertThat(new java.util.HashSet<>(order)).hasSizeGreaterThan(1);
        assertThat(order).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        oneLine(CliRun.run("audit", "--input", in.toString(), "--lang", "fr"), Cli.USAGE, "--lang", "zh, en or both");
        oneLine(CliRun.run("audit", "--input", in.toString(), "--zone", "Mars/Base"), Cli.USAGE, "--zone", "Asia/Shanghai");
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }
}
