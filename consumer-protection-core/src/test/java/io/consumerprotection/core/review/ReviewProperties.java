package io.consumerprotection.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The review state machine under random sequences of operations (findings, suggestions, adoption, rejection,
 * decisions, re-reviews), against a naive model written from the issue text: each suggestion is open, adopted or
 * rejected with the business unit's reason, and overdue only while open past its response date; a review ends
 * passed, passed with conditions (which needs a suggestion) or failed, and passes outright only with no suggestion
 * open; a decided review takes no more findings, suggestions or decisions; a re-review is of another version and
 * links to the review before it; the gate (无审查、不上线) opens a version exactly when a decided review of that
 * version passed, with or without conditions.
 */
class ReviewProperties {

    private static final LocalDate D = LocalDate.of(2025, 3, 1);
    private static final ReviewSubject APP = ReviewSubject.of(ReviewSubjectKind.SYSTEM, "app", "手机银行");
    private static final Checklist CHECKLIST = Checklist.builtIn();
    private static final List<String> ITEMS = List.of("PI-01", "PI-02", "SPEC-01", "FEE-01");   // FEE-01: not for SYSTEM

    /** One operation: what, a suggestion number, a day offset from the request, and text. */
    record Op(int what, int number, int day, String text) {
        @Override
        public String toString() {
            return List.of("finding", "suggest", "adopt", "reject", "pass", "passWithConditions", "fail", "reReview",
                    "sameVersionReReview").get(what) + "(" + number + ", d" + day + ", '" + text + "')";
        }
    }

    /** The naive model of one review. */
    static final class Model {
        final String version;
        final int requestedDay;
        final Optional<Integer> previousIndex;
        final List<String> status = new ArrayList<>();   // OPEN, ADOPTED, REJECTED
        final List<Integer> due = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        String outcome;                                  // null until decided
        int findings;

        Model(String version, int requestedDay, Optional<Integer> previousIndex) {
            this.version = version;
            this.requestedDay = requestedDay;
            this.previousIndex = previousIndex;
        }

        boolean approves() {
            return "PASSED".equals(outcome) || "PASSED_WITH_CONDITIONS".equals(outcome);
        }

        boolean anyOpen() {
            return status.contains("OPEN");
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(-3, 40), Arbitraries.of("", " ", "卡号脱敏", "增加大字版", "成本过高")).as(Op::new);
        return op.list().ofMaxSize(30);
    }

    @Property(tries = 400)
    void randomOperationsNeverReachAnIllegalStateAndAgreeWithTheModel(@ForAll("operations") List<Op> ops,
            @ForAll("items") List<String> itemPicks) {
        List<Review> reviews = new ArrayList<>();
        List<Model> models = new ArrayList<>();
        reviews.add(Review.request(ReviewId.of("RV-0"), APP, "v0", "网络金融部", D, CHECKLIST));
        models.add(new Model("v0", 0, Optional.empty()));
        int k = 0;
        for (Op op : ops) {
            int last = reviews.size() - 1;
            Review r = reviews.get(last);
            Model m = models.get(last);
            String item = itemPicks.isEmpty() ? "PI-01" : itemPicks.get(k++ % itemPicks.size());
            LocalDate on = D.plusDays(op.day());
            boolean itemKnown = !item.equals("FEE-01");
            boolean beforeRequest = op.day() < m.requestedDay;
            boolean decided = m.outcome != null;
            boolean okInModel;
            Review next = null;
            switch (op.what()) {
                case 0 -> okInModel = !decided && itemKnown && !op.text().isBlank();
                case 1 -> okInModel = !decided && itemKnown && !op.text().isBlank() && !beforeRequest;
                case 2, 3 -> okInModel = op.number() >= 1 && op.number() <= m.status.size()
                        && m.status.get(op.number() - 1).equals("OPEN") && !beforeRequest
                        && (op.what() == 2 || !op.text().isBlank());
                case 4 -> okInModel = !decided && !beforeRequest && !m.anyOpen();
                case 5 -> okInModel = !decided && !beforeRequest && !m.status.isEmpty();
                case 6 -> okInModel = !decided && !beforeRequest;
                case 7 -> okInModel = true;
                default -> okInModel = false;                 // a re-review of the same version
            }
            try {
                next = switch (op.what()) {
                    case 0 -> r.withFinding(item, op.text());
                    case 1 -> r.withSuggestion(item, op.text(), on);
                    case 2 -> r.adopt(op.number(), on);
                    case 3 -> r.reject(op.number(), op.text(), on);
                    case 4 -> r.decide(ReviewOutcome.PASSED, on);
                    case 5 -> r.decide(ReviewOutcome.PASSED_WITH_CONDITIONS, on);
                    case 6 -> r.decide(ReviewOutcome.FAILED, on);
                    case 7 -> r.reReview(ReviewId.of("RV-" + reviews.size()), "v" + reviews.size(),
                            D.plusDays(Math.max(op.day(), m.requestedDay)), CHECKLIST);
                    default -> r.reReview(ReviewId.of("RV-x"), r.version(), on, CHECKLIST);
                };
            } catch (InvalidReviewException e) {
                assertThat(okInModel).as("%s refused: %s", op, e.getMessage()).isFalse();
                assertThat(e.violations()).isNotEmpty();
                continue;
            }
            assertThat(okInModel).as("%s accepted though the model refuses it", op).isTrue();
            switch (op.what()) {
                case 0 -> m.findings++;
                case 1 -> {
                    m.status.add("OPEN");
                    m.due.add(op.day());
                    m.reasons.add("");
                }
                case 2 -> m.status.set(op.number() - 1, "ADOPTED");
                case 3 -> {
                    m.status.set(op.number() - 1, "REJECTED");
                    m.reasons.set(op.number() - 1, op.text());
                }
                case 4 -> m.outcome = "PASSED";
                case 5 -> m.outcome = "PASSED_WITH_CONDITIONS";
                case 6 -> m.outcome = "FAILED";
                default -> {
                    reviews.add(next);
                    models.add(new Model("v" + (reviews.size() - 1), Math.max(op.day(), m.requestedDay),
                            Optional.of(last)));
                    continue;
                }
            }
            reviews.set(last, next);
        }
        for (int i = 0; i < reviews.size(); i++) {
            assertAgrees(reviews.get(i), models.get(i), reviews);
        }
        assertTheGate(reviews, models);
    }

