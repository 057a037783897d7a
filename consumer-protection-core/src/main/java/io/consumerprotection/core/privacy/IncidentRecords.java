package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.privacy.IncidentEventRecord;
import io.consumerprotection.spi.privacy.IncidentRecord;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** Decodes a stored incident into the typed {@link DataIncident} once, at the SPI boundary, and encodes it back. */
final class IncidentRecords {

    private IncidentRecords() {
    }

    /**
     * The typed incident of a stored record.
     *
     * @throws IllegalStateException naming the field when the record holds an unknown data kind or event type
     */
    static DataIncident decode(IncidentRecord r) {
        Set<FieldType> kinds = EnumSet.noneOf(FieldType.class);
        for (String k : r.dataKinds()) {
            try {
                kinds.add(FieldType.valueOf(k));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("stored incident " + r.id() + ": dataKinds holds an unknown field type", e);
            }
        }
        var events = r.events().stream().map(e -> {
            try {
                return new IncidentEvent(IncidentEventType.valueOf(e.type()), e.at(), e.actor(), e.reference(), e.count());
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException("stored incident " + r.id() + ": events holds an unknown event type", ex);
            }
        }).toList();
        return new DataIncident(IncidentId.of(r.id()), r.unitId(), r.discoveredAt(), kinds,
                AffectedConsumers.of(r.affectedGroup(), r.affectedCount()), r.cause(), r.mayEndangerSafety(),
                r.rectificationRef(), r.policyVersion(), events, r.version());
    }

    /** The record of a typed incident, with the given version. */
    static IncidentRecord encode(DataIncident i, long version) {
        Set<String> kinds = new TreeSet<>();
        i.dataKinds().forEach(k -> kinds.add(k.name()));
        return new IncidentRecord(i.id().value(), i.unitId(), i.discoveredAt(), kinds, i.affected().group(),
                i.affected().count(), i.cause(), i.mayEndangerSafety(), i.rectificationRef(), i.policyVersion(),
                i.events().stream().map(e -> new IncidentEventRecord(e.type().name(), e.at(), e.actor(), e.reference(),
                        e.count())).toList(), version);
    }
}
