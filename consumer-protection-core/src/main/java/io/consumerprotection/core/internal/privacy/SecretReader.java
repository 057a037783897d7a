package io.consumerprotection.core.internal.privacy;

import static io.consumerprotection.core.internal.privacy.PiiKind.CARD_EXPIRY;
import static io.consumerprotection.core.internal.privacy.PiiKind.CVN;
import static io.consumerprotection.core.internal.privacy.PiiKind.OTP;
import static io.consumerprotection.core.internal.privacy.PiiKind.PASSWORD;
import static io.consumerprotection.core.internal.privacy.PiiKind.PIN;
import static io.consumerprotection.core.internal.privacy.TextChars.digit;
import static io.consumerprotection.core.internal.privacy.TextChars.fold;
import static io.consumerprotection.core.internal.privacy.TextChars.isAsciiLetter;
import static io.consumerprotection.core.internal.privacy.TextChars.isGap;
import static io.consumerprotection.core.internal.privacy.TextChars.isLetter;
import static io.consumerprotection.core.internal.privacy.TextChars.matches;
import static io.consumerprotection.core.internal.privacy.TextChars.separatorLength;
import static io.consumerprotection.core.internal.privacy.TextChars.skipGaps;

/**
 * The C3 values of free text, read after their keyword for {@link PiiScanner}: passwords, PINs, one-time codes,
 * card verification numbers and card expiries, in every spelling seen in complaint narratives — 密码为, PIN码,
 * {@code CVN码123}, {@code CVV码是456}, {@code 安全码：789}, {@code 卡背面三位数321}, {@code PIN number 1234},
 * {@code password is …}, {@code valid thru 12 / 28}, full width ({@code ＣＶＶ：７４１}), codes dictated in groups
 * ({@code 478 862}). A value of the wrong shape for its keyword (a CVN of 5 digits) is not reported.
 */
final class SecretReader {

    private SecretReader() {
    }

    /** One bit per char: the first chars of the Chinese C3 keywords. */
    private static final long[] CHINESE_STARTS = new long[1024];

    static {
        for (char c : "密口验校动安背有".toCharArray()) {
            CHINESE_STARTS[c >>> 6] |= 1L << c;
        }
    }

