package io.consumerprotection.core.review;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/** A scan dictionary file that breaks its format; lists every broken line with its number and rule. */
public final class InvalidScanDictionaryException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "INVALID_SCAN_DICTIONARY";

    InvalidScanDictionaryException(String name, List<Violation> violations) {
        super(CODE, "scan dictionary " + name + " is invalid (扫描规则文件无效)", violations);
    }
}
