package org.desist.appropriateadult;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.appropriateadult.internal.RotaRepository;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.web.Dates;
import org.desist.security.Agency;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.desist.security.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appropriate adult rota of the user's service: who is on call when, staff and volunteers; kept by those with
 * {@code APPROPRIATE_ADULT}. A rota names no child; adding and removing slots is audited.
 */
@Service
@Transactional
public class Rota {

    public static final String RECORD_TYPE = "APPROPRIATE_ADULT_ROTA_SLOT";

    static final AuditedFields<RotaSlot> AUDITED = AuditedFields.<RotaSlot>of()
            .field("On call", RotaSlot::name)
            .field("Volunteer", s -> s.volunteer() ? "Yes" : "No")
            .field("From", RotaSlot::startsAt)
            .field("Until", RotaSlot::endsAt);

    private final RotaRepository slots;
    private final Directory directory;
    private final AuditTrail audit;
    private final ResponseRules rules;
    private final Clock clock;

    Rota(RotaRepository slots, Directory directory, AuditTrail audit, ResponseRules rules, Clock clock) {
        this.slots = slots;
        this.directory = directory;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    /** A slot as a page shows it: whether it starts out of hours. */
    public record Shown(RotaSlot slot, boolean outOfHours) {}

    /** The service of the user (their only one, or {@code serviceId} when they have several). */
    public UUID serviceOf(UUID serviceId) {
        CurrentUser user = CurrentUser.require();
        UUID service = serviceId != null
                ? serviceId
                : user.serviceIds().size() == 1 ? user.serviceIds().iterator().next() : null;
        if (service == null || !user.belongsTo(service)) {
            throw new InvalidRequestException(Map.of("serviceId", "Select one of your services"));
        }
        return service;
    }

    /** The slots overlapping the period, in time order, staff named from the directory. */
    @Transactional(readOnly = true)
    public List<Shown> between(UUID serviceId, Instant from, Instant to) {
        require();
        UUID service = serviceOf(serviceId);
        return named(slots.overlapping(service, from, to)).stream()
                .map(s -> new Shown(s, rules.outOfHours(s.startsAt())))
                .toList();
    }

    /** Who was on call at {@code at}: the people of the slots that cover it. */
    @Transactional(readOnly = true)
    public List<RotaSlot> onCallAt(UUID serviceId, Instant at) {
        return named(slots.overlapping(serviceOf(serviceId), at, at.plusSeconds(1)));
    }

    /** The staff of the service who may be put on the rota, by name. */
    @Transactional(readOnly = true)
    public List<StaffMember> staff(UUID serviceId) {
        UUID service = serviceOf(serviceId);
        return Arrays.stream(Agency.values())
                .flatMap(a -> directory.staffOf(service, a).stream())
                .distinct()
                .sorted(Comparator.comparing(StaffMember::displayName))
                .toList();
    }

    /** A slot added: a member of staff of the service ({@code staffId}) or a named volunteer. */
    public RotaSlot add(UUID serviceId, Instant startsAt, Instant endsAt, UUID staffId, String volunteer) {
        CurrentUser user = require();
        UUID service = serviceOf(serviceId);
        String staffName = null;
        if (staffId != null) {
            staffName = staff(service).stream()
                    .filter(s -> s.id().equals(staffId))
                    .map(StaffMember::displayName)
                    .findFirst()
                    .orElseThrow(() ->
                            new InvalidRequestException(Map.of("who", "Select a member of your service's staff")));
        }
        RotaSlot slot = RotaSlot.add(UUID.randomUUID(), service, startsAt, endsAt, staffId, staffName, volunteer)
                .after();
        slots.insert(slot, user.username());
        audit.changed(
                service,
                null,
                AuditAction.CREATED,
                RECORD_TYPE,
                slot.id(),
                0,
                "Put " + slot.name() + " on the appropriate adult rota from " + new Dates().dateTime(slot.startsAt()),
                AUDITED.changes(null, slot));
        return slot;
    }

    /** A slot removed from the rota (a call-out that named its person keeps the name). */
    public void remove(UUID slotId) {
        require();
        RotaSlot slot = slots.find(slotId)
                .filter(s -> CurrentUser.require().belongsTo(s.serviceId()))
                .orElseThrow(() -> new NotFoundException("Rota slot"));
        RotaSlot shown = named(List.of(slot)).get(0);
        slots.delete(slotId);
        audit.changed(
                slot.serviceId(),
                null,
                AuditAction.CHANGED,
                RECORD_TYPE,
                slot.id(),
                0,
                "Took " + shown.name() + " off the appropriate adult rota from "
                        + new Dates().dateTime(slot.startsAt()),
                List.of());
    }

    private List<RotaSlot> named(List<RotaSlot> found) {
        Map<UUID, String> names = directory.displayNames(found.stream()
                .map(RotaSlot::userId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        return found.stream()
                .map(s -> s.volunteer()
                        ? s
                        : new RotaSlot(
                                s.id(),
                                s.serviceId(),
                                s.startsAt(),
                                s.endsAt(),
                                s.userId(),
                                names.getOrDefault(s.userId(), "A former member of staff")))
                .toList();
    }

    private static CurrentUser require() {
        CurrentUser user = CurrentUser.require();
        if (!user.can(Role.Capability.APPROPRIATE_ADULT)) {
            throw new AccessDeniedException("The rota is kept with APPROPRIATE_ADULT");
        }
        return user;
    }
}
