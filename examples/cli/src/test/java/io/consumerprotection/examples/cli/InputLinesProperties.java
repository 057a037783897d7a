package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class InputLinesProperties {

    /** Any lines of Chinese and ASCII text, in UTF-8, GBK or GB18030 with LF or CRLF, read back as they were. */
    @Property(tries = 200)
    void linesComeBackAsWritten(@ForAll("texts") List<String> lines, @ForAll("encodings") String encoding,
                                @ForAll boolean crlf) throws Exception {
        Charset charset = new InputLines.EncodingConverter().convert(encoding);
        String text = String.join(crlf ? "\r\n" : "\n", lines) + (lines.isEmpty() ? "" : "\n");
        assertThat(read(text.getBytes(charset), charset)).containsExactlyElementsOf(lines);
    }

    /** One undecodable line is reported with its number, and every other line still comes back. */
    @Property(tries = 200)
    void aBadLineIsReportedAndTheOthersAreRead(@ForAll("texts") List<String> before, @ForAll("texts") List<String> after) throws Exception {
        Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        before.forEach(l -> b.writeBytes((l + "\n").getBytes(utf8)));
        b.writeBytes(new byte[] {'x', (byte) 0xC4, (byte) 0xE3, '\n'});
        after.forEach(l -> b.writeBytes((l + "\n").getBytes(utf8)));
        List<String> read = read(b.toByteArray(), utf8);
        List<String> expected = new ArrayList<>(before);
        expected.add("!line " + (before.size() + 1));
        expected.addAll(after);
        assertThat(read).containsExactlyElementsOf(expected);
    }

    private static List<String> read(byte[] bytes, Charset charset) throws Exception {
        Path file = Files.createTempFile("lines", ".txt");
        try {
            Files.write(file, bytes);
            List<String> out = new ArrayList<>();
            try (InputLines lines = InputLines.open(file, "--input", charset)) {
                Optional<InputLines.Line> line;
                while ((line = lines.next()).isPresent()) {
                    InputLines.Line l = line.get();
                    out.add(l.readable() ? l.text() : "!" + l.encodingError().substring(0, l.encodingError().indexOf(':')));
                }
            }
            return out;
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.chars().range('a', 'z'), Arbitraries.chars().range('\u4e00', '\u9fa5'),
                Arbitraries.of(' ', '，', '。', '{', '"', ':'));
        return chars.list().ofMaxSize(40).map(cs -> {
            StringBuilder s = new StringBuilder();
            cs.forEach(s::append);
            return s.toString();
        }).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> encodings() {
        return Arbitraries.of("UTF-8", "GBK", "GB18030");
    }
}
