package org.desist.liaison;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.child.Age;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.court.CourtReport;
import org.desist.court.CourtWork;
import org.desist.deadline.DueItems;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.liaison.internal.SocialCareLiaisonRepository;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requirements that need children's social care, considered for a child's report to court, and the YOS's
 * liaison with social care before proposing them (Sentencing Act 2020 Sch. 6; {@link SocialCareLiaison}'s rules).
 * The liaison is due a local number of working days before the report is due
 * ({@code desist.liaison.working-days-before-report}, default 2).
 */
@Service
public class SocialCareLiaisons {

    public static final String RECORD_TYPE = "SOCIAL_CARE_LIAISON";
    static final String CONSIDERED = "SOCIAL_CARE_REQUIREMENT_CONSIDERED";
    static final String RECORDED = "SOCIAL_CARE_LIAISON_RECORDED";
    static final String RULE = "social-care-liaison-before-proposal";

    private final SocialCareLiaisonRepository liaisons;
    private final ChildRecords children;
    private final CourtWork court;
    private final DueItems dueItems;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;
    private final int workingDaysBefore;

    SocialCareLiaisons(
            SocialCareLiaisonRepository liaisons,
            ChildRecords children,
            CourtWork court,
            DueItems dueItems,
            WorkingDayCalendar calendar,
            AuditTrail audit,
            Clock clock,
            @Value("${desist.liaison.working-days-before-report:2}") int workingDaysBefore) {
        this.liaisons = liaisons;
        this.children = children;
        this.court = court;
        this.dueItems = dueItems;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.workingDaysBefore = workingDaysBefore;
    }

    /** The child's open reports to court, for which a requirement may be considered. */
    @Transactional
    public List<CourtReport> openReports(AccessibleChild child) {
        responsible(child);
        return court.reports(child).stream().filter(CourtReport::open).toList();
    }

    /** The child's liaisons, latest considered first (a section of a page that audits its own view). */
    @Transactional(readOnly = true)
    public List<SocialCareLiaison> ofChild(AccessibleChild child) {
        return liaisons.ofChild(child.id());
    }

    /** The child's liaisons; the view is audited. */
    @Transactional
    public List<SocialCareLiaison> viewed(AccessibleChild child) {
        audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, null, "Viewed the liaison with social care");
        return liaisons.ofChild(child.id());
    }

    /** One liaison of the child. */
    @Transactional(readOnly = true)
    public SocialCareLiaison get(AccessibleChild child, UUID id) {
        return liaisons.find(child.id(), id).orElseThrow(() -> new NotFoundException("No liaison " + id));
    }

    /**
     * A requirement needing social care is being considered for one of the child's open reports: the liaison
     * falls due before the report does.
     */
    @Transactional
    public SocialCareLiaison consider(AccessibleChild accessible, UUID reportId, LiaisonRules.Considered c) {
        ChildSummary child = responsible(accessible);
        CourtReport report = reportId == null
                ? null
                : court.reports(accessible).stream()
                        .filter(r -> r.id().equals(reportId) && r.open())
                        .findFirst()
                        .orElse(null);
        LocalDate today = LocalDate.now(clock);
        Change<SocialCareLiaison> change = SocialCareLiaison.consider(
                UUID.randomUUID(),
                child.id(),
                c,
                report == null ? null : report.id(),
                report == null ? null : report.type(),
                report == null ? null : report.dueDate(),
                Age.on(child.dateOfBirth(), report == null ? today : report.dueDate()),
                workingDaysBefore,
                calendar,
                today);
        SocialCareLiaison saved =
                liaisons.insert(change, report.type(), CurrentUser.require().username());
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                saved.id(),
                0,
                "Considering a " + lower(saved.requirement().label()) + " requirement: social care to be liaised with",
                SocialCareLiaison.AUDITED.changes(null, saved));
        dueItems.triggered(
                new DueItems.Trigger(
                        CONSIDERED,
                        child.serviceId(),
                        child.id(),
                        RECORD_TYPE,
                        saved.id(),
                        CurrentUser.require().id()),
                saved.dueOn());
        return saved;
    }

    /** The YOS liaised with social care: recorded, and the due item met (late if after the due date). */
    @Transactional
    public SocialCareLiaison recordLiaison(AccessibleChild accessible, UUID id, long version, LiaisonRules.Liaison l) {
        ChildSummary child = responsible(accessible);
        SocialCareLiaison seen =
                liaisons.find(child.id(), id).orElseThrow(() -> new NotFoundException("No liaison " + id));
        LocalDate today = LocalDate.now(clock);
        // A liaison already recorded, or answers that do not do, are refused first, whatever version was sent (as
        // the page and API always have); then the row lock at the version the person saw, and the change made
        // from the state as locked.
        seen.recordLiaison(l, today);
        liaisons.lock(seen.id(), version);
        Change<SocialCareLiaison> change =
                liaisons.find(child.id(), id).orElseThrow().recordLiaison(l, today);
        SocialCareLiaison saved = liaisons.save(change);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                saved.version(),
                "Liaised with social care about the "
                        + lower(saved.requirement().label()) + " requirement",
                SocialCareLiaison.AUDITED.changes(change.before(), saved));
        dueItems.fulfilled(id, RECORDED, id, saved.liaisedOn());
        return saved;
    }

    /** Only the child's home service changes the record (a caretaking host service's staff get 403). */
    private ChildSummary responsible(AccessibleChild child) {
        return child.responsible() ? child.summary() : children.responsible(child.id());
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
