package io.consumerprotection.examples.host.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the demo reports: headline figures, charts and tables. Rendered to a self-contained HTML page by
 * {@link HtmlReport} and written as JSON with the same content.
 */
final class Report {

    /** One bar of a chart. */
    record Bar(String label, double value) {
    }

    /** A bar chart. */
    record Chart(String title, String unit, List<Bar> bars) {
    }

    /** A table. */
    record Table(String title, List<String> headers, List<List<String>> rows) {
    }

    final String title;
    final Map<String, String> headline = new LinkedHashMap<>();
    final List<Chart> charts = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    /** Assumptions a figure rests on, shown beside the figures (for example grade bands that are not public). */
    final List<String> notes = new ArrayList<>();
    /** Chinese forms of English texts the report's phrase table cannot know (finding messages), English → Chinese. */
    final Map<String, String> chinese = new java.util.HashMap<>();

    Report(String title) {
        this.title = title;
    }

    Report headline(String key, String value) {
        headline.put(key, value);
        return this;
    }

    Report chart(Chart chart) {
        charts.add(chart);
        return this;
    }

    Report note(String note) {
        notes.add(note);
        return this;
    }

    Report table(Table table) {
        tables.add(table);
        return this;
    }
}
