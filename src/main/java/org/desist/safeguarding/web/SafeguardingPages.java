package org.desist.safeguarding.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.desist.child.ChildRecords;
import org.desist.child.RecordHeader;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.StaleRecordException;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.Dates;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.Option;
import org.desist.safeguarding.CalledBy;
import org.desist.safeguarding.ChildProtectionConcern;
import org.desist.safeguarding.ConcernDetails;
import org.desist.safeguarding.MeetingType;
import org.desist.safeguarding.PanelReferral;
import org.desist.safeguarding.ReportMethod;
import org.desist.safeguarding.Safeguarding;
import org.desist.safeguarding.SafeguardingRecord;
import org.desist.safeguarding.SocialCareContact;
import org.desist.safeguarding.YosAttendance;
import org.desist.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Risk and safeguarding" tab of the child's record (what the current classifications call for, panel
 * referrals, VMPs, MAPPA, meetings, child protection concerns) and the question pages that add to it. Every
 * page works without JavaScript (POST-redirect-GET).
 */
@Controller
class SafeguardingPages {

    private static final String TAB = "safeguarding";

    private final Safeguarding safeguarding;
    private final ChildRecords children;
    private final RecordHeader recordHeader;
    private final Dates dates;
    private final Clock clock;

    SafeguardingPages(
            Safeguarding safeguarding, ChildRecords children, RecordHeader recordHeader, Dates dates, Clock clock) {
        this.safeguarding = safeguarding;
        this.children = children;
        this.recordHeader = recordHeader;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/safeguarding")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String tab(@PathVariable UUID id, Model model) {
        SafeguardingRecord record = safeguarding.viewed(id);
        recordHeader.addTo(model, id, TAB);
        model.addAttribute("hostView", children.seenAsHost(id));
        model.addAttribute("record", record);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("reportWithinDays", safeguarding.reportWithinDays());
        return "safeguarding/tab";
    }

    // Risk panel referrals ---------------------------------------------------------------------------------

    @GetMapping("/children/{id}/safeguarding/referrals/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newReferral(@PathVariable UUID id, Model model) {
        children.visible(id);
        ReferralForm form = new ReferralForm();
        form.setReferredOn(DateParts.of(LocalDate.now(clock)));
        return referralPage(id, null, form, null, model);
    }

    @PostMapping("/children/{id}/safeguarding/referrals")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String refer(@PathVariable UUID id, @ModelAttribute("form") ReferralForm form, BindingResult binding, Model model) {
        children.visible(id);
        Safeguarding.NewReferral request = referral(form, binding);
        return save(
                id,
                binding,
                ReferralForm.FIELD_ORDER,
                v -> {},
                "referred",
                () -> safeguarding.refer(id, request),
                () -> referralPage(id, null, form, binding, model));
    }

    @GetMapping("/safeguarding/referrals/{referralId}/edit")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String editReferral(@PathVariable UUID referralId, Model model) {
        PanelReferral referral = safeguarding.referral(referralId);
        ReferralForm form = new ReferralForm();
        form.setVersion(referral.version());
        form.setReferredOn(DateParts.of(referral.referredOn()));
        form.setReason(referral.reason());
        form.setPanelDate(DateParts.of(referral.panelDate()));
        form.setDecisions(referral.decisions());
        return referralPage(referral.childId(), referral, form, null, model);
    }

    @PostMapping("/safeguarding/referrals/{referralId}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String updateReferral(
            @PathVariable UUID referralId,
            @ModelAttribute("form") ReferralForm form,
            BindingResult binding,
            Model model) {
        PanelReferral referral = safeguarding.referral(referralId);
        Safeguarding.NewReferral request = referral(form, binding);
        return save(
                referral.childId(),
                binding,
                ReferralForm.FIELD_ORDER,
                form::setVersion,
                "panel",
                () -> safeguarding.updateReferral(referralId, form.getVersion(), request),
                () -> referralPage(referral.childId(), referral, form, binding, model));
    }

