package org.desist.court;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.court.internal.CourtAppearanceRepository;
import org.desist.court.internal.CourtReportRepository;
import org.desist.deadline.DueItems;
import org.desist.platform.Change;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.desist.security.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports to court: asked for at an appearance (or an earlier one reused), moved, quality assured, submitted or
 * withdrawn — the rules are {@link CourtReport}'s; each change audited from its states and its due item kept in step.
 */
@Service
@Transactional
public class CourtReports {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CourtReportRepository reports;
    private final CourtAppearanceRepository appearances;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Directory directory;
    private final Clock clock;
    private final ReportReuse reuse;

    /** What the trail shows of a report when it changes: its state before and after, diffed. */
    private final AuditedFields<CourtReport> audited;

    /** What the trail shows of a report when the court asks for it (or an earlier one is reused). */
    private final AuditedFields<CourtReport> requested;

    CourtReports(
            CourtReportRepository reports,
            CourtAppearanceRepository appearances,
            ChildRecords children,
            DueItems dueItems,
            AuditTrail audit,
            Directory directory,
            Clock clock,
            @Value("${desist.court.report-reuse-months:3}") int reuseMonths) {
        this.reports = reports;
        this.appearances = appearances;
        this.children = children;
        this.dueItems = dueItems;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
        this.reuse = new ReportReuse(reuseMonths);
        this.audited = AuditedFields.<CourtReport>of()
                .field("Due date", CourtReport::dueDate)
                .field("Quality assurance", CourtReport::qualityAssuredBy, by -> "Signed off by " + name(by))
                .field("Status", CourtReports::statusShown);
        this.requested = AuditedFields.<CourtReport>of()
                .field("Type", CourtReport::type)
                .field("Due date", CourtReport::dueDate)
                .field("Author", CourtReport::authorId, this::name)
                .field("Reuses", r -> r.reusedReportId() == null ? null : r, this::reuses);
    }

    /** The reuse rule in force (its months are a setting). */
    public ReportReuse reportReuse() {
        return reuse;
    }

