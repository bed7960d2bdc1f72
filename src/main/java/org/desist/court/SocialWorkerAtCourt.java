package org.desist.court;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.court.internal.AppearanceAtCourtRepository;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.platform.Change;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social worker and the child's court appearances (the joint protocol between children's social care and the
 * YOS, "Police station and court" and "Remands"): every court date of a looked-after or remanded child is passed to
 * the social worker (rule {@code court-date-shared-with-social-worker}, 1 WD by default, a local setting), and who
 * accompanied the child, with the Crown Court rule for a looked-after child. The rules are {@link AppearanceAtCourt}'s
 * and {@link SocialWorkerAtCourtRules}'; the SQL is {@link AppearanceAtCourtRepository}'s.
 */
@Service
@Transactional
public class SocialWorkerAtCourt {

    public static final String COURT_DATE_SET = "COURT_DATE_SET";
    public static final String COURT_DATE_SHARED = "COURT_DATE_SHARED";
    static final String RULE = "court-date-shared-with-social-worker";

    private final AppearanceAtCourtRepository appearances;
    private final ChildRecords children;
    private final LookedAfterRecords lookedAfter;
    private final Interventions interventions;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Directory directory;
    private final Clock clock;

    SocialWorkerAtCourt(
            AppearanceAtCourtRepository appearances,
            ChildRecords children,
            LookedAfterRecords lookedAfter,
            Interventions interventions,
            DueItems dueItems,
            AuditTrail audit,
            Directory directory,
            Clock clock) {
        this.appearances = appearances;
        this.children = children;
        this.lookedAfter = lookedAfter;
        this.interventions = interventions;
        this.dueItems = dueItems;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
    }

    public record NewCourtDateShared(LocalDate toldOn, CourtDateMethod toldHow, String toldWho) {}

    /** An appearance seen from social care's side: the duty, what was shared, who came, and any flag. */
    public record AtCourt(
            UUID appearanceId,
            boolean lookedAfter,
            boolean courtDateToShare,
            Optional<DueItem> courtDateItem,
            List<CourtDateShared> shared,
            Optional<Accompaniment> accompaniment,
            Optional<String> crownCourtFlag) {}

    /** The appearance's social-care side, for someone who may see the child (the page audits its own view). */
    @Transactional(readOnly = true)
    public AtCourt of(UUID appearanceId) {
        AppearanceAtCourt appearance = appearances.find(appearanceId);
        AccessibleChild child = children.accessible(appearance.childId());
        return atCourt(
                appearance,
                lookedAfter(child, appearance.appearanceDate()),
                dueItems.forRecord(appearanceId),
                appearances.shared(appearanceId),
                remandActive(child));
    }

