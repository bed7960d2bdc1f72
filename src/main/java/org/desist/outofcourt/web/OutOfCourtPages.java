package org.desist.outofcourt.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.child.ChildHeading;
import org.desist.child.ChildRecords;
import org.desist.child.RecordHeader;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.offence.Offence;
import org.desist.offence.Offences;
import org.desist.outofcourt.FirstTimeEntrant;
import org.desist.outofcourt.OutOfCourtDisposals;
import org.desist.outofcourt.Outcome;
import org.desist.outofcourt.Referral;
import org.desist.outofcourt.Referral.Attendee;
import org.desist.outofcourt.Referral.SpecialistScreening;
import org.desist.outofcourt.SourceConsulted;
import org.desist.outofcourt.SpecialistArea;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.Dates;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.security.Agency;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The child's "Out of court" tab, recording a police referral, and the referral's page with its question
 * pages: screening and assessment, the joint decision-making panel, the bail date, withdrawal, telling the
 * police, and how the disposal ended.
 */
@Controller
class OutOfCourtPages {

    private static final String STEPS = "{step:bail-date|withdraw|police-told|completion|non-compliance}";

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

    /** A one-question step on a referral. */
    enum Step {
        BAIL_DATE("bail-date", "Correct the bail date", "Bail date", "Correct bail date", "bailDateCorrected"),
        WITHDRAW(
                "withdraw",
                "The police withdrew the referral",
                "Date the police withdrew it",
                "Record withdrawal",
                "withdrawn"),
        POLICE_TOLD(
                "police-told",
                "The police were told of the decision",
                "Date the police were told",
                "Record that the police were told",
                "policeTold"),
        COMPLETION(
                "completion", "The child completed the disposal", "Date completed", "Record completion", "completed"),
        NON_COMPLIANCE(
                "non-compliance",
                "The child did not comply with the disposal",
                "Date it ended",
                "Record non-compliance",
                "notComplied");

        final String path;
        final String title;
        final String dateLegend;
        final String button;
        final String banner;

        Step(String path, String title, String dateLegend, String button, String banner) {
            this.path = path;
            this.title = title;
            this.dateLegend = dateLegend;
            this.button = button;
            this.banner = banner;
        }

        /** Whether the step can be taken at the referral's stage (else its page shows the referral). */
        boolean applies(Referral referral) {
            return switch (this) {
                case BAIL_DATE -> !referral.withdrawn();
                case WITHDRAW ->
                    referral.stage() == Referral.Stage.REFERRED || referral.stage() == Referral.Stage.ASSESSED;
                case POLICE_TOLD -> referral.panel() != null && referral.panel().policeToldOn() == null;
                case COMPLETION, NON_COMPLIANCE -> referral.stage() == Referral.Stage.IN_DELIVERY;
            };
        }

        static Step of(String path) {
            for (Step step : values()) {
                if (step.path.equals(path)) {
                    return step;
                }
            }
            throw new NotFoundException("Page");
        }

        public String getPath() {
            return path;
        }

        public String getTitle() {
            return title;
        }

        public String getDateLegend() {
            return dateLegend;
        }

        public String getButton() {
            return button;
        }
    }

    /** A referral's due item, as the pages list it. */
    record Due(String what, LocalDate dueDate, String status) {}

