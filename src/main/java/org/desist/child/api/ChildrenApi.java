package org.desist.child.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.child.Age;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.child.domain.ChildSearch;
import org.desist.platform.InvalidRequestException;
import org.desist.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Children's records over JSON, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/children")
@Tag(name = "Children", description = "Children's records of your youth justice services")
@SecurityRequirement(name = "bearer")
class ChildrenApi {

    private final ChildRecordService records;
    private final ChildSearch search;
    private final Clock clock;

    ChildrenApi(ChildRecordService records, ChildSearch search, Clock clock) {
        this.records = records;
        this.search = search;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "Find children by name (typo-tolerant), PNC number, local reference and/or date of birth")
    ChildSearch.Page find(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            @RequestParam(defaultValue = "1") int page) {
        return search.search(
                new ChildSearch.Query(q, dateOfBirth, page),
                CurrentUser.require().serviceIds());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "Read a child's record (the view is audited)")
    ChildResponse read(@PathVariable UUID id) {
        return response(records.view(id, "record (API)"));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CHILD_CREATE')")
    @Operation(summary = "Create a child's record")
    ResponseEntity<ChildResponse> create(@RequestBody ChildRequest request) {
        Child child = records.register(serviceFor(request), request.details());
        return ResponseEntity.created(URI.create("/api/v1/children/" + child.id()))
                .body(response(child));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Replace a child's details; send the version you read (409 if someone saved since)")
    ChildResponse update(@PathVariable UUID id, @RequestBody ChildRequest request) {
        if (request.version() == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the record you read"));
        }
        return response(records.amend(id, request.version(), request.details()));
    }

    record TransferRequest(Long version, UUID toServiceId, String reason) {}

    @PostMapping("/{id}/transfer")
    @PreAuthorize("hasAuthority('CHILD_EDIT') and hasAuthority('TEAM_CASELOAD')")
    @Operation(
            summary = "Transfer the case to another youth justice service, with its whole record (operational"
                    + " managers); afterwards your service no longer sees it")
    ChildRecordService.Transfer transfer(@PathVariable UUID id, @RequestBody TransferRequest request) {
        if (request.version() == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the record you read"));
        }
        return records.transfer(id, request.version(), request.toServiceId(), request.reason());
    }

    private UUID serviceFor(ChildRequest request) {
        if (request.serviceId() != null) {
            return request.serviceId();
        }
        Set<UUID> services = CurrentUser.require().serviceIds();
        if (services.size() != 1) {
            throw new InvalidRequestException(Map.of("serviceId", "Give the serviceId of the youth justice service"));
        }
        return services.iterator().next();
    }

    private ChildResponse response(Child child) {
        return ChildResponse.of(child, Age.on(child.details().dateOfBirth(), LocalDate.now(clock)));
    }
}
