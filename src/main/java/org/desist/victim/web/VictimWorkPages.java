package org.desist.victim.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.desist.platform.Clocks;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.desist.victim.VictimConsent;
import org.desist.victim.VictimContact;
import org.desist.victim.VictimOffer;
import org.desist.victim.VictimUpdate;
import org.desist.victim.VictimWork;
import org.desist.victim.VictimWorks;
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
 * The victim worker's pages (Victims' Code 2021): My victims, all the service's victims, the victim's page and a
 * question page for each change. Read with VICTIM_VIEW, changed with VICTIM_WORK; another service's victim is 404.
 */
@Controller
class VictimWorkPages {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?");

    /** The question pages: path, heading, and the domain's date field shown as the form's "on". */
    enum Question {
        CONTACT("contact", "Record a contact or attempt", "occurredAt"),
        CONSENT("consent", "Record consent", "decidedOn"),
        WISHES("wishes", "Wishes, needs and what to share", null),
        OFFER("offer", "Record a Victims’ Code offer", "offeredOn"),
        SUPPORT("support-referral", "Refer to a support service", "referredOn"),
        UPDATE("update", "Record an update given to the victim", "givenOn"),
        ALLOCATION("allocation", "Allocate to a victim worker", null),
        OFFENCE("offence", "Link to another offence", null),
        VLU("vlu-referral", "Refer to the Victim Liaison Unit", "referredOn"),
        CLOSURE("closure", "Close the work with the victim", "closedOn");

        final String path;
        final String heading;
        final String dateField;

        Question(String path, String heading, String dateField) {
            this.path = path;
            this.heading = heading;
            this.dateField = dateField;
        }

        static Question of(String path) {
            for (Question q : values()) {
                if (q.path.equals(path)) {
                    return q;
                }
            }
            throw new NotFoundException("Page");
        }
    }

    private final VictimWorks works;
    private final Directory directory;
    private final Clock clock;

