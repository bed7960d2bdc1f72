package org.desist.order.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.child.ChildRecords;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.order.BreachDecidedBy;
import org.desist.order.BreachOutcome;
import org.desist.order.BreachedWhat;
import org.desist.order.CourtOrder;
import org.desist.order.CourtOrders;
import org.desist.order.OrderBreaches;
import org.desist.order.OrderRequirements;
import org.desist.order.PanelKind;
import org.desist.order.PanelOutcome;
import org.desist.order.ReferralOrders;
import org.desist.order.RequirementRules;
import org.desist.order.RequirementType;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.Dates;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.FormErrors;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The order page (what a court order involves) and the question pages that add to it: panels, contract,
 * requirements, breaches and licence. Every page works without JavaScript (POST-redirect-GET).
 */
@Controller
class OrderPages {

    private final CourtOrders orders;
    private final ReferralOrders referralOrders;
    private final OrderRequirements requirements;
    private final OrderBreaches breaches;
    private final Interventions interventions;
    private final ChildRecords children;
    private final Dates dates;
    private final org.desist.order.SocialCareAtPanels socialCare;

    OrderPages(
            CourtOrders orders,
            ReferralOrders referralOrders,
            OrderRequirements requirements,
            OrderBreaches breaches,
            Interventions interventions,
            ChildRecords children,
            Dates dates,
            org.desist.order.SocialCareAtPanels socialCare) {
        this.socialCare = socialCare;
        this.orders = orders;
        this.referralOrders = referralOrders;
        this.requirements = requirements;
        this.breaches = breaches;
        this.interventions = interventions;
        this.children = children;
        this.dates = dates;
    }

