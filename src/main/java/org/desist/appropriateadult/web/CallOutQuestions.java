package org.desist.appropriateadult.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.desist.appropriateadult.CallOut;
import org.desist.appropriateadult.CallOuts;
import org.desist.appropriateadult.Rota;
import org.desist.appropriateadult.RotaSlot;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.Option;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Shows a call-out's question page: which questions, their options, the form's errors. */
@Component
class CallOutQuestions {

    static final List<Option> YES_NO = List.of(new Option("yes", "Yes"), new Option("no", "No"));

    private final CallOuts callOuts;
    private final Rota rota;

    CallOutQuestions(CallOuts callOuts, Rota rota) {
        this.callOuts = callOuts;
        this.rota = rota;
    }

    /** Who was on call at the request time (none when it is not known yet). */
    List<RotaSlot> onCall(Instant requestedAt) {
        return requestedAt == null ? List.of() : rota.onCallAt(null, requestedAt);
    }

    /**
     * The question page {@code page} (REQUEST, ATTENDEE, CORRECT, ARRIVAL, LEAVING, CHILD or LINK) posting to {@code
     * action}; {@code binding} null when shown for the first time.
     */
    String show(
            String page,
            String heading,
            String action,
            String back,
            List<String> fields,
            BindingResult binding,
            Model model) {
        model.addAttribute("page", page);
        model.addAttribute("heading", heading);
        model.addAttribute("formAction", action);
        model.addAttribute("back", back);
        if (page.equals("REQUEST") || page.equals("CORRECT")) {
            List<Option> suites = new ArrayList<>(callOuts.custodySuites(null).stream()
                    .map(s -> new Option(s, s))
                    .toList());
            model.addAttribute("suites", suites);
        }
        if (page.equals("LEAVING")) {
            model.addAttribute(
                    "procedureOptions",
                    Arrays.stream(CallOut.Procedure.values())
                            .map(p -> new Option(p.name(), p.label()))
                            .toList());
            model.addAttribute(
                    "outcomes",
                    Arrays.stream(CallOut.Outcome.values())
                            .map(o -> new Option(o.name(), o.label()))
                            .toList());
            model.addAttribute("yesNo", YES_NO);
        }
        FormErrors.show(binding, fields, CallOutPages.DATE_FIELDS, model);
        if (binding == null) {
            model.addAttribute("errorSummary", List.of());
        }
        return "appropriateadult/question";
    }

    /** The attendee options: those on call at the time, then someone not on the rota. */
    void attendees(Instant requestedAt, Model model) {
        List<RotaSlot> onCall = onCall(requestedAt);
        model.addAttribute("onCall", onCall);
        model.addAttribute(
                "attendees",
                Stream.concat(
                                onCall.stream()
                                        .map(s -> new Option(
                                                CallOutForms.value(s),
                                                s.name() + (s.volunteer() ? " (volunteer)" : " (staff)")
                                                        + ", on call until " + CallOutRows.when(s.endsAt()))),
                                Stream.of(new Option(CallOutForms.OTHER, "Someone not on the rota")))
                        .toList());
    }

    static UUID id(String value) {
        return CallOutForms.id(value);
    }
}
