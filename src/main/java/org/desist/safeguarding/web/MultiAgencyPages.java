package org.desist.safeguarding.web;

import java.util.UUID;
import java.util.stream.IntStream;
import org.desist.child.ChildRecords;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.Option;
import org.desist.safeguarding.CalledBy;
import org.desist.safeguarding.MeetingType;
import org.desist.safeguarding.Safeguarding;
import org.desist.safeguarding.YosAttendance;
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
 * The question pages of multi-agency work on the child's case: a MAPPA decision, a multi-agency meeting, and an
 * action agreed by a referral, a VMP or a meeting. Every page works without JavaScript (POST-redirect-GET).
 */
@Controller
class MultiAgencyPages {

    private final Safeguarding safeguarding;
    private final ChildRecords children;
    private final SafeguardingForms forms;

    MultiAgencyPages(Safeguarding safeguarding, ChildRecords children, SafeguardingForms forms) {
        this.safeguarding = safeguarding;
        this.children = children;
        this.forms = forms;
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
        return forms.save(
                id,
                binding,
                model,
                MappaForm.FIELD_ORDER,
                null,
                "mappa",
                () -> safeguarding.recordMappa(children.responsibleChild(id), request),
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
        return forms.page(childId, form, binding, MappaForm.FIELD_ORDER, MappaForm.DATE_FIELDS, "mappa-form", model);
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
        return forms.save(
                id,
                binding,
                model,
                MeetingForm.FIELD_ORDER,
                null,
                "meeting",
                () -> safeguarding.recordMeeting(children.responsibleChild(id), request),
                () -> meetingPage(id, form, binding, model));
    }

    private String meetingPage(UUID childId, MeetingForm form, BindingResult binding, Model model) {
        model.addAttribute("types", Option.of(MeetingType.class, MeetingType::label));
        model.addAttribute("calledBy", Option.of(CalledBy.class, CalledBy::label));
        model.addAttribute("attendances", Option.of(YosAttendance.class, YosAttendance::label));
        return forms.page(
                childId, form, binding, MeetingForm.FIELD_ORDER, MeetingForm.DATE_FIELDS, "meeting-form", model);
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
        return forms.save(
                id,
                binding,
                model,
                ActionForm.FIELD_ORDER,
                null,
                "action",
                () -> safeguarding.addAction(children.responsibleChild(id), request),
                () -> actionPage(id, form, binding, model));
    }

    private String actionPage(UUID childId, ActionForm form, BindingResult binding, Model model) {
        return forms.page(childId, form, binding, ActionForm.FIELD_ORDER, ActionForm.DATE_FIELDS, "action-form", model);
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
