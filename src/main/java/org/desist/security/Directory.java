package org.desist.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Looks up youth justice services and their staff. */
public interface Directory {

    Optional<YouthJusticeService> service(UUID serviceId);

    List<YouthJusticeService> services(java.util.Collection<UUID> serviceIds);

    /** Every youth justice service on this instance, by name (e.g. where a case may be transferred). */
    List<YouthJusticeService> allServices();

    Optional<StaffMember> staffMember(UUID userId);

    /** The display names of these accounts (e.g. the case managers in a list of children); absent ids are left out. */
    java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> userIds);

    /** Staff of a service who can hold a caseload (case managers and operational managers). */
    List<StaffMember> caseHolders(UUID serviceId);

    /** Enabled accounts of a service's members whose roles carry {@code capability}, by name (e.g. its victim workers). */
    List<StaffMember> staffWith(UUID serviceId, Role.Capability capability);

    /** Enabled accounts that are members of the service with this display name (any case), e.g. "Jo Case". */
    List<StaffMember> membersNamed(UUID serviceId, String displayName);

    /** Enabled accounts of a service's members from one agency, by name (e.g. its children's social care staff). */
    List<StaffMember> staffOf(UUID serviceId, Agency agency);

    /** The teams of a service, by name. */
    List<Team> teams(UUID serviceId);

    /** The team a person belongs to in a service, if any. */
    default Optional<Team> teamOf(UUID serviceId, UUID userId) {
        return teams(serviceId).stream().filter(t -> t.hasMember(userId)).findFirst();
    }

    /** Whether {@code managerId} manages {@code userId} directly: the manager of a team the person is a member of. */
    default boolean managesDirectly(UUID serviceId, UUID managerId, UUID userId) {
        return teamOf(serviceId, userId).map(t -> t.managedBy(managerId)).orElse(false);
    }
}
