package io.consumerprotection.core.audit;

/** The citations of the built-in rules, from {@code regulation-facts.md} and the seeds, with their confidence. */
final class Citations {

    static final String NFRA_3 = "NFRA Order 2020 No. 3";
    static final String PBOC_5 = "PBoC Order 2020 No. 5";

    private Citations() {
    }

    static Citation nfra(String article) {
        return Citation.of(NFRA_3, article, "A");
    }

    static Citation pboc(String article) {
        return Citation.of(PBOC_5, article, "A");
    }

    static Citation seed(String where) {
        return Citation.of(where, "", "seed");
    }
}
