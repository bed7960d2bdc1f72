package org.desist.safeguarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.safeguarding.internal.MeetingRepository;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Multi-agency meetings with how the YOS was represented; a TAC meeting meets the prompt escalation raised. */
@Service
@Transactional
public class MultiAgencyMeetings {

    private final MeetingRepository meetings;
    private final OpenItems openItems;
    private final AuditTrail audit;
    private final Clock clock;

    MultiAgencyMeetings(MeetingRepository meetings, OpenItems openItems, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.openItems = openItems;
        this.audit = audit;
        this.clock = clock;
    }

    /** A multi-agency meeting with how the YOS was represented (a reason when it was not). */
    public MultiAgencyMeeting record(AccessibleChild child, Safeguarding.NewMeeting request) {
        AccessibleChild responsible = openItems.responsible(child);
        MultiAgencyMeeting saved = meetings.insert(MultiAgencyMeeting.record(
                UUID.randomUUID(),
                responsible.id(),
                request,
                CurrentUser.require().username(),
                LocalDate.now(clock)));
        audit.changed(
                responsible.serviceId(),
                responsible.id(),
                AuditAction.CREATED,
                Safeguarding.MEETING,
                saved.id(),
                0,
                "Recorded a " + saved.type().label() + " held on " + saved.heldOn(),
                MultiAgencyMeeting.AUDITED.changes(null, saved));
        if (saved.teamAroundTheChild()) {
            // A TAC meeting answers the prompt raised when offending escalated (OffendingEscalation).
            openItems.meet(responsible.id(), OffendingEscalation.TAC_MEETING, saved.id(), saved.heldOn());
        }
        return saved;
    }
}
