package org.desist.victim.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.InvalidRequestException;
import org.desist.victim.Victim;
import org.desist.victim.VictimConsent;
import org.desist.victim.VictimConsentState;
import org.desist.victim.VictimContact;
import org.desist.victim.VictimOffer;
import org.desist.victim.VictimSupportReferral;
import org.desist.victim.VictimUpdate;
import org.desist.victim.VictimWork;
import org.desist.victim.VictimWorks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Victims as people in their own right (Victims' Code 2021): the victim worker's caseload and each victim's work.
 * Only for VICTIM_VIEW (reads) and VICTIM_WORK (changes); another service's victim is 404. Every change sends the
 * version read (409 when someone saved since).
 */
@RestController
@Tag(name = "Victim work", description = "Victims' contacts, consent, offers and referrals: the victim capability only")
@SecurityRequirement(name = "bearer")
class VictimsApi {

    private final VictimWorks works;

    VictimsApi(VictimWorks works) {
        this.works = works;
    }

    record VictimSummary(
            UUID id,
            String name,
            Victim.Kind kind,
            UUID workerId,
            String worker,
            VictimConsentState contactConsent,
            VictimConsentState sharingConsent,
            LocalDate firstContactDue,
            boolean firstContactOverdue,
            List<VictimOffer.Offer> offersOutstanding,
            LocalDate closedOn,
            long version) {}

    record VictimDetail(
            UUID id,
            Victim.Kind kind,
            String name,
            String contact,
            List<UUID> offenceIds,
            UUID workerId,
            String wishes,
            String needs,
            String sharedWishes,
            String panelAvailability,
            boolean wantsUpdates,
            VictimConsentState contactConsent,
            VictimConsentState sharingConsent,
            LocalDate firstContactDue,
            List<VictimContact> contacts,
            List<VictimConsent> consents,
            List<VictimOffer> offers,
            List<VictimSupportReferral> supportReferrals,
            List<VictimUpdate> updates,
            boolean eligibleForVictimContactService,
            LocalDate vluReferredOn,
            String vluReferralNote,
            LocalDate closedOn,
            String closureReason,
            long version) {}

    record VictimAllocationRequest(Long version, UUID workerId) {}

    record VictimOffenceRequest(Long version, UUID offenceId) {}

    record VictimContactRequest(
            Long version,
            Instant occurredAt,
            VictimContact.Method method,
            VictimContact.With withWhom,
            Boolean made,
            String outcome,
            String reason) {}

    record VictimConsentRequest(
            Long version,
            VictimConsent.Subject subject,
            VictimConsent.Decision decision,
            LocalDate decidedOn,
            VictimConsent.LawfulBasis lawfulBasis,
            String note) {}

    record VictimWishesRequest(
            Long version,
            String wishes,
            String needs,
            String sharedWishes,
            String panelAvailability,
            Boolean wantsUpdates) {}

    record VictimOfferRequest(
            Long version, VictimOffer.Offer offer, LocalDate offeredOn, VictimOffer.Response response) {}

    record VictimSupportReferralRequest(Long version, String service, LocalDate referredOn, String note) {}

    record VictimUpdateRequest(Long version, VictimUpdate.KeyPoint keyPoint, LocalDate givenOn, String note) {}

    record VictimVluReferralRequest(Long version, LocalDate referredOn, String note) {}

    record VictimClosureRequest(Long version, LocalDate closedOn, String reason) {}

    @GetMapping("/api/v1/victims")
    @PreAuthorize("hasAuthority('VICTIM_VIEW')")
    @Operation(
            summary = "The signed-in victim worker's open victims, or the service's",
            description = "Without worker: your own open victims. worker=all: every victim of your services;"
                    + " worker=<id>: that worker's open victims.")
    List<VictimSummary> victims(@RequestParam(required = false) String worker) {
        List<VictimWorks.Entry> entries;
        if (worker == null || worker.isBlank()) {
            entries = works.mine();
        } else if ("all".equals(worker)) {
            entries = works.ofServices(null);
        } else {
            entries = works.ofServices(uuid(worker));
        }
        return entries.stream().map(VictimsApi::summary).toList();
    }

    @GetMapping("/api/v1/victims/{id}")
    @PreAuthorize("hasAuthority('VICTIM_VIEW')")
    @Operation(summary = "One victim with their contacts, consents, offers and referrals")
    VictimDetail victim(@PathVariable UUID id) {
        return detail(works.get(id));
    }

    @PutMapping("/api/v1/victims/{id}/allocation")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "Allocate the victim to a victim worker of the service")
    VictimDetail allocate(@PathVariable UUID id, @RequestBody VictimAllocationRequest r) {
        return detail(works.allocate(id, version(r.version()), r.workerId()));
    }

    @PostMapping("/api/v1/victims/{id}/offences")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "Link the victim to another offence of the service's children")
    VictimDetail linkOffence(@PathVariable UUID id, @RequestBody VictimOffenceRequest r) {
        return detail(works.linkOffence(id, version(r.version()), r.offenceId()));
    }

    @PostMapping("/api/v1/victims/{id}/contacts")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(
            summary = "Record a contact attempt or contact",
            description = "An outcome when it was made; after consent to contact was refused or withdrawn, a reason.")
    VictimDetail recordContact(@PathVariable UUID id, @RequestBody VictimContactRequest r) {
        return detail(works.recordContact(
                id,
                version(r.version()),
                new VictimContact(
                        null,
                        r.occurredAt(),
                        r.method(),
                        r.withWhom(),
                        Boolean.TRUE.equals(r.made()),
                        r.outcome(),
                        r.reason(),
                        null,
                        null)));
    }

    @PostMapping("/api/v1/victims/{id}/consents")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "Record consent to contact or to sharing: given, refused or withdrawn, with the lawful basis")
    VictimDetail recordConsent(@PathVariable UUID id, @RequestBody VictimConsentRequest r) {
        return detail(works.recordConsent(
                id,
                version(r.version()),
                new VictimConsent(
                        null, r.subject(), r.decision(), r.decidedOn(), r.lawfulBasis(), r.note(), null, null)));
    }

    @PutMapping("/api/v1/victims/{id}/wishes")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "Record the victim's wishes, needs, what to share with the case and panel, availability")
    VictimDetail recordWishes(@PathVariable UUID id, @RequestBody VictimWishesRequest r) {
        return detail(works.recordWishes(
                id,
                version(r.version()),
                new VictimWork.Wishes(
                        r.wishes(),
                        r.needs(),
                        r.sharedWishes(),
                        r.panelAvailability(),
                        Boolean.TRUE.equals(r.wantsUpdates()))));
    }

    @PostMapping("/api/v1/victims/{id}/offers")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "Record a Victims' Code offer made, when, and the response")
    VictimDetail recordOffer(@PathVariable UUID id, @RequestBody VictimOfferRequest r) {
        return detail(works.recordOffer(id, version(r.version()), r.offer(), r.offeredOn(), r.response()));
    }

    @PostMapping("/api/v1/victims/{id}/support-referrals")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "Record a referral of the victim to a support service")
    VictimDetail referToSupport(@PathVariable UUID id, @RequestBody VictimSupportReferralRequest r) {
        return detail(works.referToSupport(id, version(r.version()), r.service(), r.referredOn(), r.note()));
    }

    @PostMapping("/api/v1/victims/{id}/updates")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "Record an update given to the victim at a key point (DISPOSAL, ORDER_END or OTHER)")
    VictimDetail recordUpdate(@PathVariable UUID id, @RequestBody VictimUpdateRequest r) {
        return detail(works.recordUpdate(id, version(r.version()), r.keyPoint(), r.givenOn(), r.note()));
    }

    @PutMapping("/api/v1/victims/{id}/vlu-referral")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "Record the referral to probation's Victim Liaison Unit (a victim eligible for the VCS)")
    VictimDetail referToVlu(@PathVariable UUID id, @RequestBody VictimVluReferralRequest r) {
        return detail(works.referToVictimLiaisonUnit(id, version(r.version()), r.referredOn(), r.note()));
    }

    @PutMapping("/api/v1/victims/{id}/closure")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "Close the work with the victim (read-only afterwards)")
    VictimDetail close(@PathVariable UUID id, @RequestBody VictimClosureRequest r) {
        return detail(works.close(id, version(r.version()), r.closedOn(), r.reason()));
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the victim you read"));
        }
        return version;
    }

    private static UUID uuid(String worker) {
        try {
            return UUID.fromString(worker);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(Map.of("worker", "Give a worker's id, or all"));
        }
    }

    private static VictimSummary summary(VictimWorks.Entry e) {
        VictimWork w = e.work();
        return new VictimSummary(
                w.id(),
                w.victim().name(),
                w.victim().kind(),
                w.workerId(),
                e.workerName(),
                w.contactConsent(),
                w.sharingConsent(),
                e.firstContactDue(),
                e.overdue(),
                w.offersOutstanding(),
                w.closedOn(),
                w.version());
    }

    private VictimDetail detail(VictimWork w) {
        return new VictimDetail(
                w.id(),
                w.victim().kind(),
                w.victim().name(),
                w.victim().contact(),
                w.offenceIds(),
                w.workerId(),
                w.victim().wishes(),
                w.needs(),
                w.sharedWishes(),
                w.panelAvailability(),
                w.wantsUpdates(),
                w.contactConsent(),
                w.sharingConsent(),
                works.firstContactDue(w),
                w.contacts(),
                w.consents(),
                w.offers(),
                w.supportReferrals(),
                w.updates(),
                works.eligibleForVictimContactService(w),
                w.vluReferredOn(),
                w.vluReferralNote(),
                w.closedOn(),
                w.closureReason(),
                w.version());
    }
}
