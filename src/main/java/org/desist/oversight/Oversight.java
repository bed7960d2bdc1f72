package org.desist.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * One record of a manager's oversight of an intervention. The aggregate: recorded by a manager who does not
 * case-manage the work, corrected only by that manager, each checked by {@link OversightRules} (YJB case management
 * guidance, management oversight).
 */
public record Oversight(
        UUID id,
        UUID interventionId,
        UUID childId,
        LocalDate recordedOn,
        UUID managerId,
        String managerName,
        List<OversightArea> areas,
        Judgement judgement,
        String direction,
        String actions,
        LocalDate actionsDue,
        LocalDate nextDue,
        String recordedBy,
        long version) {

    /**
     * The work overseen, as the rules need it: the intervention, its child, the day it began (its start, or its
     * referral before it started) and its case manager (who may not oversee it).
     */
    public record Work(UUID interventionId, UUID childId, LocalDate began, UUID caseManagerId) {}

    // The aggregate's changes. Rules needing more than the record take it: the work overseen, the manager
    // recording or correcting it, today (no oversight is dated in the future).

    /** What is wrong with these details for {@code managerId}, without recording anything; empty when they may. */
    public static Map<String, String> problemsRecording(
            Work work, OversightDetails details, UUID managerId, LocalDate today) {
        return OversightRules.check(details, work.began(), work.caseManagerId(), managerId, today);
    }

    /** A manager ({@code managerId}, signed in as {@code by}) records oversight of the work, as {@code id}. */
    public static Change<Oversight> record(
            UUID id,
            Work work,
            OversightDetails details,
            UUID managerId,
            String managerName,
            String by,
            LocalDate today) {
        InvalidRequestException.refuseIf(problemsRecording(work, details, managerId, today));
        return Change.created(new Oversight(
                id,
                work.interventionId(),
                work.childId(),
                details.recordedOn(),
                managerId,
                managerName,
                areasOf(details),
                details.judgement(),
                trimmed(details.direction()),
                trimmed(details.actions()),
                details.actionsDue(),
                details.nextDue(),
                by,
                0));
    }

    /** The manager who recorded it ({@code managerId}, no other) corrects it. */
    public Change<Oversight> correct(Work work, OversightDetails details, UUID managerId, LocalDate today) {
        if (!Objects.equals(managerId, this.managerId)) {
            InvalidRequestException.refuseIf(
                    Map.of("manager", "Only the manager who recorded this oversight can change it"));
        }
        InvalidRequestException.refuseIf(problemsRecording(work, details, managerId, today));
        return Change.of(
                this,
                new Oversight(
                        id,
                        interventionId,
                        childId,
                        details.recordedOn(),
                        this.managerId,
                        managerName,
                        areasOf(details),
                        details.judgement(),
                        trimmed(details.direction()),
                        trimmed(details.actions()),
                        details.actionsDue(),
                        details.nextDue(),
                        recordedBy,
                        version));
    }

    /** Each area once, in the order chosen. */
    private static List<OversightArea> areasOf(OversightDetails details) {
        return details.areas().stream().distinct().toList();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
