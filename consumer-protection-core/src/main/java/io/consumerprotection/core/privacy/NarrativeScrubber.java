package io.consumerprotection.core.privacy;

import io.consumerprotection.core.internal.privacy.PiiKind;
import io.consumerprotection.core.internal.privacy.PiiScanner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Finds personal data in free text (complaint narratives, handler notes, notice proofs, exports) and replaces it
 * before storage. Fail-safe: a number that is an identifier on its own evidence is replaced wherever it stands —
 * resident ID numbers (region, birth date from 1800 and check character verified; legacy 15-digit numbers by
 * region and 19yy date), foreign permanent resident ID numbers, Luhn-valid card numbers with an issuer prefix,
 * mainland mobile numbers (also after +86 / 0086), mainland passport numbers, e-mail addresses — and after an
 * explicit keyword any run of the identifier's shape is replaced whatever its checksum (a customer's mistyped
 * number is still theirs); account numbers after 账号 / 账户; names after their keywords (姓名, 我叫, 户名,
 * 联系人…) and before an honorific (先生, 女士…); C3 secrets after their keyword in every spelling the scanner
 * knows (密码, 口令, PIN, 验证码, 动态码, 校验码, CVV/CVN/CVC with 码 / 是 / ：, 安全码, 卡背面三位数, 有效期). A C3
 * value found is always removed. Words naming something else (订单号, 流水号, 合同编号…) keep only numbers that
 * pass no identifier check; amounts, dates and times are left alone. Where recall and precision conflict,
 * recall wins.
 *
 * <p>One pass, no regular expressions; a text with nothing to report is returned as the same instance.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ScrubResult r = NarrativeScrubber.standard().scrub("卡号6222021234567890128，验证码836271");
 * r.text();     // 卡号622202*********0128，验证码******
 * r.findings(); // [BANK_CARD 2..21, OTP 25..31]
 * }</pre>
 */
public final class NarrativeScrubber {

    /** The field type of each scanner kind, by the kind's ordinal. */
    private static final FieldType[] TYPES = Arrays.stream(PiiKind.values()).map(NarrativeScrubber::typeOf)
            .toArray(FieldType[]::new);

    private static FieldType typeOf(PiiKind kind) {
        return switch (kind) {
            case RESIDENT_ID -> FieldType.RESIDENT_ID;
            case BANK_CARD -> FieldType.BANK_CARD;
            case MOBILE -> FieldType.MOBILE;
            case EMAIL -> FieldType.EMAIL;
            case PASSWORD -> FieldType.PASSWORD;
            case PIN -> FieldType.PIN;
            case OTP -> FieldType.OTP;
            case CVN -> FieldType.CVN;
            case CARD_EXPIRY -> FieldType.CARD_EXPIRY;
            case NAME -> FieldType.NAME;
            case FOREIGN_RESIDENT_ID -> FieldType.OTHER_ID_DOCUMENT;
            case PASSPORT -> FieldType.PASSPORT;
            case ACCOUNT -> FieldType.ACCOUNT;
        };
    }

    private static final NarrativeScrubber STANDARD = new NarrativeScrubber(ScrubProfile.standard(),
            Masker.standard(), FieldCatalogue.standard());

    private final PiiScanner scanner = new PiiScanner();
    private final ScrubProfile profile;
    private final Masker masker;
    private final FieldCatalogue catalogue;
    private final InformationClass[] classes;

    private NarrativeScrubber(ScrubProfile profile, Masker masker, FieldCatalogue catalogue) {
        this.profile = profile;
        this.masker = masker;
        this.catalogue = catalogue;
        this.classes = Arrays.stream(TYPES).map(catalogue::classOf).toArray(InformationClass[]::new);
    }

    /** The scrubber with the {@link ScrubProfile#standard() standard profile} and bundled masking rules. */
    public static NarrativeScrubber standard() {
        return STANDARD;
    }

    /** A scrubber with a profile, masker and catalogue of the host's. */
    public static NarrativeScrubber of(ScrubProfile profile, Masker masker, FieldCatalogue catalogue) {
        return new NarrativeScrubber(Objects.requireNonNull(profile, "profile"), Objects.requireNonNull(masker, "masker"),
                Objects.requireNonNull(catalogue, "catalogue"));
    }

    /** Finds personal data without replacing it. */
    public List<ScrubFinding> find(String text) {
        Objects.requireNonNull(text, "text");
        List<ScrubFinding> found = new ArrayList<>();
        scanner.scan(text, (kind, start, end) -> found.add(new ScrubFinding(TYPES[kind.ordinal()],
                classes[kind.ordinal()], start, end)));
        return found;
    }

    /** Scrubs a text: C3 values redacted, C2 values replaced as the profile says. */
    public ScrubResult scrub(String text) {
        List<ScrubFinding> found = find(text);
        if (found.isEmpty()) {
            return new ScrubResult(text, found);
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        int at = 0;
        for (ScrubFinding f : found) {
            b.append(text, at, f.start());
            b.append(replacement(f, text.substring(f.start(), f.end())));
            at = f.end();
        }
        b.append(text, at, text.length());
        return new ScrubResult(b.toString(), found);
    }

    private String replacement(ScrubFinding f, String raw) {
        if (f.informationClass() == InformationClass.C3) {
            return MaskRule.REDACTED;
        }
        if (f.informationClass() == InformationClass.C1) {
            return raw;
        }
        if (profile.replacement(f.type()) == ScrubProfile.Replacement.LABEL) {
            return "[" + f.type().name() + "]";
        }
        String value = f.type() == FieldType.EMAIL || f.type() == FieldType.NAME ? raw : compact(raw);
        return masker.mask(f.type(), value, profile.channel());
    }

    /**
     * The ASCII letters and digits of an identifier written with separators, a + sign or full-width characters;
     * a mobile's 86 or 0086 prefix dropped.
     */
    private static String compact(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                b.append(c);
            }
        }
        String d = b.toString();
        if (d.length() == 13 && d.startsWith("861")) {
            return d.substring(2);
        }
        return d.length() == 15 && d.startsWith("00861") ? d.substring(4) : d;
    }

    /** The catalogue the classes come from. */
    public FieldCatalogue catalogue() {
        return catalogue;
    }

    @Override
    public String toString() {
        return "NarrativeScrubber[" + profile + "]";
    }
}
