package io.consumerprotection.examples.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An earlier release of the SDK loaded beside the current one, for side-by-side figures in one JMH run
 * ({@code -p previousCore=/path/core.jar:/path/spi.jar[:/path/host.jar]}): the SDK's classes (and the host's, and its
 * Flyway scripts, when its jar is given) come from those jars, everything else (the JDK, Guava, SLF4J, H2) from the
 * benchmark's class loader. {@link #copy} turns a current SPI record (such as a
 * {@code ComplaintRecord} with its timeline) into the earlier release's record of the same name, component by
 * component; a component the earlier release lacks is dropped, one it has and the current lacks is {@code null}.
 *
 * <p>The in-memory SPI implementations ({@code io.consumerprotection.testkit}) come from the earlier release's jars
 * when they hold them (its testkit jar, given after the others); a release from before the testkit had them in its
 * spi jar under another package, so for it they are defined again from the current testkit's bytes, linked against
 * the earlier release's spi, like {@link #relinked} workloads.
 */
final class PreviousRelease extends URLClassLoader {

    private static final String TESTKIT = "io.consumerprotection.testkit.";

    /** Benchmark classes defined again in this loader (with their nested classes), by name. */
    private final java.util.Set<String> relinked = java.util.concurrent.ConcurrentHashMap.newKeySet();

    PreviousRelease(String jars, ClassLoader parent) {
        super(urls(jars), parent);
    }

    /**
     * A benchmark class (and its nested classes) defined again in this loader from the benchmark's own bytes, so
     * that its calls link against the earlier release: the same workload code runs on both releases. Only JDK types
     * may cross between the two (its constructor's and methods' parameters and results).
     */
    Class<?> relinked(Class<?> workload, Class<?>... uses) {
        relinked.add(workload.getName());
        for (Class<?> c : uses) {
            relinked.add(c.getName());
        }
        return type(workload.getName());
    }

    private boolean isRelinked(String name) {
        for (String r : relinked) {
            if (name.equals(r) || name.startsWith(r + "$")) {
                return true;
            }
        }
        return false;
    }

    private Class<?> defineFromParent(String name) throws ClassNotFoundException {
        try (java.io.InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (java.io.IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }

    /** A loader over jars separated by the path separator, for example {@code core.jar:spi.jar:host.jar}. */
    static PreviousRelease of(String jars, ClassLoader parent) {
        return new PreviousRelease(jars, parent);
    }

    /**
     * Resources under {@code db/} (the host's Flyway scripts) and {@code io/consumerprotection/} (the SDK's data files:
     * dictionaries, schemes, calendars) come from the earlier release's jars only.
     */
    @Override
    public URL getResource(String name) {
        return earlier(name) ? findResource(name) : super.getResource(name);
    }

    @Override
    public java.util.Enumeration<URL> getResources(String name) throws java.io.IOException {
        return earlier(name) ? findResources(name) : super.getResources(name);
    }

    private static boolean earlier(String name) {
        return name.startsWith("db/") || name.startsWith("io/consumerprotection/");
    }

    private static URL[] urls(String jars) {
        String[] paths = jars.split(java.io.File.pathSeparator);
        URL[] urls = new URL[paths.length];
        for (int i = 0; i < paths.length; i++) {
            try {
                urls[i] = Path.of(paths[i]).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("previousCore: " + paths[i], e);
            }
        }
        return urls;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        // the benchmarks themselves are the current release's; the SDK (and the examples host, when its jar is given)
        // come from the earlier release's jars
        boolean again = isRelinked(name);
        if (!again && (!name.startsWith("io.consumerprotection.")
                || name.startsWith("io.consumerprotection.examples.benchmarks."))) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = again || testkitTheJarsLack(name) ? defineFromParent(name) : findClass(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    /** A testkit class that the earlier release's jars do not hold (a release from before the testkit module). */
    private boolean testkitTheJarsLack(String name) {
        return name.startsWith(TESTKIT) && findResource(name.replace('.', '/') + ".class") == null;
    }

    /** The earlier release's class of this name. */
    Class<?> type(String name) {
        try {
            return Class.forName(name, true, this);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the previous release has no " + name, e);
        }
    }

    /** A current value as the earlier release's: SDK records and enums converted, lists and maps element-wise. */
    Object copy(Object value) {
        if (value == null) {
            return null;
        }
        Class<?> c = value.getClass();
        if (c.isRecord() && c.getName().startsWith("io.consumerprotection.")) {
            Class<?> old = type(c.getName());
            RecordComponent[] oldComponents = old.getRecordComponents();
            Map<String, Object> byName = new LinkedHashMap<>();
            try {
                for (RecordComponent rc : c.getRecordComponents()) {
                    byName.put(rc.getName(), rc.getAccessor().invoke(value));
                }
                Class<?>[] types = new Class<?>[oldComponents.length];
                Object[] args = new Object[oldComponents.length];
                for (int i = 0; i < oldComponents.length; i++) {
                    types[i] = oldComponents[i].getType();
                    Object v = copy(byName.get(oldComponents[i].getName()));
                    args[i] = v == null && types[i].isPrimitive() ? zero(types[i]) : v;
                }
                Constructor<?> k = old.getDeclaredConstructor(types);
                return k.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot copy " + c.getName() + " to the previous release", e);
            }
        }
        if (c.isEnum() && c.getName().startsWith("io.consumerprotection.")) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object e = Enum.valueOf((Class) type(c.getName()), ((Enum<?>) value).name());
            return e;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(x -> out.add(copy(x)));
            return List.copyOf(out);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(copy(k), copy(v)));
            return Map.copyOf(out);
        }
        return value;
    }

    private static Object zero(Class<?> primitive) {
        if (primitive == boolean.class) {
            return false;
        }
        if (primitive == long.class) {
            return 0L;
        }
        if (primitive == int.class) {
            return 0;
        }
        throw new IllegalArgumentException("no zero for " + primitive);
    }

    /**
     * A public instance method of {@code receiver} (of either release) bound to it, as a handle of the given type
     * (SDK types in it erased to {@code Object}): the benchmarks call the current and the earlier release through
     * the same kind of call site ({@code invokeExact} on a handle held in a state field).
     */
    static MethodHandle bind(Object receiver, String method, MethodType callSite, Class<?>... params) {
        try {
            Method target = receiver.getClass().getMethod(method, params);
            return MethodHandles.publicLookup().unreflect(target).bindTo(receiver).asType(callSite);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot bind " + method + " of " + receiver.getClass().getName(), e);
        }
    }
}
