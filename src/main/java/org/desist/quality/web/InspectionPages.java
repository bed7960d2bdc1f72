package org.desist.quality.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.ErrorSummary;
import org.desist.quality.Framework;
import org.desist.quality.Frameworks;
import org.desist.quality.PublishedInspection;
import org.desist.quality.PublishedInspections;
import org.desist.quality.Rating;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Published inspections: entered from the report, shown beside the ratings Desist's rules give. */
@Controller
class InspectionPages {

    private final PublishedInspections inspections;
    private final Frameworks frameworks;
    private final Directory directory;
    private final org.desist.quality.ImprovementPlans plans;

    InspectionPages(
            PublishedInspections inspections,
            Frameworks frameworks,
            Directory directory,
            org.desist.quality.ImprovementPlans plans) {
        this.inspections = inspections;
        this.frameworks = frameworks;
        this.directory = directory;
        this.plans = plans;
    }

    @GetMapping("/quality/inspections")
    @PreAuthorize("hasAuthority('QUALITY_RATINGS')")
    String list(Model model) {
        List<PublishedInspection> mine = inspections.mine();
        model.addAttribute("inspections", mine);
        model.addAttribute(
                "comparisons",
                mine.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                PublishedInspection::id, i -> i.compare(inspections.framework(i.frameworkId())))));
        model.addAttribute(
                "canEnter", CurrentUser.require().can(org.desist.security.Role.Capability.QUALITY_ASSURANCE));
        return "quality/inspections";
    }

    @GetMapping("/quality/inspections/new")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String form(@RequestParam(required = false) String framework, Model model) {
        if (framework == null || frameworks.find(framework).isEmpty()) {
            model.addAttribute("frameworks", frameworks.all());
            return "quality/inspection-framework";
        }
        return form(frameworks.find(framework).orElseThrow(), InspectionForm.of(Map.of()), model);
    }

    @PostMapping("/quality/inspections")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    String enter(@RequestParam Map<String, String> params, Model model) {
        InspectionForm form = InspectionForm.of(params);
        Framework framework = inspections.framework(form.value("framework"));
        PublishedInspection.Report report = form.report(framework);
        if (form.problems.isEmpty()) {
            try {
                UUID serviceId = form.serviceId() != null ? form.serviceId() : onlyService();
                PublishedInspection saved = inspections.enter(serviceId, framework.id(), report);
                return "redirect:/quality/inspections/" + saved.id() + "?entered";
            } catch (InvalidRequestException e) {
                e.errors()
                        .forEach((field, message) -> form.problems.putIfAbsent(InspectionForm.fieldOf(field), message));
            }
        }
        return form(framework, form, model);
    }

    @GetMapping("/quality/inspections/{id}")
    @PreAuthorize("hasAuthority('QUALITY_RATINGS')")
    String show(@PathVariable UUID id, Model model) {
        PublishedInspection inspection = inspections.get(id);
        Framework framework = inspections.framework(inspection.frameworkId());
        model.addAttribute("inspection", inspection);
        model.addAttribute("framework", framework);
        model.addAttribute("comparison", inspection.compare(framework));
        model.addAttribute("serviceName", serviceName(inspection.serviceId()));
        model.addAttribute("canPlan", CurrentUser.require().can(org.desist.security.Role.Capability.QUALITY_ASSURANCE));
        model.addAttribute("plans", plans.fromInspection(id));
        return "quality/inspection";
    }

    private String form(Framework framework, InspectionForm form, Model model) {
        model.addAttribute("framework", framework);
        model.addAttribute("form", form);
        model.addAttribute("problems", form.problems);
        model.addAttribute(
                "errorSummary",
                form.problems.entrySet().stream()
                        .map(e -> new ErrorSummary.Item("#" + e.getKey(), e.getValue()))
                        .toList());
        model.addAttribute("ratings", Rating.values());
        model.addAttribute(
                "services",
                CurrentUser.require().serviceIds().stream()
                        .map(id -> Map.entry(id, serviceName(id)))
                        .sorted(Map.Entry.comparingByValue())
                        .toList());
        return "quality/inspection-form";
    }

    private UUID onlyService() {
        var services = CurrentUser.require().serviceIds();
        return services.size() == 1 ? services.iterator().next() : null;
    }

    private String serviceName(UUID id) {
        return directory.service(id).map(s -> s.name()).orElse("Your service");
    }
}
