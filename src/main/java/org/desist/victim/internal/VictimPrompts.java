package org.desist.victim.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.desist.deadline.WorkingDayCalendar;

/**
 * The prompts of victim work, as rules in plain Java (Victims' Code 2021: the right to be contacted, and to be kept
 * informed when the victim asks): the first contact attempt within N working days of the victim being recorded, or
 * of the disposal starting when that is later; an update at each key point (the disposal starting, the order's end)
 * when the victim asked for updates. Closed work, or contact consent refused or withdrawn, prompts nothing.
 */
final class VictimPrompts {

    /** The key points at which a victim who asked for updates is told (the {@code victim_update.key_point}). */
    static final String DISPOSAL = "DISPOSAL";

    static final String ORDER_END = "ORDER_END";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private VictimPrompts() {}

    enum Consent {
        NONE,
        GIVEN,
        REFUSED,
        WITHDRAWN;

        boolean stopsContact() {
            return this == REFUSED || this == WITHDRAWN;
        }
    }

    /** A disposal (an out-of-court disposal or a court order) on one of the victim's offences. */
    record Disposal(LocalDate startedOn, LocalDate endedOn, boolean courtOrder) {}

    /** A key-point update given to the victim. */
    record Update(String keyPoint, LocalDate givenOn) {}

    /** What the prompts read of one victim's work; nothing that identifies the victim. */
    record Facts(
            UUID victimId,
            LocalDate recordedOn,
            boolean wantsUpdates,
            LocalDate closedOn,
            Consent contactConsent,
            boolean contactAttempted,
            List<Disposal> disposals,
            List<Update> updates) {}

    enum Kind {
        FIRST_CONTACT("First contact attempt with a victim"),
        UPDATE_DISPOSAL("Update to a victim: the disposal"),
        UPDATE_ORDER_END("Update to a victim: the order's end");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** One thing due, with why (the rule's source is the Victims' Code 2021). */
    record Prompt(UUID victimId, Kind kind, LocalDate triggerDate, LocalDate dueDate, String reason) {

        boolean overdueOn(LocalDate today) {
            return dueDate.isBefore(today);
        }
    }

    /** The working days each prompt allows (settings; local choices: the Victims' Code gives no number). */
    record Settings(int firstContactWorkingDays, int updateWorkingDays) {}

    static List<Prompt> due(Facts f, Settings settings, WorkingDayCalendar calendar) {
        List<Prompt> prompts = new ArrayList<>();
        if (f.closedOn() != null || f.contactConsent().stopsContact()) {
            return prompts;
        }
        LocalDate firstStart = f.disposals().stream()
                .map(Disposal::startedOn)
                .filter(d -> d != null)
                .min(Comparator.naturalOrder())
                .orElse(null);
        if (!f.contactAttempted()) {
            boolean disposalLater = firstStart != null && firstStart.isAfter(f.recordedOn());
            LocalDate trigger = disposalLater ? firstStart : f.recordedOn();
            prompts.add(prompt(
                    f.victimId(),
                    Kind.FIRST_CONTACT,
                    trigger,
                    settings.firstContactWorkingDays(),
                    disposalLater ? "the day the disposal started" : "the day the victim was recorded",
                    calendar));
        }
        if (!f.wantsUpdates()) {
            return prompts;
        }
        for (LocalDate started : f.disposals().stream()
                .map(Disposal::startedOn)
                .filter(d -> d != null)
                .distinct()
                .sorted()
                .toList()) {
            LocalDate trigger = later(started, f.recordedOn());
            if (!given(f, DISPOSAL, trigger)) {
                prompts.add(prompt(
                        f.victimId(),
                        Kind.UPDATE_DISPOSAL,
                        trigger,
                        settings.updateWorkingDays(),
                        started.isBefore(f.recordedOn())
                                ? "the day the victim was recorded, after the disposal started"
                                : "the day the disposal started",
                        calendar));
            }
        }
        for (LocalDate ended : f.disposals().stream()
                .filter(Disposal::courtOrder)
                .map(Disposal::endedOn)
                .filter(d -> d != null)
                .distinct()
                .sorted()
                .toList()) {
            LocalDate trigger = later(ended, f.recordedOn());
            if (!given(f, ORDER_END, trigger)) {
                prompts.add(prompt(
                        f.victimId(),
                        Kind.UPDATE_ORDER_END,
                        trigger,
                        settings.updateWorkingDays(),
                        "the day the order ended",
                        calendar));
            }
        }
        return prompts;
    }

    /** An update at this key point given on or after the day it arose meets it. */
    private static boolean given(Facts f, String keyPoint, LocalDate since) {
        return f.updates().stream()
                .anyMatch(u -> u.keyPoint().equals(keyPoint) && !u.givenOn().isBefore(since));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Prompt prompt(
            UUID victimId, Kind kind, LocalDate trigger, int workingDays, String why, WorkingDayCalendar calendar) {
        LocalDate due = calendar.addWorkingDays(trigger, workingDays);
        String reason = workingDays + (workingDays == 1 ? " working day" : " working days") + " after "
                + DATE.format(trigger) + ", " + why + " (Victims' Code 2021)";
        return new Prompt(victimId, kind, trigger, due, reason);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
