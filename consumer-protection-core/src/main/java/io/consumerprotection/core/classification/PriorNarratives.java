package io.consumerprotection.core.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled classified narratives the default suggestion's prior is trained on ({@code prior-narratives.tsv}: id,
 * business code, cause code, narrative; a {@code # version} line names the set, a {@code # weights} line the blend
 * weight per dimension). Loaded once, on first use.
 *
 * @param version     the set's version, part of the suggestion version ({@code 2026.3+prior-2026.1})
 * @param narratives  the rows in file order
 * @param weights     the blend weight per dimension, as {@link BlendedClassifier#fit} chose it over these narratives
 *                    with the bundled dictionary (stored so that building the classifier trains one model, not
 *                    {@value BlendedClassifier#FOLDS} + 1); empty: {@code fit} chooses them when the prior is built
 */
record PriorNarratives(String version, List<ClassifiedNarrative> narratives, Map<Dimension, Double> weights) {

    private static final class Bundled {
        static final PriorNarratives INSTANCE = load();
    }

    PriorNarratives {
        narratives = List.copyOf(narratives);
        weights = Map.copyOf(weights);
    }

    /** Narratives whose weights {@link BlendedClassifier#fit} chooses when the prior is built. */
    PriorNarratives(String version, List<ClassifiedNarrative> narratives) {
        this(version, narratives, Map.of());
    }

    static PriorNarratives bundled() {
        return Bundled.INSTANCE;
    }

    private static PriorNarratives load() {
        try (InputStream in = PriorNarratives.class.getResourceAsStream("prior-narratives.tsv")) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: prior-narratives.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<ClassifiedNarrative> out = new ArrayList<>();
            String version = null;
            Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.startsWith("# version\t")) {
                    version = line.substring("# version\t".length()).trim();
                }
                if (line.startsWith("# weights\t")) {
                    for (String pair : line.substring("# weights\t".length()).trim().split(",")) {
                        String[] kv = pair.split("=", 2);
                        double w = Double.parseDouble(kv[1]);
                        if (!(w >= 0 && w < 1)) {
                            throw new IllegalStateException("prior-narratives.tsv line " + no + ": weight in [0, 1) expected");
                        }
                        weights.put(Dimension.valueOf(kv[0]), w);
                    }
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4 || f[3].isBlank()) {
                    throw new IllegalStateException("prior-narratives.tsv line " + no + ": 4 columns expected");
                }
                Map<Dimension, String> codes = new EnumMap<>(Dimension.class);
                codes.put(Dimension.BUSINESS, f[1]);
                codes.put(Dimension.CAUSE, f[2]);
                out.add(new ClassifiedNarrative(f[3], codes));
            }
            if (version == null) {
                throw new IllegalStateException("prior-narratives.tsv: no '# version' line");
            }
            return new PriorNarratives(version, out, weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
