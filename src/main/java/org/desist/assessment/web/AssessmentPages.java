package org.desist.assessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.assessment.Assessment;
import org.desist.assessment.AssessmentStatus;
import org.desist.assessment.Assessments;
import org.desist.assessment.Classification;
import org.desist.assessment.ConcernType;
import org.desist.assessment.HarmTo;
import org.desist.assessment.Likelihood;
import org.desist.assessment.Source;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An intervention's assessment: the summary per lens with its status and classification history, one
 * question page per lens for the draft, submit, a manager's countersignature and the countersigning queue.
 */
@Controller
class AssessmentPages {

    /** The question pages of a draft, in order, and the fields each one asks. */
    enum Part {
        DESISTANCE(
                "desistance",
                "Desistance",
                List.of(
                        "offendingFactors",
                        "desistanceFactors",
                        "strengths",
                        "maturityAndMotivation",
                        "diversityAndContext",
                        "structuralBarriers",
                        "likelihoodOfReoffending")),
        SAFETY(
                "safety-and-wellbeing",
                "Safety and wellbeing",
                List.of("concerns", "concernTypes", "safetyClassification", "safetyAnalysis")),
        HARM(
                "risk-of-harm",
                "Risk of serious harm to others",
                List.of("harm", "harmTo", "harmLikelihood", "harmSeriousness", "harmClassification")),
        SOURCES(
                "sources-and-views",
                "Sources and views",
                List.of("sourcesConsulted", "otherSources", "childViews", "parentsViews")),
        SCREENING(
                "specialist-screening",
                "Specialist screening",
                List.of("substanceMisuse", "mentalHealth", "speechLanguageAndCommunication", "parenting"));

        private final String slug;
        private final String title;
        private final List<String> fields;

        Part(String slug, String title, List<String> fields) {
            this.slug = slug;
            this.title = title;
            this.fields = fields;
        }

        public String slug() {
            return slug;
        }

        public String title() {
            return title;
        }

        static Part of(String slug) {
            return Arrays.stream(values())
                    .filter(p -> p.slug.equals(slug))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Page"));
        }

        static Part asking(String field) {
            return Arrays.stream(values())
                    .filter(p -> p.fields.contains(field))
                    .findFirst()
                    .orElse(DESISTANCE);
        }

        Optional<Part> next() {
            return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
        }
    }

    private final Assessments assessments;
    private final Interventions interventions;
    private final ChildRecords children;

    AssessmentPages(Assessments assessments, Interventions interventions, ChildRecords children) {
        this.assessments = assessments;
        this.interventions = interventions;
        this.children = children;
    }

    @GetMapping("/interventions/{id}/assessment")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String show(@PathVariable UUID id, Model model) {
        return summary(interventions.get(id), Map.of(), model);
    }

    @PostMapping("/interventions/{id}/assessment")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String start(@PathVariable UUID id, Model model) {
        Intervention intervention = interventions.get(id);
        try {
            Assessment draft = assessments.start(id);
            return "redirect:/assessments/" + draft.id() + "/" + Part.DESISTANCE.slug();
        } catch (InvalidRequestException e) {
            return summary(intervention, e.errors(), model);
        }
    }

    @GetMapping("/assessments/{id}/{part}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String question(@PathVariable UUID id, @PathVariable String part, Model model) {
        Assessment assessment = assessments.get(id);
        return question(
                assessment, Part.of(part), AssessmentForm.of(assessment.details(), assessment.version()), null, model);
    }

    @PostMapping("/assessments/{id}/{part}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String save(
            @PathVariable UUID id,
            @PathVariable String part,
            @ModelAttribute("form") AssessmentForm form,
            BindingResult binding,
            Model model) {
        Part page = Part.of(part);
        Assessment before = assessments.get(id);
        return FormSubmission.submit(
                () -> {
                    assessments.update(id, form.getVersion(), form.applyTo(before.details(), page));
                    return page.next()
                            .map(next -> "redirect:/assessments/" + id + "/" + next.slug())
                            .orElse("redirect:/interventions/" + before.interventionId() + "/assessment?saved");
                },
                AssessmentForm.FIELD_ORDER,
                binding,
                model,
                form::setVersion,
                () -> question(before, page, form, binding, model));
    }

