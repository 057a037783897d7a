package io.consumerprotection.core.privacy;

/** The shape an identifier must have before its ends may be shown (package-private). */
enum ValueShape {
    /** Anything: only the code-point count matters. */
    ANY(1, Integer.MAX_VALUE),
    /** 13 to 19 ASCII digits. */
    CARD(13, 19),
    /** 11 ASCII digits. */
    MOBILE(11, 11),
    /** 15 ASCII digits, or 17 and a digit or X. */
    RESIDENT_ID(15, 18),
    /** 6 to 32 ASCII letters and digits. */
    ACCOUNT(6, 32),
    /** 5 to 20 ASCII letters and digits. */
    DOCUMENT(5, 20);

    final int min;
    final int max;

    ValueShape(int min, int max) {
        this.min = min;
        this.max = max;
    }

    static ValueShape of(FieldType type) {
        return switch (type) {
            case BANK_CARD -> CARD;
            case MOBILE -> MOBILE;
            case RESIDENT_ID -> RESIDENT_ID;
            case ACCOUNT -> ACCOUNT;
            case PASSPORT, OTHER_ID_DOCUMENT -> DOCUMENT;
            default -> ANY;
        };
    }

    boolean lengthOk(int n) {
        return n >= min && n <= max && (this != RESIDENT_ID || n == 15 || n == 18);
    }

    /** Whether an ASCII char is allowed at index {@code i} of a value of length {@code n}. */
    boolean allows(char c, int i, int n) {
        switch (this) {
            case ANY:
                return true;
            case CARD:
            case MOBILE:
                return c >= '0' && c <= '9';
            case RESIDENT_ID:
                return (c >= '0' && c <= '9') || (i == 17 && (c == 'X' || c == 'x'));
            default:
                return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
    }
}
