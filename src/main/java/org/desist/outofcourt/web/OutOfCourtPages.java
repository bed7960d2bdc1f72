package org.desist.outofcourt.web;

import static org.desist.outofcourt.web.PageAnswers.date;
import static org.desist.outofcourt.web.PageAnswers.fteText;
import static org.desist.outofcourt.web.PageAnswers.reject;
import static org.desist.outofcourt.web.PageAnswers.uuid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildHeading;
import org.desist.child.ChildRecords;
import org.desist.child.RecordHeader;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.offence.Offence;
import org.desist.offence.Offences;
import org.desist.outofcourt.OutOfCourtDisposals;
import org.desist.outofcourt.Referral;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.Dates;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.Option;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The child's "Out of court" tab, recording a police referral, and the referral's page. Its question pages are
 * {@link ScreeningPage}, {@link PanelPage} and {@link StepPages}.
 */
@Controller
class OutOfCourtPages {

    private final OutOfCourtDisposals disposals;
    private final ChildRecords children;
    private final Offences offences;
    private final DueItems dueItems;
    private final Directory directory;
    private final Dates dates;
    private final RecordHeader recordHeader;
    private final Clock clock;

    OutOfCourtPages(
            OutOfCourtDisposals disposals,
            ChildRecords children,
            Offences offences,
            DueItems dueItems,
            Directory directory,
            Dates dates,
            RecordHeader recordHeader,
            Clock clock) {
        this.disposals = disposals;
        this.children = children;
        this.offences = offences;
        this.dueItems = dueItems;
        this.directory = directory;
        this.dates = dates;
        this.recordHeader = recordHeader;
        this.clock = clock;
    }

    /** A referral's due item, as the pages list it. */
    record Due(String what, LocalDate dueDate, String status) {}

    @GetMapping("/children/{id}/out-of-court")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String tab(@PathVariable UUID id, Model model) {
        header(id, model);
        AccessibleChild child = children.accessible(id);
        List<Referral> referrals = disposals.ofChild(child);
        model.addAttribute("referrals", referrals);
        model.addAttribute("due", dueByReferral(id, referrals));
        model.addAttribute("fte", fteText(disposals.firstTimeEntrant(child), dates));
        return "outofcourt/tab";
    }

    @GetMapping("/children/{id}/out-of-court/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newReferral(@PathVariable UUID id, Model model) {
        return referralForm(id, new ReferralForm(), null, model);
    }

    @PostMapping("/children/{id}/out-of-court")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String refer(@PathVariable UUID id, @ModelAttribute("form") ReferralForm form, BindingResult binding, Model model) {
        LocalDate referralDate =
                date(form.getReferralDate(), "referralDate", "the date of the referral", true, binding);
        LocalDate bailDate = date(form.getBailDate(), "bailDate", "the bail date", false, binding);
        var request = new OutOfCourtDisposals.NewReferral(
                referralDate,
                form.getPoliceReference(),
                form.getReferringOfficer(),
                bailDate,
                uuid(form.getCaseManagerId()),
                form.getOffenceIds().stream()
                        .map(PageAnswers::uuid)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        if (binding.hasErrors()) {
            // Every problem at once, not only the dates'.
            reject(disposals.checkReferral(children.accessible(id), request), form, binding, Map.of());
        } else {
            try {
                Referral referral = disposals.refer(children.responsibleChild(id), request);
                return "redirect:/out-of-court/" + referral.id() + "?referred";
            } catch (InvalidRequestException e) {
                reject(e.errors(), form, binding, Map.of());
            }
        }
        return referralForm(id, form, binding, model);
    }

    @GetMapping("/out-of-court/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String referral(@PathVariable UUID id, Model model) {
        Referral referral = disposals.get(id);
        header(referral.childId(), model);
        model.addAttribute("referral", referral);
        model.addAttribute("offences", disposals.offencesOf(referral));
        model.addAttribute(
                "due", dueByReferral(referral.childId(), List.of(referral)).getOrDefault(referral.id(), List.of()));
        model.addAttribute("eligibility", disposals.eligibility(referral));
        model.addAttribute("schemeName", disposals.communityResolutionName());
        model.addAttribute("fte", fteText(disposals.firstTimeEntrant(referral), dates));
        model.addAttribute("caseManagerName", staffName(referral.caseManagerId()));
        model.addAttribute("intervention", disposals.intervention(referral));
        if (referral.panel() != null) {
            model.addAttribute("decisionName", disposals.name(referral.panel().decision()));
            model.addAttribute(
                    "recommendationName", disposals.name(referral.panel().recommendation()));
        }
        return "outofcourt/referral";
    }

    private String referralForm(UUID childId, ReferralForm form, BindingResult binding, Model model) {
        ChildHeading child = children.heading(childId);
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        List<Option> offenceOptions = new ArrayList<>();
        for (Offence o : offences.ofChild(children.accessible(childId))) {
            offenceOptions.add(new Option(
                    o.id().toString(),
                    dates.date(o.offenceDate()) + ": " + o.category().label() + " – " + o.description()));
        }
        model.addAttribute("offenceOptions", offenceOptions);
        List<Option> caseManagers = new ArrayList<>();
        for (StaffMember s : directory.caseHolders(child.serviceId())) {
            caseManagers.add(new Option(s.id().toString(), s.displayName()));
        }
        model.addAttribute("caseManagers", caseManagers);
        FormErrors.show(binding, ReferralForm.FIELD_ORDER, ReferralForm.DATE_FIELDS, model);
        return "outofcourt/referral-form";
    }

    /** The shared name bar of the child's record, with the Out of court tab current. */
    private void header(UUID childId, Model model) {
        recordHeader.addTo(model, childId, "out-of-court");
    }

    /** Each referral's due items, with those of the intervention delivering its outcome. */
    private Map<UUID, List<Due>> dueByReferral(UUID childId, List<Referral> referrals) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, UUID> referralOf = new LinkedHashMap<>();
        for (Referral r : referrals) {
            referralOf.put(r.id(), r.id());
            if (r.interventionId() != null) {
                referralOf.put(r.interventionId(), r.id());
            }
        }
        Map<UUID, List<Due>> due = new LinkedHashMap<>();
        for (DueItem item : dueItems.forChild(childId)) {
            UUID referral = referralOf.get(item.triggerRecordId());
            if (referral == null) {
                continue;
            }
            String status = switch (item.status()) {
                case OPEN -> item.overdueOn(today) ? "Overdue" : "Open";
                case MET -> (item.metLate() ? "Met late on " : "Met on ") + dates.date(item.metOn());
                case CANCELLED -> "Cancelled";
            };
            due.computeIfAbsent(referral, k -> new ArrayList<>())
                    .add(new Due(item.rule().name(), item.dueDate(), status));
        }
        return due;
    }

    private String staffName(UUID id) {
        return id == null
                ? null
                : directory.staffMember(id).map(StaffMember::displayName).orElse(null);
    }
}
