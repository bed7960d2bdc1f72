package org.desist.safeguarding.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.safeguarding.ChildProtectionConcern;
import org.desist.safeguarding.ConcernDetails;
import org.desist.safeguarding.ReportMethod;
import org.desist.safeguarding.Safeguarding;
import org.desist.safeguarding.SafeguardingRecord;
import org.desist.safeguarding.SocialCareContact;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's risk and safeguarding records, and recording a child protection concern. Problems are RFC 9457
 * problem details: 400 with the errors by field, 403 for a caretaking host service, 404 outside the user's
 * services.
 */
@RestController
@Tag(name = "Risk and safeguarding", description = "Risk panel, VMPs, MAPPA, meetings and child protection concerns")
@SecurityRequirement(name = "bearer")
class SafeguardingApi {

    private final Safeguarding safeguarding;
    private final ChildRecords children;

    SafeguardingApi(Safeguarding safeguarding, ChildRecords children) {
        this.safeguarding = safeguarding;
        this.children = children;
    }

    record ConcernRequest(
            LocalDate identifiedOn,
            String identifiedBy,
            String concern,
            String managerName,
            LocalDate managerToldOn,
            SocialCareContact socialCareContact,
            String socialCareName,
            LocalDate socialCareToldOn,
            ReportMethod socialCareHow,
            String socialCareResponse) {

        ConcernDetails details() {
            return new ConcernDetails(
                    identifiedOn,
                    identifiedBy,
                    concern,
                    managerName,
                    managerToldOn,
                    socialCareContact,
                    socialCareName,
                    socialCareToldOn,
                    socialCareHow,
                    socialCareResponse);
        }
    }

    @GetMapping("/api/v1/children/{id}/safeguarding")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(
            summary = "The child's current classifications and what they call for, risk panel and VMP due items,"
                    + " referrals, VMPs, MAPPA, multi-agency meetings and child protection concerns")
    SafeguardingRecord get(@PathVariable UUID id) {
        return safeguarding.viewed(children.accessible(id));
    }

    @PostMapping("/api/v1/children/{id}/child-protection-concerns")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "Record a child protection concern: when and by whom it was identified, and when and to whom"
                    + " it was reported (the manager, children's social care)")
    ResponseEntity<ChildProtectionConcern> recordConcern(@PathVariable UUID id, @RequestBody ConcernRequest request) {
        ChildProtectionConcern concern = safeguarding.recordConcern(children.responsibleChild(id), request.details());
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/safeguarding"))
                .body(concern);
    }
}
