package org.desist.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.deadline.DueItem;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;

/**
 * A court order and what it involves, as its page and the API show it: the aggregate whose methods record on it
 * (a panel, the contract, a requirement, a breach, the licence, social care at a panel), each checking its rules and
 * returning the {@link Change}. {@code version} guards every change to what is recorded here (0 before anything is).
 *
 * @param socialCare social care at each of its panels, by panel (not in the API's order: the page shows it)
 */
public record CourtOrder(
        Intervention sentence,
        long version,
        Contract contract,
        OrderTerms.Span runs,
        List<Panel> panels,
        List<Requirement> requirements,
        OrderTerms.DetentionAndTraining detentionAndTraining,
        Licence licence,
        List<Breach> breaches,
        Resentence replaces,
        Resentence replacedBy,
        List<DueItem> dueItems,
        @JsonIgnore Map<UUID, SocialCareAtPanel> socialCare) {

    /** A grave crime sentence's release and the end of licence supervision. */
    public record Licence(LocalDate releaseDate, LocalDate licenceEndDate) {}

    /** What the trail shows of a release and licence, recorded or corrected. */
    static final AuditedFields<CourtOrder> LICENCE_AUDITED = AuditedFields.<CourtOrder>of()
            .field("Release date", o -> o.licence() == null ? null : o.licence().releaseDate())
            .field(
                    "Licence end date",
                    o -> o.licence() == null ? null : o.licence().licenceEndDate());

    /** The order on the other side of a resentence, and when. */
    public record Resentence(UUID interventionId, String label, LocalDate on) {}

    public UUID interventionId() {
        return sentence.id();
    }

    /** The requirements that involve children's social care (the joint protocol between children's social care and the YOS). */
    @JsonProperty("socialCareRequirements")
    public List<Requirement> socialCareRequirements() {
        return requirements.stream()
                .filter(r -> r.type().involvesChildrensSocialCare())
                .toList();
    }

    public Optional<Panel> panel(UUID id) {
        return panels.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Requirement> requirement(UUID id) {
        return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Breach> breach(UUID id) {
        return breaches.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    // The intention-revealing changes (YJB case management guidance: what each order involves). Each refuses the
    // answers its rules forbid, each on its field, then anything on an order that has ended, and returns the order
    // before and after.

    /** A youth offender panel sat ({@code id} its new id): properly constituted, the initial panel first. */
    public Change<CourtOrder> recordPanel(UUID id, ReferralOrders.NewPanel request, LocalDate dateOfBirth) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.kind() == null) {
            problems.put("kind", "Select which panel this was");
        }
        if (request.heldOn() == null) {
            problems.put("heldOn", "Enter the date of the panel");
        } else if (request.heldOn().isBefore(sentence.startDate())) {
            problems.put("heldOn", "The panel cannot be before the order was made");
        }
        Optional<Panel> initial = initialPanel();
        if (request.kind() == PanelKind.INITIAL && initial.isPresent()) {
            problems.put(
                    "kind",
                    "The initial panel is already recorded (" + initial.get().heldOn() + ")");
        }
        if (request.kind() != null && request.kind() != PanelKind.INITIAL) {
            if (initial.isEmpty()) {
                problems.put("kind", "Record the initial panel first");
            } else if (request.heldOn() != null
                    && !request.heldOn().isAfter(initial.get().heldOn())) {
                problems.put("heldOn", "A " + request.kind().label().toLowerCase() + " is after the initial panel");
            }
        }
        problems.putAll(PanelRules.problems(
                new PanelRules.Sitting(
                        request.heldOn(),
                        request.communityMembers(),
                        request.yosMember(),
                        request.parentAttended(),
                        request.parentAbsenceReason()),
                dateOfBirth));
        if (request.outcome() == null) {
            problems.put("outcome", "Select the outcome of the panel");
        }
        refuse(problems);
        boolean parentAttended = request.parentAttended();
        Panel panel = new Panel(
                id,
                request.kind(),
                request.heldOn(),
                request.communityMembers().stream()
                        .filter(n -> n != null && !n.isBlank())
                        .map(String::trim)
                        .toList(),
                request.yosMember().trim(),
                parentAttended,
                parentAttended ? null : blankToNull(request.parentAbsenceReason()),
                request.reportSharedOn(),
                request.outcome(),
                blankToNull(request.notes()));
        return Change.of(this, with(contract, append(panels, panel), requirements, licence, breaches, socialCare));
    }

    /** The referral order contract was signed, once, at or after the initial panel: the order runs from it. */
    public Change<CourtOrder> signContract(ReferralOrders.NewContract request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (contract != null) {
            problems.put("signedOn", "The contract was already signed on " + contract.signedOn());
        }
        Optional<Panel> initial = initialPanel();
        if (request.signedOn() == null) {
            problems.put("signedOn", "Enter the date the contract was signed");
        } else if (initial.isEmpty()) {
            problems.put("signedOn", "Record the initial panel first: the contract is agreed there");
        } else if (request.signedOn().isBefore(initial.get().heldOn())) {
            problems.put(
                    "signedOn",
                    "The contract is signed at or after the initial panel ("
                            + initial.get().heldOn() + ")");
        }
        if (request.reparation() == null || request.reparation().isBlank()) {
            problems.put("reparation", "Describe the reparation the child agreed to");
        }
        List<String> activities = request.activities() == null
                ? List.of()
                : request.activities().stream()
                        .filter(a -> a != null && !a.isBlank())
                        .map(String::trim)
                        .toList();
        if (activities.isEmpty()) {
            problems.put("activities", "Enter at least one activity the child agreed to");
        }
        refuse(problems);
        Contract signed = new Contract(request.signedOn(), request.reparation().trim(), activities);
        return Change.of(this, with(signed, panels, requirements, licence, breaches, socialCare));
    }

    /** The court imposed a requirement ({@code id} its new id), lawful for this child and order (Sch. 6). */
    public Change<CourtOrder> addRequirement(UUID id, RequirementRules.Proposed request, LocalDate dateOfBirth) {
        refuse(RequirementRules.problems(request, sentence.startDate(), sentence.endDate(), dateOfBirth, requirements));
        RequirementType type = request.type();
        boolean curfew = type.records(RequirementType.Quantity.CURFEW);
        Requirement added = new Requirement(
                id,
                type,
                request.startDate(),
                request.endDate(),
                type.records(RequirementType.Quantity.HOURS) ? request.hours() : null,
                type.records(RequirementType.Quantity.DAYS) ? request.days() : null,
                type == RequirementType.ACTIVITY && request.extended(),
                curfew ? request.curfewFrom() : null,
                curfew ? request.curfewUntil() : null,
                type.records(RequirementType.Quantity.DETAILS) || type == RequirementType.ACTIVITY
                        ? blankToNull(request.details())
                        : null,
                type.records(RequirementType.Quantity.CONDITIONS) && request.conditionsConfirmed());
        return Change.of(this, with(contract, panels, append(requirements, added), licence, breaches, socialCare));
    }

    /**
     * A breach and what was decided ({@code id} its new id; YJB case management guidance, §9): only a court fines or
     * revokes and resentences, and a resentence names the child's new court order ({@code replacement}, null when
     * none was named or it is not one the user may see).
     */
    public Change<CourtOrder> recordBreach(UUID id, OrderBreaches.NewBreach request, Intervention replacement) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.breachedOn() == null) {
            problems.put("breachedOn", "Enter the date of the breach");
        } else if (request.breachedOn().isBefore(sentence.startDate())) {
            problems.put("breachedOn", "The breach cannot be before the order was made");
        }
        if (request.breachedWhat() == null) {
            problems.put("breachedWhat", "Select what was breached");
        } else if (request.breachedWhat() == BreachedWhat.REQUIREMENT) {
            if (request.requirementId() == null) {
                problems.put("requirementId", "Select the requirement that was breached");
            } else if (requirement(request.requirementId()).isEmpty()) {
                problems.put("requirementId", "Select one of this order's requirements");
            }
        } else if (request.breachedWhat() == BreachedWhat.CONTRACT
                && sentence.type() != InterventionType.REFERRAL_ORDER) {
            problems.put("breachedWhat", "Only a referral order has a contract");
        }
        if (request.details() == null || request.details().isBlank()) {
            problems.put("details", "Describe what happened");
        }
        if (request.decidedBy() == null) {
            problems.put("decidedBy", "Select who decided");
        }
        if (request.outcome() == null) {
            problems.put("outcome", "Select the outcome");
        } else if (request.outcome().needsACourt()
                && request.decidedBy() != null
                && request.decidedBy() != BreachDecidedBy.COURT) {
            problems.put(
                    "decidedBy",
                    "Only a court can " + (request.outcome() == BreachOutcome.FINE ? "fine" : "revoke and resentence"));
        }
        if (request.outcome() == BreachOutcome.REVOKED_AND_RESENTENCED) {
            if (sentence.status() == Intervention.Status.CLOSED) {
                problems.put("outcome", "This order is already closed");
            }
            if (request.newInterventionId() == null) {
                problems.put("newInterventionId", "Select the new order the child was resentenced to");
            } else {
                replacementProblem(replacement).ifPresent(p -> problems.put("newInterventionId", p));
            }
        } else if (request.newInterventionId() != null) {
            problems.put("newInterventionId", "A new order is linked only when the child was resentenced");
        }
        refuse(problems);
        Breach breach = new Breach(
                id,
                request.breachedOn(),
                request.breachedWhat(),
                request.breachedWhat() == BreachedWhat.REQUIREMENT ? request.requirementId() : null,
                request.details().trim(),
                request.decidedBy(),
                request.outcome(),
                replacement == null ? null : replacement.id());
        return Change.of(this, with(contract, panels, requirements, licence, append(breaches, breach), socialCare));
    }

    /**
     * A sentence of detention for a grave crime: the date the child is (or was) released and the date licence
     * supervision ends (YJB case management guidance). A correction replaces the dates.
     */
    public Change<CourtOrder> recordLicence(LocalDate releaseDate, LocalDate licenceEndDate) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (releaseDate == null) {
            problems.put("releaseDate", "Enter the release date");
        } else if (releaseDate.isBefore(sentence.startDate())) {
            problems.put("releaseDate", "The release date cannot be before the sentence started");
        }
        if (licenceEndDate == null) {
            problems.put("licenceEndDate", "Enter the date the licence ends");
        } else if (releaseDate != null && !licenceEndDate.isAfter(releaseDate)) {
            problems.put("licenceEndDate", "The licence must end after the release date");
        }
        refuse(problems);
        Licence recorded = new Licence(releaseDate, licenceEndDate);
        return Change.of(this, with(contract, panels, requirements, recorded, breaches, socialCare));
    }

    /**
     * Social care at a looked-after child's panel, once per panel (the joint protocol between children's social care
     * and the YOS, "Police station and court"), recorded {@code by} the signed-in user.
     */
    public Change<CourtOrder> recordSocialCare(UUID panelId, SocialCareAtPanels.NewSocialCare request, String by) {
        Panel panel = panel(panelId).orElseThrow(() -> new NotFoundException("Youth offender panel"));
        Map<String, String> problems = SocialCareAtPanel.problems(
                panel.heldOn(),
                request.invitedOn(),
                request.invitedWho(),
                request.time(),
                request.timeNote(),
                request.attended(),
                request.attendedName());
        if (socialCare.containsKey(panelId)) {
            problems.put("invitedOn", "Social care at this panel is already recorded");
        }
        refuse(problems);
        SocialCareAtPanel recorded = new SocialCareAtPanel(
                panelId,
                request.invitedOn(),
                request.invitedWho().trim(),
                request.time(),
                blankToNull(request.timeNote()),
                request.attended(),
                request.attended() == PanelCompanion.SOMEONE_ELSE
                        ? request.attendedName().trim()
                        : null,
                by);
        Map<UUID, SocialCareAtPanel> more = new LinkedHashMap<>(socialCare);
        more.put(panelId, recorded);
        return Change.of(this, with(contract, panels, requirements, licence, breaches, more));
    }

    /** Why the new order of a resentence cannot be linked, if it cannot. */
    private Optional<String> replacementProblem(Intervention replacement) {
        if (replacement == null) {
            return Optional.of("Select one of this child's orders");
        }
        if (!replacement.childId().equals(sentence.childId())
                || replacement.type().kind() != InterventionType.Kind.COURT_ORDER) {
            return Optional.of("Select one of this child's court orders");
        }
        if (replacement.status() == Intervention.Status.CLOSED) {
            return Optional.of("Select the new order: that one is closed");
        }
        if (replacement.id().equals(sentence.id())) {
            return Optional.of("Select the new order, not the one that was breached");
        }
        if (replacement.startDate().isBefore(sentence.startDate())) {
            return Optional.of("The new order must have been made after the one it replaces");
        }
        return Optional.empty();
    }

    /** The answers' problems first; then nothing more is recorded on an order that has ended. */
    private void refuse(Map<String, String> problems) {
        InvalidRequestException.refuseIf(problems);
        if (sentence.status() == Intervention.Status.CLOSED) {
            InvalidRequestException.refuseIf(
                    Map.of("order", "This order has ended: nothing more can be recorded on it"));
        }
    }

    private Optional<Panel> initialPanel() {
        return panels.stream().filter(p -> p.kind() == PanelKind.INITIAL).findFirst();
    }

    private CourtOrder with(
            Contract newContract,
            List<Panel> newPanels,
            List<Requirement> newRequirements,
            Licence newLicence,
            List<Breach> newBreaches,
            Map<UUID, SocialCareAtPanel> newSocialCare) {
        return new CourtOrder(
                sentence,
                version,
                newContract,
                runs,
                newPanels,
                newRequirements,
                detentionAndTraining,
                newLicence,
                newBreaches,
                replaces,
                replacedBy,
                dueItems,
                Map.copyOf(newSocialCare));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return List.copyOf(more);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
