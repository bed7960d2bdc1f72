package org.desist.quality.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.deadline.DateOutsideCalendarException;
import org.desist.deadline.WorkDueElsewhere;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.quality.ImprovementActions;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Improvement plans' actions on <em>My work</em>: each person's open actions, soonest due first with the overdue ones
 * marked, and for the head of service ({@code IMPROVEMENT_PLAN_OVERSIGHT}) every overdue action of the service with
 * its owner and how long it is overdue — in working days by default (setting
 * {@code desist.quality.improvement-plans.overdue-in-working-days}), as the due items count their timescales.
 */
@Component
class ImprovementActionsDue implements WorkDueElsewhere {

    private final ImprovementActions actions;
    private final WorkingDayCalendar calendar;
    private final boolean workingDays;

    ImprovementActionsDue(
            ImprovementActions actions,
            WorkingDayCalendar calendar,
            @Value("${desist.quality.improvement-plans.overdue-in-working-days:true}") boolean workingDays) {
        this.actions = actions;
        this.calendar = calendar;
        this.workingDays = workingDays;
    }

    @Override
    public Optional<Section> ownedBy(UUID userId, Collection<UUID> serviceIds, LocalDate today) {
        List<Item> items = actions.openOwnedBy(userId, serviceIds).stream()
                .map(o -> item(o, today))
                .toList();
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(new Section(
                        "improvement-actions",
                        "Improvement actions (" + items.size() + ")",
                        "Actions of the service's improvement plans that you own, soonest due first.",
                        items));
    }

    @Override
    public Optional<Section> overdueToOversee(Collection<UUID> serviceIds, LocalDate today) {
        if (!CurrentUser.current()
                .map(u -> u.can(Role.Capability.IMPROVEMENT_PLAN_OVERSIGHT))
                .orElse(false)) {
            return Optional.empty();
        }
        List<Item> items = actions.overdueIn(serviceIds, today).stream()
                .map(o -> item(o, today))
                .toList();
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(new Section(
                        "improvement-actions-overdue",
                        "Improvement actions overdue (" + items.size() + ")",
                        "Open actions of the service's improvement plans past their due date, longest overdue first.",
                        items));
    }

    private Item item(ImprovementActions.Owned o, LocalDate today) {
        var a = o.action();
        return new Item(
                a.dueDate(),
                a.description(),
                o.planTitle(),
                "/quality/improvement-plans/" + a.planId() + "#action-" + a.id(),
                o.ownerName(),
                a.overdueOn(today) ? overdueBy(a.dueDate(), today) : null);
    }

    /** "1 working day", "6 working days" (or calendar days, by the setting) from the due date to today. */
    String overdueBy(LocalDate due, LocalDate today) {
        if (workingDays) {
            try {
                int n = calendar.workingDaysBetween(due, today);
                return n + (n == 1 ? " working day" : " working days");
            } catch (DateOutsideCalendarException e) {
                // A due date before the bank-holiday data: counted in calendar days instead.
            }
        }
        long n = ChronoUnit.DAYS.between(due, today);
        return n + (n == 1 ? " day" : " days");
    }
}
