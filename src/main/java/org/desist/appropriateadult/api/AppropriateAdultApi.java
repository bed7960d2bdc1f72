package org.desist.appropriateadult.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.appropriateadult.AppropriateAdultMeasures;
import org.desist.appropriateadult.CallOut;
import org.desist.appropriateadult.CallOutLinks;
import org.desist.appropriateadult.CallOuts;
import org.desist.appropriateadult.ResponseRules;
import org.desist.appropriateadult.Rota;
import org.desist.appropriateadult.RotaSlot;
import org.desist.child.ChildRecords;
import org.desist.platform.Clocks;
import org.desist.platform.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appropriate adult call-outs, the rota and the measures, with the pages' rules. Times are UK local times
 * ({@code 2026-11-27T21:40}); each change sends the version it read (409 when someone saved since).
 */
@RestController
@Tag(name = "Appropriate adults", description = "Call-outs from police custody suites, the rota, response times")
@SecurityRequirement(name = "bearer")
class AppropriateAdultApi {

    private final CallOuts callOuts;
    private final CallOutLinks links;
    private final Rota rota;
    private final AppropriateAdultMeasures measures;
    private final ResponseRules rules;
    private final ChildRecords children;
    private final Clock clock;

    AppropriateAdultApi(
            CallOuts callOuts,
            CallOutLinks links,
            Rota rota,
            AppropriateAdultMeasures measures,
            ResponseRules rules,
            ChildRecords children,
            Clock clock) {
        this.callOuts = callOuts;
        this.links = links;
        this.rota = rota;
        this.measures = measures;
        this.rules = rules;
        this.children = children;
        this.clock = clock;
    }

    record CallOutView(
            UUID id,
            String custodySuite,
            LocalDateTime requestedAt,
            boolean outOfHours,
            UUID childId,
            String childName,
            LocalDate childDateOfBirth,
            UUID attendeeUserId,
            String attendeeName,
            String offRotaReason,
            LocalDateTime arrivedAt,
            Long responseMinutes,
            boolean late,
            LocalDateTime leftAt,
            Set<CallOut.Procedure> procedures,
            CallOut.Outcome outcome,
            Boolean keptOvernight,
            Boolean accommodationRequested,
            Boolean accommodationProvided,
            String accommodationReason,
            UUID linkedRecordId,
            CallOut.Stage stage,
            long version) {}

    /**
     * @param attendeeUserId a member of staff on the rota at the request time, or
     * @param attendeeName a volunteer on the rota then, or someone not on the rota (then {@code offRotaReason})
     */
    record RequestBodyIn(
            Long version,
            String custodySuite,
            LocalDateTime requestedAt,
            String childName,
            LocalDate childDateOfBirth,
            UUID attendeeUserId,
            String attendeeName,
            String offRotaReason) {}

    record ArrivalIn(Long version, LocalDateTime arrivedAt) {}

    record LeavingIn(
            Long version,
            LocalDateTime leftAt,
            Set<CallOut.Procedure> procedures,
            CallOut.Outcome outcome,
            Boolean keptOvernight,
            Boolean accommodationRequested,
            Boolean accommodationProvided,
            String accommodationReason) {}

    record ChildIn(Long version, UUID childId) {}

    record LinkIn(Long version, UUID linkedRecordId) {}

    record SlotView(
            UUID id,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            UUID userId,
            String name,
            boolean volunteer,
            boolean outOfHours) {}

    record SlotIn(LocalDateTime startsAt, LocalDateTime endsAt, UUID userId, String volunteerName) {}

    record MeasuresView(
            LocalDate from, LocalDate to, int targetMinutes, Long medianResponseMinutes, Map<String, Long> counts) {}

    @GetMapping("/api/v1/appropriate-adults/call-outs")
    @PreAuthorize("hasAnyAuthority('APPROPRIATE_ADULT', 'APPROPRIATE_ADULT_OVERSIGHT')")
    @Operation(summary = "Your services' call-outs requested from one day to another (the last 31 days by default)")
    List<CallOutView> list(
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate f = from == null ? today.minusDays(30) : from;
        LocalDate t = to == null ? today : to;
        if (t.isBefore(f)) {
            throw new InvalidRequestException(Map.of("to", "The last day must be on or after the first day"));
        }
        return callOuts.between(f, t).stream().map(this::view).toList();
    }

    @GetMapping("/api/v1/appropriate-adults/call-outs/{id}")
    @PreAuthorize("hasAnyAuthority('APPROPRIATE_ADULT', 'APPROPRIATE_ADULT_OVERSIGHT')")
    @Operation(summary = "One call-out")
    CallOutView get(@PathVariable UUID id) {
        return view(callOuts.get(id));
    }

    @PostMapping("/api/v1/appropriate-adults/call-outs")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a call-out: the request and who attended (from the rota, or with the reason)")
    CallOutView record(@RequestBody RequestBodyIn in) {
        return view(callOuts.record(null, request(in)));
    }

    @PutMapping("/api/v1/appropriate-adults/call-outs/{id}/request")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    @Operation(summary = "Correct the request (the child's name only while the call-out is not linked to a child)")
    CallOutView correct(@PathVariable UUID id, @RequestBody RequestBodyIn in) {
        return view(callOuts.correctRequest(id, version(in.version()), request(in)));
    }

