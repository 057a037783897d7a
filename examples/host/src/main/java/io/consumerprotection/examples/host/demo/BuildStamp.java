package io.consumerprotection.examples.host.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The identity of the code that made a report: SHA-256 over the classes and resources (not {@code META-INF}) of the
 * spi, core and demo modules, the same whether they are read from {@code target/classes} or from their jars. The demo
 * writes it into {@code report.html} ({@code <meta name="cp-build">}), so that a check of an old report can tell it
 * was made by other code.
 */
public final class BuildStamp {

    private static final List<Class<?>> MODULES = List.of(io.consumerprotection.spi.ConsumerProtectionException.class,
            io.consumerprotection.core.ConsumerProtection.class, BuildStamp.class);
    private static volatile String current;

    private BuildStamp() {
    }

    /** The stamp of the code running now (computed once). */
    public static String current() {
        String s = current;
        if (s == null) {
            s = compute();
            current = s;
        }
        return s;
    }

    private static String compute() {
        try {
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            for (Class<?> c : MODULES) {
                Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
                for (Map.Entry<String, byte[]> e : entries(where).entrySet()) {
                    all.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    all.update((byte) 0);
                    all.update(e.getValue());
                }
            }
            return HexFormat.of().formatHex(all.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException | URISyntaxException e) {
            throw new IllegalStateException("cannot compute the build stamp", e);
        }
    }

    /** Each entry's name and the SHA-256 of its bytes, by name. */
    private static Map<String, byte[]> entries(Path where) {
        Map<String, byte[]> out = new TreeMap<>();
        try {
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where)) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        String name = where.relativize(f).toString().replace('\\', '/');
                        if (!name.startsWith("META-INF/")) {
                            out.put(name, sha(Files.readAllBytes(f)));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                        if (!e.isDirectory() && !e.getName().startsWith("META-INF/")) {
                            try (InputStream in = jar.getInputStream(e)) {
                                out.put(e.getName(), sha(in.readAllBytes()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + where + " for the build stamp", e);
        }
        return out;
    }

    private static byte[] sha(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