    /** Whether a Chinese C3 keyword may start at {@code c}. */
    static boolean startsChineseKeyword(char c) {
        return (CHINESE_STARTS[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * At an ASCII (or full-width) letter {@code c} that starts a word: a C3 keyword in English (CVV, PIN,
     * password, OTP, verification code, security code, valid thru, expiry…) and its value; returns the end of the
     * finding, or {@code i} when there is none.
     */
    static int afterEnglishKeyword(String s, int i, char c, PiiScanner.Sink sink) {
        if (i > 0 && isLetter(s.charAt(i - 1))) {
            return i;
        }
        int kw = 0;
        PiiKind kind = null;
        switch (c) {
            case 'C': case 'c':
                if (matches(s, i, "CVV2") || matches(s, i, "CVN2") || matches(s, i, "CVC2")) {
                    kw = 4;
                    kind = CVN;
                } else if (matches(s, i, "CVV") || matches(s, i, "CVN") || matches(s, i, "CVC")) {
                    kw = 3;
                    kind = CVN;
                }
                break;
            case 'P': case 'p':
                if (matches(s, i, "PIN")) {
                    kw = 3;
                    kind = PIN;
                } else if (matches(s, i, "PASSWORD")) {
                    kw = 8;
                    kind = PASSWORD;
                }
                break;
            case 'O': case 'o':
                if (matches(s, i, "OTP")) {
                    kw = 3;
                    kind = OTP;
                }
                break;
            case 'E': case 'e':
                if (matches(s, i, "EXPIRY DATE") || matches(s, i, "EXPIRATION DATE")) {
                    kw = s.charAt(i + 3) == 'I' || s.charAt(i + 3) == 'i' ? 11 : 15;
                    kind = CARD_EXPIRY;
                } else if (matches(s, i, "EXPIRY") || matches(s, i, "EXPIRES") || matches(s, i, "EXP DATE")) {
                    kw = matches(s, i, "EXPIRY") ? 6 : matches(s, i, "EXPIRES") ? 7 : 8;
                    kind = CARD_EXPIRY;
                } else if (matches(s, i, "EXP") && !(i + 3 < s.length() && isLetter(s.charAt(i + 3)))) {
                    kw = 3;
                    kind = CARD_EXPIRY;
                }
                break;
            case 'V': case 'v':
                if (matches(s, i, "VALID THRU") || matches(s, i, "VALID UNTIL")) {
                    kw = matches(s, i, "VALID THRU") ? 10 : 11;
                    kind = CARD_EXPIRY;
                } else if (matches(s, i, "VALID THROUGH")) {
                    kw = 13;
                    kind = CARD_EXPIRY;
                } else if (matches(s, i, "VERIFICATION CODE")) {
                    kw = 17;
                    kind = OTP;
                }
                break;
            case 'S': case 's':
                if (matches(s, i, "SECURITY CODE")) {
                    kw = 13;
                    kind = CVN;
                } else if (matches(s, i, "SMS CODE")) {
                    kw = 8;
                    kind = OTP;
                }
                break;
            default:
                return i;
        }
        if (kind == null) {
            return i;
        }
        int after = i + kw;
        if (kind == CARD_EXPIRY && after < s.length() && isLetter(s.charAt(after))) {
            return i;
        }
        if (after < s.length() && isLetter(s.charAt(after))) {
            // "PIN code" and "CVV code" are keywords, "PINs" is a word
            if (!matches(s, after, "CODE")) {
                return i;
            }
            after += 4;
        }
        return secret(s, after, kind, sink);
    }

    /**
     * At a Chinese character that starts a C3 keyword ({@link #startsChineseKeyword}): the keyword (密码, 口令,
     * 验证码, 校验码, 动态码, 动态密码, 安全码, 卡背面…, 有效期) and its value; returns the end of what was read (the
     * keyword at least), or {@code i} when no keyword stands here.
     */
    static int afterChineseKeyword(String s, int i, char c, PiiScanner.Sink sink) {
        PiiKind kind;
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
                } else if (s.startsWith("动态口令", i)) {
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
            case '背':
                // 卡背面三位数321, 背面后三位是321, 卡背后的3位数字321
                if (!s.startsWith("背面", i) && !s.startsWith("背后", i)) {
                    return i;
                }
                return cardBack(s, i + 2, sink);
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

    /** The CVN after 背面 / 背后: words such as 三位数, 后三位, 3位数字, then 3 or 4 digits. */
    private static int cardBack(String s, int from, PiiScanner.Sink sink) {
        int n = s.length();
        int i = from;
        int limit = from + 10;
        while (i < n && i < limit) {
            char c = s.charAt(i);
            if (c == '三' || c == '四' || c == '位' || c == '数' || c == '字' || c == '码' || c == '的' || c == '后'
                    || c == '末' || c == '最' || c == '是' || c == '为' || c == '：' || c == ':' || c == ' '
                    || c == '\u3000' || c == '号' || c == '值' || isGap(c)) {
                i++;
            } else if ((c == '3' || c == '4' || c == '３' || c == '４') && i + 1 < n && s.charAt(i + 1) == '位') {
                i += 2;
            } else {
                break;
            }
        }
        if (i == from) {
            return from;
        }
        int vs = i;
        while (i < n && digit(s.charAt(i)) >= 0) {
            i++;
        }
        int len = i - vs;
        if ((len != 3 && len != 4) || (i < n && isLetter(s.charAt(i)))) {
            return from;
        }
        sink.found(CVN, vs, i);
        return i;
    }

    private static boolean isSecretChar(char c) {
        char f = (c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')
                || "＠＃＄％＾＆＊＿－".indexOf(c) >= 0 ? fold(c) : c;
        return (f >= '0' && f <= '9') || isAsciiLetter(f) || f == '!' || f == '#' || f == '$' || f == '%'
                || f == '^' || f == '&' || f == '*' || f == '_' || f == '.' || f == '-' || f == '@';
    }

    /** After gap characters, English filler words between a keyword and its value: is, number, no., code, =. */
    private static int skipGapWords(String s, int from) {
        int i = skipGaps(s, from, 6);
        for (int round = 0; round < 3; round++) {
            int w = 0;
            if (matches(s, i, "NUMBER")) {
                w = 6;
            } else if (matches(s, i, "CODE")) {
                w = 4;
            } else if (matches(s, i, "NO.")) {
                w = 3;
            } else if (matches(s, i, "IS") || matches(s, i, "NO")) {
                w = 2;
            } else if (matches(s, i, "WAS")) {
                w = 3;
            }
            if (w == 0 || (i + w < s.length() && isAsciiLetter(fold(s.charAt(i + w))))) {
                return i;
            }
            i = skipGaps(s, i + w, 6);
        }
        return i;
    }

    /** Reads the secret after a keyword; returns the end of the finding, or {@code from} when none. */
    private static int secret(String s, int from, PiiKind kind, PiiScanner.Sink sink) {
        int n = s.length();
        int i = skipGapWords(s, from);
        int vs = i;
        if (kind == CARD_EXPIRY) {
            int e = expiry(s, vs);
            if (e > vs) {
                sink.found(CARD_EXPIRY, vs, e);
                return e;
            }
            return from;
        }
        if (kind == PIN || kind == OTP || kind == CVN) {
            int e = digitGroups(s, vs);
            int d = e > vs ? countDigits(s, vs, e) : 0;
            boolean grouped = e > vs && d < e - vs;
            if (grouped && (kind == CVN ? d == 3 || d == 4 : kind == PIN ? d >= 4 && d <= 12 : d >= 4 && d <= 8)
                    && !(e < n && isLetter(s.charAt(e)))) {
                sink.found(kind, vs, e);
                return e;
            }
        }
        int digits = 0;
        int letters = 0;
        int separators = 0;
        while (i < n && isSecretChar(s.charAt(i))) {
            char c = fold(s.charAt(i));
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (isAsciiLetter(c)) {
                letters++;
            } else if (c == '-' && i + 1 < n && digit(s.charAt(i + 1)) >= 0) {
                separators++;
            }
            i++;
        }
        // a trailing full stop belongs to the sentence
        while (i > vs && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == '-' || s.charAt(i - 1) == '!')) {
            i--;
        }
        int len = i - vs;
        boolean ok;
        switch (kind) {
            case CVN:
                ok = digits == len && (len == 3 || len == 4);
                break;
            case PIN:
                ok = digits + separators == len && digits >= 4 && digits <= 12;
                break;
            case OTP:
                ok = digits + letters + separators == len && digits + letters >= 4 && digits + letters <= 8 && digits > 0;
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

    /** The end of the digits at {@code i} and the digit groups joined to them by one or two separators. */
    private static int digitGroups(String s, int i) {
        int e = i;
        while (true) {
            while (digitAt(s, e) >= 0) {
                e++;
            }
            if (e == i) {
                return i;
            }
            int sep = separatorLength(s, e);
            if (sep == 0) {
                return e;
            }
            e += sep;
        }
    }

    private static int countDigits(String s, int from, int to) {
        int d = 0;
        for (int k = from; k < to; k++) {
            if (digit(s.charAt(k)) >= 0) {
                d++;
            }
        }
        return d;
    }

    /** The digit at {@code i} in ASCII or full width, or -1 (also past the end). */
    private static int digitAt(String s, int i) {
        return i < s.length() ? digit(s.charAt(i)) : -1;
    }

    /** The number formed by {@code len} ASCII or full-width digits at {@code i}. */
    private static int value(String s, int i, int len) {
        int v = 0;
        for (int k = 0; k < len; k++) {
            v = v * 10 + digit(s.charAt(i + k));
        }
        return v;
    }

    /**
     * The end of a card expiry at {@code i} (MM/YY, MM/YYYY, YYYY年MM月, YY年MM月, YYYY-MM, MMYY; ASCII or
     * full-width), or {@code i}.
     */
    private static int expiry(String s, int i) {
        int n = s.length();
        int a = run(s, i);
        if (a == 0) {
            return i;
        }
        int p = i + a;
        int q = p < n && s.charAt(p) == ' ' ? p + 1 : p;
        char sep = q < n ? fold(s.charAt(q)) : 0;
        if ((sep == '/' || sep == '-') && q + 1 < n && s.charAt(q + 1) == ' ') {
            // 12 / 28
            p = q + 1;
        } else if (q > p) {
            sep = 0;
        }
        if (sep == '/' || sep == '-' || sep == '年' || sep == '.') {
            int b = run(s, p + 1);
            if (b == 0) {
                return i;
            }
            int first = value(s, i, a);
            int second = value(s, p + 1, b);
            int end = p + 1 + b;
            if (sep == '年') {
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
            int mm = value(s, i, 2);
            return mm >= 1 && mm <= 12 ? p : i;
        }
        return i;
    }

    /** The number of digits (at most 4) at {@code i}, or 0 when more follow. */
    private static int run(String s, int i) {
        int k = i;
        while (digitAt(s, k) >= 0 && k - i < 4) {
            k++;
        }
        return digitAt(s, k) >= 0 ? 0 : k - i;
    }
}
