package io.consumerprotection.core.internal.privacy;

import static io.consumerprotection.core.internal.privacy.PiiKind.ACCOUNT;
import static io.consumerprotection.core.internal.privacy.PiiKind.BANK_CARD;
import static io.consumerprotection.core.internal.privacy.PiiKind.EMAIL;
import static io.consumerprotection.core.internal.privacy.PiiKind.FOREIGN_RESIDENT_ID;
import static io.consumerprotection.core.internal.privacy.PiiKind.MOBILE;
import static io.consumerprotection.core.internal.privacy.PiiKind.PASSPORT;
import static io.consumerprotection.core.internal.privacy.PiiKind.RESIDENT_ID;
import static io.consumerprotection.core.internal.privacy.TextChars.digit;
import static io.consumerprotection.core.internal.privacy.TextChars.fold;
import static io.consumerprotection.core.internal.privacy.TextChars.isAsciiLetter;
import static io.consumerprotection.core.internal.privacy.TextChars.isLetter;
import static io.consumerprotection.core.internal.privacy.TextChars.matches;
import static io.consumerprotection.core.internal.privacy.TextChars.separatorLength;
import static io.consumerprotection.core.internal.privacy.TextChars.skipGaps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A single left-to-right pass over free text that reports personal data. Fail-safe by construction: a number
 * that is an identifier on its own evidence is reported wherever it stands, whatever the words before it:
 * <ul>
 *   <li>a resident ID number (18 characters: known region, real birth date from 1800, GB 11643 check
 *       character {@code X}, {@code x} or {@code Ｘ}); a legacy 15-digit number with a known region and a real
 *       19yy birth date, unless a word naming something else (订单, 流水…) stands before it;</li>
 *   <li>a foreign permanent resident ID number (2023 card: {@code 9}, a province, a nationality code, a birth
 *       date and the same check character);</li>
 *   <li>a Luhn-valid number of 13 to 19 digits with an issuer prefix 1 to 9 as a card (13 digits starting 1
 *       are millisecond timestamps, not cards);</li>
 *   <li>a mainland mobile number (11 digits 13x to 19x, also after {@code +86}, {@code 86} or {@code 0086});</li>
 *   <li>a mainland passport number ({@code E} or {@code G} and 8 digits, {@code E}, a letter and 7 digits);</li>
 *   <li>an e-mail address, also in full width.</li>
 * </ul>
 * After an explicit keyword, any run of the identifier's shape counts whatever its checksum (a customer's
 * mistyped number is still the customer's): 15 or 18 characters after an ID keyword, 13 to 19 digits after a
 * card keyword (other runs of 10 to 32 digits there as an account), 10 to 32 digits after an account keyword,
 * 11 digits starting 1 after a phone keyword, a passport number after 护照 or passport. Words naming something
 * else keep only numbers that pass no identifier check: where recall and precision conflict, recall wins, and a
 * Luhn-valid order number is reported as a card. In the same pass, {@link NameFinder} reads names after their
 * keywords and {@link SecretReader} the C3 values after theirs.
 *
 * <p>A number is read as digit groups joined by one or two separators (space, no-break or ideographic space,
 * hyphen, dot, tab, line break; ASCII or full-width digits), and the groups are read the way that covers most
 * digits with personal data: a group that is personal data alone is never joined with others, and of two
 * readings covering as many digits the one with a single kind of separator wins (a date's hyphens are not joined
 * with a card's spaces). No regular expression. Stateless and thread-safe; {@link #scan} allocates one small
 * scratch object per call that meets a digit.
 */
public final class PiiScanner {

    /** Receives each finding, in text order, never overlapping. */
    @FunctionalInterface
    public interface Sink {
        /** One finding of {@code kind} over {@code [start, end)}. */
        void found(PiiKind kind, int start, int end);
    }

    private static final int MAX_DIGITS = 32;
    private static final int BUFFER = 64;
    private static final int MAX_GROUPS = 16;
    private static final int CONTEXT_WINDOW = 12;

    /** What the nearest keyword before a number says, and its keywords; at one place the longest keyword wins. */
    private enum Context {
        NONE,
        ID("身份证", "证件", "公民身份", "居民身份", "身份号码", "身份证编号", "证件编号", "证件号码", "身份证号码",
            "开户证件编号", "证件号", "身份证号", "证号", "身份信息", "居留证", "永久居留证", "居住证", "居留证号码",
            "ID", "id", "ID card", "ID Card", "id card", "ID No", "ID no", "ID number"),
        CARD("卡号", "银行卡", "信用卡", "借记卡", "储蓄卡", "贷记卡", "卡片", "卡片编号", "卡号码", "银联卡",
            "工资卡", "还款卡", "支付卡", "卡", "card", "Card", "CARD"),
        ACCOUNT("账号", "账户", "帐号", "帐户", "存折", "账号码", "账户编号", "户号", "account", "Account", "acct",
            "Acct", "ACCT", "A/C", "a/c"),
        PHONE("手机", "电话", "手机号", "手机号码", "电话号码", "联系方式", "联系电话", "来电", "致电", "号码", "联系",
            "mobile", "Mobile", "phone", "Phone", "tel", "Tel", "TEL"),
        PASSPORT("护照", "护照号", "护照号码", "passport", "Passport"),
        /** Words naming something else. */
        NEGATIVE("订单", "单号", "流水", "交易号", "编号", "工单", "合同", "保单", "快递", "运单", "发票", "批次",
            "凭证", "参考号", "序列号", "条码", "商户号", "终端号", "文号", "登记号", "案号", "业务号", "受理号", "申请号",
            "客户号", "会员号", "尾号", "QQ", "qq", "邮编", "金额", "余额", "订单号码", "发票号码", "单号码");

        final List<String> words;

        Context(String... words) {
            this.words = List.of(words);
        }
    }

    /**
     * Every keyword, in the order of {@link Context}, and what each says. They are looked up backwards from a
     * number ("the longest keyword ending here", at most 12 places before it; most chars end none, one bitset
     * test), by hand rather than with {@code core.internal.text.AhoCorasick}, which reads forwards: an automaton
     * version has not been measured against this one.
     */
    private static final List<String> WORDS = Arrays.stream(Context.values()).flatMap(c -> c.words.stream()).toList();
    private static final Context[] WORD_CONTEXT = Arrays.stream(Context.values())
            .flatMap(c -> c.words.stream().map(w -> c)).toArray(Context[]::new);
    /** The index of the one-char keyword 卡 in {@link #WORDS} (the only one-char keyword). */
    private static final int CARD_CHAR_WORD = WORDS.indexOf("卡");
    /** One bit per char: whether some keyword ends with it (most chars before a number end none). */
    private static final long[] ENDS_KEYWORD = new long[1024];
    /** Per keyword, its last two chars as {@code last << 16 | before}, sorted with {@link #PAIR_WORDS}. */
    private static final int[] PAIRS;
    /** Per pair, the keywords ending with it, longest first. */
    private static final int[][] PAIR_WORDS;

    static {
        if (!WORDS.stream().filter(w -> w.length() == 1).toList().equals(List.of("卡"))) {
            throw new IllegalStateException("one-char keywords other than 卡 need an index");
        }
        TreeMap<Integer, List<Integer>> pairs = new TreeMap<>();
        for (int k = 0; k < WORDS.size(); k++) {
            String w = WORDS.get(k);
            char last = w.charAt(w.length() - 1);
            ENDS_KEYWORD[last >>> 6] |= 1L << last;
            if (w.length() >= 2) {
                pairs.computeIfAbsent(pairKey(last, w.charAt(w.length() - 2)), x -> new ArrayList<>()).add(k);
            }
        }
        PAIRS = pairs.keySet().stream().mapToInt(Integer::intValue).toArray();
        PAIR_WORDS = pairs.values().stream().map(l -> l.stream()
                .sorted((a, b) -> WORDS.get(b).length() - WORDS.get(a).length()).mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    private static final NameFinder BUNDLED_NAMES = new NameFinder();

    private final RegionPrefixes regions;
    private final NameFinder names;

    /** A scanner over the bundled region prefixes and surnames. */
    public PiiScanner() {
        this(RegionPrefixes.bundled());
    }

    /** A scanner over given region prefixes and the bundled surnames. */
    public PiiScanner(RegionPrefixes regions) {
        this(regions, BUNDLED_NAMES);
    }

    /** A scanner over given region prefixes that reports names with {@code names} in the same pass, or none if null. */
    public PiiScanner(RegionPrefixes regions, NameFinder names) {
        this.regions = Objects.requireNonNull(regions, "regions");
        this.names = names;
    }

    /** Every keyword the scanner reads before a number, positive and negative, for tests and documentation. */
    public static List<String> contextWords() {
        return WORDS;
    }

    /** Scans {@code s} and reports every finding to {@code sink}. */
    public void scan(String s, Sink sink) {
        int n = s.length();
        Work work = null;
        int i = 0;
        int lastEnd = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (digit(c) >= 0) {
                if (work == null) {
                    work = new Work();
                }
                int r = number(s, i, lastEnd, work, sink);
                lastEnd = r >= 0 ? r : lastEnd;
                i = r >= 0 ? r : -r - 1;
                continue;
            }
            int end;
            if (c == '@' || c == '\uFF20') {
                end = email(s, i, lastEnd, sink);
            } else if (c < 0x80) {
                end = isAsciiLetter(c) ? asciiWord(s, i, c, sink) : i;
            } else if (c >= '\uFF21' && c <= '\uFF5A') {
                end = asciiWord(s, i, fold(c), sink);
            } else {
                end = c == '护' || SecretReader.startsChineseKeyword(c) ? chineseKeyword(s, i, c, sink) : i;
            }
            if (end > i) {
                lastEnd = end;
                i = end;
            } else if (names != null && c >= 0x80 && (c < '\uFF20' || c > '\uFF5A') && NameFinder.isTrigger(c)) {
                // at a Chinese character (not an ASCII or full-width letter or @): a name's keyword or honorific
                long r = names.at(s, i, lastEnd, sink);
                if (r < 0) {
                    i++;
                } else {
                    lastEnd = Math.max(lastEnd, (int) r);
                    i = (int) (r >>> 32);
                }
            } else {
                i++;
            }
        }
    }

    private static boolean isCheckX(char c) {
        return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58';
    }

    // ---------------------------------------------------------------- numbers

    /** Scratch space of one scan, allocated at the first number. */
    private static final class Work {
        final char[] digits = new char[BUFFER];
        /** Per group: its first and last char in the text and its first digit in {@link #digits}. */
        final int[] groupStart = new int[MAX_GROUPS];
        final int[] groupEnd = new int[MAX_GROUPS];
        final int[] groupOffset = new int[MAX_GROUPS + 1];
        /** Per group after the first: the separator before it (one char, or two packed in an int). */
        final int[] separator = new int[MAX_GROUPS];
        /** Per group: whether it is personal data on its own (then it is never joined with others). */
        final boolean[] alone = new boolean[MAX_GROUPS];
        /** The best reading of groups g.. : its score, the last group of its first finding (or -1), its kind. */
        final int[] score = new int[MAX_GROUPS + 1];
        final int[] choice = new int[MAX_GROUPS];
        final PiiKind[] choiceKind = new PiiKind[MAX_GROUPS];
        /** The context last read and the place it was read for (-1: none yet in this number). */
        Context context;
        int contextStart = -1;
    }

    /**
     * Reads the number starting at {@code start} (digit groups joined by the same separators), reports the
     * personal data in it, and returns the index after the number, or {@code -(index after the number) - 1}
     * when it holds none.
     */
    private int number(String s, int start, int lastEnd, Work w, Sink sink) {
        int n = s.length();
        char[] buf = w.digits;
        int groups = 0;
        int len = 0;
        int i = start;
        w.contextStart = -1;
        while (true) {
            int gs = i;
            w.groupOffset[groups] = Math.min(len, BUFFER);
            while (i < n) {
                int d = digit(s.charAt(i));
                if (d < 0) {
                    break;
                }
                if (len < BUFFER) {
                    buf[len] = (char) ('0' + d);
                }
                len++;
                i++;
            }
            w.groupStart[groups] = gs;
            w.groupEnd[groups] = i;
            groups++;
            w.groupOffset[groups] = Math.min(len, BUFFER);
            if (groups == MAX_GROUPS || len >= BUFFER) {
                break;
            }
            int sep = separatorLength(s, i);
            if (sep == 0) {
                break;
            }
            w.separator[groups] = sep == 1 ? s.charAt(i) : (s.charAt(i) << 16) | s.charAt(i + 1);
            i += sep;
        }
        int end = w.groupEnd[groups - 1];
        boolean x = end < n && isCheckX(s.charAt(end));
        if (start < lastEnd) {
            return -end - 1;
        }
        if (end < n && s.charAt(end) == '@') {
            // the local part of an e-mail address: the whole address is one finding
            int e = email(s, end, lastEnd, sink);
            if (e > end) {
                return e;
            }
        }
        if (groups == 1) {
            int dl = end - start;
            PiiKind kind = dl >= 7 && dl <= MAX_DIGITS ? classify(s, start, buf, 0, dl, x, w) : null;
            return kind == null ? -end - 1 : report(s, kind, start, end, dl, lastEnd, sink);
        }
        for (int g = 0; g < groups; g++) {
            int gl = w.groupEnd[g] - w.groupStart[g];
            w.alone[g] = gl >= 11 && gl <= MAX_DIGITS && w.groupOffset[g + 1] - w.groupOffset[g] == gl
                    && selfEvident(buf, w.groupOffset[g], gl, g == groups - 1 && x);
        }
        // the reading of the groups that covers most digits; a join with mixed separators loses a tie
        w.score[groups] = 0;
        for (int g = groups - 1; g >= 0; g--) {
            int best = w.score[g + 1];
            w.choice[g] = -1;
            for (int h = g; h < groups; h++) {
                if (h > g && (w.alone[g] || w.alone[h])) {
                    break;
                }
                int off = w.groupOffset[g];
                int dl = w.groupOffset[h + 1] - off;
                if (dl > MAX_DIGITS || (len > BUFFER && dl != digitsOf(w, g, h))) {
                    break;
                }
                if (dl < 7) {
                    continue;
                }
                PiiKind kind = classify(s, w.groupStart[g], buf, off, dl, h == groups - 1 && x, w);
                if (kind != null) {
                    int score = dl * 4 - (mixedSeparators(w, g, h) ? 2 : 0) + w.score[h + 1];
                    if (score > best) {
                        best = score;
                        w.choice[g] = h;
                        w.choiceKind[g] = kind;
                    }
                }
            }
            w.score[g] = best;
        }
        int reported = -1;
        int g = 0;
        while (g < groups) {
            int h = w.choice[g];
            if (h < 0) {
                g++;
                continue;
            }
            reported = report(s, w.choiceKind[g], w.groupStart[g], w.groupEnd[h],
                    w.groupOffset[h + 1] - w.groupOffset[g], lastEnd, sink);
            g = h + 1;
        }
        if (reported >= 0) {
            return Math.max(reported, end);
        }
        return -end - 1;
    }

    /**
     * Reports {@code kind} over the {@code digits} digits in {@code [start, end)}, with the + before a mobile and
     * the check character X after 17 digits of an ID number; returns the end of the finding.
     */
    private static int report(String s, PiiKind kind, int start, int end, int digits, int lastEnd, Sink sink) {
        int from = kind == MOBILE && start > lastEnd && s.charAt(start - 1) == '+' ? start - 1 : start;
        int to = digits == 17 && (kind == RESIDENT_ID || kind == FOREIGN_RESIDENT_ID) ? end + 1 : end;
        sink.found(kind, from, to);
        return to;
    }

    /** Whether the separators between groups g..h are not all the same. */
    private static boolean mixedSeparators(Work w, int g, int h) {
        for (int j = g + 2; j <= h; j++) {
            if (w.separator[j] != w.separator[g + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The number of digits of groups g..h (the buffer may have cut them). */
    private static int digitsOf(Work w, int g, int h) {
        int k = 0;
        for (int j = g; j <= h; j++) {
            k += w.groupEnd[j] - w.groupStart[j];
        }
        return k;
    }

    /**
     * The kind of the {@code len} digits at {@code off} (text from {@code start}, {@code x} when a check
     * character X follows; 17 digits are an ID number only with it), or null. Neighbouring letters do not
     * matter: {@code ID11010519491231002Xabc} holds an ID number.
     */
    private PiiKind classify(String s, int start, char[] d, int off, int len, boolean x, Work w) {
        if (len == 18 || (len == 17 && x)) {
            if (isIdNumber(d, off, len) || context(s, start, w) == Context.ID) {
                return d[off] == '9' ? FOREIGN_RESIDENT_ID : RESIDENT_ID;
            }
        }
        if (isMobile(d, off, len)) {
            return MOBILE;
        }
        boolean card = isCard(d, off, len);
        if (len == 15 && isResidentId15(d, off)) {
            // no check character: the words before it may say what it is
            Context context = context(s, start, w);
            if (context == Context.ID) {
                return RESIDENT_ID;
            }
            if (card) {
                return BANK_CARD;
            }
            if (context != Context.NEGATIVE && context != Context.CARD && context != Context.ACCOUNT) {
                return RESIDENT_ID;
            }
        }
        if (card) {
            return BANK_CARD;
        }
        if (len < 7) {
            return null;
        }
        // shapes that count only after a keyword
        switch (context(s, start, w)) {
            case ID:
                return len == 15 ? RESIDENT_ID : null;
            case CARD:
                // a card keyword before a number too long or short for a card: still the customer's account
                return len >= 13 && len <= 19 ? BANK_CARD : len >= 10 ? ACCOUNT : null;
            case ACCOUNT:
                return len >= 10 ? ACCOUNT : null;
            case PHONE:
                return len == 11 && d[off] == '1' ? MOBILE : null;
            case PASSPORT:
                return len <= 9 ? PASSPORT : null;
            default:
                return null;
        }
    }

    /** Whether the digits are personal data whatever the words before them (context is not read). */
    private boolean selfEvident(char[] d, int off, int len, boolean x) {
        return ((len == 18 || (len == 17 && x)) && isIdNumber(d, off, len)) || isMobile(d, off, len)
                || isCard(d, off, len);
    }

    /**
     * Whether 18 characters (or 17 digits and the X after them) are a valid resident ID number, or a foreign
     * permanent resident ID number when they start with 9.
     */
    private boolean isIdNumber(char[] d, int off, int len) {
        char check = len == 17 ? 'X' : d[off + 17];
        return d[off] == '9' ? isForeignResidentId(d, off, check) : isResidentId18(d, off, check);
    }

    /** A mainland mobile: 1[3-9] and 9 digits, or the same after 86 or 0086. */
    private static boolean isMobile(char[] d, int off, int len) {
        if (len == 11) {
            return d[off] == '1' && d[off + 1] >= '3';
        }
        if (len == 13) {
            return d[off] == '8' && d[off + 1] == '6' && d[off + 2] == '1' && d[off + 3] >= '3';
        }
        return len == 15 && d[off] == '0' && d[off + 1] == '0' && d[off + 2] == '8' && d[off + 3] == '6'
                && d[off + 4] == '1' && d[off + 5] >= '3';
    }

    /**
     * A card: Luhn-valid, 13 to 19 digits, an issuer prefix 1 to 9; 13 digits starting 1 are millisecond
     * timestamps, not cards (no issuer numbers cards that way).
     */
    private static boolean isCard(char[] d, int off, int len) {
        return len >= 13 && len <= 19 && d[off] != '0' && !(len == 13 && d[off] == '1') && Checks.luhn(d, off, len);
    }

    private boolean isResidentId18(char[] d, int off, char check) {
        if (!regions.isKnown(d, off)) {
            return false;
        }
        if (!isBirthDate(d, off + 6)) {
            return false;
        }
        return Checks.residentIdCheckChar(d, off) == check;
    }

    private boolean isForeignResidentId(char[] d, int off, char check) {
        return regions.isProvince((d[off + 1] - '0') * 10 + (d[off + 2] - '0'))
                && Checks.isNationalityCode(num(d, off + 3, 3))
                && isBirthDate(d, off + 6)
                && Checks.residentIdCheckChar(d, off) == check;
    }

    private static boolean isBirthDate(char[] d, int off) {
        int y = num(d, off, 4);
        return y >= Checks.MIN_BIRTH_YEAR && y <= 2100 && Checks.isDate(y, num(d, off + 4, 2), num(d, off + 6, 2));
    }

    private boolean isResidentId15(char[] d, int off) {
        return regions.isKnown(d, off) && Checks.isDate(1900 + num(d, off + 6, 2), num(d, off + 8, 2), num(d, off + 10, 2));
    }

    private static int num(char[] d, int off, int len) {
        int v = 0;
        for (int i = 0; i < len; i++) {
            v = v * 10 + (d[off + i] - '0');
        }
        return v;
    }

    /**
     * What the keywords before {@code start} say (within the clause, at most 12 chars back): the nearest keyword
     * decides, except that a negative one directly after a positive one (身份证 + 编号) keeps the positive one.
     */
    private static Context context(String s, int start, Work w) {
        if (start == w.contextStart) {
            return w.context;
        }
        w.context = contextAt(s, start);
        w.contextStart = start;
        return w.context;
    }

    private static Context contextAt(String s, int start) {
        int from = Math.max(0, start - CONTEXT_WINDOW);
        for (int e = start; e > from; e--) {
            char c = s.charAt(e - 1);
            if (c == '。' || c == '；' || c == ';' || c == '\n' || c == '！' || c == '？' || c == '!' || c == '?') {
                return Context.NONE;
            }
            int k = keywordEndingAt(s, e);
            if (k >= 0) {
                Context context = WORD_CONTEXT[k];
                if (context == Context.NEGATIVE) {
                    int b = e - WORDS.get(k).length();
                    int before = b > 0 && s.charAt(b - 1) == '的' ? keywordEndingAt(s, b - 1) : keywordEndingAt(s, b);
                    if (before >= 0 && WORD_CONTEXT[before] != Context.NEGATIVE) {
                        return WORD_CONTEXT[before];
                    }
                }
                return context;
            }
        }
        return Context.NONE;
    }

    private static int pairKey(char last, char before) {
        return last << 16 | before;
    }

    /** The longest keyword ending at {@code e}, or -1. */
    private static int keywordEndingAt(String s, int e) {
        if (e <= 0) {
            return -1;
        }
        char last = s.charAt(e - 1);
        if ((ENDS_KEYWORD[last >>> 6] & (1L << last)) == 0) {
            return -1;
        }
        if (e >= 2) {
            int j = Arrays.binarySearch(PAIRS, pairKey(last, s.charAt(e - 2)));
            if (j >= 0) {
                for (int k : PAIR_WORDS[j]) {
                    String word = WORDS.get(k);
                    int b = e - word.length();
                    if (b >= 0 && s.startsWith(word, b)
                            && !(isAsciiLetter(word.charAt(0)) && b > 0 && isAsciiLetter(s.charAt(b - 1)))) {
                        return k;
                    }
                }
            }
        }
        return last == '卡' ? CARD_CHAR_WORD : -1;
    }

    // ---------------------------------------------------------------- e-mail

    private static boolean isAtext(char c) {
        c = fold(c);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-' || c == '+' || c == '%';
    }

    /** The e-mail address around the {@code @} (or full-width {@code ＠}) at {@code at}, ASCII or full width. */
    private static int email(String s, int at, int lastEnd, Sink sink) {
        int b = at;
        while (b > lastEnd && at - b < 64 && isAtext(s.charAt(b - 1))) {
            b--;
        }
        while (b < at && fold(s.charAt(b)) == '.') {
            b++;
        }
        if (b == at || fold(s.charAt(at - 1)) == '.') {
            return at;
        }
        int n = s.length();
        int e = at + 1;
        int lastDot = -1;
        while (e < n && e - at < 254) {
            char c = fold(s.charAt(e));
            if (c == '.') {
                if (e == at + 1 || fold(s.charAt(e - 1)) == '.' || fold(s.charAt(e - 1)) == '-') {
                    break;
                }
                lastDot = e;
            } else if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-')) {
                break;
            }
            e++;
        }
        while (e > at + 1 && (fold(s.charAt(e - 1)) == '.' || fold(s.charAt(e - 1)) == '-')) {
            e--;
        }
        if (lastDot < 0 || lastDot >= e) {
            lastDot = -1;
            for (int k = e - 1; k > at + 1; k--) {
                if (fold(s.charAt(k)) == '.') {
                    lastDot = k;
                    break;
                }
            }
            if (lastDot <= at + 1) {
                return at;
            }
        }
        if (e - lastDot - 1 < 2) {
            return at;
        }
        for (int k = lastDot + 1; k < e; k++) {
            if (!isAsciiLetter(fold(s.charAt(k)))) {
                return at;
            }
        }
        sink.found(EMAIL, b, e);
        return e;
    }

    // ---------------------------------------------------------------- ASCII words: passports, C3 keywords

    /**
     * At an ASCII (or full-width) letter {@code c}: a passport number or its English keyword, else a C3 keyword
     * with its value ({@link SecretReader}); the end of the finding, or {@code i}.
     */
    private static int asciiWord(String s, int i, char c, Sink sink) {
        if (i > 0 && isLetter(s.charAt(i - 1))) {
            return i;
        }
        if ((c == 'E' || c == 'G') && s.charAt(i) == c) {
            int end = passport(s, i, sink);
            if (end > i) {
                return end;
            }
        }
        if ((c == 'P' || c == 'p') && matches(s, i, "PASSPORT")) {
            return passportAfterKeyword(s, i + 8, sink);
        }
        return SecretReader.afterEnglishKeyword(s, i, c, sink);
    }

    /**
     * A mainland passport number at {@code i} with no keyword: {@code E} or {@code G} and 8 digits, or
     * {@code E}, a letter (not I or O) and 7 digits, standing alone.
     */
    private static int passport(String s, int i, Sink sink) {
        int n = s.length();
        int p = i + 1;
        if (p < n && s.charAt(i) == 'E' && s.charAt(p) >= 'A' && s.charAt(p) <= 'Z' && s.charAt(p) != 'I'
                && s.charAt(p) != 'O') {
            p++;
        }
        int digits = 0;
        while (p < n && digit(s.charAt(p)) >= 0) {
            p++;
            digits++;
        }
        boolean twoLetters = p - i - digits == 2;
        if (digits != (twoLetters ? 7 : 8) || (p < n && isLetter(s.charAt(p)))) {
            return i;
        }
        sink.found(PASSPORT, i, p);
        return p;
    }

    /** A passport number after its keyword: one or two letters and 6 to 9 digits, not part of a longer number. */
    private static int passportAfterKeyword(String s, int from, Sink sink) {
        int n = s.length();
        int i = skipGaps(s, from, 8);
        if (matches(s, i, "NO.") || matches(s, i, "NO")) {
            i = skipGaps(s, i + (matches(s, i, "NO.") ? 3 : 2), 4);
        } else if (matches(s, i, "NUMBER")) {
            i = skipGaps(s, i + 6, 4);
        }
        int vs = i;
        int letters = 0;
        while (i < n && isLetter(s.charAt(i)) && letters < 2) {
            i++;
            letters++;
        }
        int digits = 0;
        while (i < n && digit(s.charAt(i)) >= 0) {
            i++;
            digits++;
        }
        // digits alone are read as a number (a passport keyword is its context there)
        if (letters == 0 || digits < 6 || digits > 9 || (i < n && (isLetter(s.charAt(i)) || digit(s.charAt(i)) >= 0
                || separatorLength(s, i) > 0))) {
            return from;
        }
        sink.found(PASSPORT, vs, i);
        return i;
    }

    // ---------------------------------------------------------------- Chinese keywords

    /** At a Chinese character: 护照 and its number, or a C3 keyword with its value ({@link SecretReader}). */
    private static int chineseKeyword(String s, int i, char c, Sink sink) {
        if (c == '护' && s.startsWith("护照", i)) {
            int end = passportAfterKeyword(s, i + 2, sink);
            return end > i + 2 ? end : i + 2;
        }
        return SecretReader.afterChineseKeyword(s, i, c, sink);
    }
}
