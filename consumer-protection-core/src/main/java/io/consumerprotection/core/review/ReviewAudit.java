package io.consumerprotection.core.review;

import io.consumerprotection.core.audit.AuditContext;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.Finding;
import io.consumerprotection.core.audit.ReviewedSubject;
import io.consumerprotection.core.audit.Rule;
import io.consumerprotection.core.audit.RuleSet;
import io.consumerprotection.core.audit.SubjectKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Turns the review register and the host's usage facts into the subjects of the review audit rules
 * ({@link BuiltInRules#review()}: CP-REVIEW-001..004) and checks them. A subject version in use is one subject;
 * a reviewed version not in use is one too (for its overdue suggestions). Contract templates in use are scanned
 * with the given scanner.
 */
public final class ReviewAudit {

    private ReviewAudit() {
    }

    /** The review facts of every subject version in use or reviewed, judged on {@code asOf}. */
    public static List<ReviewedSubject> subjects(ReviewBook book, Collection<SubjectUse> uses, ReviewScanner scanner,
            LocalDate asOf) {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(uses, "uses");
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(asOf, "asOf");
        Map<String, ReviewedSubject> out = new LinkedHashMap<>();
        for (SubjectUse u : uses) {
            out.put(u.subject().id() + "@" + u.version(), facts(book, u.subject(), u.version(),
                    Optional.of(u.lastUsedOn()), scanner, asOf));
        }
        for (Review r : book.reviews()) {
            out.computeIfAbsent(r.subject().id() + "@" + r.version(), k -> facts(book, r.subject(), r.version(),
                    Optional.empty(), scanner, asOf));
        }
        return List.copyOf(out.values());
    }

    /**
     * The review subjects as a fact source of an audit run, computed when the run reads them:
     * {@code AuditRun.builder(BuiltInRules.named("review"), context).facts(SubjectKind.REVIEW_SUBJECT,
     * ReviewAudit.facts(book, uses, scanner, asOf))}.
     */
    public static Supplier<Stream<ReviewedSubject>> facts(ReviewBook book, Collection<SubjectUse> uses,
            ReviewScanner scanner, LocalDate asOf) {
        Objects.requireNonNull(book, "book");
        List<SubjectUse> u = List.copyOf(Objects.requireNonNull(uses, "uses"));
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(asOf, "asOf");
        return () -> subjects(book, u, scanner, asOf).stream();
    }

    /** The findings of the review rules on the register and usage facts. */
    public static List<Finding> check(ReviewBook book, Collection<SubjectUse> uses, ReviewScanner scanner,
            AuditContext context) {
        Objects.requireNonNull(context, "context");
        LocalDate asOf = context.asOf().atZone(context.zone()).toLocalDate();
        RuleSet rules = BuiltInRules.review();
        List<Finding> findings = new ArrayList<>();
        for (ReviewedSubject s : subjects(book, uses, scanner, asOf)) {
            for (Rule<?> rule : rules.rules()) {
                if (rule.subjectKind() == SubjectKind.REVIEW_SUBJECT) {
                    @SuppressWarnings("unchecked")
                    Rule<ReviewedSubject> r = (Rule<ReviewedSubject>) rule;
                    findings.add(r.evaluate(s, context));
                }
            }
        }
        return findings;
    }

    private static ReviewedSubject facts(ReviewBook book, ReviewSubject subject, String version,
            Optional<LocalDate> lastUsed, ReviewScanner scanner, LocalDate asOf) {
        Optional<String> approving = book.findApproval(subject.id(), version).map(r -> r.id().value());
        Optional<MarketingItem> item = book.findMarketingItem(subject.id());
        Optional<Withdrawal> w = item.flatMap(MarketingItem::withdrawal);
        List<String> overdue = new ArrayList<>();
        for (Review r : book.reviewsOf(subject.id())) {
            if (r.version().equals(version)) {
                r.overdueSuggestions(asOf).forEach(s -> overdue.add(r.id() + "#" + s.number() + " due "
                        + s.responseDue()));
            }
        }
        List<String> unfair = new ArrayList<>();
        if (subject.kind() == ReviewSubjectKind.CONTRACT_TEMPLATE && lastUsed.isPresent()) {
            book.findTemplate(subject.id()).flatMap(t -> t.revisions().stream()
                    .filter(rev -> rev.version().equals(version)).findFirst())
                    .ifPresent(rev -> scanner.scan(ScanKind.CONTRACT, rev.text())
                            .forEach(f -> unfair.add(f.ruleId() + " \"" + f.quote() + "\"")));
        }
        return new ReviewedSubject(subject.kind().name(), subject.id(), version, lastUsed, approving,
                w.map(Withdrawal::effectiveOn), w.map(x -> x.review().value()), overdue, unfair);
    }
}