    private static void assertAgrees(Review r, Model m, List<Review> all) {
        assertThat(r.version()).isEqualTo(m.version);
        assertThat(r.findings()).hasSize(m.findings);
        assertThat(r.suggestions()).extracting(s -> s.status().name()).containsExactlyElementsOf(m.status);
        for (int i = 0; i < m.status.size(); i++) {
            ReviewSuggestion s = r.suggestions().get(i);
            assertThat(s.number()).isEqualTo(i + 1);
            assertThat(s.reason()).isEqualTo(m.reasons.get(i));
            assertThat(s.answeredOn().isPresent()).isEqualTo(!m.status.get(i).equals("OPEN"));
            assertThat(s.status() == SuggestionStatus.REJECTED).isEqualTo(!s.reason().isBlank());
            // overdue only while open, and only after the response day
            LocalDate dueDay = D.plusDays(m.due.get(i));
            assertThat(s.isOverdue(dueDay)).isFalse();
            assertThat(s.isOverdue(dueDay.plusDays(1))).isEqualTo(m.status.get(i).equals("OPEN"));
        }
        assertThat(r.outcome().map(Enum::name).orElse(null)).isEqualTo(m.outcome);
        assertThat(r.decidedOn().isPresent()).isEqualTo(m.outcome != null);
        r.decidedOn().ifPresent(d -> assertThat(d).isAfterOrEqualTo(r.requestedOn()));
        if ("PASSED_WITH_CONDITIONS".equals(m.outcome)) {
            assertThat(r.suggestions()).isNotEmpty();
        }
        assertThat(r.approves()).isEqualTo(m.approves());
        assertThat(r.previous()).isEqualTo(m.previousIndex.map(p -> all.get(p).id()));
        m.previousIndex.ifPresent(p -> {
            assertThat(all.get(p).version()).isNotEqualTo(r.version());
            assertThat(all.get(p).subject()).isEqualTo(r.subject());
        });
        // a stored review restores to the same review (the store path checks the same rules)
        assertThat(Review.restore(r.id(), r.subject(), r.version(), r.requestingUnit(), r.requestedOn(),
                r.checklistVersion(), r.itemIds(), r.findings(), r.suggestions(), r.outcome(), r.decidedOn(),
                r.previous())).isEqualTo(r);
    }

    private static void assertTheGate(List<Review> reviews, List<Model> models) {
        ReviewBook book = ReviewBook.empty();
        for (Review r : reviews) {
            book = book.with(r);
        }
        for (int i = 0; i < reviews.size(); i++) {
            Model m = models.get(i);
            if (m.approves()) {
                assertThat(book.requireApproved("app", m.version).id()).isEqualTo(reviews.get(i).id());
            } else {
                ReviewBook b = book;
                assertThatThrownBy(() -> b.requireApproved("app", m.version)).isInstanceOfSatisfying(
                        NotApprovedException.class, e -> assertThat(e.code()).isEqualTo(NotApprovedException.NOT_APPROVED));
            }
        }
        ReviewBook b = book;
        assertThatThrownBy(() -> b.requireApproved("app", "never")).isInstanceOf(NotApprovedException.class);
    }

    @Provide
    Arbitrary<List<String>> items() {
        return Arbitraries.of(ITEMS).list().ofMaxSize(6);
    }
}
