package org.desist.victim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * The victim worker's work with one victim, a person in their own right (Victims' Code 2021): the aggregate over the
 * {@code victim} row and its contacts, consents, offers, support referrals and updates. Each method checks its rule in plain
 * Java, refuses bad input field by field and returns the {@link Change}; the victim's version moves on once per
 * change. A closed victim's work is read-only.
 */
public record VictimWork(
        Victim victim,
        UUID serviceId,
        UUID childId,
        LocalDate recordedOn,
        List<UUID> offenceIds,
        UUID workerId,
        String needs,
        String sharedWishes,
        String panelAvailability,
        boolean wantsUpdates,
        LocalDate vluReferredOn,
        String vluReferralNote,
        LocalDate closedOn,
        String closureReason,
        List<VictimContact> contacts,
        List<VictimConsent> consents,
        List<VictimOffer> offers,
        List<VictimSupportReferral> supportReferrals,
        List<VictimUpdate> updates,
        long version) {

    public VictimWork {
        offenceIds = List.copyOf(offenceIds);
        contacts = List.copyOf(contacts);
        consents = List.copyOf(consents);
        offers = List.copyOf(offers);
        supportReferrals = List.copyOf(supportReferrals);
        updates = List.copyOf(updates);
    }

    public UUID id() {
        return victim.id();
    }

    public boolean closed() {
        return closedOn != null;
    }

    public VictimConsentState contactConsent() {
        return VictimConsentState.of(consents, VictimConsent.Subject.CONTACT);
    }

    public VictimConsentState sharingConsent() {
        return VictimConsentState.of(consents, VictimConsent.Subject.SHARING);
    }

    /** Whether the victim has been reached (a contact made, not only attempted). */
    public boolean contacted() {
        return contacts.stream().anyMatch(VictimContact::made);
    }

    /** The Victims' Code offers not made yet. */
    public List<VictimOffer.Offer> offersOutstanding() {
        List<VictimOffer.Offer> outstanding = new ArrayList<>(List.of(VictimOffer.Offer.values()));
        offers.forEach(o -> outstanding.remove(o.offer()));
        return outstanding;
    }

    /** Allocated to a victim worker of the service ({@code victimWorker}: whether they are one). */
    public Change<VictimWork> allocate(UUID worker, boolean victimWorker) {
        Map<String, String> problems = open();
        if (worker == null || !victimWorker) {
            problems.put("workerId", "Select a victim worker of this youth justice service");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, with(worker, offenceIds, contacts, consents, offers, supportReferrals, updates));
    }

    /** Linked to another offence of the service's children ({@code ofTheService}: whether it is one). */
    public Change<VictimWork> linkOffence(UUID offenceId, boolean ofTheService) {
        Map<String, String> problems = open();
        if (offenceId == null || !ofTheService) {
            problems.put("offenceId", "Select an offence of a child of this youth justice service");
        } else if (offenceIds.contains(offenceId)) {
            problems.put("offenceId", "The victim is already linked to this offence");
        }
        InvalidRequestException.refuseIf(problems);
        List<UUID> linked = new ArrayList<>(offenceIds);
        linked.add(offenceId);
        return Change.of(this, with(workerId, linked, contacts, consents, offers, supportReferrals, updates));
    }

    /**
     * A contact attempt or contact: not in the future, how and with whom, an outcome when it was made; after the
     * victim refused or withdrew consent to contact, a reason (Victims' Code 2021: contact stops when they ask).
     */
    public Change<VictimWork> recordContact(VictimContact contact, Instant now) {
        Map<String, String> problems = open();
        problems.putAll(contactProblems(contact, contactConsent(), now));
        InvalidRequestException.refuseIf(problems);
        List<VictimContact> more = new ArrayList<>(contacts);
        more.add(contact);
        return Change.of(this, with(workerId, offenceIds, more, consents, offers, supportReferrals, updates));
    }

    /** The invariants of a contact, given where contact consent stands. */
    public static Map<String, String> contactProblems(VictimContact c, VictimConsentState consent, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.occurredAt() == null) {
            problems.put("occurredAt", "Enter the date and time of the contact");
        } else if (c.occurredAt().isAfter(now)) {
            problems.put("occurredAt", "The date and time of the contact must be now or in the past");
        }
        if (c.method() == null) {
            problems.put("method", "Select how the contact was made or attempted");
        }
        if (c.withWhom() == null) {
            problems.put("withWhom", "Select who the contact was with");
        }
        if (c.made() && blank(c.outcome())) {
            problems.put("outcome", "Enter the outcome of the contact");
        }
        if (consent.contactNeedsReason() && blank(c.reason())) {
            problems.put(
                    "reason",
                    "The victim " + (consent == VictimConsentState.REFUSED ? "refused" : "withdrew")
                            + " consent to contact: enter why they were contacted");
        }
        return problems;
    }

    /** A consent decision: when (not in the future), the lawful basis, and only what was given is withdrawn. */
    public Change<VictimWork> recordConsent(VictimConsent consent, LocalDate today) {
        Map<String, String> problems = open();
        if (consent.subject() == null) {
            problems.put("subject", "Select what the consent is about");
        }
        if (consent.decision() == null) {
            problems.put("decision", "Select whether consent was given, refused or withdrawn");
        } else if (consent.subject() != null
                && !VictimConsentState.of(consents, consent.subject()).allows(consent.decision())) {
            problems.put("decision", "Consent can be withdrawn only after it was given");
        }
        if (consent.decidedOn() == null) {
            problems.put("decidedOn", "Enter the date of the decision");
        } else if (consent.decidedOn().isAfter(today)) {
            problems.put("decidedOn", "The date of the decision must be today or in the past");
        }
        if (consent.lawfulBasis() == null) {
            problems.put("lawfulBasis", "Select the lawful basis for holding and sharing the victim's details");
        }
        InvalidRequestException.refuseIf(problems);
        List<VictimConsent> more = new ArrayList<>(consents);
        more.add(consent);
        return Change.of(this, with(workerId, offenceIds, contacts, more, offers, supportReferrals, updates));
    }

    /** What the victim wishes and needs; what to share with the case and panel needs their consent to sharing. */
    public record Wishes(
            String wishes, String needs, String sharedWishes, String panelAvailability, boolean wantsUpdates) {}

    public Change<VictimWork> recordWishes(Wishes w) {
        Map<String, String> problems = open();
        if (!blank(w.sharedWishes()) && !sharingConsent().allowsSharing()) {
            problems.put(
                    "sharedWishes",
                    "Record the victim's consent to sharing before recording what to share with the case");
        }
        InvalidRequestException.refuseIf(problems);
        Victim v = new Victim(
                victim.id(),
                victim.offenceId(),
                victim.kind(),
                victim.name(),
                victim.contact(),
                trim(w.wishes()),
                victim.consentsToContact());
        return Change.of(
                this,
                new VictimWork(
                        v,
                        serviceId,
                        childId,
                        recordedOn,
                        offenceIds,
                        workerId,
                        trim(w.needs()),
                        trim(w.sharedWishes()),
                        trim(w.panelAvailability()),
                        w.wantsUpdates(),
                        vluReferredOn,
                        vluReferralNote,
                        closedOn,
                        closureReason,
                        contacts,
                        consents,
                        offers,
                        supportReferrals,
                        updates,
                        version));
    }

    /** A Victims' Code offer made, when (not in the future), and the response if there is one yet. */
    public Change<VictimWork> recordOffer(VictimOffer offer, LocalDate today) {
        Map<String, String> problems = open();
        if (offer.offer() == null) {
            problems.put("offer", "Select the offer made");
        }
        problems.putAll(pastDate("offeredOn", offer.offeredOn(), "the offer", today));
        InvalidRequestException.refuseIf(problems);
        List<VictimOffer> more = new ArrayList<>(offers);
        more.add(offer);
        return Change.of(this, with(workerId, offenceIds, contacts, consents, more, supportReferrals, updates));
    }

    /** A referral to a support service: which, when (not in the future). */
    public Change<VictimWork> referToSupport(VictimSupportReferral referral, LocalDate today) {
        Map<String, String> problems = open();
        if (blank(referral.service())) {
            problems.put("service", "Enter the support service the victim was referred to");
        }
        problems.putAll(pastDate("referredOn", referral.referredOn(), "the referral", today));
        InvalidRequestException.refuseIf(problems);
        List<VictimSupportReferral> more = new ArrayList<>(supportReferrals);
        more.add(referral);
        return Change.of(this, with(workerId, offenceIds, contacts, consents, offers, more, updates));
    }

    /**
     * An update given to the victim at a key point: which, when (not in the future, not before the victim was
     * recorded); after they refused or withdrew consent to contact, only with a note saying why they were told
     * (Victims' Code 2021: contact stops when they ask, as for a contact).
     */
    public Change<VictimWork> recordUpdate(VictimUpdate update, LocalDate today) {
        Map<String, String> problems = open();
        if (update.keyPoint() == null) {
            problems.put("keyPoint", "Select the key point the update was about");
        }
        problems.putAll(pastDate("givenOn", update.givenOn(), "the update", today));
        if (!problems.containsKey("givenOn") && update.givenOn().isBefore(recordedOn)) {
            problems.put("givenOn", "The date of the update cannot be before the victim was recorded");
        }
        VictimConsentState consent = contactConsent();
        if (consent.contactNeedsReason() && blank(update.note())) {
            problems.put(
                    "note",
                    "The victim " + (consent == VictimConsentState.REFUSED ? "refused" : "withdrew")
                            + " consent to contact: enter why they were given an update");
        }
        InvalidRequestException.refuseIf(problems);
        List<VictimUpdate> more = new ArrayList<>(updates);
        more.add(update);
        return Change.of(this, with(workerId, offenceIds, contacts, consents, offers, supportReferrals, more));
    }

    /** Referred to the Victim Liaison Unit through the seconded probation officer: once, and only when eligible. */
    public Change<VictimWork> referToVictimLiaisonUnit(LocalDate on, String note, boolean eligible, LocalDate today) {
        Map<String, String> problems = open();
        if (!eligible) {
            problems.put("referredOn", "Only a victim eligible for the Victim Contact Service is referred to the VLU");
        } else if (vluReferredOn != null) {
            problems.put("referredOn", "The victim has already been referred to the Victim Liaison Unit");
        }
        problems.putAll(pastDate("referredOn", on, "the referral", today));
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, state(on, trim(note), closedOn, closureReason));
    }

    /** The victim work closed: when (not in the future, not before the victim was recorded) and why. */
    public Change<VictimWork> close(LocalDate on, String reason, LocalDate today) {
        Map<String, String> problems = open();
        problems.putAll(pastDate("closedOn", on, "closure", today));
        if (on != null && !problems.containsKey("closedOn") && on.isBefore(recordedOn)) {
            problems.put("closedOn", "The date of closure cannot be before the victim was recorded");
        }
        if (blank(reason)) {
            problems.put("reason", "Enter why the victim work is closing");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, state(vluReferredOn, vluReferralNote, on, reason.trim()));
    }

    private Map<String, String> open() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (closed()) {
            problems.put("closed", "The victim work is closed: it can no longer be changed");
        }
        return problems;
    }

    private static Map<String, String> pastDate(String field, LocalDate date, String what, LocalDate today) {
        if (date == null) {
            return Map.of(field, "Enter the date of " + what);
        }
        if (date.isAfter(today)) {
            return Map.of(field, "The date of " + what + " must be today or in the past");
        }
        return Map.of();
    }

    private VictimWork with(
            UUID worker,
            List<UUID> offences,
            List<VictimContact> cs,
            List<VictimConsent> consent,
            List<VictimOffer> os,
            List<VictimSupportReferral> referrals,
            List<VictimUpdate> us) {
        Victim v = victim;
        if (consent != consents) {
            boolean consents =
                    VictimConsentState.of(consent, VictimConsent.Subject.CONTACT) == VictimConsentState.GIVEN;
            v = new Victim(v.id(), v.offenceId(), v.kind(), v.name(), v.contact(), v.wishes(), consents);
        }
        return new VictimWork(
                v,
                serviceId,
                childId,
                recordedOn,
                offences,
                worker,
                needs,
                sharedWishes,
                panelAvailability,
                wantsUpdates,
                vluReferredOn,
                vluReferralNote,
                closedOn,
                closureReason,
                cs,
                consent,
                os,
                referrals,
                us,
                version);
    }

    private VictimWork state(LocalDate vluOn, String vluNote, LocalDate closed, String reason) {
        return new VictimWork(
                victim,
                serviceId,
                childId,
                recordedOn,
                offenceIds,
                workerId,
                needs,
                sharedWishes,
                panelAvailability,
                wantsUpdates,
                vluOn,
                vluNote,
                closed,
                reason,
                contacts,
                consents,
                offers,
                supportReferrals,
                updates,
                version);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }
}