    @GetMapping("/children/{id}/out-of-court")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String tab(@PathVariable UUID id, Model model) {
        header(id, model);
        List<Referral> referrals = disposals.ofChild(id);
        model.addAttribute("referrals", referrals);
        model.addAttribute("due", dueByReferral(id, referrals));
        model.addAttribute("fte", fteText(disposals.firstTimeEntrant(id)));
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
                        .map(OutOfCourtPages::uuid)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        if (binding.hasErrors()) {
            // Every problem at once, not only the dates'.
            reject(disposals.checkReferral(id, request), form, binding, Map.of());
        } else {
            try {
                Referral referral = disposals.refer(id, request);
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
        FirstTimeEntrant fte = disposals.firstTimeEntrant(referral.childId());
        model.addAttribute("fte", fteText(fte));
        model.addAttribute("caseManagerName", staffName(referral.caseManagerId()));
        model.addAttribute("intervention", disposals.intervention(referral));
        if (referral.panel() != null) {
            model.addAttribute("decisionName", disposals.name(referral.panel().decision()));
            model.addAttribute(
                    "recommendationName", disposals.name(referral.panel().recommendation()));
        }
        return "outofcourt/referral";
    }

    @GetMapping("/out-of-court/{id}/screening")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String screeningForm(@PathVariable UUID id, Model model) {
        Referral referral = disposals.get(id);
        if (referral.screening() != null || referral.withdrawn()) {
            return "redirect:/out-of-court/" + id;
        }
        ScreeningForm form = new ScreeningForm();
        form.setVersion(referral.version());
        return screeningPage(referral, form, null, model);
    }

    @PostMapping("/out-of-court/{id}/screening")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String screening(
            @PathVariable UUID id, @ModelAttribute("form") ScreeningForm form, BindingResult binding, Model model) {
        LocalDate completedOn = date(
                form.getCompletedOn(),
                "completedOn",
                "the date the screening and assessment was completed",
                true,
                binding);
        List<SpecialistScreening> specialists = new ArrayList<>();
        Map<SpecialistArea, SpecialistForm> byArea = new LinkedHashMap<>();
        byArea.put(SpecialistArea.SUBSTANCE_MISUSE, form.getSubstanceMisuse());
        byArea.put(SpecialistArea.MENTAL_HEALTH, form.getMentalHealth());
        byArea.put(SpecialistArea.SPEECH_LANGUAGE_COMMUNICATION, form.getSpeechLanguage());
        byArea.forEach((area, s) -> {
            if (!s.isBlank()) {
                LocalDate on = date(
                        s.getScreenedOn(),
                        area.key() + ".screenedOn",
                        "the date of the " + area.label().toLowerCase() + " screening",
                        true,
                        binding);
                specialists.add(new SpecialistScreening(area, s.getScreenedBy(), on, s.getOutcome()));
            }
        });
        Set<SourceConsulted> sources = EnumSet.noneOf(SourceConsulted.class);
        form.getSources().stream()
                .map(s -> Option.chosen(SourceConsulted.class, s))
                .filter(java.util.Objects::nonNull)
                .forEach(sources::add);
        return FormSubmission.submit(
                () -> {
                    disposals.recordScreening(
                            id,
                            form.getVersion(),
                            new OutOfCourtDisposals.NewScreening(completedOn, form.getSummary(), sources, specialists));
                    return "redirect:/out-of-court/" + id + "?screened";
                },
                e -> reject(e.errors(), form, binding, Map.of()),
                binding,
                model,
                form::setVersion,
                () -> screeningPage(disposals.get(id), form, binding, model));
    }

    @GetMapping("/out-of-court/{id}/panel")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String panelForm(@PathVariable UUID id, Model model) {
        Referral referral = disposals.get(id);
        if (referral.panel() != null || referral.withdrawn()) {
            return "redirect:/out-of-court/" + id;
        }
        PanelForm form = new PanelForm();
        form.setVersion(referral.version());
        return panelPage(referral, form, null, model);
    }

    @PostMapping("/out-of-court/{id}/panel")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String panel(@PathVariable UUID id, @ModelAttribute("form") PanelForm form, BindingResult binding, Model model) {
        LocalDate panelDate = date(form.getPanelDate(), "panelDate", "the date of the panel", true, binding);
        LocalDate conditionsEndOn =
                date(form.getConditionsEndOn(), "conditionsEndOn", "the date the conditions end", false, binding);
        LocalDate policeToldOn =
                date(form.getPoliceToldOn(), "policeToldOn", "the date the police were told", false, binding);
        List<Attendee> attendees = new ArrayList<>();
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < form.getAttendees().size(); i++) {
            AttendeeForm row = form.getAttendees().get(i);
            if (!row.isBlank()) {
                rows.put("attendees[" + attendees.size() + "]", "attendees[" + i + "]");
                attendees.add(new Attendee(row.getName(), Option.chosen(Agency.class, row.getAgency())));
            }
        }
        var decision = new OutOfCourtDisposals.NewPanelDecision(
                panelDate,
                attendees,
                Option.chosen(Outcome.class, form.getRecommendation()),
                Option.chosen(Outcome.class, form.getDecision()),
                form.getRationale(),
                form.getConditions(),
                conditionsEndOn,
                policeToldOn);
        if (binding.hasErrors()) {
            // Every problem at once, not only the dates'.
            reject(disposals.checkPanelDecision(id, decision), form, binding, rows);
        }
        return FormSubmission.submit(
                () -> {
                    disposals.recordPanelDecision(id, form.getVersion(), decision);
                    return "redirect:/out-of-court/" + id + "?decided";
                },
                e -> reject(e.errors(), form, binding, rows),
                binding,
                model,
                form::setVersion,
                () -> panelPage(disposals.get(id), form, binding, model));
    }

    @GetMapping("/out-of-court/{id}/" + STEPS)
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String stepForm(@PathVariable UUID id, @PathVariable String step, Model model) {
        Referral referral = disposals.get(id);
        if (!Step.of(step).applies(referral)) {
            return "redirect:/out-of-court/" + id;
        }
        StepForm form = new StepForm();
        form.setVersion(referral.version());
        if (Step.of(step) == Step.BAIL_DATE) {
            form.setDate(DateParts.of(referral.bailDate()));
        }
        return stepPage(referral, Step.of(step), form, null, model);
    }

    @PostMapping("/out-of-court/{id}/" + STEPS)
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String step(
            @PathVariable UUID id,
            @PathVariable String step,
            @ModelAttribute("form") StepForm form,
            BindingResult binding,
            Model model) {
        Step which = Step.of(step);
        LocalDate date = date(form.getDate(), "date", which.dateLegend.toLowerCase(), true, binding);
        Boolean referredBack = form.getReferredBackToPolice() == null
                ? null
                : Boolean.valueOf("yes".equals(form.getReferredBackToPolice()));
        // Every step needs its date, so with a date that cannot be read (null) the service only reports the
        // other answers' problems, and the page shows them all at once.
        try {
            long version = form.getVersion();
            switch (which) {
                case BAIL_DATE -> disposals.correctBailDate(id, version, date);
                case WITHDRAW -> disposals.withdraw(id, version, date, form.getText());
                case POLICE_TOLD -> disposals.policeTold(id, version, date);
                case COMPLETION -> disposals.complete(id, version, date, form.getExitStrategy());
                case NON_COMPLIANCE -> disposals.notComplied(id, version, date, form.getText(), referredBack);
            }
            return "redirect:/out-of-court/" + id + "?" + which.banner;
        } catch (InvalidRequestException e) {
            reject(
                    e.errors(),
                    form,
                    binding,
                    Map.of(
                            "bailDate", "date",
                            "withdrawnOn", "date",
                            "policeToldOn", "date",
                            "endedOn", "date",
                            "reason", "text",
                            "nonCompliance", "text"));
        } catch (StaleRecordException e) {
            model.addAttribute("stale", e);
            form.setVersion(e.currentVersion());
        }
        return stepPage(disposals.get(id), which, form, binding, model);
    }

    private String referralForm(UUID childId, ReferralForm form, BindingResult binding, Model model) {
        ChildHeading child = children.heading(childId);
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        List<Option> offenceOptions = new ArrayList<>();
        for (Offence o : offences.ofChild(childId)) {
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

    private String screeningPage(Referral referral, ScreeningForm form, BindingResult binding, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("child", children.heading(referral.childId()));
        model.addAttribute("form", form);
        model.addAttribute("sourceOptions", Option.of(SourceConsulted.class, SourceConsulted::label));
        FormErrors.show(binding, ScreeningForm.FIELD_ORDER, ScreeningForm.DATE_FIELDS, model);
        return "outofcourt/screening-form";
    }

    private String panelPage(Referral referral, PanelForm form, BindingResult binding, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("child", children.heading(referral.childId()));
        model.addAttribute("form", form);
        model.addAttribute("eligibility", disposals.eligibility(referral));
        model.addAttribute("schemeName", disposals.communityResolutionName());
        FirstTimeEntrant fte = disposals.firstTimeEntrant(referral.childId());
        model.addAttribute("fte", fteText(fte));
        List<String> effects = new ArrayList<>();
        Outcome chosen = Option.chosen(Outcome.class, form.getDecision());
        for (Outcome outcome : chosen == null ? List.of(Outcome.values()) : List.of(chosen)) {
            fte.effectOf(outcome, disposals.name(outcome)).ifPresent(effects::add);
            if (fte.entered()) {
                break;
            }
        }
        model.addAttribute("fteEffects", effects);
        model.addAttribute("outcomes", Option.of(Outcome.class, disposals::name));
        model.addAttribute("agencies", Option.of(Agency.class, Agency::label));
        FormErrors.show(binding, PanelForm.fieldOrder(), PanelForm.DATE_FIELDS, model);
        return "outofcourt/panel-form";
    }

    private String stepPage(Referral referral, Step step, StepForm form, BindingResult binding, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("child", children.heading(referral.childId()));
        model.addAttribute("form", form);
        model.addAttribute("step", step);
        if (referral.panel() != null) {
            model.addAttribute("decisionName", disposals.name(referral.panel().decision()));
        }
        model.addAttribute("yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        FormErrors.show(binding, StepForm.FIELD_ORDER, StepForm.DATE_FIELDS, model);
        return "outofcourt/step-form";
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

    private String fteText(FirstTimeEntrant fte) {
        return fte.entered()
                ? "First-time entrant since " + dates.date(fte.since()) + " ("
                        + fte.by().label().toLowerCase() + ")"
                : "Not a first-time entrant: no caution or conviction recorded";
    }

    private String staffName(UUID id) {
        return id == null
                ? null
                : directory.staffMember(id).map(StaffMember::displayName).orElse(null);
    }

    /** The date typed, or null with its problem recorded against the field. */
    private static LocalDate date(DateParts parts, String field, String what, boolean required, BindingResult binding) {
        if (parts.isBlank() && !required) {
            return null;
        }
        Optional<String> problem = parts.problem(what);
        if (problem.isPresent()) {
            binding.rejectValue(field, "invalid", problem.get());
            return null;
        }
        return parts.toDate().orElseThrow();
    }

    /** The service's problems against the form's fields (renamed where the form names them differently). */
    private static void reject(
            Map<String, String> problems, Object form, BindingResult binding, Map<String, String> renamed) {
        BeanWrapperImpl bean = new BeanWrapperImpl(form);
        problems.forEach((field, message) -> {
            String target = field;
            for (var e : renamed.entrySet()) {
                if (target.equals(e.getKey()) || target.startsWith(e.getKey() + ".")) {
                    target = e.getValue() + target.substring(e.getKey().length());
                    break;
                }
            }
            if (bean.isReadableProperty(target) && binding.getFieldErrorCount(target) == 0) {
                binding.rejectValue(target, "invalid", message);
            } else if (!bean.isReadableProperty(target)) {
                binding.reject("invalid", message);
            }
        });
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
