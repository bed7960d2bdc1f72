package org.desist.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.jointworking.SocialWorkerInvitation;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * One plan of an intervention, following one submitted assessment; the latest is the current one. The aggregate:
 * its content is edited while a draft, it is agreed once complete and superseded when a later plan is agreed, and
 * actions are added to it and moved on while it is open. Source: YJB case management guidance (planning).
 */
public record Plan(
        UUID id,
        UUID interventionId,
        UUID childId,
        UUID assessmentId,
        PlanStatus status,
        PlanContent content,
        List<PlanAction> actions,
        LocalDate agreedOn,
        String agreedBy,
        Boolean childInvolved,
        Boolean parentsInvolved,
        LocalDate supersededOn,
        UUID supersededBy,
        String createdBy,
        long version,
        /** The allocated social worker's invitation to the meeting that agreed the plan (the joint protocol between children's social care and the YOS), once agreed. */
        SocialWorkerInvitation socialWorkerInvitation) {

    public List<PlanAction> actionsOf(Strand strand) {
        return actions.stream().filter(a -> a.strand() == strand).toList();
    }

    /** Actions can still be added and moved on: a draft or the agreed plan, not a superseded one. */
    public boolean open() {
        return status != PlanStatus.SUPERSEDED;
    }

    /**
     * Starts a draft following the intervention's latest submitted assessment ({@code assessmentId}, null when
     * none is): the first, or a new one beginning as a copy of {@code current} with its open actions.
     */
    public static Change<Plan> start(
            UUID id,
            UUID interventionId,
            UUID childId,
            boolean interventionClosed,
            UUID assessmentId,
            Plan current,
            String by) {
        // YJB case management guidance: a plan follows the assessment, within an intervention still running.
        if (interventionClosed) {
            refuse("plan", "The intervention has ended: no new plan can start");
        }
        if (assessmentId == null) {
            refuse("plan", "Submit the assessment first: a plan follows the assessment");
        }
        if (current != null && current.status() == PlanStatus.DRAFT) {
            refuse("plan", "There is already a draft plan: continue with it");
        }
        List<PlanAction> actions = current == null
                ? List.of()
                : current.actions().stream()
                        .filter(a -> !a.status().finished())
                        .map(a -> a.copyTo(id))
                        .toList();
        PlanContent content = current == null ? PlanContent.empty() : current.content();
        return Change.created(new Plan(
                id,
                interventionId,
                childId,
                assessmentId,
                PlanStatus.DRAFT,
                content,
                actions,
                null,
                null,
                null,
                null,
                null,
                null,
                by,
                0,
                null));
    }

    /** Edits the draft: any part may still be empty; other agencies' plans are checked (none dated ahead). */
    public Change<Plan> edit(PlanContent edited, LocalDate today) {
        if (status != PlanStatus.DRAFT) {
            refuse("plan", "Only a draft plan can be changed");
        }
        PlanContent after = edited == null ? PlanContent.empty() : edited;
        Map<String, String> problems = new LinkedHashMap<>();
        for (int n = 0; n < after.otherPlans().size(); n++) {
            int index = n;
            after.otherPlans()
                    .get(n)
                    .problems(today)
                    .forEach((field, message) -> problems.put("otherPlans[" + index + "]." + field, message));
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, with(after, actions));
    }

    /** Adds another agency's plan to the draft (checked field by field). */
    public Change<Plan> addOtherPlan(OtherPlan other, LocalDate today) {
        InvalidRequestException.refuseIf(other.problems(today));
        List<OtherPlan> others = new ArrayList<>(content.otherPlans());
        others.add(other);
        return edit(content.withOtherPlans(others), today);
    }

    /**
     * Agrees the complete draft (see {@link PlanCompleteness}); raises {@link PlanAgreed}, naming the plan it
     * supersedes ({@code superseding}, null for the first). {@code lookedAfter}: whether the child was looked after
     * on the day it was agreed — then the allocated social worker must have been invited to the planning meeting
     * (Working Together 2023; YJB case management guidance, reviews and meetings).
     */
    public Change<Plan> agree(
            Agreement agreement,
            LocalDate assessmentSubmittedOn,
            boolean lookedAfter,
            UUID superseding,
            LocalDate today) {
        if (status != PlanStatus.DRAFT) {
            refuse("plan", "This plan has already been agreed");
        }
        Map<String, String> problems = new LinkedHashMap<>(PlanCompleteness.problems(
                content,
                actions,
                agreement == null ? new Agreement(null, null, null, null) : agreement,
                assessmentSubmittedOn,
                today));
        if (agreement != null) {
            problems.putAll(SocialWorkerInvitation.problems(
                    lookedAfter, agreement.socialWorkerInvitation(), agreement.agreedOn(), "planning meeting"));
        }
        InvalidRequestException.refuseIf(problems);
        SocialWorkerInvitation invitation = agreement.socialWorkerInvitation() == null
                ? null
                : agreement.socialWorkerInvitation().normalised();
        Plan agreed = new Plan(
                id,
                interventionId,
                childId,
                assessmentId,
                PlanStatus.AGREED,
                content,
                actions,
                agreement.agreedOn(),
                agreement.agreedBy().trim(),
                agreement.childInvolved(),
                agreement.parentsInvolved(),
                supersededOn,
                supersededBy,
                createdBy,
                version,
                invitation);
        return Change.of(this, agreed, new PlanAgreed(childId, interventionId, id, superseding, agreement.agreedOn()));
    }

    /** The agreed plan is superseded (kept) by {@code by}, agreed on {@code on}. */
    public Change<Plan> supersede(UUID by, LocalDate on) {
        if (status != PlanStatus.AGREED) {
            refuse("plan", "Only the agreed plan can be superseded");
        }
        return Change.of(
                this,
                new Plan(
                        id,
                        interventionId,
                        childId,
                        assessmentId,
                        PlanStatus.SUPERSEDED,
                        content,
                        actions,
                        agreedOn,
                        agreedBy,
                        childInvolved,
                        parentsInvolved,
                        on,
                        by,
                        createdBy,
                        version,
                        socialWorkerInvitation));
    }

    /**
     * Adds an action (as {@code actionId}, not started) to a draft or the agreed plan, not a superseded one; a
     * person who owns it is one of {@code possibleOwners} (the intervention's service's case holders).
     */
    public Change<Plan> addAction(UUID actionId, NewAction action, Collection<UUID> possibleOwners, String owner) {
        if (!open()) {
            refuse("plan", "This plan has been superseded: add it to the current plan");
        }
        Map<String, String> problems = new LinkedHashMap<>(action.problems());
        if (action.ownerStaffId() != null && !possibleOwners.contains(action.ownerStaffId())) {
            problems.putIfAbsent("ownerStaffId", "Choose a person of the service");
        }
        InvalidRequestException.refuseIf(problems);
        List<PlanAction> more = new ArrayList<>(actions);
        more.add(PlanAction.of(actionId, id, action, owner));
        return Change.of(this, with(content, more));
    }

    /** Moves one of its actions on (see {@link PlanAction#moveTo}): only while the plan is open. */
    public Change<PlanAction> moveAction(
            PlanAction action, ActionStatus to, String reason, LocalDate today, String by) {
        if (!open()) {
            refuse("status", "This plan has been superseded: use the current plan");
        }
        return action.moveTo(to, reason, today, by);
    }

    private Plan with(PlanContent newContent, List<PlanAction> newActions) {
        return new Plan(
                id,
                interventionId,
                childId,
                assessmentId,
                status,
                newContent,
                List.copyOf(newActions),
                agreedOn,
                agreedBy,
                childInvolved,
                parentsInvolved,
                supersededOn,
                supersededBy,
                createdBy,
                version,
                socialWorkerInvitation);
    }

    private static void refuse(String field, String message) {
        throw new InvalidRequestException(Map.of(field, message));
    }
}
