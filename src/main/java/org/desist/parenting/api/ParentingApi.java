package org.desist.parenting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.parenting.Parenting;
import org.desist.parenting.ParentingPrompt;
import org.desist.parenting.ParentingWork;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A child's parenting record (read only): the prompts to consider a parenting assessment and the parenting work. */
@RestController
@Tag(name = "Parenting", description = "Parenting-assessment prompts and decisions, parenting orders and contracts")
@SecurityRequirement(name = "bearer")
class ParentingApi {

    private final Parenting parenting;
    private final ChildRecords children;

    ParentingApi(Parenting parenting, ChildRecords children) {
        this.parenting = parenting;
        this.children = children;
    }

    record ParentingAnswer(List<ParentingPrompt> prompts, List<ParentingWork> work) {}

    @GetMapping("/api/v1/children/{id}/parenting")
    @PreAuthorize("hasAnyAuthority('CHILD_VIEW', 'SHARED_CASE_VIEW')")
    @Operation(summary = "The child's parenting prompts with their decisions, and parenting orders, contracts and work")
    ParentingAnswer parenting(@PathVariable UUID id) {
        Parenting.Record record = parenting.of(children.accessible(id));
        return new ParentingAnswer(record.prompts(), record.work());
    }
}