    VictimWorkPages(VictimWorks works, Directory directory, Clock clock) {
        this.works = works;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/victims")
    @PreAuthorize("hasAuthority('VICTIM_VIEW')")
    String victims(@RequestParam(required = false) String view, Model model) {
        boolean all = "all".equals(view);
        model.addAttribute("all", all);
        model.addAttribute("entries", all ? works.ofServices(null) : works.mine());
        return "victim/victims";
    }

    @GetMapping("/victims/{id}")
    @PreAuthorize("hasAuthority('VICTIM_VIEW')")
    String victim(@PathVariable UUID id, Model model) {
        VictimWork work = works.get(id);
        model.addAttribute("work", work);
        boolean worker = CurrentUser.require().can(Role.Capability.VICTIM_WORK);
        model.addAttribute("offences", worker ? works.offences(work) : List.of());
        model.addAttribute("eligible", works.eligibleForVictimContactService(work));
        model.addAttribute("firstContactDue", works.firstContactDue(work));
        model.addAttribute(
                "workerName",
                work.workerId() == null
                        ? null
                        : directory.displayNames(List.of(work.workerId())).get(work.workerId()));
        return "victim/victim";
    }

    @GetMapping("/victims/{id}/{question}")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    String question(@PathVariable UUID id, @PathVariable String question, Model model) {
        Question q = Question.of(question);
        VictimWork work = works.get(id);
        VictimWorkForm form = new VictimWorkForm();
        form.setVersion(work.version());
        if (q.dateField != null) {
            form.setOn(DateParts.of(LocalDate.now(clock)));
        }
        if (q == Question.WISHES) {
            form.setWishes(work.victim().wishes());
            form.setNeeds(work.needs());
            form.setSharedWishes(work.sharedWishes());
            form.setPanelAvailability(work.panelAvailability());
            form.setWantsUpdates(work.wantsUpdates());
        }
        model.addAttribute("form", form);
        return page(work, q, null, model);
    }

    @PostMapping("/victims/{id}/{question}")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    String answer(
            @PathVariable UUID id,
            @PathVariable String question,
            @ModelAttribute("form") VictimWorkForm form,
            BindingResult binding,
            Model model) {
        Question q = Question.of(question);
        LocalDate on = q.dateField == null ? null : FormErrors.date(form.getOn(), "on", "the date", binding);
        return FormSubmission.submit(
                () -> {
                    save(id, q, form, on, binding);
                    return "redirect:/victims/" + id + "?saved=" + q.path;
                },
                e -> FormErrors.reject(onTheForm(e, q), VictimWorkForm.FIELD_ORDER, binding),
                binding,
                model,
                form::setVersion,
                () -> page(works.get(id), q, binding, model));
    }

    private void save(UUID id, Question q, VictimWorkForm f, LocalDate on, BindingResult binding) {
        long v = f.getVersion();
        switch (q) {
            case CONTACT -> {
                ZonedDateTime at = on == null ? null : at(on, f.getTime());
                works.recordContact(
                        id,
                        v,
                        new VictimContact(
                                null,
                                at == null ? null : at.toInstant(),
                                Option.chosen(VictimContact.Method.class, f.getMethod()),
                                Option.chosen(VictimContact.With.class, f.getWithWhom()),
                                "yes".equals(f.getMade()),
                                f.getOutcome(),
                                f.getReason(),
                                null,
                                null));
            }
            case CONSENT ->
                works.recordConsent(
                        id,
                        v,
                        new VictimConsent(
                                null,
                                Option.chosen(VictimConsent.Subject.class, f.getSubject()),
                                Option.chosen(VictimConsent.Decision.class, f.getDecision()),
                                on,
                                Option.chosen(VictimConsent.LawfulBasis.class, f.getLawfulBasis()),
                                f.getNote(),
                                null,
                                null));
            case WISHES ->
                works.recordWishes(
                        id,
                        v,
                        new VictimWork.Wishes(
                                f.getWishes(),
                                f.getNeeds(),
                                f.getSharedWishes(),
                                f.getPanelAvailability(),
                                f.isWantsUpdates()));
            case OFFER ->
                works.recordOffer(
                        id,
                        v,
                        Option.chosen(VictimOffer.Offer.class, f.getOffer()),
                        on,
                        Option.chosen(VictimOffer.Response.class, f.getResponse()));
            case SUPPORT -> works.referToSupport(id, v, f.getService(), on, f.getNote());
            case UPDATE ->
                works.recordUpdate(id, v, Option.chosen(VictimUpdate.KeyPoint.class, f.getKeyPoint()), on, f.getNote());
            case ALLOCATION -> works.allocate(id, v, uuid(f.getWorkerId()));
            case OFFENCE -> works.linkOffence(id, v, uuid(f.getOffenceId()));
            case VLU -> works.referToVictimLiaisonUnit(id, v, on, f.getNote());
            case CLOSURE -> works.close(id, v, on, f.getReason());
        }
    }

    /** The service's field names as the form's: its date field is the form's "on", an unknown page-wide. */
    private static InvalidRequestException onTheForm(InvalidRequestException e, Question q) {
        Map<String, String> renamed = new LinkedHashMap<>();
        e.errors().forEach((field, problem) -> {
            String message = problem;
            String name = field.equals(q.dateField) ? "on" : field;
            if (q == Question.CONTACT && field.equals("occurredAt") && message.startsWith("Enter")) {
                name = "time";
                message = "Enter the time of the contact, like 9:40am or 14:30";
            }
            if (q == Question.VLU && field.equals("referredOn") && message.startsWith("Only")) {
                name = "closed";
            }
            renamed.putIfAbsent(name, message);
        });
        return new InvalidRequestException(renamed);
    }

    private String page(VictimWork work, Question q, BindingResult binding, Model model) {
        model.addAttribute("work", work);
        model.addAttribute("question", q.name());
        model.addAttribute("heading", q.heading);
        model.addAttribute("formAction", "/victims/" + work.id() + "/" + q.path);
        model.addAttribute("methods", Option.of(VictimContact.Method.class, VictimContact.Method::label));
        model.addAttribute("withWhom", Option.of(VictimContact.With.class, VictimContact.With::label));
        model.addAttribute(
                "made", List.of(new Option("yes", "Yes, contact was made"), new Option("no", "No, an attempt")));
        model.addAttribute("subjects", Option.of(VictimConsent.Subject.class, VictimConsent.Subject::label));
        model.addAttribute("decisions", Option.of(VictimConsent.Decision.class, VictimConsent.Decision::label));
        model.addAttribute("bases", Option.of(VictimConsent.LawfulBasis.class, VictimConsent.LawfulBasis::label));
        model.addAttribute("offers", Option.of(VictimOffer.Offer.class, VictimOffer.Offer::label));
        model.addAttribute("responses", Option.of(VictimOffer.Response.class, VictimOffer.Response::label));
        model.addAttribute("keyPoints", Option.of(VictimUpdate.KeyPoint.class, VictimUpdate.KeyPoint::label));
        if (q == Question.ALLOCATION) {
            model.addAttribute(
                    "workers",
                    works.victimWorkers(work.serviceId()).stream()
                            .map(s -> new Option(s.id().toString(), s.displayName()))
                            .toList());
        }
        if (q == Question.OFFENCE) {
            model.addAttribute("linked", works.offences(work));
            model.addAttribute(
                    "others",
                    works.otherOffencesOfTheChild(work).stream()
                            .map(o -> new Option(
                                    o.id().toString(),
                                    o.description() + " (" + o.category().label() + ", "
                                            + o.offenceDate()
                                                    .format(java.time.format.DateTimeFormatter.ofPattern(
                                                            "d MMMM yyyy", Locale.UK))
                                            + ")"))
                            .toList());
        }
        model.addAttribute("contactConsent", work.contactConsent());
        if (binding == null) {
            model.addAttribute("errorSummary", List.of());
        } else {
            FormErrors.show(binding, VictimWorkForm.FIELD_ORDER, Set.of("on"), model);
        }
        return "victim/question";
    }

    /** "9:40am", "9.40 pm", "14:30" or "2pm" on {@code on}, in UK time; null when it cannot be read. */
    static ZonedDateTime at(LocalDate on, String time) {
        if (time == null) {
            return null;
        }
        Matcher m = TIME.matcher(time.trim().toLowerCase(Locale.UK));
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (minute > 59 || hour > 23 || (half != null && (hour < 1 || hour > 12))) {
            return null;
        }
        if (half != null) {
            hour = hour % 12 + ("pm".equals(half) ? 12 : 0);
        }
        return ZonedDateTime.of(on, LocalTime.of(hour, minute), Clocks.UK);
    }

    private static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