    @PutMapping("/api/v1/appropriate-adults/call-outs/{id}/arrival")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    @Operation(summary = "Record (or correct) when the appropriate adult arrived")
    CallOutView arrived(@PathVariable UUID id, @RequestBody ArrivalIn in) {
        return view(callOuts.arrived(id, version(in.version()), instant(in.arrivedAt())));
    }

    @PutMapping("/api/v1/appropriate-adults/call-outs/{id}/leaving")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    @Operation(
            summary = "Record (or correct) when the appropriate adult left, the procedures, the outcome and any"
                    + " overnight detention")
    CallOutView left(@PathVariable UUID id, @RequestBody LeavingIn in) {
        return view(callOuts.left(
                id,
                version(in.version()),
                new CallOut.Leaving(
                        instant(in.leftAt()),
                        in.procedures() == null ? Set.of() : in.procedures(),
                        in.outcome(),
                        in.keptOvernight(),
                        in.accommodationRequested(),
                        in.accommodationProvided(),
                        in.accommodationReason())));
    }

    @PutMapping("/api/v1/appropriate-adults/call-outs/{id}/child")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    @Operation(summary = "Link the call-out to a child of the service")
    CallOutView linkChild(@PathVariable UUID id, @RequestBody ChildIn in) {
        if (in.childId() == null) {
            throw new InvalidRequestException(Map.of("childId", "Send the child's id"));
        }
        long version = version(in.version());
        return view(callOuts.linkChild(id, version, children.responsibleChild(in.childId())));
    }

    @PutMapping("/api/v1/appropriate-adults/call-outs/{id}/link")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    @Operation(summary = "Link the call-out to the child's out-of-court referral or court appearance it led to")
    CallOutView link(@PathVariable UUID id, @RequestBody LinkIn in) {
        return view(links.link(id, version(in.version()), in.linkedRecordId()));
    }

    @GetMapping("/api/v1/appropriate-adults/rota")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    @Operation(summary = "The rota from one day to another (this week and the next by default)")
    List<SlotView> rota(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate f = from == null ? today.minusDays(7) : from;
        LocalDate t = to == null ? today.plusDays(14) : to;
        return rota.between(null, start(f), start(t.plusDays(1))).stream()
                .map(s -> slot(s.slot(), s.outOfHours()))
                .toList();
    }

    @PostMapping("/api/v1/appropriate-adults/rota")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a slot: a member of staff (userId) or a volunteer (volunteerName)")
    SlotView addSlot(@RequestBody SlotIn in) {
        RotaSlot s = rota.add(null, instant(in.startsAt()), instant(in.endsAt()), in.userId(), in.volunteerName());
        return slot(s, rules.outOfHours(s.startsAt()));
    }

    @DeleteMapping("/api/v1/appropriate-adults/rota/{id}")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a slot")
    void removeSlot(@PathVariable UUID id) {
        rota.remove(id);
    }

    @GetMapping("/api/v1/appropriate-adults/measures")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT_OVERSIGHT')")
    @Operation(summary = "Call-outs, response times, overnight detentions and accommodation for a period")
    MeasuresView measures(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException(Map.of("to", "The last day must be on or after the first day"));
        }
        AppropriateAdultMeasures.Measures m = measures.of(from, to);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        m.counts().forEach(c -> counts.put(c.figure().name(), c.count()));
        return new MeasuresView(
                from,
                to,
                m.targetMinutes(),
                m.medianResponse().map(java.time.Duration::toMinutes).orElse(null),
                counts);
    }

    private CallOut.Request request(RequestBodyIn in) {
        boolean onRota = in.offRotaReason() == null || in.offRotaReason().isBlank();
        String name = in.attendeeName();
        if (onRota && in.attendeeUserId() != null && in.requestedAt() != null) {
            name = rota.onCallAt(null, instant(in.requestedAt())).stream()
                    .filter(s -> in.attendeeUserId().equals(s.userId()))
                    .map(RotaSlot::name)
                    .findFirst()
                    .orElse(null);
        }
        return new CallOut.Request(
                in.custodySuite(),
                instant(in.requestedAt()),
                in.childName(),
                in.childDateOfBirth(),
                onRota ? in.attendeeUserId() : null,
                name,
                onRota,
                in.offRotaReason());
    }

    private CallOutView view(CallOut c) {
        return new CallOutView(
                c.id(),
                c.custodySuite(),
                local(c.requestedAt()),
                rules.outOfHours(c.requestedAt()),
                c.childId(),
                c.childName(),
                c.childDateOfBirth(),
                c.attendeeUserId(),
                c.attendeeName(),
                c.offRotaReason(),
                local(c.arrivedAt()),
                c.responseTime().map(java.time.Duration::toMinutes).orElse(null),
                rules.late(c),
                local(c.leftAt()),
                c.procedures(),
                c.outcome(),
                c.keptOvernight(),
                c.accommodationRequested(),
                c.accommodationProvided(),
                c.accommodationReason(),
                c.linkedRecordId(),
                c.stage(),
                c.version());
    }

    private static SlotView slot(RotaSlot s, boolean outOfHours) {
        return new SlotView(
                s.id(), local(s.startsAt()), local(s.endsAt()), s.userId(), s.name(), s.volunteer(), outOfHours);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the call-out you read"));
        }
        return version;
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(Clocks.UK).toInstant();
    }

    private static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, Clocks.UK);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(Clocks.UK).toInstant();
    }
}
