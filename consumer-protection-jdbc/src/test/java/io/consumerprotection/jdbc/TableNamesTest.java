package io.consumerprotection.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Table names: a schema and a prefix written into SQL, so only plain identifiers are accepted. */
class TableNamesTest {

    @Test
    void namesTablesWithTheSchemaAndThePrefix() {
        TableNames names = TableNames.of("xb", "cp_");
        assertThat(names.table("complaint")).isEqualTo("xb.cp_complaint");
        assertThat(names.sql("SELECT 1 FROM {complaint} c JOIN {audit_record} a ON 1 = 1"))
                .isEqualTo("SELECT 1 FROM xb.cp_complaint c JOIN xb.cp_audit_record a ON 1 = 1");
        assertThat(names.placeholders()).containsEntry("table_schema", "xb.").containsEntry("table_prefix", "cp_");
        assertThat(names.historyTable()).isEqualTo("cp_consumer_protection_schema_history");
        assertThat(TableNames.defaults().table("complaint")).isEqualTo("complaint");
        assertThat(TableNames.of(null, null)).isEqualTo(TableNames.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x; DROP TABLE complaint", "a.b", "1abc", "\"quoted\"", "a-b", " "})
    void refusesASchemaThatIsNotAPlainIdentifier(String schema) {
        assertThatThrownBy(() -> TableNames.of(schema, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("schema must be");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cp_;", "cp.", "9", "a b", "x'"})
    void refusesAPrefixThatIsNotAPlainIdentifier(String prefix) {
        assertThatThrownBy(() -> TableNames.of("", prefix))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("prefix must be");
    }
}
