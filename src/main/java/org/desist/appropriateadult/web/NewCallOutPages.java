package org.desist.appropriateadult.web;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.desist.appropriateadult.CallOut;
import org.desist.appropriateadult.CallOuts;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Recording a call-out: the request (custody suite, when, the child), who attended (from the rota at that time, or
 * someone else with the reason), then check answers; the answers are held in the session until confirmed.
 */
@Controller
class NewCallOutPages {

    private static final String ANSWERS = "appropriateAdultCallOut";
    private static final String BASE = "/appropriate-adults/call-outs/new";

    private final CallOuts callOuts;
    private final CallOutQuestions questions;

    NewCallOutPages(CallOuts callOuts, CallOutQuestions questions) {
        this.callOuts = callOuts;
        this.questions = questions;
    }

    @GetMapping(BASE)
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String request(HttpSession session, Model model) {
        model.addAttribute("form", answers(session));
        return requestPage(null, model);
    }

    @PostMapping(BASE)
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String answerRequest(
            @ModelAttribute("form") CallOutForm form, BindingResult binding, HttpSession session, Model model) {
        CallOutForm answers = answers(session);
        answers.setCustodySuite(form.getCustodySuite());
        answers.setNewCustodySuite(form.getNewCustodySuite());
        answers.setRequestedAt(form.getRequestedAt());
        answers.setRequestedAtTime(form.getRequestedAtTime());
        answers.setChildName(form.getChildName());
        answers.setChildDateOfBirth(form.getChildDateOfBirth());
        CallOut.Request request = CallOutForms.request(form, List.of(), binding);
        reject(callOuts.requestProblems(null, request), CallOutForm.REQUEST_FIELDS, binding);
        session.setAttribute(ANSWERS, answers);
        if (binding.hasErrors()) {
            return requestPage(binding, model);
        }
        return "redirect:" + BASE + "/attendee";
    }

    @GetMapping(BASE + "/attendee")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String attendee(HttpSession session, Model model) {
        CallOutForm answers = answers(session);
        if (answers.getChildName() == null) {
            return "redirect:" + BASE;
        }
        model.addAttribute("form", answers);
        return attendeePage(answers, null, model);
    }

    @PostMapping(BASE + "/attendee")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String answerAttendee(
            @ModelAttribute("form") CallOutForm form, BindingResult binding, HttpSession session, Model model) {
        CallOutForm answers = answers(session);
        answers.setAttendeeName(form.getAttendeeName());
        answers.setOtherAttendee(form.getOtherAttendee());
        answers.setOffRotaReason(form.getOffRotaReason());
        session.setAttribute(ANSWERS, answers);
        BindingResult checked = new BeanPropertyBindingResult(answers, "form");
        CallOut.Request request = request(answers, checked);
        reject(callOuts.requestProblems(null, request), CallOutForm.ATTENDEE_FIELDS, checked);
        if (checked.hasErrors()) {
            model.addAttribute("form", answers);
            return attendeePage(answers, checked, model);
        }
        return "redirect:" + BASE + "/check";
    }

    @GetMapping(BASE + "/check")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String check(HttpSession session, Model model) {
        CallOutForm answers = answers(session);
        if (answers.getChildName() == null || answers.getAttendeeName() == null) {
            return "redirect:" + BASE;
        }
        CallOut.Request request = request(answers, new BeanPropertyBindingResult(answers, "form"));
        model.addAttribute("request", request);
        model.addAttribute("requested", CallOutRows.when(request.requestedAt()));
        model.addAttribute(
                "dob",
                request.childDateOfBirth() == null
                        ? null
                        : new org.desist.platform.web.Dates().date(request.childDateOfBirth()));
        return "appropriateadult/check";
    }

    @PostMapping(BASE + "/check")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String confirm(HttpSession session, Model model) {
        CallOutForm answers = answers(session);
        BindingResult binding = new BeanPropertyBindingResult(answers, "form");
        CallOut.Request request = request(answers, binding);
        try {
            CallOut saved = callOuts.record(null, request);
            session.removeAttribute(ANSWERS);
            return "redirect:/appropriate-adults/call-outs/" + saved.id() + "?recorded";
        } catch (InvalidRequestException e) {
            model.addAttribute("form", answers);
            FormErrors.reject(e, CallOutForm.REQUEST_FIELDS, binding);
            return requestPage(binding, model);
        }
    }

    private CallOut.Request request(CallOutForm answers, BindingResult binding) {
        BindingResult typing = new BeanPropertyBindingResult(answers, "form");
        CallOut.Request first = CallOutForms.request(answers, List.of(), typing);
        return CallOutForms.request(answers, questions.onCall(first.requestedAt()), binding);
    }

    private String requestPage(BindingResult binding, Model model) {
        return questions.show(
                "REQUEST",
                "Record a call-out",
                BASE,
                "/appropriate-adults",
                CallOutForm.REQUEST_FIELDS,
                binding,
                model);
    }

    private String attendeePage(CallOutForm answers, BindingResult binding, Model model) {
        CallOut.Request request =
                CallOutForms.request(answers, List.of(), new BeanPropertyBindingResult(answers, "form"));
        questions.attendees(request.requestedAt(), model);
        model.addAttribute("requested", CallOutRows.when(request.requestedAt()));
        return questions.show(
                "ATTENDEE", "Who attended?", BASE + "/attendee", BASE, CallOutForm.ATTENDEE_FIELDS, binding, model);
    }

    /** The problems of these fields on the binding (unless a field already has a typing error). */
    static void reject(Map<String, String> problems, List<String> fields, BindingResult binding) {
        Map<String, String> mine = new LinkedHashMap<>();
        problems.forEach((f, m) -> {
            if (fields.contains(f) && !binding.hasFieldErrors(f + "Time")) {
                mine.put(f, m);
            }
        });
        if (!mine.isEmpty()) {
            FormErrors.reject(new InvalidRequestException(mine), fields, binding);
        }
    }

    private static CallOutForm answers(HttpSession session) {
        Object held = session.getAttribute(ANSWERS);
        return held instanceof CallOutForm f ? f : new CallOutForm();
    }
}
