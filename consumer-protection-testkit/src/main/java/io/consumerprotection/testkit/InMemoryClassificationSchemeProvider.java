package io.consumerprotection.testkit;

import io.consumerprotection.spi.classification.ClassificationCodeRecord;
import io.consumerprotection.spi.classification.ClassificationSchemeProvider;
import io.consumerprotection.spi.classification.SchemeVersionRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link ClassificationSchemeProvider} holding fixed lists given at construction; immutable and so
 * thread-safe.
 */
public final class InMemoryClassificationSchemeProvider implements ClassificationSchemeProvider {

    private final String id;
    private final List<ClassificationCodeRecord> localCodes;
    private final List<SchemeVersionRecord> schemeVersions;

    private InMemoryClassificationSchemeProvider(String id, List<ClassificationCodeRecord> localCodes,
                                                 List<SchemeVersionRecord> schemeVersions) {
        this.id = Objects.requireNonNull(id, "id");
        this.localCodes = List.copyOf(localCodes);
        this.schemeVersions = List.copyOf(schemeVersions);
    }

    /** A provider with local codes only. */
    public static InMemoryClassificationSchemeProvider of(String id, List<ClassificationCodeRecord> localCodes) {
        return new InMemoryClassificationSchemeProvider(id, localCodes, List.of());
    }

    /** A provider with local codes and new scheme versions. */
    public static InMemoryClassificationSchemeProvider of(String id, List<ClassificationCodeRecord> localCodes,
                                                          List<SchemeVersionRecord> schemeVersions) {
        return new InMemoryClassificationSchemeProvider(id, localCodes, schemeVersions);
    }

    /** A copy with one more local code. */
    public InMemoryClassificationSchemeProvider withLocalCode(ClassificationCodeRecord code) {
        List<ClassificationCodeRecord> codes = new ArrayList<>(localCodes);
        codes.add(Objects.requireNonNull(code, "code"));
        return new InMemoryClassificationSchemeProvider(id, codes, schemeVersions);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<ClassificationCodeRecord> localCodes() {
        return localCodes;
    }

    @Override
    public List<SchemeVersionRecord> schemeVersions() {
        return schemeVersions;
    }
}
