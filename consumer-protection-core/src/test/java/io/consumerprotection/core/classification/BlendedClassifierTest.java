package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlendedClassifierTest {

    private final NarrativeClassifier dictionary = NarrativeClassifier.bundled().withoutPrior();
    private final ClassificationScheme scheme = dictionary.scheme();

    @Test
    void aBankWithoutHistoryGetsTheDictionarysSuggestions() {
        BlendedClassifier b = BlendedClassifier.of(dictionary, NarrativeModel.train(List.of(), scheme));
        for (String text : List.of("信用卡没有被盗刷，但是年费被扣了", "理财经理态度很差", "", "ATM吞卡了，要求尽快处理")) {
            assertThat(b.suggest(text).all()).isEqualTo(dictionary.suggest(text).all());
        }
        assertThat(b.weight(Dimension.BUSINESS)).isZero();
    }

    @Test
    void historyTeachesAProductNameTheDictionaryDoesNotKnow() {
        List<ClassifiedNarrative> history = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            history.add(ClassifiedNarrative.of("我买的惠民宝第" + i + "期到期了一直没有兑付", "1203", "0902"));
            history.add(ClassifiedNarrative.of("网点柜员办业务第" + i + "次态度恶劣", "99", "0101"));
        }
        NarrativeModel model = NarrativeModel.train(history, scheme);
        assertThat(model.trained(Dimension.BUSINESS)).isEqualTo(120);
        assertThat(model.trained(Dimension.CHANNEL)).isZero();
        BlendedClassifier b = BlendedClassifier.of(dictionary, model);
        assertThat(dictionary.suggest("惠民宝到期不兑付").top(Dimension.BUSINESS)).isEmpty();
        Suggestion top = b.suggest("惠民宝到期不兑付").top(Dimension.BUSINESS).orElseThrow();
        assertThat(top.code()).isEqualTo("1203");
        assertThat(top.evidence()).isEmpty();
        assertThat(b.weight(Dimension.BUSINESS)).isEqualTo(120.0 / 170);
        Suggestions s = b.suggest("惠民宝到期不兑付");
        assertThat(s.of(Dimension.BUSINESS)).isSortedAccordingTo((x, y) -> Double.compare(y.confidence(), x.confidence()));
        assertThat(s.of(Dimension.BUSINESS)).allSatisfy(x -> assertThat(x.confidence()).isBetween(0.0, 1.0));
        assertThat(s.dictionaryVersion()).isEqualTo("2026.3+history");
    }

    @Test
    void fitKeepsTheDictionaryWhenTheHistoryTeachesNothingNewOrIsTooShort() {
        BlendedClassifier none = BlendedClassifier.fit(dictionary, List.of());
        assertThat(none.weight(Dimension.BUSINESS)).isZero();
        assertThat(none.suggest("信用卡年费被扣了").all()).isEqualTo(dictionary.suggest("信用卡年费被扣了").all());
        List<ClassifiedNarrative> agreeing = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            agreeing.add(ClassifiedNarrative.of("第" + i + "次信用卡年费被银行擅自扣了", "06022", "0703"));
        }
        BlendedClassifier fitted = BlendedClassifier.fit(dictionary, agreeing);
        // the dictionary already ranks every one of them right: a tie keeps the smaller weight, 0
        assertThat(fitted.weight(Dimension.BUSINESS)).isZero();
        assertThat(fitted.weight(Dimension.CAUSE)).isZero();
        assertThat(fitted.suggest("我的信用卡被盗刷了").all()).isEqualTo(dictionary.suggest("我的信用卡被盗刷了").all());
        BlendedClassifier tooShort = BlendedClassifier.fit(dictionary, List.of(
                ClassifiedNarrative.of("惠民宝到期不兑付", "1203", "0902")));
        assertThat(tooShort.weight(Dimension.BUSINESS)).isZero();
    }

    @Test
    void fitGivesTheModelWeightWhereTheBanksHistoryBeatsTheDictionary() {
        List<ClassifiedNarrative> history = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            history.add(ClassifiedNarrative.of("我买的惠民宝第" + i + "期到期了一直没有兑付", "1203", "0902"));
            history.add(ClassifiedNarrative.of("网点柜员办业务第" + i + "次态度恶劣", "99", "0101"));
        }
        BlendedClassifier b = BlendedClassifier.fit(dictionary, history);
        assertThat(b.weight(Dimension.BUSINESS)).isPositive().isLessThan(1);
        assertThat(b.suggest("惠民宝到期不兑付").top(Dimension.BUSINESS).orElseThrow().code()).isEqualTo("1203");
        assertThat(b.weight(Dimension.CHANNEL)).isZero();
        assertThat(b.toString()).doesNotContain("惠民宝");
    }

    @Test
    void historyWithACodeOutsideTheSchemeIsRejectedNamingTheRow() {
        List<ClassifiedNarrative> history = List.of(ClassifiedNarrative.of("信用卡年费", "06022", "0703"),
                ClassifiedNarrative.of("信用卡年费", "0677", "0703"));
        assertThatThrownBy(() -> NarrativeModel.train(history, scheme))
                .isInstanceOf(InvalidClassificationSchemeException.class)
                .hasMessageContaining("2018.1")
                .satisfies(e -> assertThat(((InvalidClassificationSchemeException) e).violations().toString())
                        .contains("history[1].BUSINESS").contains("UNKNOWN_CODE"));
    }

    @Test
    void aClassifiedNarrativeNeverShowsItsText() {
        ClassifiedNarrative c = new ClassifiedNarrative("张三的卡号6222021234567890128被盗刷", Map.of(Dimension.BUSINESS, "06013"));
        assertThat(c.toString()).doesNotContain("张三").doesNotContain("6222").contains("06013");
        assertThatThrownBy(() -> new ClassifiedNarrative("x", null)).isInstanceOf(NullPointerException.class);
    }
}
