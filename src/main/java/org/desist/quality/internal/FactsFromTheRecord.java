package org.desist.quality.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.desist.assessment.Assessment;
import org.desist.assessment.AssessmentDetails;
import org.desist.assessment.Source;
import org.desist.contact.CompliancePanel;
import org.desist.contact.ComplianceStage;
import org.desist.contact.Contact;
import org.desist.contact.ContactLog;
import org.desist.deadline.DueItem;
import org.desist.outofcourt.OutOfCourtDisposals.PanelOutcome;
import org.desist.plan.ActionStatus;
import org.desist.plan.Plan;
import org.desist.plan.PlanStatus;
import org.desist.plan.Strand;
import org.desist.quality.CaseFacts.AssessmentFacts;
import org.desist.quality.CaseFacts.AssessmentStage;
import org.desist.quality.CaseFacts.ContactFacts;
import org.desist.quality.CaseFacts.Due;
import org.desist.quality.CaseFacts.Invitation;
import org.desist.quality.CaseFacts.PlanFacts;
import org.desist.quality.CaseFacts.ReferralFacts;
import org.desist.quality.CaseFacts.StrandFacts;

/** How the modules' records read as the evidence rules' facts: what each rule needs, and nothing of a victim's. */
final class FactsFromTheRecord {

    private FactsFromTheRecord() {}

    static AssessmentFacts assessment(Assessment a) {
        if (a == null) {
            return AssessmentFacts.none();
        }
        AssessmentDetails.Sources sources = a.details().sources();
        List<String> used = new java.util.ArrayList<>(Arrays.stream(Source.values())
                .filter(sources.consulted()::contains)
                .map(Source::label)
                .toList());
        if (present(sources.otherSources())) {
            used.add("other sources");
        }
        AssessmentStage stage = switch (a.status()) {
            case DRAFT -> AssessmentStage.DRAFT;
            case SUBMITTED -> AssessmentStage.SUBMITTED;
            case COUNTERSIGNED -> AssessmentStage.COUNTERSIGNED;
        };
        return new AssessmentFacts(
                stage,
                a.submittedOn(),
                a.countersignatureRequired(),
                a.countersignedOn(),
                used,
                present(sources.childViews()),
                present(sources.parentsViews()));
    }

    static PlanFacts plan(Plan p) {
        if (p == null) {
            return PlanFacts.none();
        }
        List<StrandFacts> strands = Arrays.stream(Strand.values())
                .map(s -> new StrandFacts(s.label(), present(p.content().aimOf(s)), (int) p.actionsOf(s).stream()
                        .filter(a -> a.status() != ActionStatus.STOPPED)
                        .count()))
                .toList();
        var invitation = p.socialWorkerInvitation();
        return new PlanFacts(
                true,
                p.status() == PlanStatus.AGREED,
                p.agreedOn(),
                strands,
                p.content().contingencies().size(),
                present(p.content().victimsNeeds()) || present(p.content().victimProtection()),
                Boolean.TRUE.equals(p.childInvolved()),
                Boolean.TRUE.equals(p.parentsInvolved()),
                invitation == null || invitation.invited() == null
                        ? null
                        : Invitation.valueOf(invitation.invited().name()),
                invitation == null ? null : invitation.on(),
                invitation == null ? null : invitation.reason());
    }

    static ContactFacts contacts(ContactLog log, LocalDate today) {
        if (log == null) {
            return ContactFacts.none();
        }
        int plannedBeforeToday = (int)
                log.upcoming().stream().filter(c -> c.date().isBefore(today)).count();
        List<LocalDate> unwarned =
                log.awaitingWarning().stream().map(Contact::date).sorted().toList();
        boolean panelDue = log.stage() != ComplianceStage.NONE
                && log.panelSinceLastWarning().isEmpty();
        LocalDate lastPanel = log.panels().stream()
                .map(CompliancePanel::heldOn)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new ContactFacts(
                log.past().size(),
                log.past().isEmpty() ? null : log.past().get(0).date(),
                (int) log.attended(),
                plannedBeforeToday,
                (int) log.unacceptableAbsences(),
                unwarned,
                log.warnings().size(),
                panelDue,
                lastPanel);
    }

    static Due due(DueItem item) {
        return new Due(
                item.rule().id(),
                item.dueDate(),
                Due.Status.valueOf(item.status().name()),
                item.metOn());
    }

    static ReferralFacts referral(PanelOutcome p) {
        return p == null
                ? null
                : new ReferralFacts(
                        p.referralId(),
                        p.panelDate(),
                        p.rationaleRecorded(),
                        p.departsFromRecommendation(),
                        p.policeToldOn());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
