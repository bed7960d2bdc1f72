package org.desist.appropriateadult;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.appropriateadult.internal.CallOutRepository;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appropriate adult call-outs of the user's services: recorded and changed by those with {@code APPROPRIATE_ADULT},
 * read by them and by those with {@code APPROPRIATE_ADULT_OVERSIGHT}. The rules are {@link CallOut}'s; every change is
 * audited from its states, and every view and change of a call-out about a known child is on that child's trail.
 */
@Service
@Transactional
public class CallOuts {

    public static final String RECORD_TYPE = "APPROPRIATE_ADULT_CALL_OUT";

    static final AuditedFields<CallOut> AUDITED = AuditedFields.<CallOut>of()
            .field("Custody suite", CallOut::custodySuite)
            .field("Requested at", CallOut::requestedAt)
            .field("Child", c -> c.childKnown() ? "A child of the service" : "Not yet linked")
            .field("Attended by", CallOut::attendeeName)
            .field("Why someone not on the rota attended", CallOut::offRotaReason)
            .field("Arrived at", CallOut::arrivedAt)
            .field("Left at", CallOut::leftAt)
            .field(
                    "Procedures attended",
                    c -> c.procedures().isEmpty()
                            ? null
                            : String.join(
                                    ", ",
                                    c.procedures().stream()
                                            .map(CallOut.Procedure::label)
                                            .toList()))
            .field("Outcome", c -> c.outcome() == null ? null : c.outcome().label())
            .field("Kept in police custody overnight", CallOut::keptOvernight)
            .field("Local authority asked for accommodation", CallOut::accommodationRequested)
            .field("Local authority provided accommodation", CallOut::accommodationProvided)
            .field("Why the child was not moved", CallOut::accommodationReason)
            .field("Linked record", CallOut::linkedRecordId);

    private final CallOutRepository callOuts;
    private final Rota rota;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final Clock clock;

    CallOuts(CallOutRepository callOuts, Rota rota, ChildRecords children, AuditTrail audit, Clock clock) {
        this.callOuts = callOuts;
        this.rota = rota;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
    }

    /** The problems of a request as the question pages ask it, before anything is saved. */
    @Transactional(readOnly = true)
    public Map<String, String> requestProblems(UUID serviceId, CallOut.Request request) {
        requireRecording();
        Map<String, String> problems = new java.util.LinkedHashMap<>(CallOut.requestProblems(request, clock.instant()));
        if (request.attendeeOnRota()
                && request.requestedAt() != null
                && !problems.containsKey("attendeeName")
                && !onRota(serviceId, request)) {
            problems.put("attendeeName", "Select someone on the rota at the time of the request");
        }
        return problems;
    }

    /** A custody suite asked for an appropriate adult; the service sent someone (from the rota, or with a reason). */
    public CallOut record(UUID serviceId, CallOut.Request request) {
        CurrentUser user = requireRecording();
        UUID service = rota.serviceOf(serviceId);
        InvalidRequestException.refuseIf(requestProblems(service, request));
        Change<CallOut> change = CallOut.requestReceived(UUID.randomUUID(), service, request, clock.instant());
        CallOut saved = callOuts.insert(change, user.username());
        audit.changed(
                service,
                null,
                AuditAction.CREATED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                "Recorded an appropriate adult call-out from " + saved.custodySuite(),
                AUDITED.changes(null, saved));
        return saved;
    }

    /** The user's services' call-outs requested between the two days (inclusive, UK dates), newest first. */
    @Transactional(readOnly = true)
    public List<CallOut> between(LocalDate from, LocalDate to) {
        requireReading();
        return callOuts.ofServices(CurrentUser.require().serviceIds(), start(from), start(to.plusDays(1)));
    }

    /** One call-out of the user's services; the view is on the child's trail when the child is known. */
    public CallOut get(UUID id) {
        CallOut callOut = find(id);
        if (callOut.childKnown()) {
            audit.viewed(
                    callOut.serviceId(),
                    callOut.childId(),
                    RECORD_TYPE,
                    id,
                    "Viewed the appropriate adult call-out from " + callOut.custodySuite());
        }
        return callOut;
    }

    /** The custody suites the service's call-outs have named, most used first. */
    @Transactional(readOnly = true)
    public List<String> custodySuites(UUID serviceId) {
        requireRecording();
        return callOuts.custodySuites(rota.serviceOf(serviceId));
    }

    /** The request corrected, as the person saw the call-out at {@code version}. */
    public CallOut correctRequest(UUID id, long version, CallOut.Request request) {
        requireRecording();
        CallOut before = current(id, version);
        Map<String, String> problems = requestProblems(before.serviceId(), request);
        InvalidRequestException.refuseIf(problems);
        return save(before.correctRequest(request, clock.instant()), version, "Corrected the request");
    }