    /** The court asked for a report at an appearance, or an earlier one is reused; its due item is raised (or met). */
    public CourtReport requestReport(UUID appearanceId, CourtWork.NewReport r) {
        CourtAppearance appearance = appearances.find(appearanceId);
        AccessibleChild child = children.responsibleChild(appearance.childId());
        CourtReport earlier = r.reusedReportId() == null
                ? null
                : reports.ofChild(child.id()).stream()
                        .filter(x -> x.id().equals(r.reusedReportId()))
                        .findFirst()
                        .orElse(null);
        List<UUID> caseHolders = directory.caseHolders(child.serviceId()).stream()
                .map(StaffMember::id)
                .toList();
        Change<CourtReport> change = CourtReport.request(UUID.randomUUID(), appearance, r, earlier, reuse, caseHolders);
        CourtReport saved = reports.insert(change.after(), CurrentUser.require().username());
        boolean reused = saved.status() == CourtReport.Status.REUSED;
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                CourtWork.REPORT,
                saved.id(),
                0,
                (reused ? "Reused an earlier report as the " : "The court asked for a ")
                        + lower(saved.type().label()) + ", due " + DATE.format(saved.dueDate()),
                requested.changes(null, saved));
        dueItems.triggered(
                new DueItems.Trigger(
                        CourtWork.REPORT_REQUESTED,
                        child.serviceId(),
                        child.id(),
                        CourtWork.REPORT,
                        saved.id(),
                        saved.authorId()),
                saved.dueDate());
        if (reused) {
            dueItems.fulfilled(saved.id(), CourtWork.REPORT_SUBMITTED, saved.reusedReportId(), saved.requestedOn());
        }
        return saved;
    }

    /** The court set a different due date: the report's due item moves with it. */
    public CourtReport changeDueDate(UUID id, long version, LocalDate dueDate) {
        CourtReport before = current(id, version);
        AccessibleChild child = children.responsibleChild(before.childId());
        CourtReport saved = save(
                child,
                before.moveDueDate(dueDate),
                "The court moved the " + lower(before.type().label()) + " to " + DATE.format(dueDate));
        dueItems.triggerDateCorrected(id, CourtWork.REPORT_REQUESTED, dueDate);
        return saved;
    }

    /** A manager's quality-assurance sign-off; never the report's own author. */
    public CourtReport qualityAssure(UUID id, long version) {
        CurrentUser user = CurrentUser.require();
        if (!user.can(Role.Capability.COUNTERSIGN)) {
            throw new AccessDeniedException("Quality assurance of a report needs COUNTERSIGN");
        }
        CourtReport before = current(id, version);
        AccessibleChild child = children.accessible(before.childId());
        return save(
                child,
                before.qualityAssure(user.id(), clock.instant()),
                "Quality assured the " + lower(before.type().label()));
    }

    /** The report went to court; it must have been quality assured first. Meets its due item. */
    public CourtReport submit(UUID id, long version, LocalDate submittedOn) {
        CourtReport before = current(id, version);
        AccessibleChild child = children.responsibleChild(before.childId());
        CourtReport saved = save(
                child,
                before.submit(submittedOn, LocalDate.now(clock)),
                "Submitted the " + lower(before.type().label()) + " to court");
        dueItems.fulfilled(id, CourtWork.REPORT_SUBMITTED, id, submittedOn);
        return saved;
    }

    /** The court no longer needs the report: its due item is cancelled with the reason. */
    public CourtReport withdraw(UUID id, long version, String reason) {
        CourtReport before = current(id, version);
        AccessibleChild child = children.responsibleChild(before.childId());
        Change<CourtReport> change = before.withdraw(reason);
        CourtReport saved = save(
                child,
                change,
                "The " + lower(before.type().label()) + " is no longer needed: "
                        + change.after().withdrawnReason());
        dueItems.triggerWithdrawn(
                id,
                CourtWork.REPORT_REQUESTED,
                "Report no longer needed: " + change.after().withdrawnReason());
        return saved;
    }

    /** The child's reports, soonest due first; the view is audited. */
    public List<CourtReport> reports(AccessibleChild child) {
        audit.viewed(child.serviceId(), child.id(), CourtWork.REPORT, null, "Viewed reports to court");
        return reports.ofChild(child.id());
    }

    /** One report; the view is audited. */
    public CourtReport report(UUID id) {
        CourtReport report = reports.find(id);
        AccessibleChild child = children.accessible(report.childId());
        audit.viewed(child.serviceId(), child.id(), CourtWork.REPORT, id, "Viewed a report to court");
        return report;
    }

    /** The child's earlier reports that went to court and were quality assured: candidates for reuse. */
    @Transactional(readOnly = true)
    public List<CourtReport> reusableFor(UUID appearanceId) {
        CourtAppearance appearance = appearances.find(appearanceId);
        children.accessible(appearance.childId());
        return reports.ofChild(appearance.childId()).stream()
                .filter(r -> r.status() == CourtReport.Status.SUBMITTED)
                .filter(r -> reuse.problems(r.submittedOn(), r.qualityAssured(), appearance.appearanceDate(), "-")
                        .isEmpty())
                .toList();
    }

    /** The report as the person saw it, locked for their save (stale when someone saved since). */
    private CourtReport current(UUID id, long version) {
        CourtReport report = reports.find(id);
        children.responsible(report.childId());
        reports.lock(id, version, () -> audit.staleRecord(CourtWork.REPORT, id, version));
        return report;
    }

    /** Saves the change and writes its audit row from the report's states before and after. */
    private CourtReport save(AccessibleChild child, Change<CourtReport> change, String summary) {
        CourtReport before = change.before();
        CourtReport saved = reports.save(
                change,
                CurrentUser.require().username(),
                () -> audit.staleRecord(CourtWork.REPORT, before.id(), before.version()));
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                CourtWork.REPORT,
                saved.id(),
                saved.version(),
                summary,
                audited.changes(before, saved));
        return saved;
    }

    /** The earlier report a reused one stands for, as the trail shows it: its type, when it went to court, why. */
    private String reuses(CourtReport reused) {
        CourtReport earlier = reports.find(reused.reusedReportId());
        return earlier.type().label() + " submitted " + earlier.submittedOn() + ": " + reused.reuseReason();
    }

    /** The status as the trail shows it: a submitted report with its date. */
    private static String statusShown(CourtReport r) {
        return r.status() == CourtReport.Status.SUBMITTED
                ? "Submitted on " + r.submittedOn()
                : r.status().label();
    }

    private String name(UUID staffId) {
        return directory.staffMember(staffId).map(s -> s.displayName()).orElse(String.valueOf(staffId));
    }

    private static String lower(String label) {
        return label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1);
    }
}
