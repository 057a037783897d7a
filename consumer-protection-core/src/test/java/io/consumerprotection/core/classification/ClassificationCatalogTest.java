package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.classification.ClassificationCodeRecord;
import io.consumerprotection.spi.classification.CodeMappingRecord;
import io.consumerprotection.spi.classification.SchemeVersionRecord;
import io.consumerprotection.testkit.InMemoryClassificationSchemeProvider;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationCatalogTest {

    static ClassificationCodeRecord local(String version, String dim, String code, String parent, int level) {
        return new ClassificationCodeRecord(version, dim, code, parent, level, "本地" + code, "Local " + code, "",
                null, null, "");
    }

    /** 2026.1 merges the two middle classes of cause 01 into 0104 and splits 0103 into 0105 and 0106. */
    static SchemeVersionRecord v2026() {
        return new SchemeVersionRecord("2026.1", LocalDate.of(2026, 1, 1), "2018.1",
                List.of(new ClassificationCodeRecord(null, "CAUSE", "0104", "01", 2, "服务态度与效率", "Attitude and speed", "",
                                null, null, "test"),
                        new ClassificationCodeRecord(null, "CAUSE", "0105", "01", 2, "柜面差错", "Counter errors", "",
                                null, null, "test"),
                        new ClassificationCodeRecord(null, "CAUSE", "0106", "01", 2, "后台差错", "Back-office errors", "",
                                null, null, "test")),
                List.of(new CodeMappingRecord("2018.1", "2026.1", "CAUSE", "0101", List.of("0104")),
                        new CodeMappingRecord("2018.1", "2026.1", "CAUSE", "0102", List.of("0104")),
                        new CodeMappingRecord("2018.1", "2026.1", "CAUSE", "0103", List.of("0105", "0106"))));
    }

    @Test
    void bundledHasOneVersionInForceFrom2018() {
        ClassificationCatalog c = ClassificationCatalog.bundled();
        assertThat(c.versions()).extracting(ClassificationScheme::version).containsExactly("2018.1");
        assertThat(c.findInForceOn(LocalDate.of(2017, 12, 31))).isEmpty();
        assertThat(c.inForceOn(LocalDate.of(2025, 6, 30)).version()).isEqualTo("2018.1");
        assertThatThrownBy(() -> c.version("1999.1")).isInstanceOf(UnknownClassificationCodeException.class)
                .hasMessageContaining("UNKNOWN_VERSION").hasMessageContaining("(6 characters)");
    }

    @Test
    void hostAddsLocalSubCodesWithoutChangingStandardOnes() {
        ClassificationCatalog c = ClassificationCatalog.bundled().with(InMemoryClassificationSchemeProvider.of("bank",
                List.of(local(null, "BUSINESS", "060221", "06022", 4))));
        ClassificationScheme s = c.latest();
        SchemeCode added = s.get(Dimension.BUSINESS, "060221");
        assertThat(added.local()).isTrue();
        assertThat(added.source()).isEqualTo("bank");
        assertThat(s.children(Dimension.BUSINESS, "06022")).containsExactly(added);
        assertThat(s.isLeaf(Dimension.BUSINESS, "06022")).as("local children are optional refinements").isTrue();
        assertThat(s.codes(Dimension.BUSINESS)).hasSize(ClassificationCatalog.bundled().latest().codes(Dimension.BUSINESS).size() + 1);
        assertThat(ClassificationCatalog.bundled().latest().find(Dimension.BUSINESS, "060221")).isEmpty();
    }

    @Test
    void rejectsEveryBadLocalCodeAtOnce() {
        InMemoryClassificationSchemeProvider p = InMemoryClassificationSchemeProvider.of("bank", List.of(
                local(null, "BUSINESS", "06022", "0602", 3),
                local(null, "BUSINESS", "77771", "7777", 3),
                local(null, "NOPE", "011", "01", 2),
                local("1999.1", "CAUSE", "0111", "01", 2),
                local(null, "CAUSE", "011111", "01", 4)));
        assertThatThrownBy(() -> ClassificationCatalog.bundled().with(p))
                .isInstanceOfSatisfying(InvalidClassificationSchemeException.class, e -> assertThat(
                        e.violations().stream().map(Violation::rule))
                        .containsExactly("CODE_TAKEN", "UNKNOWN_PARENT", "UNKNOWN_DIMENSION", "UNKNOWN_VERSION", "LEVEL"));
    }

    @Test
    void newVersionRetiresMappedCodesAndMapsOldToNew() {
        ClassificationCatalog c = ClassificationCatalog.bundled()
                .with(InMemoryClassificationSchemeProvider.of("bank", List.of(), List.of(v2026())));
        assertThat(c.inForceOn(LocalDate.of(2025, 12, 31)).version()).isEqualTo("2018.1");
        ClassificationScheme v = c.inForceOn(LocalDate.of(2026, 1, 1));
        assertThat(v.version()).isEqualTo("2026.1");
        assertThat(v.find(Dimension.CAUSE, "0101")).isEmpty();
        assertThat(v.find(Dimension.CAUSE, "0104")).isPresent();
        assertThat(v.find(Dimension.BUSINESS, "06022")).as("unmapped codes carry over").isPresent();
        CodeMapping m = c.mapping("2018.1", "2026.1");
        assertThat(m.kind(Dimension.CAUSE, "0101")).isEqualTo(MappingKind.MERGE);
        assertThat(m.kind(Dimension.CAUSE, "0103")).isEqualTo(MappingKind.SPLIT);
        assertThat(m.translate(Dimension.CAUSE, "0103")).containsExactly("0105", "0106");
        assertThat(m.primary(Dimension.CAUSE, "0701")).isEqualTo("0701");
        assertThat(c.mapping("2026.1", "2026.1").translate(Dimension.CAUSE, "0104")).containsExactly("0104");
        assertThatThrownBy(() -> c.mapping("2026.1", "2018.1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mappingsComposeAcrossVersions() {
        SchemeVersionRecord v2027 = new SchemeVersionRecord("2027.1", LocalDate.of(2027, 1, 1), "2026.1",
                List.of(new ClassificationCodeRecord(null, "CAUSE", "0107", "01", 2, "服务", "Service", "", null, null, "t")),
                List.of(new CodeMappingRecord("2026.1", "2027.1", "CAUSE", "0104", List.of("0107")),
                        new CodeMappingRecord("2026.1", "2027.1", "CAUSE", "0105", List.of("0107"))));
        ClassificationCatalog c = ClassificationCatalog.bundled()
                .with(InMemoryClassificationSchemeProvider.of("bank", List.of(), List.of(v2026(), v2027)));
        CodeMapping m = c.mapping("2018.1", "2027.1");
        assertThat(m.translate(Dimension.CAUSE, "0101")).containsExactly("0107");
        assertThat(m.translate(Dimension.CAUSE, "0103")).containsExactly("0107", "0106");
        assertThat(m.translate(Dimension.CAUSE, "0199")).containsExactly("0199");
    }

    @Test
    void rejectsAVersionOnAnUnknownBase() {
        SchemeVersionRecord orphan = new SchemeVersionRecord("2026.9", LocalDate.of(2026, 1, 1), "2000.1", List.of(), List.of());
        assertThatThrownBy(() -> ClassificationCatalog.bundled()
                .with(InMemoryClassificationSchemeProvider.of("bank", List.of(), List.of(orphan))))
                .isInstanceOf(InvalidClassificationSchemeException.class).hasMessageContaining("2000.1");
    }

    /** The bundled 2018.1 file as a host's whole new version 2027.1 would copy it, with extra lines. */
    static ClassificationScheme wholeVersion(String version, String effectiveFrom, String basedOn, String extra)
            throws java.io.IOException {
        String text;
        try (java.io.InputStream in = ClassificationCatalog.class.getResourceAsStream("scheme-2018.1.tsv")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        text = text.replace("@version\t2018.1", "@version\t" + version)
                .replace("@effective-from\t2018-01-01", "@effective-from\t" + effectiveFrom)
                .replace("@based-on\t", "@based-on\t" + basedOn) + extra;
        return ClassificationScheme.read(new java.io.StringReader(text));
    }

    @Test
    void aWholeVersionFromAFileIsAddedAndAPinLeavesLaterVersionsOut() throws Exception {
        ClassificationCatalog c = ClassificationCatalog.bundled()
                .with(wholeVersion("2027.1", "2027-01-01", "2018.1", "@map\tCAUSE\t0101\t0101\n"));
        assertThat(c.versions()).extracting(ClassificationScheme::version).containsExactly("2018.1", "2027.1");
        assertThat(c.inForceOn(LocalDate.of(2027, 3, 1)).version()).isEqualTo("2027.1");

        ClassificationCatalog pinned = c.upTo("2018.1");
        assertThat(pinned.latest().version()).isEqualTo("2018.1");
        assertThat(pinned.findVersion("2027.1")).isEmpty();
        assertThat(pinned.inForceOn(LocalDate.of(2027, 3, 1)).version()).isEqualTo("2018.1");
        assertThat(c.upTo("2027.1").versions()).hasSize(2);
        assertThatThrownBy(() -> c.upTo("1999.1")).isInstanceOf(UnknownClassificationCodeException.class);
    }

    @Test
    void aWholeVersionIsRefusedNamingTheDirectiveAtFault() throws Exception {
        ClassificationCatalog bundled = ClassificationCatalog.bundled();
        assertThatThrownBy(() -> bundled.with(wholeVersion("2018.1", "2027-01-01", "", "")))
                .isInstanceOfSatisfying(InvalidClassificationSchemeException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("@version"));
        assertThatThrownBy(() -> bundled.with(wholeVersion("2027.1", "2027-01-01", "2026.9", "")))
                .isInstanceOfSatisfying(InvalidClassificationSchemeException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("@based-on"));
        assertThatThrownBy(() -> bundled.with(wholeVersion("2027.1", "2017-01-01", "2018.1", "")))
                .isInstanceOfSatisfying(InvalidClassificationSchemeException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("@effective-from"));
        assertThatThrownBy(() -> bundled.with(wholeVersion("2027.1", "2027-01-01", "2018.1",
                "@map\tCAUSE\t0188\t0101\n")))
                .isInstanceOfSatisfying(InvalidClassificationSchemeException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("@map CAUSE 0188"));
    }
}