    private String referralPage(
            UUID childId, PanelReferral referral, ReferralForm form, BindingResult binding, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute(
                "action",
                referral == null
                        ? "/children/" + childId + "/safeguarding/referrals"
                        : "/safeguarding/referrals/" + referral.id());
        model.addAttribute("heading", referral == null ? "Refer to the risk panel" : "Risk panel referral");
        return page(childId, form, binding, ReferralForm.FIELD_ORDER, ReferralForm.DATE_FIELDS, "referral-form", model);
    }

    private static Safeguarding.NewReferral referral(ReferralForm form, BindingResult binding) {
        return new Safeguarding.NewReferral(
                FormErrors.date(form.getReferredOn(), "referredOn", "the date of the referral", binding),
                form.getReason(),
                optionalDate(form.getPanelDate(), "panelDate", "the date of the panel", binding),
                form.getDecisions());
    }

    // VMPs -------------------------------------------------------------------------------------------------

    @GetMapping("/children/{id}/safeguarding/plans/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newPlan(@PathVariable UUID id, Model model) {
        children.visible(id);
        PlanForm form = new PlanForm();
        form.setPlanDate(DateParts.of(LocalDate.now(clock)));
        return planPage(id, form, null, model);
    }

    @PostMapping("/children/{id}/safeguarding/plans")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String plan(@PathVariable UUID id, @ModelAttribute("form") PlanForm form, BindingResult binding, Model model) {
        children.visible(id);
        Safeguarding.NewPlan request = new Safeguarding.NewPlan(
                FormErrors.date(form.getPlanDate(), "planDate", "the date of the plan", binding),
                form.getVulnerabilities(),
                form.getContingency(),
                FormErrors.date(form.getReviewOn(), "reviewOn", "the review date", binding),
                form.getReferredToPanel() == null ? null : "yes".equals(form.getReferredToPanel()));
        return save(
                id,
                binding,
                PlanForm.FIELD_ORDER,
                v -> {},
                "planned",
                () -> safeguarding.plan(id, request),
                () -> planPage(id, form, binding, model));
    }

