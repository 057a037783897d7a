package io.consumerprotection.core.classification;

import io.consumerprotection.spi.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reader of the scheme resource format (see the package documentation). */
final class SchemeFile {

    static final List<String> HEADER = List.of("dimension", "code", "parent", "level", "name_zh", "name_en",
            "official_code", "valid_from", "valid_to", "version", "source");

    private SchemeFile() {
    }

    static ClassificationScheme read(BufferedReader in) throws IOException {
        List<Violation> problems = new ArrayList<>();
        String version = null;
        LocalDate effectiveFrom = null;
        String basedOn = null;
        String source = "";
        Map<Dimension, DimensionRule> rules = new EnumMap<>(Dimension.class);
        List<SchemeCode> codes = new ArrayList<>();
        Map<Dimension, Map<String, List<String>>> mapping = new EnumMap<>(Dimension.class);
        boolean header = false;
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (line.startsWith("@")) {
                String key = f[0].substring(1);
                String value = f.length > 1 ? f[1].trim() : "";
                switch (key) {
                    case "version" -> version = value;
                    case "effective-from" -> effectiveFrom = ClassificationScheme.date(value, "effective-from", n, problems);
                    case "based-on" -> basedOn = value;
                    case "source" -> source = value;
                    case "dimension" -> dimensionRule(f, n, rules, problems);
                    case "map" -> mapLine(f, n, mapping, problems);
                    default -> problems.add(Violation.of("line " + n, "DIRECTIVE", "unknown directive @" + key));
                }
                continue;
            }
            if (!header) {
                if (!Arrays.asList(f).equals(HEADER)) {
                    problems.add(Violation.of("line " + n, "HEADER", "expected header " + String.join(",", HEADER)));
                }
                header = true;
                continue;
            }
            codeLine(f, n, codes, problems);
        }
        if (version == null || version.isBlank()) {
            problems.add(Violation.of("@version", "REQUIRED", "the scheme has no @version"));
        }
        if (effectiveFrom == null) {
            problems.add(Violation.of("@effective-from", "REQUIRED", "the scheme has no @effective-from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidClassificationSchemeException("malformed classification scheme", problems);
        }
        CodeMapping m = basedOn == null || basedOn.isBlank() ? null : CodeMapping.of(basedOn, version, mapping);
        ClassificationScheme scheme = new ClassificationScheme(version, effectiveFrom, basedOn, source, rules, codes, m);
        List<Violation> structure = scheme.checkStructure();
        if (!structure.isEmpty()) {
            throw new InvalidClassificationSchemeException("malformed classification scheme " + version, structure);
        }
        return scheme;
    }

    private static void dimensionRule(String[] f, int n, Map<Dimension, DimensionRule> rules, List<Violation> problems) {
        Dimension d = f.length > 1 ? Dimension.find(f[1].trim()).orElse(null) : null;
        if (d == null) {
            problems.add(Violation.of("line " + n, "DIMENSION", "unknown dimension in @dimension"));
            return;
        }
        Map<String, String> kv = new LinkedHashMap<>();
        for (int i = 2; i < f.length; i++) {
            String[] p = f[i].split("=", 2);
            kv.put(p[0].trim(), p.length > 1 ? p[1].trim() : "");
        }
        if (kv.containsKey("multi") && Boolean.parseBoolean(kv.get("multi")) != d.isMultiValued()) {
            problems.add(Violation.of("line " + n, "MULTI", d + " multi=" + kv.get("multi") + " contradicts the dimension"));
        }
        rules.put(d, new DimensionRule(d, Boolean.parseBoolean(kv.get("required")), Boolean.parseBoolean(kv.get("leaf"))));
    }

    private static void mapLine(String[] f, int n, Map<Dimension, Map<String, List<String>>> mapping,
                                List<Violation> problems) {
        Dimension d = f.length > 3 ? Dimension.find(f[1].trim()).orElse(null) : null;
        if (d == null) {
            problems.add(Violation.of("line " + n, "MAP", "expected @map<TAB>DIMENSION<TAB>old<TAB>new[,new...]"));
            return;
        }
        List<String> news = new ArrayList<>();
        for (String s : f[3].split(",")) {
            if (!s.isBlank()) {
                news.add(s.trim());
            }
        }
        mapping.computeIfAbsent(d, k -> new LinkedHashMap<>()).put(f[2].trim(), news);
    }

    private static void codeLine(String[] f, int n, List<SchemeCode> codes, List<Violation> problems) {
        if (f.length != HEADER.size()) {
            problems.add(Violation.of("line " + n, "COLUMNS", "expected " + HEADER.size() + " columns, got " + f.length));
            return;
        }
        Dimension d = Dimension.find(f[0].trim()).orElse(null);
        if (d == null) {
            problems.add(Violation.of("line " + n, "DIMENSION", "unknown dimension " + f[0]));
            return;
        }
        int level;
        try {
            level = Integer.parseInt(f[3].trim());
        } catch (NumberFormatException e) {
            problems.add(Violation.of("line " + n, "LEVEL", "level is not a number: " + f[3]));
            return;
        }
        LocalDate from = ClassificationScheme.date(f[7], "valid_from", n, problems);
        LocalDate to = ClassificationScheme.date(f[8], "valid_to", n, problems);
        try {
            codes.add(new SchemeCode(d, f[1].trim(), f[2].isBlank() ? null : f[2].trim(), level, f[4].trim(),
                    f[5].trim(), f[6].trim(), from, to, f[9].trim(), f[10].trim(), false));
        } catch (IllegalArgumentException e) {
            problems.add(Violation.of("line " + n, "CODE", e.getMessage()));
        }
    }
}
