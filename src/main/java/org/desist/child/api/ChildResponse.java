package org.desist.child.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.desist.child.EthnicGroup;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildDetails;
import org.desist.child.domain.Person;

/** A child's record as the API returns it. Never includes victims' details. */
@Schema(name = "Child")
record ChildResponse(
        UUID id,
        UUID serviceId,
        long version,
        int age,
        EthnicGroup ethnicGroup,
        ChildDetails details,
        List<Person> people,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static ChildResponse of(Child child, int age) {
        return new ChildResponse(
                child.id(),
                child.serviceId(),
                child.version(),
                age,
                child.details().ethnicity().group(),
                child.details(),
                child.people(),
                child.createdAt(),
                child.createdBy(),
                child.updatedAt(),
                child.updatedBy());
    }
}