    @GetMapping("/orders/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String order(@PathVariable UUID id, Model model) {
        CourtOrder order = orders.get(id);
        orders.viewed(order);
        model.addAttribute("order", order);
        model.addAttribute("child", children.visible(order.sentence().childId()));
        model.addAttribute("referralOrder", order.sentence().type() == InterventionType.REFERRAL_ORDER);
        model.addAttribute("socialCare", socialCare.of(order));
        model.addAttribute("yro", order.sentence().type() == InterventionType.YOUTH_REHABILITATION_ORDER);
        model.addAttribute("dto", order.sentence().type() == InterventionType.DETENTION_AND_TRAINING_ORDER);
        model.addAttribute("graveCrime", order.sentence().type() == InterventionType.LONGER_DETENTION);
        model.addAttribute("open", order.sentence().status() != Intervention.Status.CLOSED);
        model.addAttribute(
                "requirementNames",
                order.requirements().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                r -> r.id(), r -> r.type().label(), (a, b) -> a)));
        return "order/order";
    }

    // Panels ---------------------------------------------------------------------------------------------

    @GetMapping("/orders/{id}/panels/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newPanel(@PathVariable UUID id, Model model) {
        CourtOrder order = orders.get(id);
        PanelForm form = new PanelForm();
        form.setVersion(order.version());
        form.setKind(order.panels().isEmpty() ? PanelKind.INITIAL.name() : PanelKind.PROGRESS.name());
        return panelPage(order, form, null, model);
    }

    @PostMapping("/orders/{id}/panels")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordPanel(
            @PathVariable UUID id, @ModelAttribute("form") PanelForm form, BindingResult binding, Model model) {
        CourtOrder order = orders.get(id);
        LocalDate heldOn = date(form.getHeldOn(), "heldOn", "the date of the panel", true, binding);
        LocalDate shared =
                date(form.getReportSharedOn(), "reportSharedOn", "the date the report was shared", false, binding);
        return save(
                order,
                form.getVersion(),
                binding,
                PanelForm.FIELD_ORDER,
                v -> form.setVersion(v),
                "panel",
                () -> {
                    referralOrders.recordPanel(
                            id,
                            form.getVersion(),
                            new ReferralOrders.NewPanel(
                                    Option.chosen(PanelKind.class, form.getKind()),
                                    heldOn,
                                    lines(form.getCommunityMembers()),
                                    form.getYosMember(),
                                    form.getParentAttended() == null
                                                    || form.getParentAttended().isBlank()
                                            ? null
                                            : Boolean.valueOf(form.getParentAttended()),
                                    form.getParentAbsenceReason(),
                                    shared,
                                    Option.chosen(PanelOutcome.class, form.getOutcome()),
                                    form.getNotes()));
                    return null;
                },
                model,
                () -> panelPage(order, form, binding, model));
    }

    private String panelPage(CourtOrder order, PanelForm form, BindingResult binding, Model model) {
        model.addAttribute("kinds", Option.of(PanelKind.class, PanelKind::label));
        model.addAttribute("outcomes", Option.of(PanelOutcome.class, PanelOutcome::label));
        model.addAttribute("yesNo", List.of(new Option("true", "Yes"), new Option("false", "No")));
        return page(order, form, binding, PanelForm.FIELD_ORDER, PanelForm.DATE_FIELDS, "order/panel-form", model);
    }

    // Contract -------------------------------------------------------------------------------------------

    @GetMapping("/orders/{id}/contract/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newContract(@PathVariable UUID id, Model model) {
        CourtOrder order = orders.get(id);
        ContractForm form = new ContractForm();
        form.setVersion(order.version());
        return page(
                order, form, null, ContractForm.FIELD_ORDER, ContractForm.DATE_FIELDS, "order/contract-form", model);
    }

    @PostMapping("/orders/{id}/contract")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String signContract(
            @PathVariable UUID id, @ModelAttribute("form") ContractForm form, BindingResult binding, Model model) {
        CourtOrder order = orders.get(id);
        LocalDate signedOn = date(form.getSignedOn(), "signedOn", "the date the contract was signed", true, binding);
        return save(
                order,
                form.getVersion(),
                binding,
                ContractForm.FIELD_ORDER,
                form::setVersion,
                "contract",
                () -> {
                    referralOrders.signContract(
                            id,
                            form.getVersion(),
                            new ReferralOrders.NewContract(
                                    signedOn, form.getReparation(), lines(form.getActivities())));
                    return null;
                },
                model,
                () -> page(
                        order,
                        form,
                        binding,
                        ContractForm.FIELD_ORDER,
                        ContractForm.DATE_FIELDS,
                        "order/contract-form",
                        model));
    }

    // Requirements ---------------------------------------------------------------------------------------

    @GetMapping("/orders/{id}/requirements/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newRequirement(
            @PathVariable UUID id,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String step,
            Model model) {
        CourtOrder order = orders.get(id);
        RequirementType chosen = Option.chosen(RequirementType.class, type);
        RequirementForm form = new RequirementForm();
        form.setVersion(order.version());
        if (chosen == null) {
            model.addAttribute("order", order);
            model.addAttribute("child", children.visible(order.sentence().childId()));
            model.addAttribute(
                    "types", Option.of(RequirementType.class, t -> t.label() + " (" + t.statutoryReference() + ")"));
            boolean answered = type != null || step != null;
            model.addAttribute("problem", answered ? "Select the type of requirement" : null);
            model.addAttribute(
                    "errorSummary",
                    answered ? List.of(new ErrorSummary.Item("#type", "Select the type of requirement")) : List.of());
            return "order/requirement-type";
        }
        form.setType(chosen.name());
        form.setStartDate(DateParts.of(order.sentence().startDate()));
        form.setEndDate(DateParts.of(order.sentence().endDate()));
        return requirementPage(order, form, null, model);
    }

    @PostMapping("/orders/{id}/requirements")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String addRequirement(
            @PathVariable UUID id, @ModelAttribute("form") RequirementForm form, BindingResult binding, Model model) {
        CourtOrder order = orders.get(id);
        RequirementType type = Option.chosen(RequirementType.class, form.getType());
        if (type == null) {
            return "redirect:/orders/" + id + "/requirements/new";
        }
        LocalDate start = date(form.getStartDate(), "startDate", "the date the requirement starts", true, binding);
        LocalDate end = date(form.getEndDate(), "endDate", "the date the requirement ends", true, binding);
        Integer hours = type.records(RequirementType.Quantity.HOURS) ? number(form.getHours(), "hours", binding) : null;
        Integer days = type.records(RequirementType.Quantity.DAYS) ? number(form.getDays(), "days", binding) : null;
        LocalTime from = type.records(RequirementType.Quantity.CURFEW)
                ? time(form.getCurfewFrom(), "curfewFrom", binding)
                : null;
        LocalTime until = type.records(RequirementType.Quantity.CURFEW)
                ? time(form.getCurfewUntil(), "curfewUntil", binding)
                : null;
        return save(
                order,
                form.getVersion(),
                binding,
                RequirementForm.FIELD_ORDER,
                form::setVersion,
                "requirement",
                () -> {
                    requirements.add(
                            id,
                            form.getVersion(),
                            new RequirementRules.Proposed(
                                    type,
                                    start,
                                    end,
                                    hours,
                                    days,
                                    form.isExtended(),
                                    from,
                                    until,
                                    form.getDetails(),
                                    form.isConditionsConfirmed()));
                    return null;
                },
                model,
                () -> requirementPage(order, form, binding, model));
    }

    private String requirementPage(CourtOrder order, RequirementForm form, BindingResult binding, Model model) {
        model.addAttribute("type", RequirementType.valueOf(form.getType()));
        return page(
                order,
                form,
                binding,
                RequirementForm.FIELD_ORDER,
                RequirementForm.DATE_FIELDS,
                "order/requirement-form",
                model);
    }

    // Breaches -------------------------------------------------------------------------------------------

    @GetMapping("/orders/{id}/breaches/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newBreach(@PathVariable UUID id, Model model) {
        CourtOrder order = orders.get(id);
        BreachForm form = new BreachForm();
        form.setVersion(order.version());
        return breachPage(order, form, null, model);
    }

    @PostMapping("/orders/{id}/breaches")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordBreach(
            @PathVariable UUID id, @ModelAttribute("form") BreachForm form, BindingResult binding, Model model) {
        CourtOrder order = orders.get(id);
        LocalDate on = date(form.getBreachedOn(), "breachedOn", "the date of the breach", true, binding);
        return save(
                order,
                form.getVersion(),
                binding,
                BreachForm.FIELD_ORDER,
                form::setVersion,
                "breach",
                () -> {
                    breaches.record(
                            id,
                            form.getVersion(),
                            new OrderBreaches.NewBreach(
                                    on,
                                    Option.chosen(BreachedWhat.class, form.getBreachedWhat()),
                                    uuid(form.getRequirementId()),
                                    form.getDetails(),
                                    Option.chosen(BreachDecidedBy.class, form.getDecidedBy()),
                                    Option.chosen(BreachOutcome.class, form.getOutcome()),
                                    uuid(form.getNewInterventionId())));
                    return null;
                },
                model,
                () -> breachPage(order, form, binding, model));
    }

    private String breachPage(CourtOrder order, BreachForm form, BindingResult binding, Model model) {
        List<BreachedWhat> what = new ArrayList<>(Arrays.asList(BreachedWhat.values()));
        if (order.sentence().type() != InterventionType.REFERRAL_ORDER) {
            what.remove(BreachedWhat.CONTRACT);
        }
        if (order.requirements().isEmpty()) {
            what.remove(BreachedWhat.REQUIREMENT);
        }
        model.addAttribute(
                "what", what.stream().map(w -> new Option(w.name(), w.label())).toList());
        model.addAttribute(
                "requirementOptions",
                order.requirements().stream()
                        .map(r ->
                                new Option(r.id().toString(), r.type().label() + " from " + dates.date(r.startDate())))
                        .toList());
        model.addAttribute("decidedBy", Option.of(BreachDecidedBy.class, BreachDecidedBy::label));
        model.addAttribute("outcomes", Option.of(BreachOutcome.class, BreachOutcome::label));
        model.addAttribute(
                "newOrders",
                interventions.ofChild(children.accessible(order.sentence().childId())).stream()
                        .filter(i -> i.type().kind() == InterventionType.Kind.COURT_ORDER)
                        .filter(i -> !i.id().equals(order.interventionId()))
                        .filter(i -> i.status() != Intervention.Status.CLOSED)
                        .map(i ->
                                new Option(i.id().toString(), i.type().label() + " from " + dates.date(i.startDate())))
                        .toList());
        return page(order, form, binding, BreachForm.FIELD_ORDER, BreachForm.DATE_FIELDS, "order/breach-form", model);
    }

    // Licence --------------------------------------------------------------------------------------------

    @GetMapping("/orders/{id}/licence/new")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String newLicence(@PathVariable UUID id, Model model) {
        CourtOrder order = orders.get(id);
        LicenceForm form = new LicenceForm();
        form.setVersion(order.version());
        if (order.licence() != null) {
            form.setReleaseDate(DateParts.of(order.licence().releaseDate()));
            form.setLicenceEndDate(DateParts.of(order.licence().licenceEndDate()));
        }
        return page(order, form, null, LicenceForm.FIELD_ORDER, LicenceForm.DATE_FIELDS, "order/licence-form", model);
    }

    @PostMapping("/orders/{id}/licence")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String recordLicence(
            @PathVariable UUID id, @ModelAttribute("form") LicenceForm form, BindingResult binding, Model model) {
        CourtOrder order = orders.get(id);
        LocalDate release = date(form.getReleaseDate(), "releaseDate", "the release date", true, binding);
        LocalDate end = date(form.getLicenceEndDate(), "licenceEndDate", "the date the licence ends", true, binding);
        return save(
                order,
                form.getVersion(),
                binding,
                LicenceForm.FIELD_ORDER,
                form::setVersion,
                "licence",
                () -> {
                    orders.recordLicence(id, form.getVersion(), release, end);
                    return null;
                },
                model,
                () -> page(
                        order,
                        form,
                        binding,
                        LicenceForm.FIELD_ORDER,
                        LicenceForm.DATE_FIELDS,
                        "order/licence-form",
                        model));
    }

    // Shared ---------------------------------------------------------------------------------------------

    /**
     * Saves when the form reads, then back to the order page; otherwise the form again with its errors. A
     * stale save keeps the answers and says who changed the order, so the user can save again deliberately.
     */
    private String save(
            CourtOrder order,
            long version,
            BindingResult binding,
            List<String> fields,
            java.util.function.LongConsumer newVersion,
            String saved,
            Supplier<Void> change,
            Model model,
            Supplier<String> formAgain) {
        return FormSubmission.submit(
                () -> {
                    change.get();
                    return "redirect:/orders/" + order.interventionId() + "?" + saved;
                },
                fields,
                binding,
                model,
                newVersion,
                formAgain);
    }

    private String page(
            CourtOrder order,
            Object form,
            BindingResult binding,
            List<String> fields,
            Set<String> dateFields,
            String template,
            Model model) {
        model.addAttribute("order", order);
        model.addAttribute("child", children.visible(order.sentence().childId()));
        model.addAttribute("form", form);
        FormErrors.show(binding, fields, dateFields, model);
        return template;
    }

    private static LocalDate date(DateParts parts, String field, String what, boolean required, BindingResult binding) {
        if (parts == null || (!required && parts.isBlank())) {
            return null;
        }
        Optional<String> problem = parts.problem(what);
        if (problem.isPresent()) {
            binding.rejectValue(field, "invalid", problem.get());
            return null;
        }
        return parts.toDate().orElseThrow();
    }

    private static Integer number(String value, String field, BindingResult binding) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            binding.rejectValue(field, "invalid", "The number of " + field + " must be a whole number, like 12");
            return null;
        }
    }

    private static LocalTime time(String value, String field, BindingResult binding) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String v = value.trim().replace('.', ':');
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            binding.rejectValue(
                    field, "invalid", "Enter the time as hours and minutes on the 24-hour clock, like 19:00");
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
