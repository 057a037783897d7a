package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.classification.NarrativeEvaluation.Item;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default suggestion path: the dictionary blended with the prior trained on the bundled public narratives. */
class BundledPriorTest {

    private final NarrativeClassifier bundled = NarrativeClassifier.bundled();
    private final NarrativeClassifier alone = bundled.withoutPrior();

    @Test
    void theDefaultClassifierNamesDictionaryAndPriorAndTheDictionaryAloneStaysAvailable() {
        assertThat(bundled.version()).isEqualTo("2026.3+prior-2026.1");
        assertThat(bundled.priorVersion()).contains("2026.1");
        assertThat(bundled.suggest("信用卡年费被扣了").dictionaryVersion()).isEqualTo("2026.3+prior-2026.1");
        assertThat(alone.version()).isEqualTo("2026.3");
        assertThat(alone.priorVersion()).isEmpty();
        assertThat(alone.withoutPrior()).isSameAs(alone);
        assertThat(alone.suggest("信用卡年费被扣了").dictionaryVersion()).isEqualTo("2026.3");
        assertThat(NarrativeClassifier.of(SuggestionDictionary.bundled(), ClassificationCatalog.bundled().latest()))
                .isSameAs(bundled);
        assertThat(bundled.priorWeight(Dimension.BUSINESS)).isPositive();
        assertThat(bundled.priorWeight(Dimension.CAUSE)).isPositive();
        assertThat(bundled.priorWeight(Dimension.CHANNEL)).isZero();
    }

    @Test
    void thePriorKeepsTheDictionarysCodeAndEvidenceAndOtherDimensions() {
        String text = "我的信用卡昨天晚上被盗刷了3笔，要求银行赔偿！";
        Suggestions s = bundled.suggest(text);
        Suggestion b = s.top(Dimension.BUSINESS).orElseThrow();
        assertThat(b.code()).isEqualTo("0602");
        assertThat(b.evidence()).containsExactly("信用卡", "盗刷");
        assertThat(s.top(Dimension.CAUSE).orElseThrow().code()).isEqualTo("1001");
        assertThat(s.of(Dimension.RIGHT)).isEqualTo(alone.suggest(text).of(Dimension.RIGHT));
        assertThat(s.of(Dimension.CAUSE)).isSortedAccordingTo((x, y) -> Double.compare(y.confidence(), x.confidence()));
    }

    @Test
    void anEmptyTextGivesNothingAndAThinOneNoConfidentSuggestion() {
        assertThat(bundled.suggest("").all()).isEmpty();
        Suggestions thin = bundled.suggest("今天天气不错 hello");
        for (Dimension d : NarrativeEvaluation.DIMENSIONS) {
            assertThat(SuggestionFloor.defaults().find(thin, d)).as("%s", d).isEmpty();
        }
    }

    @Test
    void aHostDictionaryGetsThePriorToo() {
        SuggestionDictionary local = SuggestionDictionary.bundled().withEntries(new StringReader("惠民卡\tBUSINESS\t06021\t6\n"));
        NarrativeClassifier c = NarrativeClassifier.of(local, ClassificationCatalog.bundled().latest());
        assertThat(c.version()).isEqualTo("2026.3+local+prior-2026.1");
        assertThat(c.suggest("惠民卡有问题").top(Dimension.BUSINESS).orElseThrow().code()).isEqualTo("06021");
        assertThat(c.withoutPrior().version()).isEqualTo("2026.3+local");
    }

    @Test
    void aBanksHistoryJoinsThePriorsNarratives() {
        List<ClassifiedNarrative> history = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            history.add(ClassifiedNarrative.of("我买的惠民宝第" + i + "期到期了一直没有兑付", "1203", "0902"));
        }
        BlendedClassifier b = BlendedClassifier.fit(bundled, history);
        assertThat(b.suggest("惠民宝到期不兑付").dictionaryVersion()).isEqualTo("2026.3+prior-2026.1+history");
        assertThat(b.toString()).contains("BUSINESS=" + (PriorNarratives.bundled().narratives().size() + 30));
        assertThat(b.suggest("惠民宝到期不兑付").top(Dimension.BUSINESS).orElseThrow().code()).isEqualTo("1203");
        // the bank's history alone, replacing the prior: fit over the dictionary alone
        assertThat(BlendedClassifier.fit(alone, history).suggest("惠民宝").dictionaryVersion()).isEqualTo("2026.3+history");
    }

    @Test
    void theStoredWeightsAreTheOnesFitChoosesOverThePriorsNarrativesWithTheBundledDictionary() {
        BlendedClassifier fitted = BlendedClassifier.fit(alone, PriorNarratives.bundled().narratives());
        assertThat(PriorNarratives.bundled().weights()).containsOnlyKeys(Dimension.BUSINESS, Dimension.CAUSE);
        for (Dimension d : NarrativeEvaluation.DIMENSIONS) {
            assertThat(bundled.priorWeight(d)).as("%s", d).isEqualTo(fitted.weight(d))
                    .isEqualTo(PriorNarratives.bundled().weights().get(d));
        }
    }

    @Test
    void theBundledPriorNarrativesAreThePublicEvaluationSet() throws IOException {
        List<Item> items = NarrativeEvaluation.publicNarratives();
        List<ClassifiedNarrative> prior = PriorNarratives.bundled().narratives();
        assertThat(prior).hasSameSizeAs(items);
        for (int i = 0; i < items.size(); i++) {
            assertThat(prior.get(i).narrative()).as(items.get(i).id()).isEqualTo(items.get(i).text());
            assertThat(prior.get(i).codes()).as(items.get(i).id()).isEqualTo(items.get(i).codes());
        }
    }
}
