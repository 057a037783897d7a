package io.consumerprotection.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;

/** The due-date table the built-in evaluators return is an immutable map equal to the map of its entries. */
class DueDateTableProperties {

    @Property(tries = 500)
    void isTheMapOfItsDueDatesInOrder(@ForAll @Size(max = 12) @UniqueElements List<@AlphaChars @StringLength(min = 1, max = 8) String> names,
                                      @ForAll @AlphaChars @StringLength(min = 1, max = 9) String probe) {
        DueDateTable.Builder b = DueDateTable.builder(2);
        Map<String, DueDate> expected = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            DueDate d = new DueDate(names.get(i), LocalDate.of(2024, 1, 1).plusDays(i), "P", "1", "CN 2026a");
            assertThat(b.contains(d.milestone())).isFalse();
            b.add(d);
            assertThat(b.contains(d.milestone())).isTrue();
            expected.put(d.milestone(), d);
        }
        DueDateTable table = b.build();
        assertThat(table).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(List.copyOf(table.keySet())).containsExactlyElementsOf(expected.keySet());
        assertThat(table.get(probe)).isEqualTo(expected.get(probe));
        assertThat(table.containsKey(probe)).isEqualTo(expected.containsKey(probe));
        assertThat(Map.copyOf(table)).isEqualTo(expected);
    }

    @Example
    void isImmutableAndRejectsASecondDateForAMilestone() {
        DueDate d = new DueDate("DECISION", LocalDate.of(2024, 10, 8), "NFRA-2020-3", "2020-03-01", "CN 2026a");
        DueDateTable.Builder b = DueDateTable.builder(1).add(d);
        assertThatThrownBy(() -> b.add(d)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DECISION");
        DueDateTable table = b.build();
        assertThatThrownBy(() -> table.put("X", d)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.entrySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(table.get(null)).isNull();
    }
}
