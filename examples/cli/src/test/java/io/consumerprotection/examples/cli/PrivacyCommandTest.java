package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PrivacyCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, List<String> lines) {
    }

    private Run run(String... inputLines) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, List.of(inputLines), StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(new PrintWriter(out));
        int status = cl.execute("privacy", "--input", in.toString());
        return new Run(status, out.toString().lines().toList());
    }

    @Test
    void answersTheThreeOperations() throws IOException {
        Run r = run(
                "{\"id\":\"1\",\"op\":\"mask\",\"type\":\"BANK_CARD\",\"value\":\"6222021234567890128\",\"profile\":\"DISPLAY\"}",
                "{\"id\":\"2\",\"op\":\"validate\",\"type\":\"RESIDENT_ID\",\"value\":\"110105194912310021\"}",
                "{\"id\":\"3\",\"op\":\"validate\",\"type\":\"RESIDENT_ID\",\"value\":\"11010519491231002X\"}",
                "{\"id\":\"4\",\"op\":\"scrub\",\"text\":\"手机13812345678，密码123456\"}",
                "{\"id\":\"5\",\"op\":\"mask\",\"type\":\"NAME\",\"value\":\"欧阳娜娜\"}");

        assertThat(r.status()).isEqualTo(Cli.OK);
        assertThat(r.lines()).containsExactly(
                "{\"id\":\"1\",\"result\":\"622202*********0128\"}",
                "{\"id\":\"2\",\"valid\":false,\"reason\":\"ID_CHECK_CHARACTER_MISMATCH\"}",
                "{\"id\":\"3\",\"valid\":true}",
                "{\"id\":\"4\",\"result\":\"手机138****5678，密码******\",\"found\":[{\"type\":\"MOBILE\",\"start\":2,\"end\":13},"
                        + "{\"type\":\"PASSWORD\",\"start\":16,\"end\":22}]}",
                "{\"id\":\"5\",\"result\":\"欧阳**\"}");
    }

    @Test
    void reportsBadLinesAndGoesOn() throws IOException {
        Run r = run(
                "{\"id\":\"1\",\"op\":\"mask\",\"type\":\"PIN\",\"value\":\"1234\"}",
                "{\"id\":\"2\",\"op\":\"validate\",\"type\":\"NAME\",\"value\":\"张三\"}",
                "not json",
                "{\"id\":\"4\",\"op\":\"mask\",\"type\":\"MOBILE\",\"value\":\"13812345678\",\"profile\":\"LOG\"}");

        assertThat(r.status()).isEqualTo(Cli.SOME_ERRORS);
        assertThat(r.lines()).hasSize(4);
        assertThat(r.lines().get(0)).startsWith("{\"id\":\"1\",\"error\":{\"code\":\"INVALID_INPUT\"");
        assertThat(r.lines().get(1)).contains("cannot be validated");
        assertThat(r.lines().get(2)).startsWith("{\"line\":3,\"error\":{\"code\":\"INVALID_JSON\"");
        assertThat(r.lines().get(3)).isEqualTo("{\"id\":\"4\",\"result\":\"*******5678\"}");
    }
}
