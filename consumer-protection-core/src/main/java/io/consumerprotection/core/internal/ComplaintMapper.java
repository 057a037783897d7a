package io.consumerprotection.core.internal;

import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.TimelineEvent;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps core's complaint model to the spi records a host persists, and back. */
@Mapper
public interface ComplaintMapper {

    /**
     * The shared, stateless instance: MapStruct's generated class, instantiated directly, so MapStruct is needed
     * only at compile time (its annotations have class retention) and is no runtime dependency of core.
     */
    ComplaintMapper INSTANCE = new ComplaintMapperImpl();

    // MapStruct takes the immutable types' with-copy methods for fluent setters: they are not properties.
    @Mapping(target = "withVersion", ignore = true)
    ComplaintRecord toRecord(Complaint complaint);

    @Mapping(target = "withVersion", ignore = true)
    @Mapping(target = "withDueDates", ignore = true)
    Complaint toComplaint(ComplaintRecord record);

    ComplainantRecord toRecord(Complainant complainant);

    @Mapping(target = "withJointComplainants", ignore = true)
    Complainant toComplainant(ComplainantRecord record);

    TimelineEventRecord toRecord(TimelineEvent event);

    TimelineEvent toEvent(TimelineEventRecord record);

    default String idToString(ComplaintId id) {
        return id == null ? null : id.value();
    }

    default ComplaintId stringToId(String id) {
        return id == null ? null : ComplaintId.of(id);
    }
}