    /** The appropriate adult arrived (or the arrival corrected). */
    public CallOut arrived(UUID id, long version, Instant at) {
        requireRecording();
        return save(
                current(id, version).arrived(at, clock.instant()),
                version,
                "Recorded when the appropriate adult arrived");
    }

    /** The appropriate adult left, with the procedures attended and the outcome (or those corrected). */
    public CallOut left(UUID id, long version, CallOut.Leaving leaving) {
        requireRecording();
        return save(
                current(id, version).left(leaving, clock.instant()),
                version,
                "Recorded when the appropriate adult left, and the outcome");
    }

    /** The children of the service the call-out's child may be (by name and date of birth); the search is audited. */
    public List<ChildSummary> possibleChildren(UUID id) {
        requireRecording();
        CallOut callOut = find(id);
        if (callOut.childKnown()) {
            return List.of();
        }
        return children.matching(callOut.childName(), callOut.childDateOfBirth()).stream()
                .filter(c -> c.serviceId().equals(callOut.serviceId()))
                .toList();
    }

    /** The call-out is about this child of its service. */
    public CallOut linkChild(UUID id, long version, AccessibleChild child) {
        requireRecording();
        CallOut before = current(id, version);
        if (!child.serviceId().equals(before.serviceId())) {
            throw new InvalidRequestException(
                    Map.of("childId", "Select a child of the service the custody suite called"));
        }
        ChildSummary summary = child.summary();
        return save(
                before.linkChild(child.id(), summary.name(), summary.dateOfBirth()),
                version,
                "Linked the call-out to the child's record");
    }

    /** The referral or court appearance the call-out led to; the caller checked it is the child's. */
    public CallOut linkRecord(UUID id, long version, UUID recordId) {
        requireRecording();
        return save(current(id, version).linkRecord(recordId), version, "Linked the call-out to what it led to");
    }

    /** The child of a call-out, as the proof other modules' APIs take; empty while the child is not linked. */
    public Optional<AccessibleChild> childOf(CallOut callOut) {
        return callOut.childKnown() ? Optional.of(children.accessible(callOut.childId())) : Optional.empty();
    }

    private boolean onRota(UUID serviceId, CallOut.Request request) {
        return rota.onCallAt(serviceId, request.requestedAt()).stream()
                .anyMatch(s -> request.attendeeUserId() != null
                        ? request.attendeeUserId().equals(s.userId())
                        : s.volunteer()
                                && s.name()
                                        .equalsIgnoreCase(String.valueOf(request.attendeeName())
                                                .strip()));
    }

    private CallOut find(UUID id) {
        requireReading();
        return callOuts.find(id)
                .filter(c -> CurrentUser.require().belongsTo(c.serviceId()))
                .orElseThrow(() -> new NotFoundException("Call-out"));
    }

    /** The call-out, its row locked at the version the person saw (stale when someone saved it since). */
    private CallOut current(UUID id, long version) {
        CallOut callOut = find(id);
        callOuts.lock(id, version, () -> audit.staleRecord(RECORD_TYPE, id, version));
        return callOut;
    }

    private CallOut save(Change<CallOut> change, long seenVersion, String summary) {
        CallOut before = change.before();
        CallOut saved = callOuts.save(
                change,
                CurrentUser.require().username(),
                () -> audit.staleRecord(RECORD_TYPE, before.id(), before.version()));
        audit.changed(
                saved.serviceId(),
                saved.childId(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                summary,
                AUDITED.changes(before, saved));
        return saved;
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(org.desist.platform.Clocks.UK).toInstant();
    }

    static CurrentUser requireRecording() {
        CurrentUser user = CurrentUser.require();
        if (!user.can(Role.Capability.APPROPRIATE_ADULT)) {
            throw new AccessDeniedException("Call-outs are recorded with APPROPRIATE_ADULT");
        }
        return user;
    }

    static CurrentUser requireOversight() {
        CurrentUser user = CurrentUser.require();
        if (!user.can(Role.Capability.APPROPRIATE_ADULT_OVERSIGHT)) {
            throw new AccessDeniedException("Appropriate adult measures need APPROPRIATE_ADULT_OVERSIGHT");
        }
        return user;
    }

    static CurrentUser requireReading() {
        CurrentUser user = CurrentUser.require();
        if (!user.can(Role.Capability.APPROPRIATE_ADULT) && !user.can(Role.Capability.APPROPRIATE_ADULT_OVERSIGHT)) {
            throw new AccessDeniedException("Call-outs are read with APPROPRIATE_ADULT or APPROPRIATE_ADULT_OVERSIGHT");
        }
        return user;
    }
}