    private String planPage(UUID childId, PlanForm form, BindingResult binding, Model model) {
        model.addAttribute("yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        return page(childId, form, binding, PlanForm.FIELD_ORDER, PlanForm.DATE_FIELDS, "plan-form", model);
    }

    // MAPPA ------------------------------------------------------------------------------------------------

    @GetMapping("/children/{id}/safeguarding/mappa/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newMappa(@PathVariable UUID id, Model model) {
        children.visible(id);
        return mappaPage(id, new MappaForm(), null, model);
    }

    @PostMapping("/children/{id}/safeguarding/mappa")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String mappa(@PathVariable UUID id, @ModelAttribute("form") MappaForm form, BindingResult binding, Model model) {
        children.visible(id);
        Safeguarding.NewMappa request = new Safeguarding.NewMappa(
                number(form.getLevel()),
                number(form.getCategory()),
                FormErrors.date(form.getDecidedOn(), "decidedOn", "the date of the MAPPA decision", binding),
                FormErrors.date(form.getReviewOn(), "reviewOn", "the review date", binding));
        return save(
                id,
                binding,
                MappaForm.FIELD_ORDER,
                v -> {},
                "mappa",
                () -> safeguarding.recordMappa(id, request),
                () -> mappaPage(id, form, binding, model));
    }

    private String mappaPage(UUID childId, MappaForm form, BindingResult binding, Model model) {
        model.addAttribute(
                "levels",
                IntStream.rangeClosed(1, 3)
                        .mapToObj(l -> new Option(String.valueOf(l), "Level " + l))
                        .toList());
        model.addAttribute(
                "categories",
                IntStream.rangeClosed(1, 4)
                        .mapToObj(c -> new Option(String.valueOf(c), "Category " + c + (c == 4 ? " (terrorism)" : "")))
                        .toList());
        return page(childId, form, binding, MappaForm.FIELD_ORDER, MappaForm.DATE_FIELDS, "mappa-form", model);
    }

    // Meetings ---------------------------------------------------------------------------------------------

    @GetMapping("/children/{id}/safeguarding/meetings/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newMeeting(@PathVariable UUID id, Model model) {
        children.visible(id);
        return meetingPage(id, new MeetingForm(), null, model);
    }

    @PostMapping("/children/{id}/safeguarding/meetings")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String meeting(
            @PathVariable UUID id, @ModelAttribute("form") MeetingForm form, BindingResult binding, Model model) {
        children.visible(id);
        Safeguarding.NewMeeting request = new Safeguarding.NewMeeting(
                Option.chosen(MeetingType.class, form.getType()),
                FormErrors.date(form.getHeldOn(), "heldOn", "the date of the meeting", binding),
                Option.chosen(CalledBy.class, form.getCalledBy()),
                form.getCalledByOther(),
                Option.chosen(YosAttendance.class, form.getAttendance()),
                form.getNotRepresentedReason(),
                form.getDecisions());
        return save(
                id,
                binding,
                MeetingForm.FIELD_ORDER,
                v -> {},
                "meeting",
                () -> safeguarding.recordMeeting(id, request),
                () -> meetingPage(id, form, binding, model));
    }

    private String meetingPage(UUID childId, MeetingForm form, BindingResult binding, Model model) {
        model.addAttribute("types", Option.of(MeetingType.class, MeetingType::label));
        model.addAttribute("calledBy", Option.of(CalledBy.class, CalledBy::label));
        model.addAttribute("attendances", Option.of(YosAttendance.class, YosAttendance::label));
        return page(childId, form, binding, MeetingForm.FIELD_ORDER, MeetingForm.DATE_FIELDS, "meeting-form", model);
    }

    // Actions ----------------------------------------------------------------------------------------------

    @GetMapping("/children/{id}/safeguarding/actions/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newAction(@PathVariable UUID id, @RequestParam String recordType, @RequestParam UUID recordId, Model model) {
        children.visible(id);
        ActionForm form = new ActionForm();
        form.setRecordType(recordType);
        form.setRecordId(recordId.toString());
        return actionPage(id, form, null, model);
    }

    @PostMapping("/children/{id}/safeguarding/actions")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String action(@PathVariable UUID id, @ModelAttribute("form") ActionForm form, BindingResult binding, Model model) {
        children.visible(id);
        Safeguarding.NewAction request = new Safeguarding.NewAction(
                form.getRecordType(),
                uuid(form.getRecordId()),
                form.getAction(),
                form.getOwnerAgency(),
                FormErrors.date(form.getDueOn(), "dueOn", "the date the action is due", binding));
        return save(
                id,
                binding,
                ActionForm.FIELD_ORDER,
                v -> {},
                "action",
                () -> safeguarding.addAction(id, request),
                () -> actionPage(id, form, binding, model));
    }

    private String actionPage(UUID childId, ActionForm form, BindingResult binding, Model model) {
        return page(childId, form, binding, ActionForm.FIELD_ORDER, ActionForm.DATE_FIELDS, "action-form", model);
    }

    // Child protection concerns ----------------------------------------------------------------------------

    @GetMapping("/children/{id}/safeguarding/concerns/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newConcern(@PathVariable UUID id, Model model) {
        children.visible(id);
        ConcernForm form = new ConcernForm();
        form.setIdentifiedOn(DateParts.of(LocalDate.now(clock)));
        form.setIdentifiedBy(CurrentUser.require().displayName());
        return concernPage(id, null, form, null, model);
    }

    @PostMapping("/children/{id}/safeguarding/concerns")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String concern(
            @PathVariable UUID id, @ModelAttribute("form") ConcernForm form, BindingResult binding, Model model) {
        children.visible(id);
        ConcernDetails details = concern(form, binding);
        return save(
                id,
                binding,
                ConcernForm.FIELD_ORDER,
                v -> {},
                "concern",
                () -> safeguarding.recordConcern(id, details),
                () -> concernPage(id, null, form, binding, model));
    }

    @GetMapping("/safeguarding/concerns/{concernId}/edit")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String editConcern(@PathVariable UUID concernId, Model model) {
        ChildProtectionConcern concern = safeguarding.concern(concernId);
        ConcernDetails d = concern.details();
        ConcernForm form = new ConcernForm();
        form.setVersion(concern.version());
        form.setIdentifiedOn(DateParts.of(d.identifiedOn()));
        form.setIdentifiedBy(d.identifiedBy());
        form.setConcern(d.concern());
        form.setManagerName(d.managerName());
        form.setManagerToldOn(DateParts.of(d.managerToldOn()));
        form.setSocialCareContact(
                d.socialCareContact() == null ? null : d.socialCareContact().name());
        form.setSocialCareName(d.socialCareName());
        form.setSocialCareToldOn(DateParts.of(d.socialCareToldOn()));
        form.setSocialCareHow(
                d.socialCareHow() == null ? null : d.socialCareHow().name());
        form.setSocialCareResponse(d.socialCareResponse());
        return concernPage(concern.childId(), concern, form, null, model);
    }

    @PostMapping("/safeguarding/concerns/{concernId}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String updateConcern(
            @PathVariable UUID concernId,
            @ModelAttribute("form") ConcernForm form,
            BindingResult binding,
            Model model) {
        ChildProtectionConcern concern = safeguarding.concern(concernId);
        ConcernDetails details = concern(form, binding);
        return save(
                concern.childId(),
                binding,
                ConcernForm.FIELD_ORDER,
                form::setVersion,
                "concernChanged",
                () -> safeguarding.updateConcern(concernId, form.getVersion(), details),
                () -> concernPage(concern.childId(), concern, form, binding, model));
    }

    private String concernPage(
            UUID childId, ChildProtectionConcern concern, ConcernForm form, BindingResult binding, Model model) {
        model.addAttribute("concernRecord", concern);
        model.addAttribute(
                "action",
                concern == null
                        ? "/children/" + childId + "/safeguarding/concerns"
                        : "/safeguarding/concerns/" + concern.id());
        model.addAttribute("contacts", Option.of(SocialCareContact.class, SocialCareContact::label));
        model.addAttribute("methods", Option.of(ReportMethod.class, ReportMethod::label));
        return page(childId, form, binding, ConcernForm.FIELD_ORDER, ConcernForm.DATE_FIELDS, "concern-form", model);
    }

    private static ConcernDetails concern(ConcernForm form, BindingResult binding) {
        return new ConcernDetails(
                FormErrors.date(form.getIdentifiedOn(), "identifiedOn", "the date the concern was identified", binding),
                form.getIdentifiedBy(),
                form.getConcern(),
                form.getManagerName(),
                optionalDate(
                        form.getManagerToldOn(), "managerToldOn", "the date it was reported to the manager", binding),
                Option.chosen(SocialCareContact.class, form.getSocialCareContact()),
                form.getSocialCareName(),
                optionalDate(
                        form.getSocialCareToldOn(),
                        "socialCareToldOn",
                        "the date it was reported to children’s social care",
                        binding),
                Option.chosen(ReportMethod.class, form.getSocialCareHow()),
                form.getSocialCareResponse());
    }

    // Shared -----------------------------------------------------------------------------------------------

    private String save(
            UUID childId,
            BindingResult binding,
            List<String> fields,
            LongConsumer newVersion,
            String saved,
            Runnable change,
            Supplier<String> formAgain) {
        if (!binding.hasErrors()) {
            try {
                change.run();
                return "redirect:/children/" + childId + "/safeguarding?" + saved;
            } catch (InvalidRequestException e) {
                FormErrors.reject(e, fields, binding);
            } catch (StaleRecordException e) {
                newVersion.accept(e.currentVersion());
                binding.reject(
                        "stale",
                        "Someone else changed this record first (" + e.changedBy() + ", "
                                + dates.dateTime(e.changedAt()) + ": " + String.join("; ", e.changes())
                                + "). Nothing was saved: check your answers and save again.");
            }
        }
        return formAgain.get();
    }

    private String page(
            UUID childId,
            Object form,
            BindingResult binding,
            List<String> fields,
            Set<String> dateFields,
            String template,
            Model model) {
        model.addAttribute("child", children.visible(childId));
        model.addAttribute("form", form);
        FormErrors.show(binding, fields, dateFields, model);
        return "safeguarding/" + template;
    }

    private static LocalDate optionalDate(DateParts parts, String field, String what, BindingResult binding) {
        return parts == null || parts.isBlank() ? null : FormErrors.date(parts, field, what, binding);
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
