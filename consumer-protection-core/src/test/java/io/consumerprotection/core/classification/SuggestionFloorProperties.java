package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class SuggestionFloorProperties {

    private static final String[] WORDS = {"信用卡", "年费", "盗刷", "理财", "保险", "存款", "态度差", "催收", "没有", "转账",
            "贷款", "利率", "柜员", "手机银行", "，", "要求退还", "ATM", "吞卡", "征信", "泄露"};

    @Provide
    Arbitrary<String> narratives() {
        return Arbitraries.of(WORDS).list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property
    void anOfferedSuggestionReachesTheFloorAndAHigherFloorOffersNoMore(@ForAll("narratives") String text,
            @ForAll @DoubleRange(min = 0, max = 1) double low, @ForAll @DoubleRange(min = 0, max = 1) double high) {
        Suggestions s = NarrativeClassifier.bundled().suggest(text);
        SuggestionFloor lo = SuggestionFloor.of(Math.min(low, high));
        SuggestionFloor hi = SuggestionFloor.of(Math.max(low, high));
        for (Dimension d : Dimension.values()) {
            hi.find(s, d).ifPresent(x -> {
                assertThat(x.confidence()).isGreaterThanOrEqualTo(hi.minimum());
                assertThat(lo.find(s, d)).contains(x);
            });
            assertThat(lo.abstains(s, d)).isEqualTo(lo.find(s, d).isEmpty());
            if (s.top(d).isEmpty()) {
                assertThat(lo.abstains(s, d)).isTrue();
            }
        }
    }

    @Example
    void thinEvidenceIsNoConfidentSuggestion() {
        Suggestions thin = NarrativeClassifier.bundled().suggest("去银行取钱");
        assertThat(thin.top(Dimension.BUSINESS)).isPresent();
        assertThat(thin.top(Dimension.BUSINESS).orElseThrow().confidence()).isLessThan(SuggestionFloor.DEFAULT);
        assertThat(SuggestionFloor.defaults().find(thin, Dimension.BUSINESS)).isEmpty();
        Suggestions clear = NarrativeClassifier.bundled().suggest("我的信用卡昨天晚上被盗刷了3笔，要求银行赔偿！");
        assertThat(SuggestionFloor.defaults().find(clear, Dimension.BUSINESS)).isPresent();
        assertThat(SuggestionFloor.of(0).find(thin, Dimension.BUSINESS)).isPresent();
    }

    @Example
    void aFloorOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> SuggestionFloor.of(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FLOOR_RANGE");
        assertThatThrownBy(() -> SuggestionFloor.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SuggestionFloor.defaults().minimum()).isEqualTo(0.5);
    }
}
