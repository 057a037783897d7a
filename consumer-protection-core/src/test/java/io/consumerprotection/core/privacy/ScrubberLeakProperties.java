package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.internal.privacy.PiiScanner;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fail-safe scrubbing: for every generated valid identifier of every type, after every context word the scanner
 * knows (positive and negative) and with every separator it reads, the scrubbed text shows no run of the
 * identifier's digits longer than the display mask shows (ID 1, foreign ID 2, card 6, mobile 4). The identifiers
 * are built by {@link NaiveIdentifiers} from the standards' text, not by the code under test.
 */
class ScrubberLeakProperties {

    private static final String[] REGIONS = {"110105", "120101", "130102", "310115", "320106", "440305", "500101",
        "510107", "540102", "650102", "810000", "820000", "830000", "710000", "440524", "370203"};
    private static final String[] SEPARATORS = {"", " ", "-", ".", "\u3000", "  ", "\u00A0", "\n"};
    private static final String[] GAPS = {"", "是", "：", ":", " ", "为", "号", "码是", "（", "【"};
    private static final String[] AFTER = {"", "，请核实。", "被盗刷", "abc", "X", "。", "）", " 谢谢"};

    private final NarrativeScrubber scrubber = NarrativeScrubber.standard();

    record Case(String value, int shown, List<Integer> groups) {
    }

    @Property(tries = 3000)
    void noValidIdentifierLeaksWhateverTheContext(@ForAll("identifiers") Case c, @ForAll("contextWords") String word,
                                                  @ForAll("gaps") String gap, @ForAll("separators") String sep,
                                                  @ForAll("after") String after, @ForAll boolean fullWidth) {
        String written = write(c, sep, fullWidth);
        String text = "客户反映" + word + gap + written + after;
        String scrubbed = scrubber.scrub(text).text();
        assertThat(longestRunOf(c.value(), scrubbed)).as("%s -> %s", text, scrubbed).isLessThanOrEqualTo(c.shown());
    }

    @Provide
    Arbitrary<String> contextWords() {
        List<String> words = new ArrayList<>(PiiScanner.contextWords());
        words.add("");
        words.add("订单里绑定了卡");
        words.add("工单里客户留的号");
        return Arbitraries.of(words);
    }

    @Provide
    Arbitrary<String> gaps() {
        return Arbitraries.of(GAPS);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(SEPARATORS);
    }

    @Provide
    Arbitrary<String> after() {
        return Arbitraries.of(AFTER);
    }

    @Provide
    Arbitrary<Case> identifiers() {
        return Arbitraries.oneOf(residentIds(), foreignIds(), cards(), mobiles());
    }

    private static Arbitrary<String> birthDates() {
        return Arbitraries.integers().between(1800, 2025).flatMap(y -> Arbitraries.integers().between(1, 12)
                .flatMap(m -> Arbitraries.integers().between(1, java.time.YearMonth.of(y, m).lengthOfMonth())
                        .map(d -> String.format("%04d%02d%02d", y, m, d))));
    }

    private static Arbitrary<Case> residentIds() {
        return Combinators.combine(Arbitraries.of(REGIONS), birthDates(), Arbitraries.strings().numeric().ofLength(3))
                .as((r, b, s) -> new Case(NaiveIdentifiers.residentId(r, b, s), 1, List.of(6, 8, 4)));
    }

    private static Arbitrary<Case> foreignIds() {
        return Combinators.combine(Arbitraries.of("11", "31", "44", "32", "51"), Arbitraries.of("840", "826", "392", "410",
                "276", "250", "682", "036"), birthDates(), Arbitraries.strings().numeric().ofLength(3))
                .as((p, n, b, s) -> new Case(NaiveIdentifiers.foreignResidentId(p, n, b, s.substring(0, 2),
                        s.substring(2)), 2, List.of(6, 8, 4)));
    }

    private static Arbitrary<Case> cards() {
        Arbitrary<String> prefixes = Arbitraries.of("62", "60", "65", "4", "51", "55", "2221", "2720", "35", "34", "37",
                "103", "18572", "81", "843", "870", "9558", "6217", "6228");
        return Combinators.combine(prefixes, Arbitraries.integers().between(14, 19), Arbitraries.strings().numeric()
                .ofLength(19)).as((p, len, fill) -> {
                    String body = (p + fill).substring(0, len - 1);
                    return new Case(NaiveIdentifiers.card(body), 6, List.of(4, 4, 4, 4, 4));
                });
    }

    private static Arbitrary<Case> mobiles() {
        return Combinators.combine(Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
                .as((second, rest) -> new Case("1" + second + rest, 4, List.of(3, 4, 4)));
    }

    /** The value written in groups with a separator, in ASCII or full-width digits. */
    private static String write(Case c, String sep, boolean fullWidth) {
        String v = fullWidth ? NaiveIdentifiers.fullWidth(c.value()) : c.value();
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int g : c.groups()) {
            if (at >= v.length()) {
                break;
            }
            if (at > 0) {
                b.append(sep);
            }
            int end = Math.min(v.length(), at + g);
            b.append(v, at, end);
            at = end;
        }
        if (at < v.length()) {
            b.append(sep).append(v, at, v.length());
        }
        return b.toString();
    }

    /**
     * The longest run of consecutive characters of {@code value} (digits and X) that the text shows together:
     * separators between digits are read through, anything else (a mask character, a letter, a word) ends a run.
     */
    static int longestRunOf(String value, String text) {
        StringBuilder projected = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            }
            boolean sep = " -.\u3000\u00A0\n".indexOf(c) >= 0;
            if (!sep) {
                projected.append(c >= '0' && c <= '9' ? c : '|');
            }
        }
        String digits = value.replaceAll("[^0-9]", "");
        String p = projected.toString();
        int best = 0;
        for (int i = 0; i < digits.length(); i++) {
            for (int j = i + best + 1; j <= digits.length(); j++) {
                if (p.contains(digits.substring(i, j))) {
                    best = j - i;
                } else {
                    break;
                }
            }
        }
        return best;
    }
}
