package org.desist.jointworking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.jointworking.JointDuties;
import org.desist.jointworking.LookedAfterRecords;
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

    JointWorkingApi(LookedAfterRecords lookedAfter, JointDuties duties, Clock clock) {
        this.lookedAfter = lookedAfter;
        this.duties = duties;
        this.clock = clock;
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
            List<String> checklist) {}

    @GetMapping("/api/v1/children/{id}/looked-after")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "The child's looked-after status and care-leaver category today, with the reasoning")
    LookedAfterStatusAnswer lookedAfter(@PathVariable UUID id) {
        LookedAfterRecords.Picture p = lookedAfter.picture(id);
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
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(
            summary = "The child's joint-protocol duties (remand and custody) with whose they are and how each was met")
    List<DutyAnswer> duties(@PathVariable UUID id) {
        LocalDate today = LocalDate.now(clock);
        return duties.viewed(id).stream()
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
                        d.done().map(JointDuties.DoneRecord::checklist).orElse(List.of())))
                .toList();
    }
}
