package io.consumerprotection.core.reporting;

import io.consumerprotection.core.rectification.RectificationId;
import io.consumerprotection.core.rectification.RectificationItem;
import io.consumerprotection.core.rectification.RectificationSource;
import io.consumerprotection.core.rectification.SourceReference;
import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A rectification advice (整改意见) a report drafts from its findings, which the consumer-protection
 * department can turn into a rectification item ({@link #draft}).
 *
 * @param key    what it is about, stable across periods: {@code CELL:06|07}, {@code UNIT:BR-021},
 *               {@code REGULATOR-ON-TIME}, {@code ALERT:…}; the rule key of the item it drafts
 * @param textZh the advice in Chinese
 * @param textEn the advice in English
 * @param unit   the unit it is addressed to, when it names one
 */
public record Advice(String key, String textZh, String textEn, Optional<String> unit) {

    public Advice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(textZh, "textZh");
        Objects.requireNonNull(textEn, "textEn");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * An open rectification item from this advice, sourced from the report.
     *
     * @param reportId  the report's {@linkplain ReportHeader#id() id}
     * @param ownerUnit the unit that must act (the advice's unit, or the one the department chooses)
     */
    public RectificationItem draft(RectificationId id, String reportId, String ownerUnit, String ownerRole,
                                   LocalDate dueDate, Instant openedAt, ZoneId zone) {
        return RectificationItem.open(id, SourceReference.of(RectificationSource.REPORT_ADVICE, reportId), key, ownerUnit,
                ownerRole, textZh, dueDate, openedAt, zone);
    }

    @Override
    public String toString() {
        return "Advice[key=" + Redaction.code(key) + ", unit=" + unit.map(Redaction::code).orElse("-") + "]";
    }
}
