package org.desist.outofcourt;

import java.util.stream.Collectors;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.outofcourt.Referral.SpecialistScreening;
import org.desist.platform.Change;
import org.springframework.stereotype.Component;

/**
 * A referral's audit rows: the fields its trail shows, declared once (the outcomes by their local names), and the
 * diff of each change computed from its states before and after (ADR 13).
 */
@Component
class ReferralTrail {

    private final AuditTrail audit;
    private final AuditedFields<Referral> audited;

    ReferralTrail(AuditTrail audit, OutcomeNames names) {
        this.audit = audit;
        this.audited = fields(names);
    }

    /** What the trail shows of a referral, in the order it lists them. */
    static AuditedFields<Referral> fields(OutcomeNames names) {
        AuditedFields<Referral> fields = AuditedFields.<Referral>of()
                .field("Date of referral", Referral::referralDate)
                .field("Police reference", Referral::policeReference)
                .field("Referring officer", Referral::referringOfficer)
                .field("Bail date", Referral::bailDate)
                .field("Offences", r -> r.offenceIds().size())
                .field("Withdrawn on", Referral::withdrawnOn)
                .field("Reason", Referral::withdrawnReason)
                .field(
                        "Screening completed on",
                        r -> r.screening() == null ? null : r.screening().completedOn())
                .field(
                        "Sources consulted",
                        r -> r.screening() == null
                                ? null
                                : r.screening().sources().stream()
                                        .map(SourceConsulted::label)
                                        .sorted()
                                        .collect(Collectors.joining(", ")));
        for (SpecialistArea area : SpecialistArea.values()) {
            fields = fields.field(
                    area.label() + " screening",
                    r -> r.screening() == null
                            ? null
                            : r.screening().specialistScreenings().stream()
                                    .filter(s -> s.area() == area)
                                    .map(SpecialistScreening::screenedOn)
                                    .findFirst()
                                    .orElse(null));
        }
        return fields.field(
                        "Panel date", r -> r.panel() == null ? null : r.panel().panelDate())
                .field(
                        "Attendees",
                        r -> r.panel() == null
                                ? null
                                : r.panel().attendees().stream()
                                        .map(a -> a.name() + " (" + a.agency().label() + ")")
                                        .collect(Collectors.joining(", ")))
                .field(
                        "YOS recommendation",
                        r -> r.panel() == null ? null : r.panel().recommendation(),
                        names::name)
                .field("Decision", r -> r.panel() == null ? null : r.panel().decision(), names::name)
                .field("Rationale", r -> r.panel() == null ? null : r.panel().rationale())
                .field(
                        "Conditions end on",
                        r -> r.panel() == null ? null : r.panel().conditionsEndOn())
                .field(
                        "Police told on",
                        r -> r.panel() == null ? null : r.panel().policeToldOn())
                .field("Completed on", r -> r.nonCompliance() == null ? r.deliveryEndedOn() : null)
                .field("Ended on", r -> r.nonCompliance() == null ? null : r.deliveryEndedOn())
                .field("What happened", Referral::nonCompliance)
                .field("Referred back to the police", Referral::referredBackToPolice, back -> back ? "Yes" : "No");
    }

    void created(Referral saved, String summary) {
        audit.changed(
                saved.serviceId(),
                saved.childId(),
                AuditAction.CREATED,
                OutOfCourtDisposals.RECORD_TYPE,
                saved.id(),
                saved.version(),
                summary,
                audited.changes(null, saved));
    }

    void changed(Change<Referral> change, Referral saved, String summary) {
        audit.changed(
                change.before().serviceId(),
                change.before().childId(),
                AuditAction.CHANGED,
                OutOfCourtDisposals.RECORD_TYPE,
                saved.id(),
                saved.version(),
                summary,
                audited.changes(change.before(), saved));
    }

    void viewed(Referral referral) {
        audit.viewed(
                referral.serviceId(),
                referral.childId(),
                OutOfCourtDisposals.RECORD_TYPE,
                referral.id(),
                "Viewed an out-of-court referral");
    }
}
