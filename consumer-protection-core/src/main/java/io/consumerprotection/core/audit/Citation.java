package io.consumerprotection.core.audit;

import java.util.Objects;

/**
 * The legal basis of a rule: the instrument, the article and how sure the project is of it (the
 * confidence grades of {@code regulation-facts.md}: {@code A} read in the full text, {@code B} two or more
 * secondary sources agree, {@code C} one secondary source, {@code seed} the banks' own reports).
 *
 * @param instrument the law, rule or standard, for example {@code NFRA Order 2020 No. 3}
 * @param article    the article or section, for example {@code art. 18}; empty when the whole instrument
 * @param confidence {@code A}, {@code B}, {@code C} or {@code seed}
 */
public record Citation(String instrument, String article, String confidence) {

    public Citation {
        Objects.requireNonNull(instrument, "instrument");
        article = article == null ? "" : article;
        Objects.requireNonNull(confidence, "confidence");
        if (instrument.isBlank()) {
            throw new IllegalArgumentException("instrument must not be blank");
        }
    }

    /** A citation. */
    public static Citation of(String instrument, String article, String confidence) {
        return new Citation(instrument, article, confidence);
    }

    /** The citation in words, for example {@code NFRA Order 2020 No. 3 art. 18 (A)}. */
    @Override
    public String toString() {
        return instrument + (article.isEmpty() ? "" : " " + article) + " (" + confidence + ")";
    }
}
