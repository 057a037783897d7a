package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The evidence cues and the traditional-character folding of issue 22, each against the same text without the
 * cue: the expected rankings follow from the dictionary weights and the factors in {@code evidence-cues.tsv}
 * (排队 and 系统 weigh 3, 年费 weighs 4, a turn multiplies by 1.4, 不是 X 而是 Y multiplies X by 0.3 and Y by 1.5).
 */
class EvidenceCuesTest {

    private static final NarrativeClassifier C = NarrativeClassifier.bundled().withoutPrior();

    private static String topCause(String text) {
        return C.suggest(text).of(Dimension.CAUSE).get(0).code().substring(0, 2);
    }

    @Test
    void aTurnOfTheStoryOutweighsWhatCameBefore() {
        // without the turn 排队 (01) and 系统 (02) tie and the scheme order puts 01 first
        assertThat(topCause("排队了很久，系统")).isEqualTo("01");
        assertThat(topCause("排队了很久，但是系统")).isEqualTo("02");
        assertThat(topCause("排队了很久，结果系统")).isEqualTo("02");
    }

    @Test
    void notXButYCountsYOverX() {
        // 年费 (07, weight 4) beats 系统 (02, weight 3) on its own ...
        assertThat(topCause("因为收了年费，系统")).isEqualTo("07");
        // ... but not when the complaint says it is not about the fee but about the system
        assertThat(topCause("不是因为收了年费，而是系统")).isEqualTo("02");
    }

    @Test
    void aTurnEndsWithItsSentence() {
        assertThat(topCause("但是排队了很久。系统")).isEqualTo("01");
        assertThat(topCause("排队了很久。但是系统")).isEqualTo("02");
    }

    @Test
    void traditionalCharactersFindTheSimplifiedTerms() {
        Suggestions simplified = C.suggest("我的信用卡被盗刷了，要求银行赔偿");
        Suggestions traditional = C.suggest("我的信用卡被盜刷了，要求銀行賠償");
        for (Dimension d : Dimension.values()) {
            assertThat(traditional.of(d)).as(d.name()).isEqualTo(simplified.of(d));
        }
        assertThat(traditional.of(Dimension.CAUSE).get(0).code()).startsWith("10");
    }

    @Test
    void foldingLeavesSimplifiedAndOtherCharactersAlone() {
        assertThat(ScriptFolding.simplified('银')).isEqualTo('银');
        assertThat(ScriptFolding.simplified('銀')).isEqualTo('银');
        assertThat(ScriptFolding.simplified('a')).isEqualTo('a');
        assertThat(ScriptFolding.simplified('，')).isEqualTo('，');
    }
}
