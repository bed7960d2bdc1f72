package org.desist.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItemRule;
import org.desist.deadline.DueItemRules;
import org.desist.deadline.DueItems;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.jointworking.JointDuty.OwnerService;
import org.desist.jointworking.SharedCase;
import org.desist.jointworking.SharedCases;
import org.desist.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint-working view for a manager of either service (issue 5 §13): every joint-protocol duty (a due-item
 * rule whose source is the joint protocol between children's social care and the YOS in the manager's services, counted by owner service and state, with
 * the overdue, due-soon and late ones listed. Only children the manager may see are shown: a social care
 * manager sees the shared cases (partner access), a YOS manager the whole service.
 */
@Service
public class JointWorkingView {

    /** The document every joint-protocol duty rule cites as its source (deadline/rules.json). */
    static final String JOINT_PROTOCOL_SOURCE = "The joint protocol between children's social care and the YOS";

    /** Steps of the escalation ladder are listed as escalations, not counted as duties. */
    static final Set<String> NOT_DUTIES = Set.of("escalation-step");

    private final DueItems dueItems;
    private final DueItemRules rules;
    private final ChildRecords children;
    private final SharedCases sharedCases;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int dueSoonWorkingDays;
    private final Period lookBack;

    JointWorkingView(
            DueItems dueItems,
            DueItemRules rules,
            ChildRecords children,
            SharedCases sharedCases,
            WorkingDayCalendar calendar,
            Clock clock,
            @Value("${desist.joint-working.due-soon-working-days:5}") int dueSoonWorkingDays,
            @Value("${desist.joint-working.late-look-back:P3M}") Period lookBack) {
        this.dueItems = dueItems;
        this.rules = rules;
        this.children = children;
        this.sharedCases = sharedCases;
        this.calendar = calendar;
        this.clock = clock;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
        this.lookBack = lookBack;
    }

    /** One duty of one child. */
    public record Duty(ChildSummary child, DueItem item, OwnerService owner, DutyState state) {}

    /** The duties of one owner service by state. */
    public record Tally(OwnerService owner, Map<DutyState, Integer> counts) {
        public int count(DutyState state) {
            return counts.getOrDefault(state, 0);
        }
    }

    /** The joint-protocol duties of the manager's services, as of today. */
    public record Duties(
            LocalDate today,
            LocalDate dueSoonUntil,
            LocalDate lateSince,
            List<Tally> tallies,
            List<Duty> overdue,
            List<Duty> dueSoon,
            List<Duty> doneLate) {}

    @Transactional(readOnly = true)
    public Duties duties() {
        CurrentUser user = CurrentUser.require();
        LocalDate today = LocalDate.now(clock);
        LocalDate soonUntil = calendar.addWorkingDays(today, dueSoonWorkingDays);
        LocalDate lateSince = today.minus(lookBack);
        Map<String, DueItemRule> joint = new LinkedHashMap<>();
        rules.all().stream()
                .filter(r -> r.source() != null && r.source().startsWith(JOINT_PROTOCOL_SOURCE))
                .filter(r -> !NOT_DUTIES.contains(r.id()))
                .forEach(r -> joint.put(r.id(), r));
        Set<UUID> services = user.serviceIds();
        List<DueItem> open = dueItems.openIn(services).stream()
                .filter(i -> joint.containsKey(i.rule().id()))
                .toList();
        List<DueItem> recent = dueItems.ofRulesIn(services, joint.keySet(), lateSince).stream()
                .filter(i -> i.status() != DueItem.Status.OPEN)
                .toList();
        List<DueItem> all = Stream.concat(open.stream(), recent.stream()).toList();
        Map<UUID, ChildSummary> visible =
                children.visible(all.stream().map(DueItem::childId).distinct().toList());
        List<Duty> duties = new ArrayList<>();
        for (DueItem item : all) {
            ChildSummary child = visible.get(item.childId());
            if (child != null) {
                duties.add(new Duty(
                        child,
                        item,
                        owner(joint.get(item.rule().id())),
                        DutyState.of(item.status(), item.dueDate(), item.metOn(), today, soonUntil)));
            }
        }
        List<Tally> tallies = new ArrayList<>();
        for (OwnerService owner : OwnerService.values()) {
            Map<DutyState, Integer> counts = new EnumMap<>(DutyState.class);
            duties.stream().filter(d -> d.owner() == owner).forEach(d -> counts.merge(d.state(), 1, Integer::sum));
            tallies.add(new Tally(owner, counts));
        }
        Comparator<Duty> byDue = Comparator.comparing((Duty d) -> d.item().dueDate())
                .thenComparing(d -> d.child().name());
        return new Duties(
                today,
                soonUntil,
                lateSince,
                tallies,
                duties.stream()
                        .filter(d -> d.state() == DutyState.OVERDUE)
                        .sorted(byDue)
                        .toList(),
                duties.stream()
                        .filter(d -> d.state() == DutyState.DUE_SOON)
                        .sorted(byDue)
                        .toList(),
                duties.stream()
                        .filter(d -> d.state() == DutyState.MET_LATE)
                        .sorted(byDue.reversed())
                        .toList());
    }

    /**
     * The shared cases of the user's services that the user may see (a partner practitioner: the children allocated
     * to them), those without a role agreement first.
     */
    @Transactional(readOnly = true)
    public List<SharedCase> sharedCases() {
        List<SharedCase> all = CurrentUser.require().serviceIds().stream()
                .flatMap(service -> sharedCases.inService(service).stream())
                .toList();
        Set<UUID> visible = children.visible(
                        all.stream().map(SharedCase::childId).distinct().toList())
                .keySet();
        return all.stream()
                .filter(c -> visible.contains(c.childId()))
                .sorted(Comparator.comparing(SharedCase::flagged).reversed().thenComparing(SharedCase::childName))
                .toList();
    }

    /** Duties whose rule names children's social care as owner are theirs; every other owner is a YOS role. */
    static OwnerService owner(DueItemRule rule) {
        return rule.ownedBySocialCare() ? OwnerService.SOCIAL_CARE : OwnerService.YOS;
    }
}
