package org.desist.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.assessment.Assessment;
import org.desist.assessment.AssessmentDetails;
import org.desist.assessment.Assessments;
import org.desist.assessment.Classification;
import org.desist.assessment.ConcernType;
import org.desist.assessment.HarmTo;
import org.desist.assessment.Likelihood;
import org.desist.assessment.Source;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.contact.ContactDetails;
import org.desist.contact.ContactOutcome;
import org.desist.contact.ContactType;
import org.desist.contact.Contacts;
import org.desist.contact.WarningMethod;
import org.desist.escalation.Escalation;
import org.desist.escalation.EscalationKind;
import org.desist.escalation.EscalationRules;
import org.desist.escalation.Escalations;
import org.desist.escalation.RaisingService;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.jointworking.CustodyAndCareLeaving;
import org.desist.jointworking.LeadProfessional;
import org.desist.jointworking.LookedAfterEvent;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.jointworking.SharedCaseRules;
import org.desist.jointworking.SharedCases;
import org.desist.jointworking.SocialCareRole;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.oversight.Judgement;
import org.desist.oversight.ManagementOversight;
import org.desist.oversight.OversightArea;
import org.desist.oversight.OversightDetails;
import org.desist.plan.Agreement;
import org.desist.plan.NewAction;
import org.desist.plan.Plan;
import org.desist.plan.PlanContent;
import org.desist.plan.Plans;
import org.desist.plan.Strand;
import org.desist.programme.Attendance;
import org.desist.programme.Programme;
import org.desist.programme.Programmes;
import org.desist.programme.ReferralAgency;
import org.desist.review.NewReview;
import org.desist.review.Reviews;
import org.desist.safeguarding.CalledBy;
import org.desist.safeguarding.ConcernDetails;
import org.desist.safeguarding.MeetingType;
import org.desist.safeguarding.ReportMethod;
import org.desist.safeguarding.Safeguarding;
import org.desist.safeguarding.SocialCareContact;
import org.desist.safeguarding.YosAttendance;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The case journey after the start of the work, for up to eight demo children with a court order or an
 * out-of-court intervention in progress, recorded through the same services as the pages and dated relative to
 * the day of seeding: assessments with a mix of classifications (a high risk of serious harm countersigned by
 * demo.manager, one still awaiting the countersignature), agreed plans and plans still due, contacts with
 * unacceptable absences and their warnings, a review and a review still due after a reallocation, management
 * oversight for some, a child protection concern with a team-around-the-child meeting, a programme with its
 * sessions and a specialist referral awaiting its outcome, a remand to local authority accommodation and a care
 * order. Which child gets what is fixed by their position, so the demo is the same every time.
 */
@Component
class DemoCaseJourney {

    /** The classifications of each journey's assessment: {safety and wellbeing, risk of serious harm}. */
    private static final Classification[][] CLASSIFICATIONS = {
        {Classification.MEDIUM, Classification.HIGH},
        {Classification.MEDIUM, Classification.LOW},
        {Classification.LOW, Classification.LOW},
        {Classification.HIGH, Classification.HIGH},
        {Classification.MEDIUM, Classification.MEDIUM},
        {Classification.LOW, Classification.MEDIUM},
        {Classification.LOW, Classification.LOW},
    };

    private final Interventions interventions;
    private final Assessments assessments;
    private final Plans plans;
    private final Contacts contacts;
    private final Reviews reviews;
    private final ManagementOversight oversight;
    private final Safeguarding safeguarding;
    private final Programmes programmes;
    private final LookedAfterRecords lookedAfter;
    private final Escalations escalations;
    private final SharedCases sharedCases;
    private final Offences offences;
    private final Clock clock;
    private final ChildRecords children;
    private final CustodyAndCareLeaving custody;

