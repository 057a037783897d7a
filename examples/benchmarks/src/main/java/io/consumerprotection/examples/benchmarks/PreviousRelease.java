package io.consumerprotection.examples.benchmarks;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * The SDK's classes of an earlier release, loaded from its jars first (everything else from the benchmark's
 * loader), so that a benchmark measures the earlier and the current release side by side in one run.
 */
final class PreviousRelease extends URLClassLoader {

    private PreviousRelease(URL[] urls, ClassLoader parent) {
        super(urls, parent);
    }

    /** A loader over jars separated by the path separator, for example {@code core.jar:spi.jar}. */
    static PreviousRelease of(String jars, ClassLoader parent) {
        String[] paths = jars.split(File.pathSeparator);
        URL[] urls = new URL[paths.length];
        try {
            for (int i = 0; i < paths.length; i++) {
                urls[i] = Path.of(paths[i]).toUri().toURL();
            }
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a jar path: " + jars, e);
        }
        return new PreviousRelease(urls, parent);
    }

    /** Resources under {@code db/} (the host's Flyway scripts) come from the earlier release's jars only. */
    @Override
    public URL getResource(String name) {
        return name.startsWith("db/") ? findResource(name) : super.getResource(name);
    }

    @Override
    public java.util.Enumeration<URL> getResources(String name) throws java.io.IOException {
        return name.startsWith("db/") ? findResources(name) : super.getResources(name);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith("io.consumerprotection.")) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = findClass(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}
