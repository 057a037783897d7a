package io.consumerprotection.core.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The rounding rules of appraisal arithmetic (see the package documentation). */
final class Rounding {

    static final RoundingMode MODE = RoundingMode.HALF_UP;
    static final int FRACTION_SCALE = 6;
    static final int POINTS_SCALE = 4;
    static final int SCORE_SCALE = 2;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rounding() {
    }

    static BigDecimal fraction(BigDecimal v) {
        return v.setScale(FRACTION_SCALE, MODE);
    }

    static BigDecimal points(BigDecimal v) {
        return v.setScale(POINTS_SCALE, MODE);
    }

    static BigDecimal score(BigDecimal v) {
        return v.setScale(SCORE_SCALE, MODE);
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, FRACTION_SCALE, MODE);
    }

    static BigDecimal clamp(BigDecimal v, BigDecimal lo, BigDecimal hi) {
        return v.max(lo).min(hi);
    }

    /** A plain, human-readable form without exponent or trailing zeros. */
    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
