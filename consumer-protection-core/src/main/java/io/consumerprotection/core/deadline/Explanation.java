package io.consumerprotection.core.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The explanation of one milestone's evaluation, written step by step while the complaint clock works the due date
 * out: {@link #NONE} for bulk runs (dates and statuses only), which builds no text, or {@link #kept()} for
 * {@link DeadlineEngine#evaluate}. A step is a {@code Supplier} so that its text is built only when it is kept.
 */
interface Explanation {

    /** Keeps nothing and builds no text. */
    Explanation NONE = step -> { };

    /** Adds a step. */
    void add(Supplier<String> step);

    /** The steps so far, in order (none for {@link #NONE}). */
    default List<String> steps() {
        return List.of();
    }

    /** An explanation that keeps its steps. */
    static Explanation kept() {
        List<String> steps = new ArrayList<>();
        return new Explanation() {
            @Override
            public void add(Supplier<String> step) {
                steps.add(step.get());
            }

            @Override
            public List<String> steps() {
                return steps;
            }
        };
    }
}
