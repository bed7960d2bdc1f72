package org.desist.appropriateadult.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.desist.appropriateadult.CallOut;
import org.desist.appropriateadult.CallOutLinks;
import org.desist.appropriateadult.CallOuts;
import org.desist.child.ChildRecords;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A call-out's changes, each a question page saved at the version the person saw (a stale save shows who changed it
 * since): the arrival, the leaving with the outcome, the request corrected, the child linked, what it led to.
 */
@Controller
class CallOutChangePages {

    private static final String BASE = "/appropriate-adults/call-outs/{id}";

    private final CallOuts callOuts;
    private final CallOutLinks links;
    private final CallOutQuestions questions;
    private final ChildRecords children;

    CallOutChangePages(CallOuts callOuts, CallOutLinks links, CallOutQuestions questions, ChildRecords children) {
        this.callOuts = callOuts;
        this.links = links;
        this.questions = questions;
        this.children = children;
    }

    @GetMapping(BASE + "/arrival")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String arrival(@PathVariable UUID id, Model model) {
        CallOut callOut = callOuts.get(id);
        model.addAttribute("form", CallOutForms.of(callOut));
        return page(callOut, "ARRIVAL", null, model);
    }

    @PostMapping(BASE + "/arrival")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String arrived(
            @PathVariable UUID id, @ModelAttribute("form") CallOutForm form, BindingResult binding, Model model) {
        Instant at = CallOutForms.instant(
                form.getArrivedAt(), form.getArrivedAtTime(), "arrivedAt", "the appropriate adult arrived", binding);
        return FormSubmission.submit(
                () -> {
                    callOuts.arrived(id, version(form), at);
                    return "redirect:/appropriate-adults/call-outs/" + id + "?arrived";
                },
                CallOutForm.ARRIVAL_FIELDS,
                binding,
                model,
                form::setVersion,
                () -> page(callOuts.get(id), "ARRIVAL", binding, model));
    }

    @GetMapping(BASE + "/leaving")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String leaving(@PathVariable UUID id, Model model) {
        CallOut callOut = callOuts.get(id);
        model.addAttribute("form", CallOutForms.of(callOut));
        return page(callOut, "LEAVING", null, model);
    }

    @PostMapping(BASE + "/leaving")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String left(@PathVariable UUID id, @ModelAttribute("form") CallOutForm form, BindingResult binding, Model model) {
        CallOut.Leaving leaving = CallOutForms.leaving(form, binding);
        return FormSubmission.submit(
                () -> {
                    callOuts.left(id, version(form), leaving);
                    return "redirect:/appropriate-adults/call-outs/" + id + "?left";
                },
                CallOutForm.LEAVING_FIELDS,
                binding,
                model,
                form::setVersion,
                () -> page(callOuts.get(id), "LEAVING", binding, model));
    }

    @GetMapping(BASE + "/request")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String request(@PathVariable UUID id, Model model) {
        CallOut callOut = callOuts.get(id);
        model.addAttribute("form", CallOutForms.of(callOut));
        return page(callOut, "CORRECT", null, model);
    }

    @PostMapping(BASE + "/request")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String correct(
            @PathVariable UUID id, @ModelAttribute("form") CallOutForm form, BindingResult binding, Model model) {
        CallOut callOut = callOuts.get(id);
        if (callOut.childKnown()) {
            form.setChildName(callOut.childName());
        }
        Instant at = CallOutForms.request(
                        form, List.of(), new org.springframework.validation.BeanPropertyBindingResult(form, "form"))
                .requestedAt();
        CallOut.Request request = CallOutForms.request(form, questions.onCall(at), binding);
        return FormSubmission.submit(
                () -> {
                    callOuts.correctRequest(id, version(form), request);
                    return "redirect:/appropriate-adults/call-outs/" + id + "?corrected";
                },
                CallOutForm.all(CallOutForm.REQUEST_FIELDS, CallOutForm.ATTENDEE_FIELDS),
                binding,
                model,
                form::setVersion,
                () -> page(callOuts.get(id), "CORRECT", binding, model));
    }

