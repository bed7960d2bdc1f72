package org.desist.liaison;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.court.ReportType;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.order.RequirementType;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A requirement needing children's social care, considered for a report to court, and the liaison with social
 * care before it is proposed: due by {@code dueOn}, done once {@code liaisedOn} is recorded.
 */
public record SocialCareLiaison(
        UUID id,
        UUID childId,
        RequirementType requirement,
        UUID reportId,
        String report,
        LocalDate reportDue,
        LocalDate consideredOn,
        LocalDate dueOn,
        LocalDate liaisedOn,
        String contact,
        String outcome,
        boolean overdue,
        long version) {

    /** What the audit trail shows of a liaison. */
    public static final AuditedFields<SocialCareLiaison> AUDITED = AuditedFields.<SocialCareLiaison>of()
            .field("Requirement", SocialCareLiaison::requirement)
            .field("Report", l -> l.report() + " due " + l.reportDue())
            .field("Liaison due", SocialCareLiaison::dueOn)
            .field("Liaised on", SocialCareLiaison::liaisedOn)
            .field("With", SocialCareLiaison::contact)
            .field("Outcome", SocialCareLiaison::outcome);

    public boolean done() {
        return liaisedOn != null;
    }

    /** Intensive fostering makes the child looked after (Sentencing Act 2020 Sch. 6): social care must be ready. */
    public boolean childWouldBecomeLookedAfter() {
        return requirement == RequirementType.INTENSIVE_FOSTERING;
    }

    // The rules (Sentencing Act 2020 Sch. 6 and {@link LiaisonRules}): a requirement that needs social care,
    // considered for an open report, liaised about by a due date before the report is due; recorded once.

    /**
     * A requirement being considered for one of the child's open reports ({@code reportId} null when none was
     * chosen): the liaison falls due {@code workingDaysBefore} working days before the report does.
     *
     * @param ageAtReportDue the child's age on the report's due date (today's when no report was chosen)
     */
    public static Change<SocialCareLiaison> consider(
            UUID id,
            UUID childId,
            LiaisonRules.Considered c,
            UUID reportId,
            ReportType reportType,
            LocalDate reportDue,
            int ageAtReportDue,
            int workingDaysBefore,
            WorkingDayCalendar calendar,
            LocalDate today) {
        InvalidRequestException.refuseIf(LiaisonRules.considering(c, reportId != null, ageAtReportDue, today));
        LocalDate due = LiaisonRules.dueBy(reportDue, workingDaysBefore, c.consideredOn(), calendar);
        return Change.created(new SocialCareLiaison(
                id,
                childId,
                c.requirement(),
                reportId,
                reportType.label(),
                reportDue,
                c.consideredOn(),
                due,
                null,
                null,
                null,
                today.isAfter(due),
                0));
    }

    /** The YOS liaised with social care: once, on a date that has come, with whom and the outcome. */
    public Change<SocialCareLiaison> recordLiaison(LiaisonRules.Liaison l, LocalDate today) {
        if (done()) {
            InvalidRequestException.refuseIf(Map.of("liaisedOn", "The liaison is already recorded"));
        }
        InvalidRequestException.refuseIf(LiaisonRules.liaising(l, today));
        return Change.of(
                this,
                new SocialCareLiaison(
                        id,
                        childId,
                        requirement,
                        reportId,
                        report,
                        reportDue,
                        consideredOn,
                        dueOn,
                        l.liaisedOn(),
                        l.contact().trim(),
                        l.outcome().trim(),
                        false,
                        version));
    }
}
