package io.consumerprotection.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Lines of a file or of standard input, each decoded on its own in a declared encoding: a line whose bytes
 * are not valid is reported with its number and byte offset, and the lines after it are still read (a line
 * break, byte 0x0A, never occurs inside a UTF-8, GBK or GB18030 character). A UTF-8 byte order mark is
 * dropped. Opening checks the file first: a missing file, a directory or an unreadable file is a
 * {@link CommandFailure#usage usage} mistake naming the option.
 */
final class InputLines implements Closeable {

    /** The encodings {@code --encoding} accepts. */
    static final String ACCEPTED = "UTF-8 (default), GBK or GB18030";

    /** One line: its 1-based number and its text, or why its bytes could not be decoded. */
    record Line(long number, String text, String encodingError) {

        /** True when the line's bytes were valid. */
        boolean readable() {
            return encodingError == null;
        }
    }

    private final InputStream in;
    private final Charset charset;
    private final String source;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private final byte[] chunk = new byte[1 << 16];
    private int position;
    private int limit;
    private long number;
    private boolean ended;

    private InputLines(InputStream in, Charset charset, String source) {
        this.in = in;
        this.charset = charset;
        this.source = source;
    }

    /** The lines of {@code file} ({@code option} names it in messages), or of standard input when it is null. */
    static InputLines open(Path file, String option, Charset charset) {
        if (file == null) {
            return new InputLines(System.in, charset, "stdin");
        }
        return new InputLines(openFile(file, option), charset, option + " " + file);
    }

    /** Opens a file named by an option, or throws a usage failure saying what is wrong with it. */
    static InputStream openFile(Path file, String option) {
        if (Files.isDirectory(file)) {
            throw CommandFailure.usage(option, "'" + file + "' is a directory; give a file");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw CommandFailure.usage(option, "no such file '" + file + "'");
        } catch (AccessDeniedException e) {
            throw CommandFailure.usage(option, "'" + file + "' cannot be read (permission denied)");
        } catch (IOException e) {
            throw CommandFailure.usage(option, "'" + file + "' cannot be read: " + CommandFailure.firstLine(e));
        }
    }

    /** The next line, or empty at the end of the input. A read failure is a runtime failure. */
    Optional<Line> next() {
        if (ended) {
            return Optional.empty();
        }
        buffer.reset();
        try {
            while (true) {
                if (position == limit) {
                    limit = in.read(chunk);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        ended = true;
                        if (buffer.size() == 0) {
                            return Optional.empty();
                        }
                        break;
                    }
                }
                int start = position;
                while (position < limit && chunk[position] != '\n') {
                    position++;
                }
                buffer.write(chunk, start, position - start);
                if (position < limit) {
                    position++;
                    break;
                }
            }
        } catch (IOException e) {
            throw CommandFailure.failure(source, "reading failed after line " + number + ": " + CommandFailure.firstLine(e), e);
        }
        number++;
        byte[] bytes = buffer.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        int offset = 0;
        if (number == 1 && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        return Optional.of(decode(bytes, offset, length - offset));
    }

    private Line decode(byte[] bytes, int offset, int length) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer src = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer dst = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) length * 2 + 16));
        CoderResult r = decoder.decode(src, dst, true);
        if (!r.isError()) {
            r = decoder.flush(dst);
        }
        if (r.isError()) {
            int at = src.position() - offset;
            return new Line(number, null, "line " + number + ": byte " + at + " (0x"
                    + String.format(Locale.ROOT, "%02X", bytes[src.position()] & 0xFF) + ") is not valid " + charset.name()
                    + "; the input is read as " + charset.name() + " (--encoding): give --encoding GB18030 or GBK for a file"
                    + " saved by a Chinese Windows program, or convert it to UTF-8");
        }
        dst.flip();
        return new Line(number, dst.toString(), null);
    }

    /** The remaining lines as an ordered sequential stream (closing it does not close the input). */
    java.util.stream.Stream<Line> stream() {
        java.util.Spliterator<Line> lines = new java.util.Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(java.util.function.Consumer<? super Line> action) {
                Optional<Line> line = next();
                line.ifPresent(action);
                return line.isPresent();
            }
        };
        return java.util.stream.StreamSupport.stream(lines, false);
    }

    /** The number of lines read so far. */
    long linesRead() {
        return number;
    }

    /** Reads the whole input as one text in {@code charset}; an undecodable byte is a usage failure naming its line. */
    static String readText(Path file, String option, Charset charset) {
        StringBuilder text = new StringBuilder();
        try (InputLines lines = open(file, option, charset)) {
            Optional<Line> line;
            while ((line = lines.next()).isPresent()) {
                if (!line.get().readable()) {
                    throw new InvalidEncodingException(line.get().encodingError());
                }
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(line.get().text());
            }
        }
        return text.toString();
    }

    /** A whole-document input whose bytes are not valid in the encoding. */
    static final class InvalidEncodingException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidEncodingException(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        if (in == System.in || source.equals("stdin")) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            throw CommandFailure.failure(source, "closing failed: " + CommandFailure.firstLine(e), e);
        }
    }

    /** The {@code --encoding} value converter: UTF-8, GBK or GB18030, in any case. */
    static final class EncodingConverter implements picocli.CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            return switch (value.toUpperCase(Locale.ROOT).replace("_", "-")) {
                case "UTF-8", "UTF8" -> java.nio.charset.StandardCharsets.UTF_8;
                case "GBK", "CP936" -> Charset.forName("GBK");
                case "GB18030" -> Charset.forName("GB18030");
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a supported encoding; accepted: " + ACCEPTED);
            };
        }
    }
}
