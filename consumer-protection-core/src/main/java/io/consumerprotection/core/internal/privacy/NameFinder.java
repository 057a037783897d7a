package io.consumerprotection.core.internal.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A single left-to-right pass over free text that reports Chinese personal names where the text itself says
 * that a name is there: after a name keyword ({@code 姓名：张三}) or before an honorific ({@code 王先生}). A
 * name is never guessed from the characters alone, so text without a keyword or an honorific gives nothing.
 *
 * <p>The rules, in the order they are applied:
 * <ol>
 * <li><b>Keywords.</b> 姓名, 客户姓名, 名字, 名叫, 我叫, 本人, 户名, 户名称, 联系人, 持卡人, 开户人, 投保人,
 *     被保险人, 被保人, 受益人, 借款人, 担保人, 收款人, 付款人, 汇款人, 委托人, 代理人, 申请人, 投诉人.
 *     被投诉人 is not one: the respondent of a complaint to a bank is the bank, a branch or an employee acting in
 *     that role, whom the handling record must keep identifiable (责任认定, 问责); an employee written with an
 *     honorific ({@code 被投诉人王经理} no, {@code 被投诉人王女士} yes) is still found by rule 8. 户名 right after
 *     客 (客户名单, 客户名称, 客户名下) counts only when a gap follows it ({@code 客户名：张三}).</li>
 * <li><b>Gap.</b> Between keyword and name at most four of 是 为 叫 ： : space, tab, U+3000 「 」 『 』 “ ” ".</li>
 * <li><b>Name.</b> A surname of the list ({@code surnames.txt} and {@code compound-surnames.txt}, a compound one
 *     first) and one or two given-name characters: CJK Unified Ideographs, the BMP blocks and Extension A, or a
 *     supplementary ideograph (Extension B on) as one character. A compound surname with no given character
 *     after it is read again as a single surname and a given name ({@code 欧阳} as 欧 + 阳).</li>
 * <li><b>Stops.</b> A given name ends before anything that is not an ideograph (punctuation, digits, letters,
 *     spaces), before a function character (的 地 得 在 于 因 称 说 来 去 到 向 给 和 与 及 等 已 是 了 对 把 被
 *     从 将 让 也 都 就 还 又 并 但 而 或 跟 同 要 不 没 未 这 那 请 我 你 他 她 您 们 所 由 均 即 每 持 携 凭) and
 *     before a word that follows a name in a sentence: an honorific, a keyword, an identity field (身份证, 手机,
 *     电话, 卡号, 账户…), a relation (女儿, 丈夫…), a reporting verb (反映, 表示, 称其…) or a time word (今年,
 *     当时…). So 和, 与, 来 are never read as given-name characters (张和平 gives 张 + nothing: not found).
 *     Where such a word, or an everyday word that starts with a surname character (申请, 单位, 时间, 全部,
 *     余额…), begins at the surname, there is no name ({@code 持卡人申请挂失}).</li>
 * <li><b>于 and 向</b> are surnames and prepositions; right after a keyword they are read as a surname only
 *     after a gap ({@code 本人于2024年} and {@code 借款人向银行} give nothing, {@code 姓名：于洋} gives 于洋).</li>
 * <li><b>本人</b> mostly means "I" or "in person". Without a gap after it, a name must end its clause: be
 *     followed by a non-ideograph or by one of the words of rule 4 ({@code 本人张三，}, {@code 本人张三身份证号…});
 *     {@code 本人张三的账户} gives nothing, {@code 本人：张三的账户} gives 张三.</li>
 * <li><b>Organisations.</b> When the name runs on into more ideographs and an organisation word (公司, 银行,
 *     支行, 有限, 集团…) comes within twelve characters of the surname, it is not a person
 *     ({@code 户名张江科技有限公司}). A name that runs on otherwise keeps its two given characters (over-masking
 *     by one character rather than leaking one).</li>
 * <li><b>Honorifics.</b> 先生, 女士, 小姐, 老师, 阿姨, 大爷: the surname and the zero to two given-name
 *     characters right before it are reported, the honorific is not ({@code 张建国先生} gives 张建国,
 *     {@code 王先生} gives 王: a surname alone is little, but it is the person's). Of the readings that fit, the
 *     longest wins, again to over-mask rather than leak, except that a reading is rejected when the character
 *     before it forms a common word with its first character ({@code 主任孙女士} gives 孙, {@code 感谢张先生} gives
 *     张) and 于 or 向 is a surname here only directly before the honorific ({@code 向李女士} gives 李).</li>
 * </ol>
 * Findings come in text order and never overlap; a name found after a keyword is not reported again by a
 * following honorific.
 *
 * <p>Cost: one bitset test per character; the tables are only consulted at a keyword's or an honorific's
 * first character. Immutable and thread-safe; {@link #scan} allocates nothing.
 */
public final class NameFinder {

    private static final String RESOURCES = "/io/consumerprotection/core/privacy/";
    private static final int MAX_GAP = 4;
    private static final int MAX_GIVEN = 2;
    private static final int ORGANISATION_WINDOW = 12;

    private static final String BEN_REN = "本人";
    private static final String TOU_SU_REN = "投诉人";

    /** Words after which a name follows. */
    private static final Words KEYWORDS = new Words(
            "姓名", "客户姓名", "名字", "名叫", "我叫", BEN_REN, "户名", "户名称", "联系人", "持卡人", "开户人", "投保人",
            "被保险人", "被保人", "受益人", "借款人", "担保人", "收款人", "付款人", "汇款人", "委托人", "代理人", "申请人",
            TOU_SU_REN);

    /** Words before which a surname (and given name) stands. */
    private static final Words HONORIFICS = new Words("先生", "女士", "小姐", "老师", "阿姨", "大爷");

    /** Words that end a given name (and so cannot be part of one), besides keywords and honorifics. */
    private static final String[] ENDING_WORDS = {
        // identity and contact fields
        "身份证", "证件", "证号", "手机", "电话", "号码", "卡号", "账号", "账户", "银行", "信用卡", "借记卡", "储蓄卡",
        "存折", "地址", "住址", "住所", "性别", "年龄", "出生", "民族", "职业", "工作", "单位", "邮箱", "微信", "联系",
        "家庭", "户籍", "籍贯",
        // relations and roles
        "客户", "女儿", "儿子", "父亲", "母亲", "丈夫", "妻子", "老公", "老婆", "爱人", "孩子", "家属", "家人", "亲属",
        "同学", "同事", "朋友", "经理", "主任", "主管", "行长", "柜员", "员工", "夫妇", "岳父", "岳母",
        // what a subject does next
        "反映", "表示", "认为", "要求", "提出", "投诉", "举报", "来电", "来行", "到行", "致电", "办理", "申请", "签字",
        "签名", "签署", "同意", "确认", "知道", "告知", "声称", "介绍", "自称", "称其", "说明", "提供", "携带", "持有",
        "使用", "名下", "授权", "委托", "先后", "多次", "曾经", "一直", "已经", "没有", "不是",
        // time words
        "现在", "今年", "去年", "当时", "目前", "今天", "昨天",
    };

    /** Everyday words that start with a surname character: where one begins, there is no name. */
    private static final String[] NOT_NAME_STARTS = {
        "单据", "单独", "申诉", "申报", "申领", "常年", "常常", "常用", "付款", "付费", "全部", "全额", "全家", "全程",
        "全是", "房产", "房屋", "房贷", "房子", "房租", "车辆", "车子", "车贷", "钱款", "钱包", "钱财", "余额", "余款",
        "余下", "包括", "包含", "关于", "关系", "关注", "关联", "高度", "高于", "高额", "时间", "时候", "时常", "安全",
        "安排", "安装", "方面", "方式", "方便", "方法", "方案", "何时", "何种", "何处", "何况", "何必", "应当", "应该",
        "应按", "金额", "金融", "金卡", "严重", "严格", "明确", "明白", "明显", "成功", "成为", "成本", "权益", "权利",
        "权限", "查询", "查看", "管理", "费用", "连续", "曾多", "任何", "任职", "任意", "万元", "万分", "马上", "陆续",
        "文件", "文化", "白天", "周末", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周边", "周围", "郑重",
        "程序", "范围", "毕业", "董事", "夏天", "夏季", "许多", "许可", "商业", "解决", "解除", "解释", "强烈", "简单",
        "习惯", "计划", "计算", "党员", "党委", "丰富", "卫生", "麻烦", "项目", "危险", "宣传", "盖章", "孙子", "孙女",
        "罗列", "毛病", "敬请", "季度", "纪律", "章程", "齐全", "宁愿", "甘愿", "乐意", "路上", "路过", "左右", "陈述",
        "陈列", "杜绝", "付出", "付清", "应对", "应付", "应用", "应收", "应还", "应缴", "应予", "管控", "查实",
        "查找", "解冻", "连带", "连同", "宁可", "常住", "高兴", "强调", "强制", "强行", "简要", "谈话", "谈判",
        "商量", "商定", "商议", "万一", "宣称", "宣布", "封存", "明知", "明明", "方可", "方能", "时而", "危害",
        "安心", "白白", "任由", "任凭", "成立", "成交", "何以",
    };

    /**
     * Two-character words that end in a surname character: a reading before an honorific that starts at that
     * character is rejected (主任 in 主任孙女士, 感谢 in 感谢张先生).
     */
    private static final Words JOINED = new Words(
            "主任", "责任", "信任", "担任", "现任", "前任", "保安", "平安", "公安", "治安", "晚安", "语文", "中文", "英文",
            "条文", "原文", "全文", "公文", "历史", "音乐", "快乐", "娱乐", "了解", "理解", "误解", "调解", "感谢", "多谢",
            "谢谢", "致谢", "答谢", "公司", "上司", "对方", "双方", "我方", "各方", "一方", "甲方", "乙方", "警方", "校方",
            "院方", "多方", "地方", "官方", "西方", "南方", "北方", "当时", "同时", "及时", "此时", "那时", "届时", "平时",
            "有时", "准时", "按时", "随时", "暂时", "临时", "上周", "本周", "下周", "一周", "每周", "两周", "四周", "分钟",
            "时钟", "主管", "监管", "分管", "说明", "证明", "表明", "声明", "透明", "聪明", "文明", "发明", "回应", "答应",
            "反应", "响应", "相应", "供应", "适应", "对应", "中华", "繁华", "豪华", "精华", "完成", "造成", "变成", "构成",
            "组成", "促成", "达成", "完全", "健全", "齐全", "周全", "相关", "有关", "机关", "把关", "公关", "海关", "资金",
            "现金", "基金", "押金", "租金", "奖金", "账单", "清单", "订单", "保单", "名单", "传单", "菜单", "买单", "支付",
            "应付", "交付", "偿付", "垫付", "其余", "多余", "剩余", "业余", "未曾", "不曾", "行李", "紧张", "主张", "开张",
            "扩张", "提高", "最高", "升高", "较高", "很高", "太高", "更高", "过高", "偏高", "过程", "流程", "全程", "课程",
            "工程", "正常", "非常", "经常", "异常", "日常", "开车", "停车", "打车", "汽车", "买房", "租房", "住房", "病房",
            "机房", "厨房", "如何", "任何", "为何", "几何", "也许", "或许", "允许", "默许", "关于", "对于", "由于", "至于",
            "等于", "属于", "位于", "在于", "基于", "处于", "用于", "终于", "急于", "善于", "子孙", "森林", "园林", "荒唐",
            "大陆", "规范", "模范", "示范", "防范", "明白", "空白", "坦白", "长江", "阶段", "手段", "时段", "祝贺", "照顾",
            "回顾", "不顾", "一万", "十万", "两万", "千万", "价钱", "还钱", "借钱", "付钱", "取钱", "存钱", "有钱", "爱戴",
            "尊严", "威严", "方向", "导向", "健康", "交易", "容易", "贸易", "依赖", "信赖", "措施", "设施", "实施", "艰辛",
            "整齐", "文章", "规章", "印章", "队伍", "钱包", "红包", "书包", "背包", "打包", "重申", "四季", "旺季", "淡季",
            "庆祝", "聚焦", "年纪", "世纪", "儿童", "旅游", "气温", "高温", "道路", "马路", "一路", "师傅", "厂商", "协商",
            "疫苗", "安宁", "完毕", "背景", "场景", "前景", "风景", "情景", "加强", "坚强", "勉强", "茂盛", "丰盛",
            "委屈", "时尚", "高尚", "仓储", "面谈", "洽谈", "商谈", "相符", "不符", "太阳", "检查", "调查", "审查", "核查",
            "排查", "启蒙", "光荣", "务农", "亲戚", "寒冷", "电池", "线索", "探索", "卷宗", "不幸", "荣幸", "庆幸", "起伏",
            "密封", "查封", "覆盖", "掩盖", "忧郁", "优惠", "实惠", "旁边", "身边", "周边", "这边", "那边", "精简", "学习",
            "练习", "训练", "熟练", "合计", "共计", "统计", "估计", "会计", "设计", "推迟", "延迟", "清楚", "新郎", "清廉",
            "入党", "尾巴", "嘴巴", "上班", "下班", "加班", "值班", "信仰", "粗暴", "严厉", "结束", "约束", "单薄", "新闻",
            "村庄", "山庄", "羡慕", "歌曲", "股权", "产权", "债权", "授权", "保卫", "门卫", "主席", "出席", "缺席", "事项",
            "款项", "选项", "宝贝", "收费", "缴费", "免费", "消费", "浪费", "话费", "学费", "种植", "相逢", "油漆", "尊敬",
            "致敬", "监督", "情况", "状况", "欣赏", "白云", "人马", "桥梁", "农田", "油田", "钻石", "宝石");

    /** Words that make a run of characters after a keyword an organisation rather than a person. */
    private static final Words ORGANISATIONS = new Words(
            "公司", "银行", "支行", "分行", "集团", "网点", "营业部", "营业厅", "中心", "商行", "商店", "商场", "超市",
            "酒店", "饭店", "医院", "学校", "大学", "学院", "委员会", "事务所", "合作社", "有限", "股份", "百货", "工作室",
            "门店", "店铺", "工厂", "市场", "政府", "机构", "协会", "研究所", "幼儿园");

    /** Words that end a name: the ending words, the keywords and the honorifics. */
    private static final Words ENDINGS = new Words(concat(ENDING_WORDS, KEYWORDS.words, HONORIFICS.words));

    /** Words that cannot start a name: the endings and the everyday words that start with a surname character. */
    private static final Words NOT_STARTS = new Words(concat(ENDING_WORDS, KEYWORDS.words, HONORIFICS.words,
            NOT_NAME_STARTS));

    /** Function characters that are never read as part of a given name. */
    private static final long[] STOP_CHARS = bits("的地得在于因称说来去到向给和与及等已是了对把被从将让也都就还又并但而或跟同要"
            + "不没未这那请我你他她您们所由均即每持携凭");

    /** First characters of keywords and honorifics: the only places where the scan stops to look. */
    private static final long[] TRIGGERS = bits(new String(KEYWORDS.heads) + new String(HONORIFICS.heads));

    private final long[] singles = new long[1024];
    private final long[] compoundFirsts = new long[1024];
    private final int[] compounds;

    /** A finder over the bundled surname lists ({@link #bundledSurnames()}). */
    public NameFinder() {
        this(Bundled.SURNAMES);
    }

    /**
     * A finder over the given surnames, each one or two CJK ideographs of the BMP (a host may pass
     * {@link #bundledSurnames()} with its own additions, or a list of its own).
     *
     * @throws NullPointerException     if {@code surnames} or one of them is null
     * @throws IllegalArgumentException if a surname is not one or two BMP ideographs
     */
    public NameFinder(Set<String> surnames) {
        Objects.requireNonNull(surnames, "surnames");
        List<Integer> pairs = new ArrayList<>();
        for (String name : surnames) {
            Objects.requireNonNull(name, "surnames contains null");
            if (name.isEmpty() || name.length() > 2 || !isIdeograph(name.charAt(0))
                    || name.length() == 2 && !isIdeograph(name.charAt(1))) {
                throw new IllegalArgumentException("surnames: '" + name + "' is not one or two Chinese characters");
            }
            if (name.length() == 1) {
                set(singles, name.charAt(0));
            } else {
                set(compoundFirsts, name.charAt(0));
                pairs.add(name.charAt(0) << 16 | name.charAt(1));
            }
        }
        compounds = pairs.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    /**
     * The bundled surnames: the single ones of {@code surnames.txt}, then the compound ones of
     * {@code compound-surnames.txt}, in file order.
     */
    public static Set<String> bundledSurnames() {
        return Bundled.SURNAMES;
    }

    /** Scans {@code s} and reports every name to {@code sink} as {@link PiiKind#NAME}, in text order. */
    public void scan(String s, PiiScanner.Sink sink) {
        Objects.requireNonNull(s, "s");
        Objects.requireNonNull(sink, "sink");
        int n = s.length();
        int lastEnd = 0;
        int i = 0;
        while (i < n) {
            if (!isTrigger(s.charAt(i))) {
                i++;
                continue;
            }
            long r = at(s, i, lastEnd, sink);
            if (r < 0) {
                i++;
            } else {
                lastEnd = Math.max(lastEnd, (int) r);
                i = (int) (r >>> 32);
            }
        }
    }

    /** Whether a name may start looking at {@code c}: the first character of a keyword or an honorific. */
    public static boolean isTrigger(char c) {
        return (TRIGGERS[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * At a {@linkplain #isTrigger trigger} character {@code i}: reports the name its keyword or honorific marks
     * (never before {@code lastEnd}) and returns {@code next << 32 | end}, where to go on and the end of what was
     * reported (0 when nothing was), or -1 when nothing stands here. {@link PiiScanner} calls it in its own pass.
     */
    public long at(String s, int i, int lastEnd, PiiScanner.Sink sink) {
        String honorific = HONORIFICS.at(s, i);
        if (honorific != null) {
            int start = beforeHonorific(s, i, lastEnd);
            int end = 0;
            if (start >= 0) {
                sink.found(PiiKind.NAME, start, i);
                end = i;
            }
            return (long) (i + honorific.length()) << 32 | end;
        }
        String keyword = KEYWORDS.at(s, i);
        if (keyword == null) {
            return -1;
        }
        long name = afterKeyword(s, i, keyword);
        if (name < 0) {
            return -1; // keywords may overlap: 客户名字 fails as 户名, then reads as 名字
        }
        int end = (int) name;
        sink.found(PiiKind.NAME, (int) (name >>> 32), end);
        return (long) end << 32 | end;
    }

    // ---------------------------------------------------------------- after a keyword

    /** The name after the keyword at {@code i}, packed as start << 32 | end, or -1. */
    private long afterKeyword(String s, int i, String keyword) {
        if (keyword.equals(TOU_SU_REN) && i > 0 && s.charAt(i - 1) == '被') {
            return -1;
        }
        int n = s.length();
        int p = i + keyword.length();
        int gaps = 0;
        while (p < n && gaps < MAX_GAP && isGap(s.charAt(p))) {
            p++;
            gaps++;
        }
        boolean gapped = gaps > 0;
        if (!gapped && keyword.startsWith("户名") && i > 0 && s.charAt(i - 1) == '客') {
            return -1;
        }
        if (p >= n) {
            return -1;
        }
        boolean clauseEnd = !gapped && keyword.equals(BEN_REN);
        char c = s.charAt(p);
        if (p + 1 < n && isCompound(c, s.charAt(p + 1))) {
            long r = read(s, p, 2, gapped, clauseEnd);
            if (r >= 0) {
                return r;
            }
        }
        return has(singles, c) ? read(s, p, 1, gapped, clauseEnd) : -1;
    }

    /** Reads surname (of {@code surnameLength} characters) and given name at {@code p}; packed span or -1. */
    private static long read(String s, int p, int surnameLength, boolean gapped, boolean clauseEnd) {
        if (surnameLength == 1 && !gapped && has(STOP_CHARS, s.charAt(p))) {
            return -1;
        }
        if (NOT_STARTS.at(s, p) != null) {
            return -1;
        }
        int n = s.length();
        int q = p + surnameLength;
        // a space typed between surname and given name (王　亮敏) belongs to the name
        if (q + 1 < n && (s.charAt(q) == ' ' || s.charAt(q) == '\u3000') && isIdeograph(s.codePointAt(q + 1))
                && !has(STOP_CHARS, s.charAt(q + 1))) {
            q++;
        }
        if (q < n && s.charAt(q) == '某') {
            // 张某, 李某某: the published, anonymised form, not a name
            return -1;
        }
        int given = 0;
        while (given < MAX_GIVEN && q < n) {
            int cp = s.codePointAt(q);
            if (!isIdeograph(cp) || cp < 0x10000 && has(STOP_CHARS, (char) cp) || ENDINGS.at(s, q) != null) {
                break;
            }
            q += Character.charCount(cp);
            given++;
        }
        if (given == 0) {
            return -1;
        }
        if (q < n && s.charAt(q) == '*') {
            // a name the scrubber already masked (欧阳** is not 欧 + 阳)
            return -1;
        }
        boolean runsOn = q < n && isIdeograph(s.codePointAt(q)) && ENDINGS.at(s, q) == null;
        boolean stopChar = runsOn && has(STOP_CHARS, s.charAt(q));
        if (clauseEnd && runsOn) {
            // after 本人 without a gap only a non-ideograph or an ending word closes the name
            return -1;
        }
        if (runsOn && !stopChar && organisationAhead(s, p)) {
            return -1;
        }
        return (long) p << 32 | q;
    }

    private static boolean organisationAhead(String s, int p) {
        int n = s.length();
        int limit = Math.min(n, p + ORGANISATION_WINDOW);
        for (int k = p; k < limit; k++) {
            char c = s.charAt(k);
            if (!isIdeograph(c) && !Character.isSurrogate(c)) {
                return false;
            }
            if (ORGANISATIONS.at(s, k) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGap(char c) {
        switch (c) {
            case '是': case '为': case '叫': case '：': case ':': case ' ': case '\t': case '\u3000':
            case '「': case '」': case '『': case '』': case '“': case '”': case '"':
            case '【': case '[': case '（': case '(': case '<': case '《': case '〔': case '［':
                return true;
            default:
                return false;
        }
    }

    // ---------------------------------------------------------------- before an honorific

    /** The start of the name right before the honorific at {@code h} (not before {@code floor}), or -1. */
    private int beforeHonorific(String s, int h, int floor) {
        int b1 = back(s, h, floor);
        if (b1 < 0) {
            return -1;
        }
        int b2 = back(s, b1, floor);
        int b3 = b2 < 0 ? -1 : back(s, b2, floor);
        int b4 = b3 < 0 ? -1 : back(s, b3, floor);
        for (int len = 4; len >= 1; len--) {
            int start = len == 4 ? b4 : len == 3 ? b3 : len == 2 ? b2 : b1;
            if (start < 0) {
                continue;
            }
            if (len >= 2 && honorificReading(s, start, 2, h) || len <= 1 + MAX_GIVEN && honorificReading(s, start, 1, h)) {
                return start;
            }
        }
        return -1;
    }

    private boolean honorificReading(String s, int start, int surnameLength, int h) {
        char c = s.charAt(start);
        if (surnameLength == 2) {
            if (start + 2 > h || !isCompound(c, s.charAt(start + 1))) {
                return false;
            }
        } else if (!has(singles, c) || start + 1 < h && has(STOP_CHARS, c)) {
            // 于 and 向 are a surname here only directly before the honorific
            return false;
        }
        if (endsBy(NOT_STARTS.at(s, start), start, h)) {
            return false;
        }
        int given = 0;
        for (int q = start + surnameLength; q < h; ) {
            int cp = s.codePointAt(q);
            if (cp < 0x10000 && has(STOP_CHARS, (char) cp) || endsBy(ENDINGS.at(s, q), q, h)) {
                return false;
            }
            q += Character.charCount(cp);
            given++;
        }
        if (given > MAX_GIVEN) {
            return false;
        }
        String joined = start > 0 ? JOINED.at(s, start - 1) : null;
        return joined == null || joined.length() < 2;
    }

    /** Whether {@code word}, found at {@code at}, ends before the honorific at {@code h} (孙女 of 孙女士 does not). */
    private static boolean endsBy(String word, int at, int h) {
        return word != null && at + word.length() <= h;
    }

    /** The start of the ideograph that ends at {@code end}, if it starts at or after {@code floor}; else -1. */
    private static int back(String s, int end, int floor) {
        if (end <= floor) {
            return -1;
        }
        char c = s.charAt(end - 1);
        if (Character.isLowSurrogate(c)) {
            if (end - 2 >= floor && Character.isHighSurrogate(s.charAt(end - 2))
                    && isIdeograph(Character.toCodePoint(s.charAt(end - 2), c))) {
                return end - 2;
            }
            return -1;
        }
        return isIdeograph(c) ? end - 1 : -1;
    }

    // ---------------------------------------------------------------- characters and tables

    private boolean isCompound(char a, char b) {
        return has(compoundFirsts, a) && Arrays.binarySearch(compounds, a << 16 | b) >= 0;
    }

    /** CJK Unified Ideographs: the BMP block, Extension A, and Extensions B to H (planes 2 and 3). */
    private static boolean isIdeograph(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x20000 && cp <= 0x3FFFF;
    }

    private static boolean has(long[] bits, char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }

    private static void set(long[] bits, char c) {
        bits[c >>> 6] |= 1L << c;
    }

    private static long[] bits(String chars) {
        long[] bits = new long[1024];
        for (int i = 0; i < chars.length(); i++) {
            set(bits, chars.charAt(i));
        }
        return bits;
    }

    private static String[] concat(String[]... parts) {
        List<String> all = new ArrayList<>();
        for (String[] part : parts) {
            Collections.addAll(all, part);
        }
        return all.toArray(new String[0]);
    }

    /** A set of short words looked up by their first character; at one place the longest word wins. */
    private static final class Words {
        /** The words, grouped by first character, longest first within a group. */
        final String[] words;
        /** The distinct first characters, sorted. */
        final char[] heads;
        /** Group {@code k} is {@code words[from[k] .. from[k + 1])}. */
        private final int[] from;
        private final long[] firstChars;

        Words(String... list) {
            String[] sorted = Arrays.stream(list).distinct()
                    .sorted(Comparator.comparing((String w) -> w.charAt(0)).thenComparing(String::length, Comparator.reverseOrder()))
                    .toArray(String[]::new);
            words = sorted;
            StringBuilder h = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i].charAt(0) != sorted[i - 1].charAt(0)) {
                    h.append(sorted[i].charAt(0));
                    starts.add(i);
                }
            }
            starts.add(sorted.length);
            heads = h.toString().toCharArray();
            from = starts.stream().mapToInt(Integer::intValue).toArray();
            firstChars = bits(h.toString());
            int size = Integer.highestOneBit(Math.max(4, heads.length * 4));
            slotHead = new char[size];
            slotGroup = new int[size];
            Arrays.fill(slotGroup, -1);
            for (int k = 0; k < heads.length; k++) {
                int slot = slot(heads[k], size - 1);
                while (slotGroup[slot] >= 0) {
                    slot = (slot + 1) & (size - 1);
                }
                slotHead[slot] = heads[k];
                slotGroup[slot] = k;
            }
        }

        /** An open-addressing table from first character to group (a binary search over the heads was hot). */
        private final char[] slotHead;
        private final int[] slotGroup;

        private static int slot(char c, int mask) {
            return (c * 0x9E3779B1 >>> 16) & mask;
        }

        private int group(char c) {
            int mask = slotHead.length - 1;
            int slot = slot(c, mask);
            while (slotGroup[slot] >= 0) {
                if (slotHead[slot] == c) {
                    return slotGroup[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        /** The longest word that starts at {@code i} in {@code s}, or null. */
        String at(String s, int i) {
            char c = s.charAt(i);
            if (!has(firstChars, c)) {
                return null;
            }
            int k = group(c);
            if (k < 0) {
                return null;
            }
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            for (int j = from[k]; j < from[k + 1]; j++) {
                String w = words[j];
                if ((w.length() == 1 || w.charAt(1) == next) && s.startsWith(w, i)) {
                    return w;
                }
            }
            return null;
        }
    }

    /** The bundled lists, read once. */
    private static final class Bundled {
        static final Set<String> SURNAMES = load();

        private static Set<String> load() {
            Set<String> all = new LinkedHashSet<>();
            for (String file : new String[] {"surnames.txt", "compound-surnames.txt"}) {
                for (String[] row : ReferenceTable.load(NameFinder.class, RESOURCES + file).rows()) {
                    all.add(row[0].strip());
                }
            }
            return Collections.unmodifiableSet(all);
        }
    }
}
