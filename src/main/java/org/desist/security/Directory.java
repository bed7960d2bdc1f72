package org.desist.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Looks up youth justice services and their staff. */
public interface Directory {

    Optional<YouthJusticeService> service(UUID serviceId);

    List<YouthJusticeService> services(java.util.Collection<UUID> serviceIds);

    Optional<StaffMember> staffMember(UUID userId);

    /** Staff of a service who can hold a caseload (case managers and operational managers). */
    List<StaffMember> caseHolders(UUID serviceId);
}