    @PostMapping("/assessments/{id}/submit")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String submit(@PathVariable UUID id, @RequestParam long version, Model model) {
        Assessment assessment = assessments.get(id);
        return onTheSummary(
                assessment,
                () -> {
                    assessments.submit(id, version);
                    return "redirect:/interventions/" + assessment.interventionId() + "/assessment?submitted";
                },
                model);
    }

    @PostMapping("/assessments/{id}/countersign")
    @PreAuthorize("hasAuthority('COUNTERSIGN')")
    String countersign(@PathVariable UUID id, @RequestParam long version, Model model) {
        Assessment assessment = assessments.get(id);
        return onTheSummary(
                assessment,
                () -> {
                    assessments.countersign(id, version);
                    return "redirect:/interventions/" + assessment.interventionId() + "/assessment?countersigned";
                },
                model);
    }

    /** A button on the summary page: its problems (or the stale panel) are shown on the summary. */
    private String onTheSummary(Assessment assessment, Supplier<String> save, Model model) {
        Map<String, String> problems = new LinkedHashMap<>();
        return FormSubmission.submit(
                save,
                e -> problems.putAll(e.errors()),
                new MapBindingResult(new LinkedHashMap<>(), "form"),
                model,
                null,
                () -> summary(interventions.get(assessment.interventionId()), problems, model));
    }

    @GetMapping("/assessments/awaiting-countersignature")
    @PreAuthorize("hasAuthority('COUNTERSIGN')")
    String awaiting(Model model) {
        model.addAttribute("waiting", assessments.awaitingCountersignature());
        return "assessment/awaiting";
    }

    private String summary(Intervention intervention, Map<String, String> problems, Model model) {
        ChildSummary child = children.visible(intervention.childId());
        Optional<Assessment> current = assessments.currentOf(intervention.id());
        model.addAttribute("child", child);
        model.addAttribute("i", intervention);
        model.addAttribute("a", current.orElse(null));
        model.addAttribute("history", assessments.history(intervention.id()));
        model.addAttribute("parts", Part.values());
        model.addAttribute("changeable", !children.seenAsHost(child.id()));
        model.addAttribute(
                "isAuthor",
                current.map(a -> CurrentUser.require().username().equals(a.submittedBy())
                                || CurrentUser.require().username().equals(a.createdBy()))
                        .orElse(false));
        List<ErrorSummary.Item> summary = new ArrayList<>();
        problems.forEach((field, message) -> summary.add(new ErrorSummary.Item(
                current.isPresent()
                                && current.get().status() == AssessmentStatus.DRAFT
                                && AssessmentForm.FIELD_ORDER.contains(field)
                        ? "/assessments/" + current.get().id() + "/"
                                + Part.asking(field).slug() + "#" + field
                        : "#main-content",
                message)));
        model.addAttribute("errorSummary", summary);
        return "assessment/show";
    }

    private String question(Assessment assessment, Part part, AssessmentForm form, BindingResult binding, Model model) {
        if (assessment.status() != AssessmentStatus.DRAFT) {
            return "redirect:/interventions/" + assessment.interventionId() + "/assessment";
        }
        Intervention intervention = interventions.get(assessment.interventionId());
        model.addAttribute("child", children.visible(assessment.childId()));
        model.addAttribute("i", intervention);
        model.addAttribute("a", assessment);
        model.addAttribute("part", part);
        model.addAttribute("parts", Part.values());
        model.addAttribute("form", form);
        model.addAttribute("likelihoods", Option.of(Likelihood.class, Likelihood::label));
        model.addAttribute("classifications", Option.of(Classification.class, Classification::label));
        model.addAttribute("concernTypes", Option.of(ConcernType.class, ConcernType::label));
        model.addAttribute("harmTo", Option.of(HarmTo.class, HarmTo::label));
        model.addAttribute("sources", Option.of(Source.class, Source::label));
        FormErrors.show(binding, AssessmentForm.FIELD_ORDER, Set.of(), model);
        return "assessment/question";
    }
}
