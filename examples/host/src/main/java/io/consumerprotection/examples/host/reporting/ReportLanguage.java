package io.consumerprotection.examples.host.reporting;

import java.util.Locale;

/**
 * The language of a rendered report: Chinese only (the default, what a regulator's template takes), or Chinese
 * with English beside it ({@code 中文 / English}) where the host asks for it. The figures are the same in both.
 */
public enum ReportLanguage {
    /** Chinese only. */
    ZH("zh"),
    /** Chinese first, English after a slash. */
    ZH_EN("zh-en");

    private final String tag;

    ReportLanguage(String tag) {
        this.tag = tag;
    }

    /** {@code zh} or {@code zh-en}. */
    public static ReportLanguage parse(String text) {
        for (ReportLanguage l : values()) {
            if (l.tag.equalsIgnoreCase(text.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("language must be zh or zh-en, got '" + text + "'");
    }

    /** The label in this language: {@code zh}, or {@code zh / en}. */
    public String label(String zh, String en) {
        return this == ZH || en == null || en.isEmpty() || en.equals(zh) ? zh : zh + " / " + en;
    }

    /** Whether English is shown. */
    public boolean english() {
        return this == ZH_EN;
    }

    @Override
    public String toString() {
        return tag.toLowerCase(Locale.ROOT);
    }
}
