package org.desist.victim.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.deadline.DateOutsideCalendarException;
import org.desist.deadline.WorkDueElsewhere;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.springframework.stereotype.Component;

/**
 * The prompts of victim work on <em>My work</em> — never on the child's due items: the first contact attempt and the
 * key-point updates, for the allocated victim worker, or for the service's victim work managers (victim work and the
 * team's caseload) while nobody is allocated; overdue ones for those managers to oversee. An item names no victim
 * and no child: it links to the offence's victims, for the victim capability.
 */
@Component
class VictimPromptsDue implements WorkDueElsewhere {

    private final CaseSideRepository reads;
    private final PromptFacts prompts;
    private final WorkingDayCalendar calendar;
    private final Directory directory;

    VictimPromptsDue(CaseSideRepository reads, PromptFacts prompts, WorkingDayCalendar calendar, Directory directory) {
        this.reads = reads;
        this.prompts = prompts;
        this.calendar = calendar;
        this.directory = directory;
    }

    @Override
    public Optional<Section> ownedBy(UUID userId, Collection<UUID> serviceIds, LocalDate today) {
        if (!may(Role.Capability.VICTIM_WORK)) {
            return Optional.empty();
        }
        List<CaseSideRepository.Work> work = new ArrayList<>(reads.openOf(userId, serviceIds));
        if (managesVictimWork()) {
            work.addAll(reads.openUnallocated(serviceIds));
        }
        List<Item> items = items(work, today, false);
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(new Section(
                        "victim-work",
                        "Victim work (" + items.size() + ")",
                        "First contact attempts with victims and the updates they asked for (Victims' Code 2021),"
                                + " for your victims and the service's unallocated ones, soonest due first.",
                        items));
    }

    @Override
    public Optional<Section> overdueToOversee(Collection<UUID> serviceIds, LocalDate today) {
        if (!managesVictimWork()) {
            return Optional.empty();
        }
        List<Item> items = items(reads.openIn(serviceIds), today, true);
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(new Section(
                        "victim-work-overdue",
                        "Victim work overdue (" + items.size() + ")",
                        "First contact attempts and updates to victims past their due date, longest overdue first.",
                        items));
    }

    private List<Item> items(List<CaseSideRepository.Work> work, LocalDate today, boolean overdueOnly) {
        Map<UUID, List<VictimPrompts.Prompt>> due = prompts.due(work);
        Map<UUID, String> workers = directory.displayNames(work.stream()
                .map(CaseSideRepository.Work::workerId)
                .filter(id -> id != null)
                .distinct()
                .toList());
        List<Item> items = new ArrayList<>();
        for (CaseSideRepository.Work w : work) {
            for (VictimPrompts.Prompt p : due.getOrDefault(w.victimId(), List.of())) {
                if (overdueOnly && !p.overdueOn(today)) {
                    continue;
                }
                items.add(new Item(
                        p.dueDate(),
                        p.kind().label(),
                        "Due " + p.reason(),
                        "/victims/" + w.victimId(),
                        w.workerId() == null ? "Not allocated" : workers.getOrDefault(w.workerId(), "Unknown"),
                        p.overdueOn(today) ? overdueBy(p.dueDate(), today) : null));
            }
        }
        items.sort(Comparator.comparing(Item::dueDate));
        return items;
    }

    private String overdueBy(LocalDate due, LocalDate today) {
        try {
            int n = calendar.workingDaysBetween(due, today);
            return n + (n == 1 ? " working day" : " working days");
        } catch (DateOutsideCalendarException e) {
            long n = java.time.temporal.ChronoUnit.DAYS.between(due, today);
            return n + (n == 1 ? " day" : " days");
        }
    }

    /** The service's victim work managers: victim work with the team's caseload (operational managers). */
    private static boolean managesVictimWork() {
        return may(Role.Capability.VICTIM_WORK) && may(Role.Capability.TEAM_CASELOAD);
    }

    private static boolean may(Role.Capability capability) {
        return CurrentUser.current().map(u -> u.can(capability)).orElse(false);
    }
}
