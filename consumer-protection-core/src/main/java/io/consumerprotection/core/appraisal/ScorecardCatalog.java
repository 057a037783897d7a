package io.consumerprotection.core.appraisal;

import com.google.common.collect.ImmutableSortedMap;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.appraisal.ScorecardDefinition;
import io.consumerprotection.spi.appraisal.ScorecardProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The scorecards available by id: the built-in ones ({@code NFRA-2025}, {@code CBIRC-2021},
 * {@code BRANCH-2025}, bundled as resources beside this class) and the host's, which replace a built-in
 * scorecard with the same id. Every scorecard is parsed and validated when the catalog is created, so a
 * bad definition fails there. Immutable and thread-safe.
 */
public final class ScorecardCatalog {

    /** The resource names of the built-in scorecards, beside this class. */
    static final List<String> BUILT_IN = List.of("nfra-2025.scorecard", "cbirc-2021.scorecard", "branch-2025.scorecard");

    private static final ScorecardCatalog BUILT_IN_CATALOG = new ScorecardCatalog(loadBuiltIn());

    private final Map<ScorecardId, Scorecard> scorecards;

    private ScorecardCatalog(Map<ScorecardId, Scorecard> scorecards) {
        this.scorecards = ImmutableSortedMap.copyOf(scorecards);
    }

    /** The built-in scorecards only. */
    public static ScorecardCatalog builtIn() {
        return BUILT_IN_CATALOG;
    }

    /**
     * The built-in scorecards with the provider's added or replacing them.
     *
     * @throws InvalidScorecardException when a provided definition is invalid or its id differs from the
     *                                   id inside its text
     */
    public static ScorecardCatalog of(ScorecardProvider provider) {
        Objects.requireNonNull(provider, "provider");
        ScorecardCatalog c = BUILT_IN_CATALOG;
        for (String id : new java.util.TreeSet<>(provider.ids())) {
            ScorecardDefinition d = provider.find(id).orElseThrow(() -> new IllegalStateException(
                    "provider lists scorecard " + id + " but does not find it"));
            c = c.with(load(d));
        }
        return c;
    }

    /** A copy with this scorecard added, replacing any with the same id. */
    public ScorecardCatalog with(Scorecard scorecard) {
        Objects.requireNonNull(scorecard, "scorecard");
        Map<ScorecardId, Scorecard> m = new TreeMap<>(scorecards);
        m.put(scorecard.id(), scorecard);
        return new ScorecardCatalog(m);
    }

    /** Parses and validates a host definition, checking that its id matches its text. */
    public static Scorecard load(ScorecardDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        Scorecard s = Scorecard.parse(definition.text());
        if (!s.id().value().equals(definition.id())) {
            throw new InvalidScorecardException(definition.id(), List.of(Violation.of("id", "ID_MISMATCH",
                    "definition " + definition.id() + " holds scorecard " + s.id())));
        }
        return s;
    }

    /** The ids of every scorecard, in id order. */
    public Set<ScorecardId> ids() {
        return scorecards.keySet();
    }

    /** The scorecard with this id, if any. */
    public Optional<Scorecard> find(ScorecardId id) {
        return Optional.ofNullable(scorecards.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * The scorecard with this id.
     *
     * @throws UnknownScorecardException when there is none
     */
    public Scorecard get(ScorecardId id) {
        return find(id).orElseThrow(() -> new UnknownScorecardException(id,
                ids().stream().map(ScorecardId::value).toList()));
    }

    private static Map<ScorecardId, Scorecard> loadBuiltIn() {
        Map<ScorecardId, Scorecard> m = new TreeMap<>();
        for (String name : BUILT_IN) {
            Scorecard s = Scorecard.parse(resource(name));
            m.put(s.id(), s);
        }
        return m;
    }

    /** The text of a built-in resource. */
    static String resource(String name) {
        try (InputStream in = ScorecardCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in scorecard resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "ScorecardCatalog" + ids();
    }
}
