package io.consumerprotection.core.complaint;

import java.util.Objects;
import java.util.Optional;

/**
 * The person or organisation who complains, possibly through a representative. {@link #toString()}
 * shows neither the name nor the references: they are personal data.
 *
 * @param kind                    person or organisation
 * @param reference               the host's customer or party reference
 * @param name                    the name as given; personal data
 * @param representation          who brings the complaint
 * @param representativeReference the representative's reference, required unless {@link Representation#SELF}
 * @param jointComplainants       how many people complain together; 1 for one complainant
 */
public record Complainant(ComplainantKind kind, String reference, String name, Representation representation,
                          String representativeReference, int jointComplainants) {

    public Complainant {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(representation, "representation");
        name = name == null ? "" : name;
        if (jointComplainants < 1) {
            throw new IllegalArgumentException("jointComplainants must be at least 1, got " + jointComplainants);
        }
    }

    /** A natural person complaining for themself. */
    public static Complainant person(String reference, String name) {
        return new Complainant(ComplainantKind.PERSON, reference, name, Representation.SELF, null, 1);
    }

    /** An organisation complaining through its legal representative. */
    public static Complainant organisation(String reference, String name, String legalRepresentativeReference) {
        return new Complainant(ComplainantKind.ORGANISATION, reference, name, Representation.LEGAL_REPRESENTATIVE,
                legalRepresentativeReference, 1);
    }

    /** A copy brought by a representative. */
    public Complainant representedBy(Representation by, String representative) {
        return new Complainant(kind, reference, name, by, representative, jointComplainants);
    }

    /** A copy for a group of people complaining together. */
    public Complainant withJointComplainants(int count) {
        return new Complainant(kind, reference, name, representation, representativeReference, count);
    }

    /** The representative's reference, when represented. */
    public Optional<String> findRepresentativeReference() {
        return Optional.ofNullable(representativeReference);
    }

    @Override
    public String toString() {
        return "Complainant[kind=" + kind + ", representation=" + representation + ", jointComplainants="
                + jointComplainants + ", reference=***, name=***]";
    }
}
