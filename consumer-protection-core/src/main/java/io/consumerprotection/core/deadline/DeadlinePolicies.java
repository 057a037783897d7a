package io.consumerprotection.core.deadline;

import com.google.common.collect.ImmutableMap;
import io.consumerprotection.spi.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of deadline policies by id: the bundled ones ({@code NFRA-2020-3}, {@code PBOC-2020-5},
 * {@code REGULATOR-FORWARDING}, {@code CREDIT-REPORTING-DISPUTE}, {@code INTERNAL-3-5-10},
 * {@code FCA-DISP}, {@code CFPB}) and a host's own. A host policy with a bundled id replaces the bundled
 * one (the host's copy is the one it answers for). Immutable and thread-safe.
 */
public final class DeadlinePolicies {

    private static final List<String> BUNDLED = List.of("NFRA-2020-3", "PBOC-2020-5", "REGULATOR-FORWARDING",
            "CREDIT-REPORTING-DISPUTE", "INTERNAL-3-5-10", "FCA-DISP", "CFPB");

    private static final class Bundled {
        static final DeadlinePolicies INSTANCE = load();
    }

    private final Map<PolicyId, DeadlinePolicy> policies;

    private DeadlinePolicies(Map<PolicyId, DeadlinePolicy> policies) {
        this.policies = policies;
    }

    /** The bundled policies. */
    public static DeadlinePolicies bundled() {
        return Bundled.INSTANCE;
    }

    /** A builder starting with the bundled policies. */
    public static Builder builder() {
        return new Builder(bundled().policies);
    }

    /** The policy with this id. */
    public DeadlinePolicy get(PolicyId id) {
        return find(id).orElseThrow(() -> new UnknownPolicyException(id.toString()));
    }

    /** The policy with this id text; an unknown or malformed id is an {@link UnknownPolicyException}. */
    public DeadlinePolicy get(String id) {
        Objects.requireNonNull(id, "id");
        try {
            return get(PolicyId.of(id));
        } catch (IllegalArgumentException e) {
            throw new UnknownPolicyException(id);
        }
    }

    /** The policy with this id, if known. */
    public Optional<DeadlinePolicy> find(PolicyId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(policies.get(id));
    }

    /** Every policy, in the order added. */
    public List<DeadlinePolicy> all() {
        return List.copyOf(policies.values());
    }

    /** Builds a {@link DeadlinePolicies}. */
    public static final class Builder {

        private final Map<PolicyId, DeadlinePolicy> policies;

        private Builder(Map<PolicyId, DeadlinePolicy> start) {
            this.policies = new LinkedHashMap<>(start);
        }

        /** Adds a policy, replacing one with the same id. */
        public Builder add(DeadlinePolicy policy) {
            Objects.requireNonNull(policy, "policy");
            policies.put(policy.id(), policy);
            return this;
        }

        /**
         * Builds the set.
         *
         * @throws PolicyConfigurationException when a policy transfers to a policy that is not in the set
         */
        public DeadlinePolicies build() {
            List<Violation> v = new ArrayList<>();
            for (DeadlinePolicy p : policies.values()) {
                p.transfers().forEach((channel, target) -> {
                    if (!policies.containsKey(target)) {
                        v.add(Violation.of(p.id() + ".transfer." + channel, "UNKNOWN_POLICY", "no policy " + target + " is in the set"));
                    }
                });
            }
            if (!v.isEmpty()) {
                throw new PolicyConfigurationException("deadline policies are inconsistent", v);
            }
            return new DeadlinePolicies(ImmutableMap.copyOf(policies));
        }
    }

    private static DeadlinePolicies load() {
        Map<PolicyId, DeadlinePolicy> map = new LinkedHashMap<>();
        for (String name : BUNDLED) {
            String resource = name + ".properties";
            try (InputStream in = DeadlinePolicies.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled policy resource " + resource + " is missing");
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    DeadlinePolicy p = DeadlinePolicyFormat.parse(reader, resource);
                    map.put(p.id(), p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Builder(map).build();
    }
}