    @GetMapping(BASE + "/child")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String child(@PathVariable UUID id, Model model) {
        CallOut callOut = callOuts.get(id);
        model.addAttribute("form", CallOutForms.of(callOut));
        return page(callOut, "CHILD", null, model);
    }

    @PostMapping(BASE + "/child")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String linkChild(
            @PathVariable UUID id, @ModelAttribute("form") CallOutForm form, BindingResult binding, Model model) {
        UUID childId = CallOutForms.id(form.getChildId());
        if (childId == null) {
            binding.rejectValue("childId", "invalid", "Select the child, or go back if none of them is the child");
        }
        return FormSubmission.submit(
                () -> {
                    callOuts.linkChild(id, version(form), children.responsibleChild(childId));
                    return "redirect:/appropriate-adults/call-outs/" + id + "?linked";
                },
                CallOutForm.CHILD_FIELDS,
                binding,
                model,
                form::setVersion,
                () -> page(callOuts.get(id), "CHILD", binding, model));
    }

    @GetMapping(BASE + "/link")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String link(@PathVariable UUID id, Model model) {
        CallOut callOut = callOuts.get(id);
        model.addAttribute("form", CallOutForms.of(callOut));
        return page(callOut, "LINK", null, model);
    }

    @PostMapping(BASE + "/link")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String linkRecord(
            @PathVariable UUID id, @ModelAttribute("form") CallOutForm form, BindingResult binding, Model model) {
        UUID recordId = CallOutForms.id(form.getLinkedRecordId());
        return FormSubmission.submit(
                () -> {
                    links.link(id, version(form), recordId);
                    return "redirect:/appropriate-adults/call-outs/" + id + "?linkedRecord";
                },
                CallOutForm.LINK_FIELDS,
                binding,
                model,
                form::setVersion,
                () -> page(callOuts.get(id), "LINK", binding, model));
    }

    private String page(CallOut callOut, String page, BindingResult binding, Model model) {
        String back = "/appropriate-adults/call-outs/" + callOut.id();
        String action = back
                + switch (page) {
                    case "ARRIVAL" -> "/arrival";
                    case "LEAVING" -> "/leaving";
                    case "CORRECT" -> "/request";
                    case "CHILD" -> "/child";
                    default -> "/link";
                };
        String heading = switch (page) {
            case "ARRIVAL" -> "When did the appropriate adult arrive?";
            case "LEAVING" -> "Leaving and outcome";
            case "CORRECT" -> "Correct the request";
            case "CHILD" -> "Which child of the service is it?";
            default ->
                callOut.outcome() == CallOut.Outcome.CHARGE
                        ? "Which court appearance did the charge lead to?"
                        : "Which out-of-court referral did it lead to?";
        };
        model.addAttribute("callOut", callOut);
        model.addAttribute("requested", CallOutRows.when(callOut.requestedAt()));
        if (page.equals("CORRECT")) {
            questions.attendees(callOut.requestedAt(), model);
        }
        if (page.equals("CHILD")) {
            model.addAttribute(
                    "matches",
                    callOuts.possibleChildren(callOut.id()).stream()
                            .map(c -> new Option(
                                    c.id().toString(),
                                    c.name() + ", born " + new org.desist.platform.web.Dates().date(c.dateOfBirth())
                                            + " (" + c.localReference() + ")"))
                            .toList());
        }
        if (page.equals("LINK")) {
            model.addAttribute(
                    "candidates",
                    links.candidates(callOut).stream()
                            .map(l -> new Option(l.id().toString(), l.label()))
                            .toList());
        }
        List<String> fields = switch (page) {
            case "ARRIVAL" -> CallOutForm.ARRIVAL_FIELDS;
            case "LEAVING" -> CallOutForm.LEAVING_FIELDS;
            case "CORRECT" -> CallOutForm.all(CallOutForm.REQUEST_FIELDS, CallOutForm.ATTENDEE_FIELDS);
            case "CHILD" -> CallOutForm.CHILD_FIELDS;
            default -> CallOutForm.LINK_FIELDS;
        };
        return questions.show(page, heading, action, back, fields, binding, model);
    }

    private static long version(CallOutForm form) {
        return form.getVersion() == null ? -1 : form.getVersion();
    }
}
