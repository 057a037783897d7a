package io.consumerprotection.core.internal.privacy;

/**
 * A single left-to-right pass over free text that reports personal data: resident ID numbers (checksummed,
 * or legacy 15-digit next to an ID keyword), Luhn-valid card numbers, mainland mobile numbers, e-mail
 * addresses, and C3 secrets (password, PIN, verification code, CVN, card expiry) written after their
 * keyword. No regular expression, no backtracking: each character is looked at a bounded number of times.
 * Digit groups separated by single spaces or hyphens are read as one number when they form one; ASCII and
 * full-width digits are both read. A number right after a keyword naming something else (order, serial,
 * contract numbers…) is not reported.
 *
 * <p>Stateless and thread-safe; {@link #scan} allocates one small scratch object per call.
 */
public final class PiiScanner {

    /** Kind: a resident ID number. */
    public static final int RESIDENT_ID = 1;
    /** Kind: a bank card number. */
    public static final int BANK_CARD = 2;
    /** Kind: a mobile number. */
    public static final int MOBILE = 3;
    /** Kind: an e-mail address. */
    public static final int EMAIL = 4;
    /** Kind: a password after its keyword. */
    public static final int PASSWORD = 5;
    /** Kind: a PIN after its keyword. */
    public static final int PIN = 6;
    /** Kind: a one-time verification code after its keyword. */
    public static final int OTP = 7;
    /** Kind: a card verification number after its keyword. */
    public static final int CVN = 8;
    /** Kind: a card expiry after its keyword. */
    public static final int CARD_EXPIRY = 9;

    /** Receives each finding, in text order, never overlapping. */
    @FunctionalInterface
    public interface Sink {
        /** One finding of {@code kind} over {@code [start, end)}. */
        void found(int kind, int start, int end);
    }

    private static final int MAX_DIGITS = 24;
    private static final int CONTEXT_WINDOW = 12;
    private static final int NONE = 0;
    private static final int POSITIVE = 1;
    private static final int ID_CONTEXT = 2;
    private static final int NEGATIVE = 3;

    /** Keywords before a number and what they say about it; at one place the longest keyword wins. */
    private static final String[] CONTEXT_WORDS = {
        "身份证", "证件", "公民身份",
        "卡号", "银行卡", "信用卡", "借记卡", "储蓄卡", "账户", "账号", "手机", "电话", "联系", "号码",
        "订单", "单号", "流水", "交易号", "编号", "工单", "合同", "保单", "快递", "运单", "发票", "批次", "凭证",
        "参考号", "序列号", "条码", "商户号", "终端号", "文号", "登记号", "案号", "业务号", "受理号", "申请号",
        "客户号", "会员号", "尾号", "QQ", "qq", "邮编", "金额", "余额", "订单号码", "发票号码", "单号码",
    };
    private static final int[] CONTEXT_KIND = {
        ID_CONTEXT, ID_CONTEXT, ID_CONTEXT,
        POSITIVE, POSITIVE, POSITIVE, POSITIVE, POSITIVE, POSITIVE, POSITIVE, POSITIVE, POSITIVE, POSITIVE, POSITIVE,
        NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE,
        NEGATIVE, NEGATIVE, NEGATIVE,
        NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE,
        NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE,
        NEGATIVE, NEGATIVE,
    };

    static {
        if (CONTEXT_WORDS.length != CONTEXT_KIND.length) {
            throw new IllegalStateException("context keyword table is inconsistent");
        }
    }

    private final RegionPrefixes regions;

    /** A scanner over the bundled region prefixes. */
    public PiiScanner() {
        this(RegionPrefixes.bundled());
    }

    /** A scanner over given region prefixes. */
    public PiiScanner(RegionPrefixes regions) {
        this.regions = regions;
    }

