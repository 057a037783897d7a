package io.consumerprotection.core.internal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of {@link NameFinder}: every introduced name is found exactly, and nothing is found unintroduced. */
class NameFinderProperties {

    private static final NameFinder FINDER = new NameFinder();
    private static final Set<String> SURNAMES = NameFinder.bundledSurnames();

    static final List<String> KEYWORDS = List.of("姓名", "客户姓名", "名字", "名叫", "我叫", "本人", "户名", "户名称", "联系人",
            "持卡人", "开户人", "投保人", "被保险人", "被保人", "受益人", "借款人", "担保人", "收款人", "付款人", "汇款人", "委托人",
            "代理人", "申请人", "投诉人");
    static final List<String> HONORIFICS = List.of("先生", "女士", "小姐", "老师", "阿姨", "大爷");
    static final List<String> GAPS = List.of("", "是", "为", "叫", "：", ":", " ", "\u3000", "「", "“", "\"", "：「", "为：",
            " : ", "是\u3000");
    private static final String GAP_CHARS = "是为叫：: \t\u3000「」『』“”\"";

    /** Common given-name characters: none is a function character or starts a word that ends a name. */
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞刚英华玉萍鹏飞建国文辉兰春梅琳婷雪浩宇欣怡晨然涵轩博俊峰"
            + "斌波宁丹颖蕾志海荣凤云林";

    /** What may follow a name and closes it even after 本人 without a gap. */
    private static final List<String> CLOSING = List.of("", "，", "。", " ", "1", "A", "（", "反映", "身份证号码", "电话", "先生",
            "今年");
    /** Function characters that end a name, but not a name after a bare 本人. */
    private static final List<String> FUNCTION = List.of("的", "在", "于", "和", "已", "称", "向", "等");

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> given = Arbitraries.strings().withChars(GIVEN.toCharArray()).ofMinLength(1).ofMaxLength(2);
        return Combinators.combine(Arbitraries.of(List.copyOf(SURNAMES)), given).as(String::concat)
                // 明明 is the everyday word "clearly" (rule 4): no name starts with it
                .filter(n -> !n.startsWith("明明"));
    }

    @Provide
    Arbitrary<String> suffixes() {
        return Arbitraries.of(concat(CLOSING, FUNCTION));
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("", "经核实，", "客户", "。", "1", "网点反映：");
    }

    @Property(tries = 400)
    void aNameAfterEveryKeywordWithEveryGapIsReportedExactly(@ForAll("names") String name,
                                                            @ForAll("suffixes") String suffix,
                                                            @ForAll("prefixes") String prefix) {
        boolean closing = CLOSING.contains(suffix);
        boolean preposition = name.startsWith("于") || name.startsWith("向");
        for (String keyword : KEYWORDS) {
            for (String gap : GAPS) {
                if (gap.isEmpty() && (preposition || keyword.equals("本人") && !closing)) {
                    continue; // rules 5 and 6: 于/向 and a bare 本人 need a gap (or, for 本人, a closing character)
                }
                String text = prefix + keyword + gap + name + suffix;
                int start = prefix.length() + keyword.length() + gap.length();
                assertThat(spans(text)).as(text).containsExactly(start + "-" + (start + name.length()));
            }
        }
    }

    @Property(tries = 400)
    void theNameBeforeEveryHonorificIsReportedExactly(@ForAll("names") String name,
                                                     @ForAll("boundaries") String before,
                                                     @ForAll("afterHonorific") String after) {
        boolean preposition = (name.startsWith("于") || name.startsWith("向")) && name.length() > 1;
        for (String honorific : HONORIFICS) {
            String text = before + name + honorific + after;
            if (preposition) {
                // rule 8: 于 and 向 are a surname before an honorific only directly before it
                assertThat(spans(text)).as(text).doesNotContain(before.length() + "-" + (before.length() + name.length()));
            } else {
                assertThat(spans(text)).as(text).containsExactly(before.length() + "-" + (before.length() + name.length()));
            }
        }
    }

    @Provide
    Arbitrary<String> boundaries() {
        return Arbitraries.of("", "，", "。", "客户", "网点的", "1号窗口", "我和");
    }

    @Provide
    Arbitrary<String> afterHonorific() {
        return Arbitraries.of("", "，", "来电", "反映", "的账户", "。");
    }

    /** Text that mixes surnames, given-name and function characters, but never a keyword or an honorific. */
    @Provide
    Arbitrary<String> unintroduced() {
        String chars = GIVEN + "王李张刘陈杨黄赵吴周欧阳司马诸葛上官于向申付高时安全成" + "的在于和与及等已是了对把被从"
                + "姓名字叫我本人户联系持卡开投保险受益借款担收付汇委托代理申请诉先生女士小姐老师阿姨大爷"
                + "银行卡办理业务网点柜台贷存利息费用，。、 0123456789：";
        return Arbitraries.strings().withChars(chars.toCharArray()).ofMaxLength(60)
                .filter(s -> KEYWORDS.stream().noneMatch(s::contains) && HONORIFICS.stream().noneMatch(s::contains));
    }

    @Property(tries = 1000)
    void nothingIsFoundWithoutAKeywordOrAnHonorific(@ForAll("unintroduced") String text) {
        assertThat(spans(text)).as(text).isEmpty();
    }

    /** Fragments of every sort glued together, with arbitrary characters (lone surrogates too) between them. */
    @Provide
    Arbitrary<String> mixed() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of(KEYWORDS), Arbitraries.of(HONORIFICS), Arbitraries.of(GAPS), names(),
                Arbitraries.of("的", "于", "向", "被", "客", "，", "。", "1", "公司", "\uD840\uDC00", "\uD840", "\uDC00"),
                Arbitraries.strings().ofMaxLength(3),
                Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMaxLength(3));
        return fragment.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void findingsAreOrderedDisjointSurnameLedAndIntroduced(@ForAll("mixed") String text) {
        int[] last = {0};
        FINDER.scan(text, (kind, start, end) -> {
            assertThat(kind).isEqualTo(PiiKind.NAME);
            assertThat(start).as(text).isGreaterThanOrEqualTo(last[0]).isLessThan(end);
            assertThat(end).isLessThanOrEqualTo(text.length());
            last[0] = end;
            String name = text.substring(start, end);
            assertThat(name.codePointCount(0, name.length())).as(text).isBetween(1, 4);
            assertThat(SURNAMES.contains(name.substring(0, 1)) || name.length() >= 2 && SURNAMES.contains(name.substring(0, 2)))
                    .as("%s starts with a surname in %s", name, text).isTrue();
            assertThat(introduced(text, start, end)).as("%s is introduced in %s", name, text).isTrue();
        });
    }

    /** Whether a keyword (and at most four gap characters) stands before {@code start}, or an honorific at {@code end}. */
    private static boolean introduced(String text, int start, int end) {
        if (HONORIFICS.stream().anyMatch(h -> text.startsWith(h, end))) {
            return true;
        }
        for (int gap = 0; gap <= 4 && start - gap >= 0; gap++) {
            int at = start - gap;
            if (KEYWORDS.stream().anyMatch(k -> text.startsWith(k, at - k.length()) && at >= k.length())) {
                return true;
            }
            if (at == 0 || GAP_CHARS.indexOf(text.charAt(at - 1)) < 0) {
                return false;
            }
        }
        return false;
    }

    private static List<String> spans(String text) {
        List<String> out = new ArrayList<>();
        FINDER.scan(text, (kind, start, end) -> out.add(start + "-" + end));
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
