package io.consumerprotection.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.classification.ClassificationCodeRecord;
import io.consumerprotection.spi.classification.ClassificationSchemeProvider;
import io.consumerprotection.spi.classification.CodeMappingRecord;
import io.consumerprotection.spi.classification.SchemeVersionRecord;
import io.consumerprotection.spi.contract.ClassificationSchemeProviderContractTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryClassificationSchemeProviderTest extends ClassificationSchemeProviderContractTest {

    static final ClassificationCodeRecord LOCAL = new ClassificationCodeRecord(null, "BUSINESS", "060221", "06022", 4,
            "白金卡年费", "Platinum card annual fee", "", LocalDate.of(2024, 1, 1), null, "bank rule book 2024-07");

    @Override
    protected ClassificationSchemeProvider newProvider() {
        ClassificationCodeRecord newCode = new ClassificationCodeRecord("2026.1", "CAUSE", "0104", "01", 2,
                "服务态度与效率", "Attitude and speed", "", null, null, "host");
        return InMemoryClassificationSchemeProvider.of("bank-local", List.of(LOCAL), List.of(
                new SchemeVersionRecord("2026.1", LocalDate.of(2026, 1, 1), "2018.1", List.of(newCode),
                        List.of(new CodeMappingRecord("2018.1", "2026.1", "CAUSE", "0199", List.of("0101"))))));
    }

    @Test
    void withLocalCodeAddsWithoutChangingTheOriginal() {
        InMemoryClassificationSchemeProvider p = InMemoryClassificationSchemeProvider.of("x", List.of());
        InMemoryClassificationSchemeProvider q = p.withLocalCode(LOCAL);
        assertThat(p.localCodes()).isEmpty();
        assertThat(q.localCodes()).containsExactly(LOCAL);
    }
}
