package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.privacy.PermissionCheck;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reveals unmasked personal data under the seeds' "three keys": a real-name actor, a permission granted by
 * the host's {@link PermissionCheck} ({@code pii.reveal.TYPE}) and a stated purpose. Every attempt, granted or
 * denied, is appended to the {@link AuditTrail} (action {@code PII_REVEALED}); the value is read once to mask it, returned
 * unmasked only when granted, and never written to the trail or the log. Thread-safe.
 */
public final class PersonalDataAccess {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataAccess.class);

    /** The permission prefix; the field type name follows. */
    public static final String PERMISSION_PREFIX = "pii.reveal.";

    private final PermissionCheck permissions;
    private final AuditTrail trail;
    private final Masker masker;

    private PersonalDataAccess(PermissionCheck permissions, AuditTrail trail, Masker masker) {
        this.permissions = permissions;
        this.trail = trail;
        this.masker = masker;
    }

    /** Access control over the host's permission check, writing to {@code trail}, masking with {@code masker}. */
    public static PersonalDataAccess of(PermissionCheck permissions, AuditTrail trail, Masker masker) {
        return new PersonalDataAccess(Objects.requireNonNull(permissions, "permissions"),
                Objects.requireNonNull(trail, "trail"), Objects.requireNonNull(masker, "masker"));
    }

    /** The permission needed to reveal a field type. */
    public static String permission(FieldType type) {
        return PERMISSION_PREFIX + type.name();
    }

    /**
     * Decides a reveal and audits it.
     *
     * @param request who wants which value and why
     * @param value   supplies the unmasked value (read once, also to mask it for the result)
     */
    public RevealResult reveal(RevealRequest request, Supplier<String> value) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(value, "value");
        String permission = permission(request.type());
        RevealResult.Denial denial = null;
        if (request.purpose().isEmpty()) {
            denial = RevealResult.Denial.NO_PURPOSE;
        } else if (!permissions.isPermitted(request.actor(), permission, request.subjectId())) {
            denial = RevealResult.Denial.NOT_PERMITTED;
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("field", request.type().name());
        details.put("permission", permission);
        if (denial != null) {
            details.put("denial", denial.name());
        }
        AuditRecord record = trail.append(request.actor(), "PII_REVEALED", "CUSTOMER_FIELD", request.subjectId(),
                request.purpose(), denial == null ? "SUCCEEDED" : "DENIED", details);
        String raw = Objects.requireNonNull(value.get(), "value supplied");
        String masked = masker.mask(request.type(), raw, MaskingChannel.TELLER_SCREEN);
        if (denial != null) {
            LOG.info("reveal of {} for subject {} denied to {}: {} (audit {})", request.type(), request.subjectId(),
                    request.actor(), denial, record.id());
            return new RevealResult(null, masked, denial, record.id());
        }
        LOG.info("reveal of {} for subject {} granted to {} (audit {})", request.type(), request.subjectId(),
                request.actor(), record.id());
        return new RevealResult(raw, masked, null, record.id());
    }

    @Override
    public String toString() {
        return "PersonalDataAccess[" + trail + "]";
    }
}
