package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeClassifierTest {

    private final NarrativeClassifier classifier = NarrativeClassifier.bundled().withoutPrior();

    @Test
    void suggestsCardFraudWithEvidenceAndConfidence() {
        Suggestions s = classifier.suggest("我的信用卡昨天晚上被盗刷了3笔，要求银行赔偿！");
        Suggestion b = s.top(Dimension.BUSINESS).orElseThrow();
        assertThat(b.code()).isEqualTo("0602");
        assertThat(b.evidence()).containsExactly("信用卡", "盗刷");
        assertThat(b.confidence()).isBetween(0.5, 1.0);
        assertThat(s.top(Dimension.CAUSE).orElseThrow().code()).isEqualTo("1001");
        assertThat(s.top(Dimension.RIGHT).orElseThrow().code()).isEqualTo("01");
        assertThat(s.of(Dimension.REQUEST)).extracting(Suggestion::code).contains("05");
        assertThat(s.dictionaryVersion()).isEqualTo("2026.3");
        assertThat(s.schemeVersion()).isEqualTo("2018.1");
    }

    @Test
    void negationCancelsATerm() {
        Suggestions s = classifier.suggest("卡没有被盗刷，但是年费被扣了");
        assertThat(s.top(Dimension.CAUSE).orElseThrow().code()).startsWith("07");
        assertThat(s.of(Dimension.CAUSE)).noneMatch(x -> x.code().startsWith("10"));
        assertThat(s.of(Dimension.RIGHT)).noneMatch(x -> x.code().equals("01"));
        assertThat(classifier.suggest("信用卡被盗刷").of(Dimension.CAUSE)).anyMatch(x -> x.code().equals("1001"));
    }

    @Test
    void foldsFullWidthAndCase() {
        assertThat(classifier.suggest("ＡＴＭ吞卡了").top(Dimension.CHANNEL).orElseThrow().code()).isEqualTo("01021");
        assertThat(classifier.suggest("Atm吞卡了").top(Dimension.CHANNEL).orElseThrow().code()).isEqualTo("01021");
        assertThat(classifier.suggest("ＬＰＲ降了房贷利率没变").top(Dimension.BUSINESS).orElseThrow().code()).isEqualTo("0701");
    }

    @Test
    void longerTermMasksTheShorterOneInside() {
        Suggestions s = classifier.suggest("理财经理态度很差");
        assertThat(s.of(Dimension.BUSINESS)).isEmpty();
        assertThat(s.top(Dimension.CAUSE).orElseThrow().code()).isEqualTo("0101");
    }

    @Test
    void suggestsTheDeepestCodeWithEnoughEvidence() {
        assertThat(classifier.suggest("信用卡年费被扣了").top(Dimension.BUSINESS).orElseThrow().code()).isEqualTo("06022");
        assertThat(classifier.suggest("银行卡有问题").top(Dimension.BUSINESS).orElseThrow().code()).isEqualTo("06");
    }

    @Test
    void emptyOrUnrelatedTextGivesNothing() {
        assertThat(classifier.suggest("").all()).isEmpty();
        assertThat(classifier.suggest("今天天气不错 hello").all()).isEmpty();
    }

    @Test
    void hostExtendsTheDictionary() {
        SuggestionDictionary local = SuggestionDictionary.bundled().withEntries(new StringReader(
                "# a bank's own product name\n惠民卡\tBUSINESS\t06021\t6\n"));
        NarrativeClassifier c = NarrativeClassifier.of(local, ClassificationCatalog.bundled().latest());
        assertThat(c.suggest("惠民卡有问题").top(Dimension.BUSINESS).orElseThrow().code()).isEqualTo("06021");
        assertThat(local.version()).isEqualTo("2026.3+local");
        assertThat(classifier.suggest("惠民卡有问题").top(Dimension.BUSINESS)).isEmpty();
    }

    @Test
    void rejectsDictionaryCodesMissingFromTheScheme() {
        SuggestionDictionary bad = SuggestionDictionary.of("x", List.of(DictionaryEntry.of("卡", Dimension.BUSINESS, "0677", 3)));
        assertThatThrownBy(() -> NarrativeClassifier.of(bad, ClassificationCatalog.bundled().latest()))
                .isInstanceOf(InvalidClassificationSchemeException.class).hasMessageContaining("0677");
        assertThatThrownBy(() -> DictionaryEntry.of("卡", Dimension.BUSINESS, "06", 11))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
