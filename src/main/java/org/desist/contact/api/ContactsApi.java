package org.desist.contact.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.contact.CompliancePanel;
import org.desist.contact.Contact;
import org.desist.contact.ContactDetails;
import org.desist.contact.ContactLog;
import org.desist.contact.ContactOutcome;
import org.desist.contact.ContactType;
import org.desist.contact.Contacts;
import org.desist.contact.PanelDecision;
import org.desist.contact.Warning;
import org.desist.contact.WarningMethod;
import org.desist.platform.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contacts on an intervention, the warnings for unacceptable absences and compliance panels. A contact is
 * planned (no outcome) or recorded (with its outcome); a correction sends the contact's {@code version} as
 * read, and a stale one is refused (409).
 */
@RestController
@Tag(name = "Contacts and compliance", description = "Contacts with the child, warnings and compliance panels")
@SecurityRequirement(name = "bearer")
class ContactsApi {

    private final Contacts contacts;

    ContactsApi(Contacts contacts) {
        this.contacts = contacts;
    }

    record ContactRequest(
            Long version,
            LocalDate date,
            LocalTime time,
            ContactType type,
            String place,
            String expected,
            Boolean childAttended,
            Boolean parentAttended,
            String othersAttended,
            ContactOutcome outcome,
            String absenceReason,
            String notes) {

        ContactDetails details() {
            return new ContactDetails(
                    date,
                    time,
                    type,
                    place,
                    expected,
                    childAttended,
                    parentAttended,
                    othersAttended,
                    outcome,
                    absenceReason,
                    notes);
        }
    }

    record WarningRequest(UUID contactId, LocalDate givenOn, String givenBy, WarningMethod method) {}

    // Its own name in the contract: another module's API has a PanelRequest too, and springdoc kept only one of them.
    @io.swagger.v3.oas.annotations.media.Schema(name = "CompliancePanelRequest")
    record PanelRequest(
            LocalDate heldOn,
            PanelDecision decision,
            String engagement,
            String motivation,
            String barriers,
            String notes) {}

    @GetMapping("/api/v1/interventions/{id}/contacts")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(
            summary = "An intervention's contacts (upcoming, then past), counts by outcome, warnings, compliance"
                    + " panels and the compliance stage")
    ContactLog list(@PathVariable UUID id) {
        return contacts.viewed(id);
    }

    @PostMapping("/api/v1/interventions/{id}/contacts")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "Plan a contact (no outcome: a date and a type), or record one that happened (with its"
                    + " outcome; the reason for an absence)")
    ResponseEntity<Contact> add(@PathVariable UUID id, @RequestBody ContactRequest request) {
        Contact contact = request.outcome() == null
                ? contacts.plan(id, request.details())
                : contacts.record(id, request.details());
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + contact.id()))
                .body(contact);
    }

    @GetMapping("/api/v1/contacts/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "One contact")
    Contact get(@PathVariable UUID id) {
        return contacts.get(id);
    }

    @PutMapping("/api/v1/contacts/{id}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record the outcome of a planned contact, or correct a contact, from the version read")
    Contact update(@PathVariable UUID id, @RequestBody ContactRequest request) {
        if (request.version() == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the contact you read"));
        }
        return contacts.update(id, request.version(), request.details());
    }

    @GetMapping("/api/v1/interventions/{id}/warnings")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "The warnings given for unacceptable absences, oldest first")
    List<Warning> warnings(@PathVariable UUID id) {
        return contacts.viewed(id).warnings();
    }

    @PostMapping("/api/v1/interventions/{id}/warnings")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record the warning given for an unacceptable absence (one for each)")
    ResponseEntity<Warning> warn(@PathVariable UUID id, @RequestBody WarningRequest request) {
        Warning warning = contacts.warn(
                id,
                new Contacts.NewWarning(request.contactId(), request.givenOn(), request.givenBy(), request.method()));
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + id + "/warnings"))
                .body(warning);
    }

    @PostMapping("/api/v1/interventions/{id}/compliance-panels")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record a compliance panel: the child's engagement, motivation, what got in the way, decision")
    ResponseEntity<CompliancePanel> panel(@PathVariable UUID id, @RequestBody PanelRequest request) {
        CompliancePanel panel = contacts.recordPanel(
                id,
                new Contacts.NewPanel(
                        request.heldOn(),
                        request.decision(),
                        request.engagement(),
                        request.motivation(),
                        request.barriers(),
                        request.notes()));
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + id + "/contacts"))
                .body(panel);
    }
}
