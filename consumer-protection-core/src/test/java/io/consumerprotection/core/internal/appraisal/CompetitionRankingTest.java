package io.consumerprotection.core.internal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetitionRankingTest {

    @Test
    void tiesShareTheRankAndTheNextSkips() {
        List<Integer> scores = List.of(80, 90, 90, 70, 80);
        assertThat(CompetitionRanking.ranks(scores, Comparator.reverseOrder())).containsExactly(3, 1, 1, 5, 3);
    }

    @Test
    void orderIsBestFirstWithTiesBrokenAsAsked() {
        List<String> names = List.of("b", "a", "c");
        List<Integer> order = CompetitionRanking.order(names, Comparator.comparing(s -> 0), Comparator.naturalOrder());
        assertThat(order).containsExactly(1, 0, 2);
    }
}
