package org.desist.programme.web;

import java.util.List;
import java.util.UUID;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.programme.Delivery;
import org.desist.programme.Programme;
import org.desist.programme.ProgrammeCatalogue;
import org.desist.programme.ProgrammeDetails;
import org.desist.programme.ProgrammeTopic;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.YouthJusticeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The programmes each of the user's services runs, and the managers' question pages to add a programme or to
 * change or withdraw one. Every page works without JavaScript (POST-redirect-GET).
 */
@Controller
class CataloguePages {

    private final ProgrammeCatalogue catalogue;
    private final Directory directory;

    CataloguePages(ProgrammeCatalogue catalogue, Directory directory) {
        this.catalogue = catalogue;
        this.directory = directory;
    }

    /** One service's catalogue, for the page. */
    record ServiceCatalogue(YouthJusticeService service, List<Programme> programmes) {}

    @GetMapping("/programmes")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String catalogue(Model model) {
        List<Programme> all = catalogue.ofMyServices();
        model.addAttribute(
                "catalogues",
                directory.services(CurrentUser.require().serviceIds()).stream()
                        .map(s -> new ServiceCatalogue(
                                s,
                                all.stream()
                                        .filter(p -> p.serviceId().equals(s.id()))
                                        .toList()))
                        .toList());
        return "programme/catalogue";
    }

    @GetMapping("/programmes/new")
    @PreAuthorize("hasAuthority('TEAM_CASELOAD')")
    String newProgramme(Model model) {
        ProgrammeForm form = new ProgrammeForm();
        List<YouthJusticeService> services = myServices();
        if (services.size() == 1) {
            form.setServiceId(services.get(0).id().toString());
        }
        return page(null, form, null, model);
    }

    @PostMapping("/programmes")
    @PreAuthorize("hasAuthority('TEAM_CASELOAD')")
    String add(@ModelAttribute("form") ProgrammeForm form, BindingResult binding, Model model) {
        UUID serviceId = uuid(form.getServiceId());
        if (serviceId == null || !CurrentUser.require().belongsTo(serviceId)) {
            binding.rejectValue("serviceId", "invalid", "Select the service that runs the programme");
        }
        ProgrammeDetails details = details(form, binding);
        return FormSubmission.submit(
                () -> {
                    catalogue.add(serviceId, details);
                    return "redirect:/programmes?added";
                },
                ProgrammeForm.FIELD_ORDER,
                binding,
                model,
                null,
                () -> page(null, form, binding, model));
    }

    @GetMapping("/programmes/{id}/edit")
    @PreAuthorize("hasAuthority('TEAM_CASELOAD')")
    String edit(@PathVariable UUID id, Model model) {
        Programme programme = catalogue.get(id);
        ProgrammeForm form = new ProgrammeForm();
        form.setVersion(programme.version());
        form.setServiceId(programme.serviceId().toString());
        form.setName(programme.name());
        form.setDelivery(programme.delivery().name());
        form.setTopic(programme.topic().name());
        form.setSessionsPlanned(String.valueOf(programme.sessionsPlanned()));
        form.setDescription(programme.description());
        form.setActive(String.valueOf(programme.active()));
        return page(programme, form, null, model);
    }

    @PostMapping("/programmes/{id}")
    @PreAuthorize("hasAuthority('TEAM_CASELOAD')")
    String change(
            @PathVariable UUID id, @ModelAttribute("form") ProgrammeForm form, BindingResult binding, Model model) {
        Programme programme = catalogue.get(id);
        ProgrammeDetails details = details(form, binding);
        return FormSubmission.submit(
                () -> {
                    catalogue.change(id, form.getVersion(), details);
                    return "redirect:/programmes?changed";
                },
                ProgrammeForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> page(programme, form, binding, model));
    }

    private String page(Programme programme, ProgrammeForm form, BindingResult binding, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("heading", programme == null ? "Add a programme" : "Change a programme");
        model.addAttribute("action", programme == null ? "/programmes" : "/programmes/" + programme.id());
        model.addAttribute(
                "services",
                myServices().stream()
                        .map(s -> new Option(s.id().toString(), s.name()))
                        .toList());
        model.addAttribute("deliveries", Option.of(Delivery.class, Delivery::label));
        model.addAttribute("topics", Option.of(ProgrammeTopic.class, ProgrammeTopic::label));
        model.addAttribute(
                "statuses",
                List.of(
                        new Option("true", "Active: children can be enrolled"),
                        new Option("false", "Withdrawn: no new enrolments")));
        model.addAttribute("form", form);
        FormErrors.show(binding, ProgrammeForm.FIELD_ORDER, ProgrammeForm.DATE_FIELDS, model);
        return "programme/programme-form";
    }

    private List<YouthJusticeService> myServices() {
        return directory.services(CurrentUser.require().serviceIds());
    }

    private static ProgrammeDetails details(ProgrammeForm form, BindingResult binding) {
        Integer sessions = null;
        if (form.getSessionsPlanned() != null && !form.getSessionsPlanned().isBlank()) {
            try {
                sessions = Integer.valueOf(form.getSessionsPlanned().trim());
            } catch (NumberFormatException e) {
                binding.rejectValue(
                        "sessionsPlanned", "invalid", "The number of sessions planned must be a number, like 8");
            }
        }
        return new ProgrammeDetails(
                form.getName(),
                Option.chosen(Delivery.class, form.getDelivery()),
                Option.chosen(ProgrammeTopic.class, form.getTopic()),
                sessions,
                form.getDescription(),
                form.getActive() == null || form.getActive().isBlank() ? null : Boolean.valueOf(form.getActive()));
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
