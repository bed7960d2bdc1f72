package org.desist.jointworking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.jointworking.CustodyAndCareLeaving;
import org.desist.jointworking.ExpectedRelease;
import org.desist.jointworking.JointDuties;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.jointworking.OutOfBoroughNotifications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A child's looked-after status and care-leaver category, and their joint-protocol duties (read only). */
@RestController
@Tag(name = "Joint working", description = "Looked-after status, care-leaver category and joint-protocol duties")
@SecurityRequirement(name = "bearer")
class JointWorkingApi {

    private final LookedAfterRecords lookedAfter;
    private final JointDuties duties;
    private final Clock clock;
    private final CustodyAndCareLeaving custody;
    private final OutOfBoroughNotifications outOfBorough;
    private final ChildRecords children;

    JointWorkingApi(
            LookedAfterRecords lookedAfter,
            JointDuties duties,
            Clock clock,
            CustodyAndCareLeaving custody,
            OutOfBoroughNotifications outOfBorough,
            ChildRecords children) {
        this.lookedAfter = lookedAfter;
        this.duties = duties;
        this.clock = clock;
        this.custody = custody;
        this.outOfBorough = outOfBorough;
        this.children = children;
    }

    record SentenceAnswer(
            UUID interventionId,
            LocalDate sentencedOn,
            boolean socialCareSupport,
            boolean careLeaver,
            LocalDate expectedRelease,
            LocalDate pathwayReviewBy,
            LocalDate releaseArrangementsBy,
            SupportStoppedAnswer supportStopped) {}

    record SupportStoppedAnswer(
            LocalDate recommendedOn,
            String reason,
            String seniorManager,
            LocalDate agreedOn,
            LocalDate caseManagerToldOn,
            LocalDate establishmentToldOn,
            LocalDate childToldOn,
            LocalDate parentsToldOn) {}

    record RemandEndPermissionAnswer(
            LocalDate remandEndedOn,
            String headOfService,
            LocalDate permissionOn,
            LocalDate assessedOn,
            String iroName,
            LocalDate iroOpinionOn,
            String iroOpinion) {}

    record OutOfBoroughAnswer(
            UUID id,
            UUID childId,
            LocalDate knewOn,
            LocalDate notifiedOn,
            LocalDate dueBy,
            boolean late,
            String notifiedBy,
            String whatWasSaid,
            boolean psrNeeded) {}

    record CustodyAnswer(
            List<SentenceAnswer> sentences,
            List<RemandEndPermissionAnswer> remandEndPermissions,
            List<OutOfBoroughAnswer> outOfBoroughNotifications) {}

    record LateAnswer(UUID childId, String childName, String localReference, OutOfBoroughAnswer notification) {}

    @GetMapping("/api/v1/children/{id}/custody-and-care-leaving")
    @PreAuthorize("hasAnyAuthority('CHILD_VIEW', 'SHARED_CASE_VIEW')")
    @Operation(
            summary = "The child's custodial sentences (a care leaver's expected release, support stopped), the end of"
                    + " remands with the child staying looked after, and offending notified out of borough")
    CustodyAnswer custody(@PathVariable UUID id) {
        CustodyAndCareLeaving.Overview o = custody.viewed(children.accessible(id));
        return new CustodyAnswer(
                o.sentences().stream()
                        .map(s -> new SentenceAnswer(
                                s.interventionId(),
                                s.sentencedOn(),
                                s.socialCareSupport(),
                                s.careLeaver(),
                                s.release().map(ExpectedRelease::releaseOn).orElse(null),
                                s.release()
                                        .map(ExpectedRelease::pathwayReviewBy)
                                        .orElse(null),
                                s.release().map(ExpectedRelease::arrangementsBy).orElse(null),
                                s.supportStopped()
                                        .map(x -> x.decision())
                                        .map(d -> new SupportStoppedAnswer(
                                                d.recommendedOn(),
                                                d.reason(),
                                                d.seniorManager(),
                                                d.agreedOn(),
                                                d.caseManagerToldOn(),
                                                d.establishmentToldOn(),
                                                d.childToldOn(),
                                                d.parentsToldOn()))
                                        .orElse(null)))
                        .toList(),
                o.remandEndPermissions().stream()
                        .map(p -> p.permission())
                        .map(p -> new RemandEndPermissionAnswer(
                                p.remandEndedOn(),
                                p.headOfService(),
                                p.permissionOn(),
                                p.assessedOn(),
                                p.iroName(),
                                p.iroOpinionOn(),
                                p.iroOpinion()))
                        .toList(),
                o.outOfBoroughNotifications().stream()
                        .map(JointWorkingApi::answer)
                        .toList());
    }

