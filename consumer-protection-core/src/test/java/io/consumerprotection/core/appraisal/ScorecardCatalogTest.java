package io.consumerprotection.core.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.appraisal.ScorecardDefinition;
import io.consumerprotection.testkit.InMemoryScorecardProvider;
import org.junit.jupiter.api.Test;

class ScorecardCatalogTest {

    private static String nfraWithHostBands() {
        String text = ScorecardCatalog.builtIn().get(ScorecardId.NFRA_2025).toText()
                .replace("version=2025.1-sdk1", "version=host-2025");
        return text.replaceAll("band grade=[^\\n]*\\n", "")
                + "band grade=5 from=0 to=50\nband grade=4 from=50 to=65\nband grade=3 from=65 to=75\n"
                + "band grade=2B from=75 to=82\nband grade=2A from=82 to=88\nband grade=1 from=88 to=100\n";
    }

    @Test
    void aHostDefinitionReplacesTheBuiltInWithTheSameId() {
        InMemoryScorecardProvider p = new InMemoryScorecardProvider()
                .put(new ScorecardDefinition("NFRA-2025", "host policy 2025-17", nfraWithHostBands()));
        ScorecardCatalog c = ScorecardCatalog.of(p);
        assertThat(c.get(ScorecardId.NFRA_2025).version()).isEqualTo("host-2025");
        assertThat(c.get(ScorecardId.NFRA_2025).grade(new java.math.BigDecimal("88"))).isEqualTo("1");
        assertThat(c.ids()).hasSize(3);
    }

    @Test
    void anInvalidHostDefinitionFailsWhenTheCatalogIsBuilt() {
        InMemoryScorecardProvider p = new InMemoryScorecardProvider().put(new ScorecardDefinition("NFRA-2025", "",
                nfraWithHostBands().replace("weight=30 min=25", "weight=20 min=25")));
        assertThatThrownBy(() -> ScorecardCatalog.of(p)).isInstanceOf(InvalidScorecardException.class)
                .hasMessageContaining("element[MARKETING].weight").hasMessageContaining("WEIGHTS_NOT_100");
    }

    @Test
    void aDefinitionWhoseIdDiffersFromItsTextIsRefused() {
        InMemoryScorecardProvider p = new InMemoryScorecardProvider()
                .put(new ScorecardDefinition("MINE", "", nfraWithHostBands()));
        assertThatThrownBy(() -> ScorecardCatalog.of(p)).isInstanceOf(InvalidScorecardException.class)
                .hasMessageContaining("ID_MISMATCH");
    }

    @Test
    void getThrowsForAnUnknownIdAndFindIsEmpty() {
        assertThat(ScorecardCatalog.builtIn().find(ScorecardId.of("NOPE"))).isEmpty();
        assertThatThrownBy(() -> ScorecardCatalog.builtIn().get(ScorecardId.of("NOPE")))
                .isInstanceOf(UnknownScorecardException.class).hasMessageContaining("NFRA-2025");
    }
}
