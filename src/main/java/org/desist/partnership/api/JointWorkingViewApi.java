package org.desist.partnership.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.jointworking.SharedCase;
import org.desist.partnership.DutyState;
import org.desist.partnership.JointWorkingView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The joint-working view as data, for the managers of either service and their reporting. */
@RestController
@Tag(name = "Joint working", description = "Shared cases and joint-protocol duties across a manager's services")
@SecurityRequirement(name = "bearer")
class JointWorkingViewApi {

    private final JointWorkingView view;

    JointWorkingViewApi(JointWorkingView view) {
        this.view = view;
    }

    record Duty(
            UUID childId,
            String child,
            String rule,
            String name,
            String owner,
            LocalDate dueDate,
            LocalDate doneOn,
            DutyState state) {}

    record Tally(String owner, Map<DutyState, Integer> counts) {}

    record Summary(
            LocalDate today,
            LocalDate dueSoonUntil,
            LocalDate lateSince,
            List<Tally> byOwner,
            List<Duty> overdue,
            List<Duty> dueSoon,
            List<Duty> doneLate,
            List<SharedCase> sharedCases) {}

    @GetMapping("/api/v1/joint-working")
    @PreAuthorize("hasAuthority('JOINT_WORKING_OVERSIGHT')")
    @Operation(summary = "Joint-protocol duties by owner service (overdue, due soon, done late) and the shared cases")
    Summary summary() {
        JointWorkingView.Duties duties = view.duties();
        return new Summary(
                duties.today(),
                duties.dueSoonUntil(),
                duties.lateSince(),
                duties.tallies().stream()
                        .map(t -> new Tally(t.owner().name(), t.counts()))
                        .toList(),
                duties(duties.overdue()),
                duties(duties.dueSoon()),
                duties(duties.doneLate()),
                view.sharedCases());
    }

    private static List<Duty> duties(List<JointWorkingView.Duty> duties) {
        return duties.stream()
                .map(d -> new Duty(
                        d.child().id(),
                        d.child().name(),
                        d.item().rule().id(),
                        d.item().rule().name(),
                        d.owner().name(),
                        d.item().dueDate(),
                        d.item().metOn(),
                        d.state()))
                .toList();
    }
}
