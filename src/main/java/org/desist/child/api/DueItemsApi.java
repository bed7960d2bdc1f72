package org.desist.child.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A child's due items over the API: each with its rule, source and how its date was computed. */
@RestController
@Tag(name = "Due items", description = "What is due for a child, by when and why")
@SecurityRequirement(name = "bearer")
class DueItemsApi {

    private final DueItems dueItems;
    private final ChildRecords children;
    private final Clock clock;

    DueItemsApi(DueItems dueItems, ChildRecords children, Clock clock) {
        this.dueItems = dueItems;
        this.children = children;
        this.clock = clock;
    }

    record DueItemResponse(
            UUID id,
            String rule,
            String name,
            String source,
            String status,
            LocalDate triggerDate,
            LocalDate dueDate,
            String dueDateReason,
            boolean overdue,
            LocalDate metOn,
            boolean metLate,
            String cancelledReason) {}

    @GetMapping("/api/v1/children/{id}/due-items")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "A child's due items, soonest first")
    List<DueItemResponse> forChild(@PathVariable UUID id) {
        children.visible(id);
        LocalDate today = LocalDate.now(clock);
        return dueItems.forChild(id).stream().map(item -> response(item, today)).toList();
    }

    static DueItemResponse response(DueItem item, LocalDate today) {
        return new DueItemResponse(
                item.id(),
                item.rule().id(),
                item.rule().name(),
                item.rule().source(),
                item.status().name(),
                item.triggerDate(),
                item.dueDate(),
                item.dueDateReason(),
                item.overdueOn(today),
                item.metOn(),
                item.metLate(),
                item.cancelledReason());
    }
}
