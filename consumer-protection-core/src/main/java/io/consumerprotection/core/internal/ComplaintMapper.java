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

/**
 * Maps core's complaint model to the spi records a host persists. The way back (record to complaint, with its
 * checks and field-naming errors) is {@link ComplaintDecoder}'s, the one decoder.
 */
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

    ComplainantRecord toRecord(Complainant complainant);

    TimelineEventRecord toRecord(TimelineEvent event);

    default String idToString(ComplaintId id) {
        return id == null ? null : id.value();
    }
}