    /** Scans {@code s} and reports every finding to {@code sink}. */
    public void scan(String s, Sink sink) {
        int n = s.length();
        Work work = null;
        int i = 0;
        int lastEnd = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= '0' && c <= '9') {
                    if (work == null) {
                        work = new Work();
                    }
                    int r = number(s, i, lastEnd, work, sink);
                    if (r < 0) {
                        i = -r - 1;
                    } else {
                        i = r;
                        lastEnd = r;
                    }
                    continue;
                }
                if (c == '@') {
                    int end = email(s, i, lastEnd, sink);
                    if (end > i) {
                        lastEnd = end;
                        i = end;
                        continue;
                    }
                } else if (c == 'C' || c == 'c' || c == 'P' || c == 'p' || c == 'O' || c == 'o') {
                    int end = asciiKeyword(s, i, sink);
                    if (end > i) {
                        lastEnd = end;
                        i = end;
                        continue;
                    }
                }
                i++;
            } else if (c >= '\uFF10' && c <= '\uFF19') {
                if (work == null) {
                    work = new Work();
                }
                int r = number(s, i, lastEnd, work, sink);
                if (r < 0) {
                    i = -r - 1;
                } else {
                    i = r;
                    lastEnd = r;
                }
            } else {
                int end = chineseKeyword(s, i, c, sink);
                if (end > i) {
                    lastEnd = end;
                    i = end;
                } else {
                    i++;
                }
            }
        }
    }

    // ---------------------------------------------------------------- numbers

    /** Scratch space of one scan, allocated at the first number. */
    private static final class Work {
        final char[] digits = new char[MAX_DIGITS + 8];
        final int[] groupStart = new int[8];
        final int[] groupEnd = new int[8];
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Reads the number starting at {@code start} (digit groups joined by single spaces or hyphens), reports it
     * if it is personal data, and returns the index after it.
     */
    private int number(String s, int start, int lastEnd, Work work, Sink sink) {
        int n = s.length();
        // the groups: at most 8 recorded
        char[] buf = work.digits;
        int[] groupStart = work.groupStart;
        int[] groupEnd = work.groupEnd;
        int groups = 0;
        int len = 0;
        int i = start;
        boolean overflow = false;
        while (true) {
            int gs = i;
            while (i < n && digit(s.charAt(i)) >= 0) {
                if (len < MAX_DIGITS) {
                    buf[len] = (char) ('0' + digit(s.charAt(i)));
                }
                len++;
                i++;
            }
            if (groups < groupStart.length) {
                groupStart[groups] = gs;
                groupEnd[groups] = i;
                groups++;
            } else {
                overflow = true;
            }
            if (i + 1 < n && (s.charAt(i) == ' ' || s.charAt(i) == '-') && digit(s.charAt(i + 1)) >= 0) {
                i++;
                continue;
            }
            break;
        }
        int end = i;
        boolean x = end < n && (s.charAt(end) == 'X' || s.charAt(end) == 'x')
                && (end + 1 >= n || !isAsciiLetter(s.charAt(end + 1)) && digit(s.charAt(end + 1)) < 0);
        int after = x ? end + 1 : end;
        if (start < lastEnd || overflow || !leftBoundaryOk(s, start)) {
            return -after - 1;
        }
        int kindAll = len <= MAX_DIGITS && rightBoundaryOk(s, x ? end + 1 : end)
                ? classify(s, start, buf, 0, len, x) : NONE;
        if (kindAll != NONE) {
            int realStart = start;
            if (kindAll == MOBILE && start > 0 && s.charAt(start - 1) == '+') {
                realStart = start - 1;
            }
            sink.found(kindAll, realStart, after);
            return after;
        }
        boolean any = false;
        if (groups > 1) {
            // try each group alone
            int off = 0;
            for (int g = 0; g < groups; g++) {
                int gl = groupEnd[g] - groupStart[g];
                boolean last = g == groups - 1;
                boolean gx = last && x;
                int gEnd = gx ? groupEnd[g] + 1 : groupEnd[g];
                if (off + gl <= MAX_DIGITS && (!last || rightBoundaryOk(s, gEnd))) {
                    int kind = classify(s, groupStart[g], buf, off, gl, gx);
                    if (kind != NONE) {
                        sink.found(kind, groupStart[g], gEnd);
                        any = true;
                    }
                }
                off += gl;
            }
        }
        return any ? after : -after - 1;
    }

    private static boolean leftBoundaryOk(String s, int start) {
        if (start == 0) {
            return true;
        }
        char p = s.charAt(start - 1);
        return !(isAsciiLetter(p) || p == '_' || p == '.' || p == '/' || p == '\\' || p == '@');
    }

    private static boolean rightBoundaryOk(String s, int end) {
        if (end >= s.length()) {
            return true;
        }
        char c = s.charAt(end);
        if (isAsciiLetter(c) || c == '_' || c == '@') {
            return false;
        }
        if ((c == '.' || c == ',' || c == '/' || c == ':') && end + 1 < s.length() && digit(s.charAt(end + 1)) >= 0) {
            return false;
        }
        return true;
    }

    private int classify(String s, int start, char[] d, int off, int len, boolean x) {
        int context = -1;
        if (len == 17 && x || len == 18) {
            if (isResidentId18(d, off, x)) {
                context = context(s, start);
                return context == NEGATIVE ? NONE : RESIDENT_ID;
            }
            if (x) {
                return NONE;
            }
        }
        if (x) {
            return NONE;
        }
        if (len == 15 && isResidentId15(d, off)) {
            context = context(s, start);
            if (context == ID_CONTEXT) {
                return RESIDENT_ID;
            }
        }
        if (len == 11 && d[off] == '1' && d[off + 1] >= '3') {
            context = context < 0 ? context(s, start) : context;
            return context == NEGATIVE ? NONE : MOBILE;
        }
        if (len == 13 && d[off] == '8' && d[off + 1] == '6' && d[off + 2] == '1' && d[off + 3] >= '3') {
            context = context < 0 ? context(s, start) : context;
            return context == NEGATIVE ? NONE : MOBILE;
        }
        if (len >= 13 && len <= 19) {
            char f = d[off];
            if ((f == '3' || f == '4' || f == '5' || f == '6' || f == '9') && Checks.luhn(d, off, len)) {
                context = context < 0 ? context(s, start) : context;
                return context == NEGATIVE ? NONE : BANK_CARD;
            }
        }
        return NONE;
    }

    private boolean isResidentId18(char[] d, int off, boolean x) {
        if (!regionKnown(d, off)) {
            return false;
        }
        int y = num(d, off + 6, 4);
        int m = num(d, off + 10, 2);
        int day = num(d, off + 12, 2);
        if (y < 1900 || y > 2100 || !Checks.isDate(y, m, day)) {
            return false;
        }
        char check = Checks.residentIdCheckChar(d, off);
        return x ? check == 'X' : check == d[off + 17];
    }

    private boolean isResidentId15(char[] d, int off) {
        return regionKnown(d, off) && Checks.isDate(1900 + num(d, off + 6, 2), num(d, off + 8, 2), num(d, off + 10, 2));
    }

    private boolean regionKnown(char[] d, int off) {
        return regions.isKnown(d, off);
    }

    private static int num(char[] d, int off, int len) {
        int v = 0;
        for (int i = 0; i < len; i++) {
            v = v * 10 + (d[off + i] - '0');
        }
        return v;
    }

    /** What the nearest keyword before {@code start} (within the clause, at most 12 chars back) says. */
    private static int context(String s, int start) {
        int from = Math.max(0, start - CONTEXT_WINDOW);
        for (int e = start; e > from; e--) {
            char c = s.charAt(e - 1);
            if (c == '。' || c == '；' || c == ';' || c == '\n' || c == '！' || c == '？') {
                return NONE;
            }
            int best = -1;
            for (int k = 0; k < CONTEXT_WORDS.length; k++) {
                String w = CONTEXT_WORDS[k];
                int b = e - w.length();
                if (b >= 0 && c == w.charAt(w.length() - 1) && s.startsWith(w, b)
                        && (best < 0 || w.length() > CONTEXT_WORDS[best].length())) {
                    best = k;
                }
            }
            if (best >= 0) {
                return CONTEXT_KIND[best];
            }
        }
        return NONE;
    }

    // ---------------------------------------------------------------- e-mail

    private static boolean isAtext(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-' || c == '+' || c == '%';
    }

    private static int email(String s, int at, int lastEnd, Sink sink) {
        int b = at;
        while (b > lastEnd && at - b < 64 && isAtext(s.charAt(b - 1))) {
            b--;
        }
        while (b < at && s.charAt(b) == '.') {
            b++;
        }
        if (b == at || s.charAt(at - 1) == '.') {
            return at;
        }
        int n = s.length();
        int e = at + 1;
        int lastDot = -1;
        while (e < n && e - at < 254) {
            char c = s.charAt(e);
            if (c == '.') {
                if (e == at + 1 || s.charAt(e - 1) == '.' || s.charAt(e - 1) == '-') {
                    break;
                }
                lastDot = e;
            } else if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-')) {
                break;
            }
            e++;
        }
        while (e > at + 1 && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == '-')) {
            e--;
        }
        if (lastDot < 0 || lastDot >= e) {
            // recompute the last dot inside the trimmed domain
            lastDot = s.lastIndexOf('.', e - 1);
            if (lastDot <= at + 1) {
                return at;
            }
        }
        int tld = e - lastDot - 1;
        if (tld < 2) {
            return at;
        }
        for (int k = lastDot + 1; k < e; k++) {
            if (!isAsciiLetter(s.charAt(k))) {
                return at;
            }
        }
        sink.found(EMAIL, b, e);
        return e;
    }

    // ---------------------------------------------------------------- C3 after a keyword

    private static int asciiKeyword(String s, int i, Sink sink) {
        if (i > 0 && isAsciiLetter(s.charAt(i - 1))) {
            return i;
        }
        int kw;
        int kind;
        if (matchesIgnoreCase(s, i, "CVV2") || matchesIgnoreCase(s, i, "CVN2") || matchesIgnoreCase(s, i, "CVC2")) {
            kw = 4;
            kind = CVN;
        } else if (matchesIgnoreCase(s, i, "CVV") || matchesIgnoreCase(s, i, "CVN") || matchesIgnoreCase(s, i, "CVC")) {
            kw = 3;
            kind = CVN;
        } else if (matchesIgnoreCase(s, i, "PIN")) {
            kw = 3;
            kind = PIN;
        } else if (matchesIgnoreCase(s, i, "OTP")) {
            kw = 3;
            kind = OTP;
        } else {
            return i;
        }
        int after = i + kw;
        if (after < s.length() && isAsciiLetter(s.charAt(after))) {
            return i;
        }
        return secret(s, after, kind, sink);
    }

    private static boolean matchesIgnoreCase(String s, int i, String w) {
        return s.regionMatches(true, i, w, 0, w.length());
    }

    private static int chineseKeyword(String s, int i, char c, Sink sink) {
        int kind;
        int kw;
        switch (c) {
            case '密':
                if (!s.startsWith("密码", i)) {
                    return i;
                }
                kind = PASSWORD;
                kw = 2;
                break;
            case '口':
                if (!s.startsWith("口令", i)) {
                    return i;
                }
                kind = PASSWORD;
                kw = 2;
                break;
            case '验':
                if (!s.startsWith("验证码", i)) {
                    return i;
                }
                kind = OTP;
                kw = 3;
                break;
            case '校':
                if (!s.startsWith("校验码", i)) {
                    return i;
                }
                kind = OTP;
                kw = 3;
                break;
            case '动':
                if (s.startsWith("动态码", i)) {
                    kw = 3;
                } else if (s.startsWith("动态密码", i)) {
                    kw = 4;
                } else {
                    return i;
                }
                kind = OTP;
                break;
            case '安':
                if (!s.startsWith("安全码", i)) {
                    return i;
                }
                kind = CVN;
                kw = 3;
                break;
            case '有':
                if (!s.startsWith("有效期", i)) {
                    return i;
                }
                kind = CARD_EXPIRY;
                kw = 3;
                break;
            default:
                return i;
        }
        int end = secret(s, i + kw, kind, sink);
        return end > i + kw ? end : i + kw;
    }

    private static boolean isGap(char c) {
        switch (c) {
            case ' ': case ':': case '：': case '是': case '为': case '=': case '"': case '“': case '”':
            case '「': case '」': case '【': case '】': case '（': case '）': case '(': case ')': case '至': case '\'':
            case '\u3000': case '号':
                return true;
            default:
                return false;
        }
    }

    private static boolean isSecretChar(char c) {
        return (c >= '0' && c <= '9') || isAsciiLetter(c) || c == '!' || c == '#' || c == '$' || c == '%'
                || c == '^' || c == '&' || c == '*' || c == '_' || c == '.' || c == '-' || c == '@';
    }

    /** Reads the secret after a keyword; returns the end of the finding, or {@code from} when none. */
    private static int secret(String s, int from, int kind, Sink sink) {
        int n = s.length();
        int i = from;
        int gap = 0;
        while (i < n && gap < 4 && isGap(s.charAt(i))) {
            i++;
            gap++;
        }
        int vs = i;
        if (kind == CARD_EXPIRY) {
            int e = expiry(s, vs);
            if (e > vs) {
                sink.found(CARD_EXPIRY, vs, e);
                return e;
            }
            return from;
        }
        int digits = 0;
        int letters = 0;
        while (i < n && isSecretChar(s.charAt(i))) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (isAsciiLetter(c)) {
                letters++;
            }
            i++;
        }
        // a trailing full stop belongs to the sentence
        while (i > vs && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == '-')) {
            i--;
        }
        int len = i - vs;
        boolean ok;
        switch (kind) {
            case CVN:
                ok = digits == len && (len == 3 || len == 4);
                break;
            case PIN:
                ok = digits == len && len >= 4 && len <= 12;
                break;
            case OTP:
                ok = digits + letters == len && len >= 4 && len <= 8 && digits > 0;
                break;
            default:
                ok = len >= 4 && len <= 32 && (digits > 0 || letters >= 6);
                break;
        }
        if (!ok) {
            return from;
        }
        sink.found(kind, vs, i);
        return i;
    }

    /** The end of a card expiry at {@code i} (MM/YY, MM/YYYY, YYYY年MM月, YY年MM月, YYYY-MM, MMYY), or {@code i}. */
    private static int expiry(String s, int i) {
        int n = s.length();
        int a = run(s, i);
        if (a == 0) {
            return i;
        }
        int p = i + a;
        if (p < n && (s.charAt(p) == '/' || s.charAt(p) == '-' || s.charAt(p) == '年' || s.charAt(p) == '.')) {
            int b = run(s, p + 1);
            if (b == 0) {
                return i;
            }
            int first = Checks.digits(s, i, a);
            int second = Checks.digits(s, p + 1, b);
            int end = p + 1 + b;
            if (s.charAt(p) == '年') {
                if ((a == 2 || a == 4) && b <= 2 && second >= 1 && second <= 12) {
                    return end < n && s.charAt(end) == '月' ? end + 1 : end;
                }
                return i;
            }
            if (a <= 2 && first >= 1 && first <= 12 && (b == 2 || b == 4)) {
                return end;
            }
            if (a == 4 && b <= 2 && second >= 1 && second <= 12) {
                return end;
            }
            return i;
        }
        if (a == 4) {
            int mm = Checks.digits(s, i, 2);
            return mm >= 1 && mm <= 12 ? p : i;
        }
        return i;
    }

    private static int run(String s, int i) {
        int k = i;
        while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9' && k - i < 4) {
            k++;
        }
        if (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
            return 0;
        }
        return k - i;
    }
}
