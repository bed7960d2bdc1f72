package org.desist.outofcourt;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.desist.outofcourt.OutOfCourtDisposals.NewReferral;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.security.Agency;

/**
 * A police referral of a child for an out-of-court disposal, with where it has got to: the aggregate. Each
 * intention-revealing method checks the referral's rules (YJB case management guidance, out-of-court disposals:
 * referral, screening and assessment, the joint decision-making panel, delivery), refuses with each problem on its
 * field, and returns the change; its service saves it, audits it and tells the due items.
 */
public record Referral(
        UUID id,
        UUID serviceId,
        UUID childId,
        LocalDate referralDate,
        String policeReference,
        String referringOfficer,
        LocalDate bailDate,
        UUID caseManagerId,
        List<UUID> offenceIds,
        Stage stage,
        Screening screening,
        PanelDecision panel,
        UUID interventionId,
        LocalDate withdrawnOn,
        String withdrawnReason,
        LocalDate deliveryEndedOn,
        String nonCompliance,
        Boolean referredBackToPolice,
        long version) {

    /** Where the referral has got to. */
    public enum Stage {
        REFERRED("Referred", "blue"),
        ASSESSED("Assessed, awaiting the panel", "light-blue"),
        DECIDED_NO_FURTHER_ACTION("No further action", "grey"),
        CHARGED("Charged: goes to court", "purple"),
        IN_DELIVERY("Disposal being delivered", "green"),
        COMPLETED("Completed", "grey"),
        NOT_COMPLIED("Not complied with", "red"),
        ENDED("Ended", "grey"),
        WITHDRAWN("Withdrawn by the police", "grey");

        private final String label;
        private final String colour;

        Stage(String label, String colour) {
            this.label = label;
            this.colour = colour;
        }

        public String label() {
            return label;
        }

        /** The GOV.UK tag colour. */
        public String colour() {
            return colour;
        }
    }

    /** The YOS screening and assessment. */
    public record Screening(
            LocalDate completedOn,
            String summary,
            Set<SourceConsulted> sources,
            List<SpecialistScreening> specialistScreenings) {}

    /** One specialist's screening: who screened, when, and what they found. */
    public record SpecialistScreening(SpecialistArea area, String screenedBy, LocalDate screenedOn, String outcome) {}

    /** Someone at the joint decision-making panel, and their agency. */
    public record Attendee(String name, Agency agency) {}

    /** What the joint decision-making panel decided, why, and when the police were told. */
    public record PanelDecision(
            LocalDate panelDate,
            List<Attendee> attendees,
            Outcome recommendation,
            Outcome decision,
            String rationale,
            String conditions,
            LocalDate conditionsEndOn,
            LocalDate policeToldOn) {

        /** The decision departs from the YOS recommendation (inspectors look for the reasons). */
        public boolean departsFromRecommendation() {
            return recommendation != decision;
        }
    }

    public boolean withdrawn() {
        return withdrawnOn != null;
    }
    // The referral's rules (YJB case management guidance, out-of-court disposals). Each problem is on the field the
    // API and the pages name; rules needing today's date or the service's staff take them as parameters.

    /** What is wrong with a police referral, by field (nothing when it may be recorded). */
    public static Map<String, String> problemsReferring(
            NewReferral request, LocalDate today, Set<UUID> caseHolders, Predicate<UUID> childsOffence) {
        LocalDate referralDate = request.referralDate();
        LocalDate bailDate = request.bailDate();
        UUID caseManagerId = request.caseManagerId();
        Map<String, String> problems = new LinkedHashMap<>();
        if (referralDate == null) {
            problems.put("referralDate", "Enter the date of the referral");
        } else if (referralDate.isAfter(today)) {
            problems.put("referralDate", "The date of the referral must be today or in the past");
        }
        if (blank(request.policeReference())) {
            problems.put("policeReference", "Enter the police reference");
        }
        if (bailDate != null && referralDate != null && bailDate.isBefore(referralDate)) {
            problems.put("bailDate", "The bail date must be on or after the date of the referral");
        }
        if (caseManagerId == null) {
            problems.put("caseManagerId", "Select the case manager");
        } else if (!caseHolders.contains(caseManagerId)) {
            problems.put("caseManagerId", "Select a case manager from this youth justice service");
        }
        List<UUID> offences = distinct(request.offenceIds());
        if (offences.isEmpty()) {
            problems.put("offenceIds", "Select the offence or offences the referral concerns");
        } else if (!offences.stream().allMatch(childsOffence)) {
            problems.put("offenceIds", "Select only this child's offences");
        }
        return problems;
    }

    /** The police referred the child: a new referral, or refused with its problems. */
    public static Change<Referral> refer(
            UUID id,
            UUID serviceId,
            UUID childId,
            NewReferral request,
            LocalDate today,
            Set<UUID> caseHolders,
            Predicate<UUID> childsOffence) {
        InvalidRequestException.refuseIf(problemsReferring(request, today, caseHolders, childsOffence));
        return Change.created(new Referral(
                id,
                serviceId,
                childId,
                request.referralDate(),
                request.policeReference().trim(),
                trimToNull(request.referringOfficer()),
                request.bailDate(),
                request.caseManagerId(),
                distinct(request.offenceIds()),
                Stage.REFERRED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0));
    }

    /** The bail date was wrong, has moved or is now known: not before the referral, not once withdrawn. */
    public Change<Referral> correctBailDate(LocalDate newBailDate) {
        Map<String, String> problems = stillOpen("bailDate");
        if (newBailDate == null) {
            problems.put("bailDate", "Enter the bail date");
        } else if (newBailDate.isBefore(referralDate)) {
            problems.put("bailDate", "The bail date must be on or after the date of the referral");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, with(newBailDate, withdrawnOn, withdrawnReason, stage, screening, panel));
    }

    /** The police withdrew the referral before the panel decided, with their reason. */
    public Change<Referral> withdraw(LocalDate on, String reason, LocalDate today) {
        Map<String, String> problems = stillOpen("withdrawnOn");
        if (on == null) {
            problems.put("withdrawnOn", "Enter the date the police withdrew the referral");
        } else if (on.isBefore(referralDate)) {
            problems.put("withdrawnOn", "The referral cannot be withdrawn before it was made");
        }
        if (on != null && on.isAfter(today)) {
            problems.putIfAbsent(
                    "withdrawnOn", "The date the police withdrew the referral must be today or in the past");
        }
        if (blank(reason)) {
            problems.put("reason", "Enter why the police withdrew the referral");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, with(bailDate, on, reason.trim(), Stage.WITHDRAWN, screening, panel));
    }

    /** The YOS screening and assessment, once, with each specialist screening once and in full. */
    public Change<Referral> recordScreening(Screening typed, LocalDate today) {
        Map<String, String> problems = stillOpen("completedOn");
        if (screening != null) {
            problems.putIfAbsent("completedOn", "The screening and assessment has already been recorded");
        }
        if (typed.completedOn() == null) {
            problems.putIfAbsent("completedOn", "Enter the date the screening and assessment was completed");
        } else if (typed.completedOn().isBefore(referralDate)) {
            problems.putIfAbsent("completedOn", "The assessment cannot be completed before the referral was made");
        }
        if (typed.completedOn() != null && typed.completedOn().isAfter(today)) {
            problems.putIfAbsent("completedOn", "The screening and assessment cannot be completed in the future");
        }
        if (blank(typed.summary())) {
            problems.put("summary", "Summarise the screening and assessment");
        }
        List<SpecialistScreening> specialists = present(typed.specialistScreenings());
        ScreeningRules.addSpecialistProblems(specialists, problems);
        InvalidRequestException.refuseIf(problems);
        Set<SourceConsulted> sources = EnumSet.noneOf(SourceConsulted.class);
        if (typed.sources() != null) {
            typed.sources().stream().filter(Objects::nonNull).forEach(sources::add);
        }
        Screening recorded = new Screening(
                typed.completedOn(),
                typed.summary().trim(),
                sources,
                specialists.stream()
                        .map(s -> new SpecialistScreening(
                                s.area(),
                                s.screenedBy().trim(),
                                s.screenedOn(),
                                s.outcome().trim()))
                        .toList());
        Stage next = stage == Stage.REFERRED ? Stage.ASSESSED : stage;
        return Change.of(this, with(bailDate, withdrawnOn, withdrawnReason, next, recorded, panel));
    }

    /**
     * What is wrong with the joint decision-making panel's record, by field. The panel is joint (police and YOS
     * both attend), decides once, gives its rationale, and a youth conditional caution has conditions and an end
     * within the caution's length (Crime and Disorder Act 1998 s.66A; Code of Practice for Youth Conditional
     * Cautions).
     */
    public Map<String, String> problemsRecordingPanel(PanelDecision typed, LocalDate today) {
        Map<String, String> problems = stillOpen("panelDate");
        if (panel != null) {
            problems.putIfAbsent("panelDate", "The panel's decision has already been recorded");
        }
        if (typed.panelDate() == null) {
            problems.putIfAbsent("panelDate", "Enter the date of the panel");
        } else if (typed.panelDate().isBefore(referralDate)) {
            problems.putIfAbsent("panelDate", "The panel cannot sit before the referral was made");
        }
        if (typed.panelDate() != null && typed.panelDate().isAfter(today)) {
            problems.putIfAbsent("panelDate", "Record the panel on or after the day it sits");
        }
        PanelRules.addContentProblems(typed, today, problems);
        return problems;
    }

    /** The joint decision-making panel decided (see {@link #problemsRecordingPanel}). */
    public Change<Referral> recordPanelDecision(PanelDecision typed, LocalDate today) {
        InvalidRequestException.refuseIf(problemsRecordingPanel(typed, today));
        boolean ycc = typed.decision() == Outcome.YOUTH_CONDITIONAL_CAUTION;
        PanelDecision decided = new PanelDecision(
                typed.panelDate(),
                present(typed.attendees()).stream()
                        .map(a -> new Attendee(a.name().trim(), a.agency()))
                        .toList(),
                typed.recommendation(),
                typed.decision(),
                typed.rationale().trim(),
                ycc ? typed.conditions().trim() : null,
                ycc ? typed.conditionsEndOn() : null,
                typed.policeToldOn());
        Stage next = switch (typed.decision()) {
            case NO_FURTHER_ACTION -> Stage.DECIDED_NO_FURTHER_ACTION;
            case CHARGE -> Stage.CHARGED;
            default -> Stage.IN_DELIVERY;
        };
        return Change.of(this, with(bailDate, withdrawnOn, withdrawnReason, next, screening, decided));
    }

    /** The police were told of the panel's decision: once, not before the panel, not in the future. */
    public Change<Referral> tellPolice(LocalDate on, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (panel == null) {
            problems.put("policeToldOn", "Record the panel's decision first");
        } else if (panel.policeToldOn() != null) {
            problems.put("policeToldOn", "The police have already been told of the decision");
        } else if (on == null) {
            problems.put("policeToldOn", "Enter the date the police were told of the decision");
        } else if (on.isBefore(panel.panelDate())) {
            problems.put("policeToldOn", "The police cannot be told of the decision before the panel");
        }
        if (on != null && on.isAfter(today)) {
            problems.putIfAbsent("policeToldOn", "The date the police were told must be today or in the past");
        }
        InvalidRequestException.refuseIf(problems);
        PanelDecision told = new PanelDecision(
                panel.panelDate(),
                panel.attendees(),
                panel.recommendation(),
                panel.decision(),
                panel.rationale(),
                panel.conditions(),
                panel.conditionsEndOn(),
                on);
        return Change.of(this, with(bailDate, withdrawnOn, withdrawnReason, stage, screening, told));
    }

    /** The intervention delivering the disposal; only a disposal being delivered can end. */
    public UUID deliveredBy() {
        if (stage != Stage.IN_DELIVERY || interventionId == null) {
            throw new InvalidRequestException(
                    Map.of("endedOn", "Only a disposal being delivered can be completed or not complied with"));
        }
        return interventionId;
    }

    /** The child completed the disposal on {@code on} (its intervention's closure checked the date). */
    public Change<Referral> complete(LocalDate on) {
        deliveredBy();
        return Change.of(this, ended(on, Stage.COMPLETED, null, null));
    }

    /**
     * The child did not comply: what happened and whether it went back to the police, who may prosecute the original
     * offence (Crime and Disorder Act 1998 s.66E); {@code closingProblems} are the intervention's, on this field.
     */
    public Change<Referral> notComply(
            LocalDate on, String what, Boolean referredBack, Map<String, String> closingProblems) {
        deliveredBy();
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(what)) {
            problems.put("nonCompliance", "Describe how the child did not comply");
        }
        if (referredBack == null) {
            problems.put("referredBackToPolice", "Select whether it was referred back to the police");
        }
        closingProblems.forEach(problems::putIfAbsent);
        InvalidRequestException.refuseIf(problems);
        return Change.of(this, ended(on, Stage.NOT_COMPLIED, what.trim(), referredBack));
    }

    private Referral with(
            LocalDate bail, LocalDate withdrawn, String reason, Stage next, Screening screened, PanelDecision decided) {
        return next(
                bail, withdrawn, reason, next, screened, decided, deliveryEndedOn, nonCompliance, referredBackToPolice);
    }

    private Referral ended(LocalDate on, Stage result, String what, Boolean referredBack) {
        return next(bailDate, withdrawnOn, withdrawnReason, result, screening, panel, on, what, referredBack);
    }

    /** This referral with its mutable state replaced (the version moves on when it is saved). */
    private Referral next(
            LocalDate bail,
            LocalDate withdrawn,
            String reason,
            Stage next,
            Screening screened,
            PanelDecision decided,
            LocalDate endedOn,
            String what,
            Boolean referredBack) {
        return new Referral(
                id,
                serviceId,
                childId,
                referralDate,
                policeReference,
                referringOfficer,
                bail,
                caseManagerId,
                offenceIds,
                next,
                screened,
                decided,
                interventionId,
                withdrawn,
                reason,
                endedOn,
                what,
                referredBack,
                version);
    }

    /** Withdrawn, or (for a withdrawal) decided: the referral is past the step. */
    private Map<String, String> stillOpen(String field) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (withdrawn()) {
            problems.put(field, "The police withdrew this referral");
        } else if (panel != null && field.equals("withdrawnOn")) {
            problems.put(field, "The panel has decided: record how the disposal ended instead");
        }
        return problems;
    }

    /** The list's entries, without any null a JSON client sent. */
    private static <T> List<T> present(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