    /**
     * The social-care side of each of the child's appearances, by appearance, for the court tab: one read of each
     * thing it needs, whatever the number of appearances (the page audits its own view).
     */
    @Transactional(readOnly = true)
    public Map<UUID, AtCourt> ofChild(AccessibleChild child) {
        List<AppearanceAtCourt> ofChild = appearances.ofChild(child.id());
        if (ofChild.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = ofChild.stream().map(AppearanceAtCourt::id).toList();
        Predicate<LocalDate> lookedAfterOn = lookedAfter.lookedAfterOnDays(child.summary());
        Map<UUID, List<DueItem>> items = dueItems.forChild(child.id()).stream()
                .filter(i -> ids.contains(i.triggerRecordId()))
                .collect(Collectors.groupingBy(DueItem::triggerRecordId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, List<CourtDateShared>> shared = new LinkedHashMap<>();
        appearances
                .shared(ids)
                .forEach(d -> shared.computeIfAbsent(d.appearanceId(), k -> new ArrayList<>())
                        .add(d));
        boolean remandActive = remandActive(child);
        Map<UUID, AtCourt> atCourt = new LinkedHashMap<>();
        for (AppearanceAtCourt a : ofChild) {
            atCourt.put(
                    a.id(),
                    atCourt(
                            a,
                            lookedAfterOn.test(a.appearanceDate()),
                            items.getOrDefault(a.id(), List.of()),
                            shared.getOrDefault(a.id(), List.of()),
                            remandActive));
        }
        return atCourt;
    }

    private static AtCourt atCourt(
            AppearanceAtCourt a,
            boolean lookedAfter,
            List<DueItem> dueForAppearance,
            List<CourtDateShared> shared,
            boolean remandActive) {
        List<DueItem> items = courtDateItems(dueForAppearance);
        Optional<DueItem> item = items.stream()
                .filter(i -> i.status() == DueItem.Status.OPEN)
                .findFirst()
                .or(() -> items.stream().reduce((x, y) -> y));
        return new AtCourt(
                a.id(),
                lookedAfter,
                a.courtDateToShare(lookedAfter, remandActive),
                item,
                shared,
                Optional.ofNullable(a.accompaniment()),
                a.crownCourtFlag(lookedAfter));
    }

    /** Records that the social worker was told of the appearance's next hearing date; meets the due item. */
    public CourtDateShared recordCourtDateShared(UUID appearanceId, NewCourtDateShared request) {
        AppearanceAtCourt appearance = appearances.find(appearanceId);
        AccessibleChild child = children.responsibleChild(appearance.childId());
        Change<CourtDateShared> change = appearance.tellSocialWorker(
                UUID.randomUUID(),
                request.toldHow(),
                request.toldWho(),
                request.toldOn(),
                CurrentUser.require().username(),
                LocalDate.now(clock));
        CourtDateShared saved = appearances.insert(change.after());
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                CourtWork.APPEARANCE,
                appearanceId,
                0,
                "Recorded that the social worker was told of the court date " + saved.hearingDate(),
                CourtDateShared.AUDITED.changes(null, saved));
        dueItems.fulfilled(appearanceId, COURT_DATE_SHARED, saved.id(), saved.toldOn());
        return saved;
    }

    /** Records who accompanied the child; YOS staff never can, and the Crown Court rule asks for a reason. */
    public Accompaniment recordAccompaniment(UUID appearanceId, long version, Accompaniment request) {
        AccessibleChild child =
                children.responsibleChild(appearances.find(appearanceId).childId());
        appearances.lock(appearanceId, version, () -> audit.staleRecord(CourtWork.APPEARANCE, appearanceId, version));
        AppearanceAtCourt before = appearances.find(appearanceId); // as the person saw it, now locked
        List<String> staff = directory.caseHolders(child.serviceId()).stream()
                .map(StaffMember::displayName)
                .toList();
        Change<AppearanceAtCourt> change =
                before.recordAccompaniment(request, lookedAfter(child, before.appearanceDate()), staff);
        AppearanceAtCourt saved = appearances.save(
                change,
                CurrentUser.require().username(),
                () -> audit.staleRecord(CourtWork.APPEARANCE, appearanceId, version));
        audit.changed(
                child.serviceId(),
                child.id(),
                before.accompaniment() == null ? AuditAction.CREATED : AuditAction.CHANGED,
                CourtWork.APPEARANCE,
                appearanceId,
                saved.version(),
                "Recorded who accompanied the child at court on " + saved.appearanceDate(),
                AppearanceAtCourt.AUDITED.changes(change.before(), saved));
        return saved.accompaniment();
    }

    /**
     * An appearance was recorded or corrected, or its remand decided ({@code before} null when new): a court date
     * of a looked-after or remanded child becomes due to the social worker; a corrected appearance date moves the
     * item, a removed next hearing withdraws it, a next hearing moved after the social worker was told asks again.
     */
    void courtDateChanged(AccessibleChild child, CourtAppearance before, CourtAppearance after) {
        boolean share = SocialWorkerAtCourtRules.courtDateToShare(
                after.nextHearingDate() != null,
                lookedAfter(child, after.appearanceDate()),
                after.outcome() == Outcome.REMANDED || remandActive(child));
        List<DueItem> items = courtDateItems(dueItems.forRecord(after.id()));
        boolean corrected = before != null;
        SocialWorkerAtCourtRules.CourtDateItem next = SocialWorkerAtCourtRules.courtDateItem(
                share,
                items.stream().anyMatch(i -> i.status() == DueItem.Status.OPEN),
                corrected,
                corrected && !before.appearanceDate().equals(after.appearanceDate()),
                corrected && !Objects.equals(before.nextHearingDate(), after.nextHearingDate()),
                share
                        && appearances.shared(after.id()).stream()
                                .anyMatch(s -> s.hearingDate().equals(after.nextHearingDate())),
                items.stream().anyMatch(i -> i.status() == DueItem.Status.MET));
        switch (next) {
            case NONE -> {}
            case WITHDRAW ->
                dueItems.triggerWithdrawn(
                        after.id(),
                        COURT_DATE_SET,
                        after.nextHearingDate() == null
                                ? "The next hearing date was removed from the appearance"
                                : "The child is neither looked after nor remanded");
            case MOVE -> dueItems.triggerDateCorrected(after.id(), COURT_DATE_SET, after.appearanceDate());
            case RAISE_FROM_APPEARANCE, RAISE_FROM_TODAY ->
                dueItems.triggered(
                        new DueItems.Trigger(
                                COURT_DATE_SET,
                                child.serviceId(),
                                child.id(),
                                CourtWork.APPEARANCE,
                                after.id(),
                                owner(child)),
                        next == SocialWorkerAtCourtRules.CourtDateItem.RAISE_FROM_TODAY
                                ? LocalDate.now(clock)
                                : after.appearanceDate());
        }
    }

    private static List<DueItem> courtDateItems(List<DueItem> items) {
        return items.stream().filter(i -> i.rule().id().equals(RULE)).toList();
    }

    private boolean lookedAfter(AccessibleChild child, LocalDate on) {
        return lookedAfter.lookedAfterOn(child.summary(), on);
    }

    /** The child is remanded now (an active remand intervention). */
    private boolean remandActive(AccessibleChild child) {
        return interventions.ofChild(child).stream()
                .anyMatch(i -> i.status() == Intervention.Status.ACTIVE && remandType(i));
    }

    /** The case manager of the child's work in progress (a remand first), if any. */
    private UUID owner(AccessibleChild child) {
        return interventions.ofChild(child).stream()
                .filter(i -> i.status() == Intervention.Status.ACTIVE && i.caseManagerId() != null)
                .min((a, b) -> Boolean.compare(!remandType(a), !remandType(b)))
                .map(Intervention::caseManagerId)
                .orElse(null);
    }

    private static boolean remandType(Intervention i) {
        return i.type() == InterventionType.REMAND_TO_LOCAL_AUTHORITY
                || i.type() == InterventionType.REMAND_TO_YOUTH_DETENTION;
    }
}