    @GetMapping("/api/v1/services/{serviceId}/late-out-of-borough-notifications")
    @PreAuthorize("hasAnyAuthority('CHILD_VIEW', 'SHARED_CASE_VIEW')")
    @Operation(
            summary = "Notifications of offending by children placed out of borough that came later than 5 working"
                    + " days, for the service's children the user may see")
    List<LateAnswer> late(@PathVariable UUID serviceId) {
        return outOfBorough.lateOutOfBoroughNotifications(serviceId).stream()
                .map(l -> new LateAnswer(l.childId(), l.childName(), l.localReference(), answer(l.notified())))
                .toList();
    }

    private static OutOfBoroughAnswer answer(OutOfBoroughNotifications.Notified n) {
        return new OutOfBoroughAnswer(
                n.id(),
                n.childId(),
                n.notification().knewOn(),
                n.notification().notifiedOn(),
                n.dueBy(),
                n.late(),
                n.notification().notifiedBy(),
                n.notification().whatWasSaid(),
                n.notification().psrNeeded());
    }

    record LookedAfterStatusAnswer(
            LocalDate on,
            boolean lookedAfter,
            List<String> legalBases,
            boolean inCustody,
            String careLeaverCategory,
            List<String> reasoning,
            LocalDate eligibleFrom) {}

    record DutyAnswer(
            UUID id,
            String duty,
            String name,
            String owner,
            LocalDate triggerDate,
            LocalDate dueDate,
            String dueDateReason,
            String status,
            boolean overdue,
            LocalDate doneOn,
            String doneBy,
            List<String> checklist,
            String agency,
            LocalDate iroToldOn,
            boolean noAllocatedSocialWorker) {}

    @GetMapping("/api/v1/children/{id}/looked-after")
    @PreAuthorize("hasAnyAuthority('CHILD_VIEW', 'SHARED_CASE_VIEW')")
    @Operation(summary = "The child's looked-after status and care-leaver category today, with the reasoning")
    LookedAfterStatusAnswer lookedAfter(@PathVariable UUID id) {
        LookedAfterRecords.Picture p = lookedAfter.picture(children.accessible(id));
        return new LookedAfterStatusAnswer(
                p.today(),
                p.lookedAfter(),
                p.lookedAfterOn().stream().map(Enum::name).toList(),
                p.inCustody(),
                p.careLeaver().category().name(),
                p.careLeaver().reasoning(),
                p.careLeaver().eligibleFrom());
    }

    @GetMapping("/api/v1/children/{id}/joint-duties")
    @PreAuthorize("hasAnyAuthority('CHILD_VIEW', 'SHARED_CASE_VIEW')")
    @Operation(
            summary = "The child's joint-protocol duties (remand and custody) with whose they are and how each was met")
    List<DutyAnswer> duties(@PathVariable UUID id) {
        LocalDate today = LocalDate.now(clock);
        return duties.viewed(children.accessible(id)).stream()
                .map(d -> new DutyAnswer(
                        d.item().id(),
                        d.duty().name(),
                        d.item().rule().name(),
                        d.duty().owner().name(),
                        d.item().triggerDate(),
                        d.item().dueDate(),
                        d.item().dueDateReason(),
                        d.item().status().name(),
                        d.item().overdueOn(today),
                        d.done().map(JointDuties.DoneRecord::doneOn).orElse(null),
                        d.done().map(JointDuties.DoneRecord::doneBy).orElse(null),
                        d.done().map(JointDuties.DoneRecord::checklist).orElse(List.of()),
                        d.done().map(JointDuties.DoneRecord::agency).orElse(null),
                        d.done().map(JointDuties.DoneRecord::iroToldOn).orElse(null),
                        d.done()
                                .map(JointDuties.DoneRecord::noAllocatedSocialWorker)
                                .orElse(false)))
                .toList();
    }
}
