package io.consumerprotection.core.audit;

import io.consumerprotection.core.rectification.RectificationItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the audit subjects of rectification items: each with the earlier items of its unit and rule. */
final class RectificationSubjects {

    private RectificationSubjects() {
    }

    /** The subjects of items given in opening order, in the same order. */
    static List<RectificationSubject> of(List<RectificationItem> itemsInOpeningOrder) {
        Map<List<String>, List<RectificationItem>> seen = new HashMap<>();
        List<RectificationSubject> subjects = new ArrayList<>(itemsInOpeningOrder.size());
        for (RectificationItem i : itemsInOpeningOrder) {
            if (i.ruleKey().isEmpty()) {
                subjects.add(new RectificationSubject(i, List.of()));
                continue;
            }
            List<RectificationItem> history = seen.computeIfAbsent(List.of(i.ownerUnit(), i.ruleKey()), k -> new ArrayList<>());
            List<RectificationItem> earlier = new ArrayList<>();
            for (RectificationItem e : history) {
                if (e.openedAt().isBefore(i.openedAt())) {
                    earlier.add(e);
                }
            }
            subjects.add(new RectificationSubject(i, earlier));
            history.add(i);
        }
        return subjects;
    }
}