    DemoCaseJourney(
            Interventions interventions,
            Assessments assessments,
            Plans plans,
            Contacts contacts,
            Reviews reviews,
            ManagementOversight oversight,
            Safeguarding safeguarding,
            Programmes programmes,
            LookedAfterRecords lookedAfter,
            Escalations escalations,
            SharedCases sharedCases,
            Offences offences,
            Clock clock,
            ChildRecords children,
            CustodyAndCareLeaving custody) {
        this.interventions = interventions;
        this.assessments = assessments;
        this.plans = plans;
        this.contacts = contacts;
        this.reviews = reviews;
        this.oversight = oversight;
        this.safeguarding = safeguarding;
        this.programmes = programmes;
        this.lookedAfter = lookedAfter;
        this.escalations = escalations;
        this.sharedCases = sharedCases;
        this.offences = offences;
        this.clock = clock;
        this.children = children;
        this.custody = custody;
    }

    /**
     * Takes the work further for up to eight children of {@code caseload} ({child id, case manager id} pairs) with
     * an order or out-of-court intervention in progress; {@code manager} is demo.manager, who countersigns and
     * records oversight; {@code programmeList} the service's programmes.
     */
    void seed(YouthJusticeService service, List<UUID[]> caseload, UUID manager, List<Programme> programmeList) {
        var previous = SecurityContextHolder.getContext();
        try {
            DemoCasework.actAsTheSeed(service);
            LocalDate today = LocalDate.now(clock);
            List<Intervention> journeys = new ArrayList<>();
            for (UUID[] entry : caseload) {
                interventions.ofChild(children.accessible(entry[0])).stream()
                        .filter(i -> i.status() == Intervention.Status.ACTIVE)
                        .filter(i -> i.type().kind() == InterventionType.Kind.COURT_ORDER
                                || i.type().kind() == InterventionType.Kind.OUT_OF_COURT)
                        .filter(i -> i.startDate() != null && i.startDate().isBefore(today.minusDays(21)))
                        .findFirst()
                        .ifPresent(journeys::add);
                if (journeys.size() == 8) {
                    break;
                }
            }
            for (int k = 0; k < journeys.size(); k++) {
                journey(k, journeys.get(k), service, manager, programmeList, caseload, today);
            }
            careLeaverInCustody(journeys, today);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void journey(
            int k,
            Intervention work,
            YouthJusticeService service,
            UUID manager,
            List<Programme> programmeList,
            List<UUID[]> caseload,
            LocalDate today) {
        UUID child = work.childId();
        contacts(k, work, today);
        if (k < CLASSIFICATIONS.length) {
            Assessment assessment = assess(work.id(), CLASSIFICATIONS[k][0], CLASSIFICATIONS[k][1]);
            if (assessment.awaitingCountersignature() && k == 0) {
                asManager(service, manager, () -> assessments.countersign(assessment.id(), assessment.version()));
            }
            // A plan agreed for most; the plan of the child awaiting a countersignature, and of the last, still due.
            if (k != 3 && k != 6) {
                agreePlan(work, today);
            }
        }
        switch (k) {
            case 0 -> {
                safeguarding.recordConcern(
                        children.responsibleChild(child),
                        new ConcernDetails(
                                today.minusDays(6),
                                "Case manager",
                                "Disclosed at a home visit that an older young person is making them carry"
                                        + " packages in return for clearing a debt.",
                                "Marcus Reid",
                                today.minusDays(6),
                                SocialCareContact.CONTACT_TEAM,
                                "Northbridge Children's Social Care contact team (fictional)",
                                today.minusDays(6),
                                ReportMethod.PHONE,
                                "Strategy discussion held; a team around the child meeting arranged."));
                safeguarding.recordMeeting(
                        children.responsibleChild(child),
                        new Safeguarding.NewMeeting(
                                MeetingType.TEAM_AROUND_THE_CHILD,
                                today.minusDays(2),
                                CalledBy.SOCIAL_CARE,
                                null,
                                YosAttendance.CASE_HOLDER,
                                null,
                                "School to add a safe adult check-in each morning; YOS to complete exploitation"
                                        + " screening; police to share intelligence on the older young person."));
                overseen(service, manager, work, today.minusDays(3), Judgement.NEEDS_ACTION, today);
            }
            case 1 -> {
                reviews.record(
                        work.id(),
                        reviews.log(work.id()).version(),
                        new NewReview(
                                today.minusDays(1),
                                null,
                                "Attending every appointment; back at school full time since half term.",
                                "Says the sessions help and wants to keep the same worker.",
                                "Mother has noticed fewer arguments at home.",
                                "School",
                                "Attendance up to 94%; no further exclusions.",
                                false,
                                null,
                                "The plan is working: the actions are on track.",
                                false));
                Programme programme = programmeList.get(1);
                LocalDate start = latest(work.startDate().plusDays(7), today.minusDays(28));
                var enrolment =
                        programmes.enrol(work.id(), new Programmes.NewEnrolment(programme.id(), start, "Tom Bradshaw"));
                Attendance[] attended = {Attendance.ATTENDED, Attendance.ATTENDED, Attendance.ACCEPTABLE_ABSENCE};
                for (int s = 0; s < attended.length && !start.plusDays(7L * s).isAfter(today); s++) {
                    programmes.recordSession(
                            enrolment.id(),
                            new Programmes.NewSession(
                                    start.plusDays(7L * s),
                                    attended[s],
                                    attended[s] == Attendance.ATTENDED
                                            ? "Engaged well; completed the consequences exercise."
                                            : "Unwell: mother phoned in the morning."));
                }
                programmes.refer(
                        work.id(),
                        new Programmes.NewReferral(
                                ReferralAgency.SPEECH_AND_LANGUAGE_THERAPY,
                                "Northbridge NHS Speech and Language Therapy (fictional)",
                                today.minusDays(10),
                                "Screening suggests difficulty following spoken instructions."));
                overseen(service, manager, work, today.minusDays(5), Judgement.SUFFICIENT, today);
            }
            case 2 -> {
                lookedAfter.record(
                        children.responsibleChild(child),
                        LookedAfterEvent.Kind.CARE_ORDER_MADE,
                        today.minusYears(2),
                        "Full care order made by the family court; lives with foster carers.");
                sharedCase(work, true);
                overseen(service, manager, work, today.minusDays(10), Judgement.SUFFICIENT, today);
                // A disagreement with social care the workers could not settle, now with their line managers.
                Escalation raised = escalations.raise(
                        children.responsibleChild(child),
                        new EscalationRules.Raise(
                                EscalationKind.DISAGREEMENT,
                                "Whether the child should move to a placement nearer school before the next review",
                                RaisingService.YOS,
                                today.minusDays(30),
                                "The case manager and the allocated social worker"));
                escalations.escalate(
                        children.responsibleChild(child),
                        raised.id(),
                        raised.version(),
                        new EscalationRules.Escalate(
                                "No agreement: social care holds that the current placement is stable",
                                today.minusDays(16),
                                "The YOS team manager and the social care team manager"));
            }
            case 4 -> {
                // Reallocated to another case holder: a review of the work is now due.
                UUID other = caseload.stream()
                        .map(e -> e[1])
                        .filter(cm -> !cm.equals(work.caseManagerId()))
                        .findFirst()
                        .orElseThrow();
                Intervention current = interventions.get(work.id());
                interventions.reallocate(
                        current.id(),
                        current.version(),
                        other,
                        today.minusDays(2),
                        "Previous case manager moving to the court team");
            }
            case 5 -> {
                sharedCase(work, false);
                programmes.refer(
                        work.id(),
                        new Programmes.NewReferral(
                                ReferralAgency.CAMHS_HEALTH,
                                "Northbridge CAMHS (fictional)",
                                today.minusDays(4),
                                "Low mood and poor sleep reported by the child and their mother."));
            }
            case 6 -> remand(work, today);
            default -> {}
        }
    }

    /**
     * A shared case with children's social care: a social worker allocated (for the looked-after child, demo.partner
     * Lucy Carter, with the role agreement: she is lead professional); the other still without an agreement.
     */
    private void sharedCase(Intervention work, boolean agreed) {
        UUID child = work.childId();
        UUID partner = sharedCases.socialCareStaff(children.accessible(child)).stream()
                .filter(s -> s.username().equals("demo.partner"))
                .map(org.desist.security.StaffMember::id)
                .findFirst()
                .orElse(null);
        String name = agreed ? "Lucy Carter" : "Daniel Okoro";
        sharedCases.allocate(
                children.responsibleChild(child),
                new SharedCaseRules.NewAllocation(
                        SocialCareRole.SOCIAL_WORKER,
                        name,
                        "Children in care team, Northbridge City Council (fictional)",
                        "01632 960 0" + (agreed ? "41" : "42"),
                        (agreed ? "lucy.carter" : "daniel.okoro") + "@northbridge.example",
                        agreed
                                ? work.startDate().minusMonths(4)
                                : work.startDate().plusDays(3),
                        agreed ? partner : null),
                null);
        String adviser = null;
        if (agreed && sharedCases.view(children.accessible(child)).personalAdviserMustAgree()) {
            // An eligible care leaver: their personal adviser joins the agreement.
            adviser = "Jo Brown";
            sharedCases.allocate(
                    children.responsibleChild(child),
                    new SharedCaseRules.NewAllocation(
                            SocialCareRole.PERSONAL_ADVISER,
                            adviser,
                            "Leaving care team, Northbridge City Council (fictional)",
                            "01632 960 043",
                            null,
                            work.startDate(),
                            null),
                    null);
        }
        if (agreed) {
            LocalDate on = work.startDate().plusDays(7);
            sharedCases.agree(
                    children.responsibleChild(child),
                    new SharedCaseRules.Agreement(
                            "YOS: the order and the offending behaviour; children's social care: the placement,"
                                    + " health, education and family time",
                            "Case manager delivers the order's sessions; the social worker leads the care plan and"
                                    + " attends every review",
                            "Every 2 weeks, and the same day after any incident",
                            "Phone and secure email; a joint home visit each quarter",
                            on,
                            "Case manager",
                            name,
                            adviser,
                            LeadProfessional.SOCIAL_WORKER,
                            null,
                            on.plusDays(2)),
                    null);
        }
    }

    /** Contacts since the start: weekly, attended, except two unacceptable absences (with warnings) for one child. */
    private void contacts(int k, Intervention work, LocalDate today) {
        ContactType[] types = {ContactType.OFFICE, ContactType.HOME_VISIT, ContactType.SCHOOL};
        for (int c = 0; c < 3; c++) {
            LocalDate date = today.minusDays(3 + 7L * c);
            if (date.isBefore(work.startDate())) {
                break;
            }
            boolean absent = k == 2 && c < 2;
            var contact = contacts.record(
                    work.id(),
                    new ContactDetails(
                            date,
                            LocalTime.of(15, 30),
                            types[c],
                            types[c] == ContactType.OFFICE ? "Northbridge YJS office" : null,
                            "The child",
                            !absent,
                            c == 1 && !absent,
                            null,
                            absent ? ContactOutcome.UNACCEPTABLE_ABSENCE : ContactOutcome.ATTENDED,
                            absent ? "Did not attend and gave no reason; not at home when called." : null,
                            absent ? null : "Talked through the week; worked on the plan's actions."));
            if (absent) {
                contacts.warn(
                        work.id(),
                        new Contacts.NewWarning(contact.id(), date.plusDays(1), "Case manager", WarningMethod.LETTER));
            }
        }
    }

    private Assessment assess(UUID interventionId, Classification safety, Classification harm) {
        Assessment draft = assessments.start(interventionId);
        boolean harmful = harm != Classification.LOW;
        var details = new AssessmentDetails(
                new AssessmentDetails.Desistance(
                        "Spending time with older peers; unstructured evenings; conflict at home.",
                        "Wants to finish college; close to their grandmother.",
                        "Good at football; honest about the offence; attends school most days.",
                        "Some impulsivity; motivated to avoid another court appearance.",
                        "Mixed heritage; has experienced racist bullying at school.",
                        "Family in temporary accommodation; no quiet place to study.",
                        harm.high()
                                ? Likelihood.HIGH
                                : safety == Classification.LOW ? Likelihood.LOW : Likelihood.MEDIUM),
                new AssessmentDetails.SafetyAndWellbeing(
                        safety == Classification.LOW
                                ? "No current concerns beyond the usual for the child's age."
                                : "Associates with older young people linked to drug supply; out late without"
                                        + " parents knowing where.",
                        safety == Classification.LOW ? Set.of() : Set.of(ConcernType.EXPLOITATION),
                        safety,
                        safety == Classification.LOW
                                ? "Protective family and school; no indicators of exploitation."
                                : "Indicators of criminal exploitation; a vulnerability management plan is needed."),
                new AssessmentDetails.RiskOfHarm(
                        harmful
                                ? "Could use a weapon in a confrontation with peers."
                                : "No indication the child would cause serious harm.",
                        harmful ? Set.of(HarmTo.PEERS, HarmTo.POTENTIAL_VICTIMS) : Set.of(),
                        harmful ? "Most likely in a group confrontation, in the evening, away from home." : null,
                        harmful ? "Serious injury if a bladed article were carried and used." : null,
                        harm),
                new AssessmentDetails.Sources(
                        Set.of(Source.POLICE, Source.SOCIAL_CARE, Source.EDUCATION),
                        null,
                        "Wants to stay out of trouble and get back to football training.",
                        "Mother is worried about who the child spends time with."),
                new AssessmentDetails.Screening(null, "No current mental health concern reported", null, null));
        Assessment updated = assessments.update(draft.id(), draft.version(), details);
        return assessments.submit(updated.id(), updated.version());
    }

    private void agreePlan(Intervention work, LocalDate today) {
        Plan plan = plans.start(work.id());
        plan = plans.update(
                plan.id(),
                plan.version(),
                PlanContent.empty()
                        .withAims(
                                "Build a routine around school and football, away from the peers linked to the"
                                        + " offence.",
                                "Keep the child safe from people who may exploit them.",
                                "Reduce the chance of a confrontation with peers.")
                        .withVictims(
                                "The victim asked for a letter of apology, through the victim liaison officer.",
                                "No contact with the victim; avoid the area where the offence took place.")
                        .withContingencies(
                                List.of("If the child goes missing, the parent calls the police and the case manager."))
                        .withViews(
                                "Agrees with the plan and chose the football sessions.",
                                "Mother supports the plan and will help with the curfew."));
        plan = plans.addAction(
                plan.id(),
                plan.version(),
                new NewAction(
                        Strand.DESISTANCE,
                        "Arrange a place at Saturday football training",
                        work.caseManagerId(),
                        null,
                        today.plusDays(14)));
        plan = plans.addAction(
                plan.id(),
                plan.version(),
                new NewAction(
                        Strand.CHILD_SAFETY,
                        "Share exploitation concerns with the school's designated safeguarding lead",
                        null,
                        "Education",
                        today.plusDays(7)));
        plans.agree(
                plan.id(), plan.version(), new Agreement(today, "Case manager, with the child and mother", true, true));
    }

    /**
     * One child aged 16 or 17 (not the one with a care order, nor the one remanded) was accommodated under section
     * 20 for a year and is sentenced to a detention and training order ten days ago: a relevant care leaver in
     * custody, with the personal adviser's first visit due, and the expected release (half the 8-month term)
     * recorded so the pathway plan review and release arrangements are due before it.
     */
    private void careLeaverInCustody(List<Intervention> journeys, LocalDate today) {
        LocalDate sentenced = today.minusDays(10);
        for (int k : new int[] {3, 7, 5, 1, 4, 0}) {
            if (k >= journeys.size()) {
                continue;
            }
            Intervention work = journeys.get(k);
            ChildSummary child = children.visible(work.childId());
            LocalDate sixteen = child.dateOfBirth().plusYears(16);
            LocalDate eighteen = child.dateOfBirth().plusYears(18);
            if (sentenced.isBefore(sixteen) || !sentenced.isBefore(eighteen.minusMonths(8))) {
                continue;
            }
            LocalDate accommodated = latest(child.dateOfBirth().plusYears(14), sentenced.minusYears(1));
            lookedAfter.record(
                    children.responsibleChild(child.id()),
                    LookedAfterEvent.Kind.ACCOMMODATED_UNDER_SECTION_20,
                    accommodated,
                    "Accommodated under section 20 with the mother's agreement; lives in a children's home.");
            Intervention dto = interventions.start(
                    children.responsibleChild(child.id()),
                    new Interventions.NewIntervention(
                            InterventionType.DETENTION_AND_TRAINING_ORDER,
                            sentenced,
                            sentenced.plusMonths(8),
                            work.caseManagerId(),
                            List.of()));
            custody.recordExpectedRelease(children.responsibleChild(child.id()), dto.id(), sentenced.plusMonths(4), 0);
            return;
        }
    }

    /** A new offence, and the court remands the child to local authority accommodation. */
    private void remand(Intervention work, LocalDate today) {
        LocalDate date = today.minusDays(3);
        var offence = offences.record(
                children.responsibleChild(work.childId()),
                new Offences.NewOffence(
                        date,
                        "Possession of a bladed article in a public place",
                        OffenceCategory.OTHER,
                        Plea.NOT_YET_KNOWN,
                        null,
                        false,
                        true,
                        3,
                        0,
                        null));
        interventions.start(
                children.responsibleChild(work.childId()),
                new Interventions.NewIntervention(
                        InterventionType.REMAND_TO_LOCAL_AUTHORITY,
                        today.minusDays(1),
                        null,
                        work.caseManagerId(),
                        List.of(offence.id())));
    }

    private void overseen(
            YouthJusticeService service,
            UUID manager,
            Intervention work,
            LocalDate on,
            Judgement judgement,
            LocalDate today) {
        boolean needsAction = judgement == Judgement.NEEDS_ACTION;
        asManager(
                service,
                manager,
                () -> oversight.record(
                        work.id(),
                        new OversightDetails(
                                latest(on, work.startDate()),
                                List.of(
                                        OversightArea.ASSESSMENT,
                                        OversightArea.PLAN,
                                        OversightArea.RISK_AND_SAFEGUARDING),
                                judgement,
                                needsAction
                                        ? "Refer to the risk panel and agree a safety plan with social care."
                                        : null,
                                needsAction
                                        ? "Make the risk panel referral; update the plan after the TAC meeting."
                                        : null,
                                needsAction ? today.plusDays(5) : null,
                                today.plusMonths(needsAction ? 1 : 3))));
    }

    /** Runs as demo.manager (another person than the seed, as a countersignature and oversight need). */
    private static void asManager(YouthJusticeService service, UUID manager, Runnable work) {
        var seed = SecurityContextHolder.getContext();
        try {
            CurrentUser user = new CurrentUser(
                    manager,
                    "demo.manager",
                    "Marcus Reid",
                    Set.of(Role.OPERATIONAL_MANAGER),
                    Set.of(service.id()),
                    CurrentUser.Channel.SYSTEM);
            CurrentUser.CurrentUserHolder principal = () -> user;
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
            SecurityContextHolder.setContext(context);
            work.run();
        } finally {
            SecurityContextHolder.setContext(seed);
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
