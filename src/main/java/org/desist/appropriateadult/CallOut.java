package org.desist.appropriateadult;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A call-out from a police custody suite to be a child's appropriate adult (PACE 1984 Code C): the request, the child
 * (a child of the service, or the name and date of birth the custody suite gave until linked), who attended, when they
 * arrived and left, the procedures they attended, the outcome, and for a charged child refused bail and kept in police
 * custody overnight whether the local authority was asked for accommodation and provided it (PACE s.38(6); Concordat
 * on Children in Custody 2017). Times are instants; pages show them in UK time.
 */
public record CallOut(
        UUID id,
        UUID serviceId,
        String custodySuite,
        Instant requestedAt,
        UUID childId,
        String childName,
        LocalDate childDateOfBirth,
        UUID attendeeUserId,
        String attendeeName,
        String offRotaReason,
        Instant arrivedAt,
        Instant leftAt,
        Set<Procedure> procedures,
        Outcome outcome,
        Boolean keptOvernight,
        Boolean accommodationRequested,
        Boolean accommodationProvided,
        String accommodationReason,
        UUID linkedRecordId,
        long version) {

    public static final int TEXT_LENGTH = 200;
    public static final int REASON_LENGTH = 2000;

    public CallOut {
        procedures = procedures == null || procedures.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(procedures));
    }

    /** The procedures in custody an appropriate adult attends (PACE 1984 Code C). */
    public enum Procedure {
        RIGHTS("Rights and entitlements"),
        INTERVIEW("Interview"),
        SEARCH("Search"),
        CHARGE("Charge"),
        OTHER("Other procedure");

        private final String label;

        Procedure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the child left police custody. */
    public enum Outcome {
        NO_FURTHER_ACTION("No further action"),
        RELEASED_UNDER_INVESTIGATION("Released under investigation"),
        BAIL("Bail"),
        OUT_OF_COURT_REFERRAL("Out-of-court referral"),
        CHARGE("Charged");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the outcome leads to a record the call-out can link to (a referral or a court appearance). */
        public boolean leadsToARecord() {
            return this == OUT_OF_COURT_REFERRAL || this == CHARGE;
        }
    }

    /** Where the call-out is: requested, attended (the appropriate adult has arrived), or finished (they left). */
    public enum Stage {
        REQUESTED("Requested"),
        ATTENDING("Attending"),
        FINISHED("Finished");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The request as the custody suite made it, and who the service sent. */
    public record Request(
            String custodySuite,
            Instant requestedAt,
            String childName,
            LocalDate childDateOfBirth,
            UUID attendeeUserId,
            String attendeeName,
            boolean attendeeOnRota,
            String offRotaReason) {}

    /** How the appropriate adult's attendance ended. */
    public record Leaving(
            Instant leftAt,
            Set<Procedure> procedures,
            Outcome outcome,
            Boolean keptOvernight,
            Boolean accommodationRequested,
            Boolean accommodationProvided,
            String accommodationReason) {}

    public Stage stage() {
        if (leftAt != null) {
            return Stage.FINISHED;
        }
        return arrivedAt != null ? Stage.ATTENDING : Stage.REQUESTED;
    }

    /** Request to arrival; empty until the appropriate adult arrived. */
    public java.util.Optional<Duration> responseTime() {
        return arrivedAt == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(Duration.between(requestedAt, arrivedAt));
    }

    /** A charged child refused bail and kept in police custody overnight (PACE s.38(6)). */
    public boolean overnightDetention() {
        return Boolean.TRUE.equals(keptOvernight);
    }

    /** An overnight detention where the local authority did not provide accommodation: reported with the reason. */
    public boolean accommodationNotProvided() {
        return overnightDetention() && !Boolean.TRUE.equals(accommodationProvided);
    }

    public boolean childKnown() {
        return childId != null;
    }

    // The rules of a call-out, each refusing with its problems on their fields.

    /** The custody suite asked for an appropriate adult for a child; the service sent someone. */
    public static Change<CallOut> requestReceived(UUID id, UUID serviceId, Request request, Instant now) {
        InvalidRequestException.refuseIf(requestProblems(request, now));
        return Change.created(new CallOut(
                id,
                serviceId,
                request.custodySuite().strip(),
                request.requestedAt(),
                null,
                request.childName().strip(),
                request.childDateOfBirth(),
                request.attendeeOnRota() ? request.attendeeUserId() : null,
                request.attendeeName().strip(),
                request.attendeeOnRota() ? null : request.offRotaReason().strip(),
                null,
                null,
                Set.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                0));
    }

    /**
     * The problems of a request: the custody suite, the request time (not in the future), the child's name (the date
     * of birth is not always known at first, and never in the future), who attended, and why someone not on the rota
     * attended.
     */
    public static Map<String, String> requestProblems(Request r, Instant now) {
        return CallOutProblems.request(r, now);
    }

    /** The request corrected (as the person saw it): the same rules, and still before the arrival. */
    public Change<CallOut> correctRequest(Request r, Instant now) {
        Map<String, String> problems = requestProblems(r, now);
        if (r.requestedAt() != null && arrivedAt != null && arrivedAt.isBefore(r.requestedAt())) {
            problems.putIfAbsent("requestedAt", "The request must be before the appropriate adult arrived");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(
                this,
                new CallOut(
                        id,
                        serviceId,
                        r.custodySuite().strip(),
                        r.requestedAt(),
                        childId,
                        childId != null ? childName : r.childName().strip(),
                        childId != null ? childDateOfBirth : r.childDateOfBirth(),
                        r.attendeeOnRota() ? r.attendeeUserId() : null,
                        r.attendeeName().strip(),
                        r.attendeeOnRota() ? null : r.offRotaReason().strip(),
                        arrivedAt,
                        leftAt,
                        procedures,
                        outcome,
                        keptOvernight,
                        accommodationRequested,
                        accommodationProvided,
                        accommodationReason,
                        linkedRecordId,
                        version));
    }

    /** The appropriate adult arrived at the custody suite (or the arrival corrected): not before the request. */
    public Change<CallOut> arrived(Instant at, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (at == null) {
            problems.put("arrivedAt", "Enter when the appropriate adult arrived");
        } else if (at.isAfter(now)) {
            problems.put("arrivedAt", "The arrival must be now or in the past");
        } else if (at.isBefore(requestedAt)) {
            problems.put("arrivedAt", "The arrival cannot be before the custody suite asked");
        } else if (leftAt != null && leftAt.isBefore(at)) {
            problems.put("arrivedAt", "The arrival cannot be after the appropriate adult left");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, withArrival(at));
    }

    /**
     * The appropriate adult left (or the leaving corrected): after arriving, with the procedures attended and the
     * outcome; only a charged child is kept overnight after being refused bail, and then the local authority's answer
     * is recorded, with the reason whenever it did not provide accommodation (PACE s.38(6)).
     */
    public Change<CallOut> left(Leaving l, Instant now) {
        InvalidRequestException.refuseIf(leavingProblems(l, now));
        boolean overnight = l.outcome() == Outcome.CHARGE && Boolean.TRUE.equals(l.keptOvernight());
        boolean asked = overnight && Boolean.TRUE.equals(l.accommodationRequested());
        boolean provided = asked && Boolean.TRUE.equals(l.accommodationProvided());
        return Change.of(
                this,
                new CallOut(
                        id,
                        serviceId,
                        custodySuite,
                        requestedAt,
                        childId,
                        childName,
                        childDateOfBirth,
                        attendeeUserId,
                        attendeeName,
                        offRotaReason,
                        arrivedAt,
                        l.leftAt(),
                        l.procedures(),
                        l.outcome(),
                        l.outcome() == Outcome.CHARGE ? overnight : null,
                        overnight ? asked : null,
                        asked ? provided : null,
                        overnight && !provided ? l.accommodationReason().strip() : null,
                        l.outcome().leadsToARecord() ? linkedRecordId : null,
                        version));
    }

    Map<String, String> leavingProblems(Leaving l, Instant now) {
        return CallOutProblems.leaving(arrivedAt, l, now);
    }

    /** The call-out is about this child of the service (the service checked the person may see them). */
    public Change<CallOut> linkChild(UUID child, String name, LocalDate dateOfBirth) {
        InvalidRequestException.refuseIf(
                childId != null ? Map.of("childId", "The call-out already names a child") : Map.of());
        return Change.of(this, withChild(child, name, dateOfBirth));
    }

    /**
     * The out-of-court referral or court appearance the call-out led to (the service checked it is the child's):
     * only for a known child whose call-out ended in an out-of-court referral or a charge.
     */
    public Change<CallOut> linkRecord(UUID recordId) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (childId == null) {
            problems.put("linkedRecordId", "Link the call-out to the child's record first");
        } else if (outcome == null || !outcome.leadsToARecord()) {
            problems.put(
                    "linkedRecordId",
                    "Only a call-out that ended in an out-of-court referral or a charge links to one");
        } else if (recordId == null) {
            problems.put(
                    "linkedRecordId",
                    outcome == Outcome.CHARGE ? "Select the court appearance" : "Select the referral");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(
                this,
                new CallOut(
                        id,
                        serviceId,
                        custodySuite,
                        requestedAt,
                        childId,
                        childName,
                        childDateOfBirth,
                        attendeeUserId,
                        attendeeName,
                        offRotaReason,
                        arrivedAt,
                        leftAt,
                        procedures,
                        outcome,
                        keptOvernight,
                        accommodationRequested,
                        accommodationProvided,
                        accommodationReason,
                        recordId,
                        version));
    }

    private CallOut withArrival(Instant at) {
        return new CallOut(
                id,
                serviceId,
                custodySuite,
                requestedAt,
                childId,
                childName,
                childDateOfBirth,
                attendeeUserId,
                attendeeName,
                offRotaReason,
                at,
                leftAt,
                procedures,
                outcome,
                keptOvernight,
                accommodationRequested,
                accommodationProvided,
                accommodationReason,
                linkedRecordId,
                version);
    }

    private CallOut withChild(UUID child, String name, LocalDate dateOfBirth) {
        return new CallOut(
                id,
                serviceId,
                custodySuite,
                requestedAt,
                child,
                name,
                dateOfBirth,
                attendeeUserId,
                attendeeName,
                offRotaReason,
                arrivedAt,
                leftAt,
                procedures,
                outcome,
                keptOvernight,
                accommodationRequested,
                accommodationProvided,
                accommodationReason,
                linkedRecordId,
                version);
    }

    static void text(Map<String, String> problems, String field, String value, int max, String missing) {
        CallOutProblems.text(problems, field, value, max, missing);
    }
}
