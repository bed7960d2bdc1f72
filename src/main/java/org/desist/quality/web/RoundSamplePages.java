package org.desist.quality.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.StaleRecordException;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.FormSubmission;
import org.desist.quality.AuditRound;
import org.desist.quality.AuditRounds;
import org.desist.quality.Framework;
import org.desist.quality.Rating;
import org.desist.quality.RoundCase;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A round's sample at work, for those who audit cases: a case replaced (with the reason), the sample allocated to
 * auditors from one page (a select per case), the population's and the sample's proportions side by side, and the
 * organisational standards judged with their evidence. Each form carries the version the user saw; a stale save shows
 * who changed the round.
 */
@Controller
@PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
class RoundSamplePages {

    private final AuditRounds rounds;

    RoundSamplePages(AuditRounds rounds) {
        this.rounds = rounds;
    }

    @GetMapping("/quality/rounds/{id}/cases/{interventionId}/replace")
    String replaceForm(@PathVariable UUID id, @PathVariable UUID interventionId, Model model) {
        AuditRounds.SampleView view = rounds.sample(id);
        return replacePage(view, interventionId, "", view.round().version(), Map.of(), null, model);
    }

    @PostMapping("/quality/rounds/{id}/cases/{interventionId}/replace")
    String replace(
            @PathVariable UUID id,
            @PathVariable UUID interventionId,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "0") long version,
            Model model) {
        return FormSubmission.confirm(
                () -> {
                    rounds.replace(id, version, interventionId, reason);
                    return "redirect:/quality/rounds/" + id + "?replaced";
                },
                refused ->
                        replacePage(rounds.sample(id), interventionId, reason, version, refused.errors(), null, model),
                stale -> replacePage(
                        rounds.sample(id), interventionId, reason, stale.currentVersion(), Map.of(), stale, model));
    }

    @GetMapping("/quality/rounds/{id}/allocate")
    String allocateForm(@PathVariable UUID id, Model model) {
        AuditRounds.SampleView view = rounds.sample(id);
        Map<String, String> chosen = new LinkedHashMap<>();
        view.round()
                .sample()
                .forEach(c -> chosen.put(
                        c.interventionId().toString(),
                        c.auditorId() == null ? "" : c.auditorId().toString()));
        return allocatePage(view, chosen, view.round().version(), Map.of(), null, model);
    }

    @PostMapping("/quality/rounds/{id}/allocate")
    String allocate(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        long version = number(params.get("version"));
        Map<String, String> chosen = new LinkedHashMap<>();
        Map<UUID, UUID> auditors = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("auditor-")) {
                UUID c = uuid(name.substring("auditor-".length()));
                if (c != null) {
                    chosen.put(c.toString(), value);
                    auditors.put(c, uuid(value));
                }
            }
        });
        return FormSubmission.confirm(
                () -> {
                    rounds.allocate(id, version, auditors);
                    return "redirect:/quality/rounds/" + id + "?allocated";
                },
                refused -> allocatePage(rounds.sample(id), chosen, version, refused.errors(), null, model),
                stale -> allocatePage(rounds.sample(id), chosen, stale.currentVersion(), Map.of(), stale, model));
    }

    @GetMapping("/quality/rounds/{id}/proportions")
    String proportions(@PathVariable UUID id, Model model) {
        AuditRound round = rounds.get(id);
        model.addAttribute("round", round);
        model.addAttribute("proportions", round.proportions());
        return "quality/round-proportions";
    }

    @GetMapping("/quality/rounds/{id}/organisational")
    String judgementsForm(@PathVariable UUID id, Model model) {
        AuditRound round = rounds.get(id);
        Map<String, String> typed = new LinkedHashMap<>();
        round.organisational().forEach((number, j) -> {
            typed.put(ratingField(number), j.rating().name());
            typed.put(evidenceField(number), j.evidence());
        });
        return judgementsPage(round, typed, round.version(), Map.of(), null, model);
    }

    @PostMapping("/quality/rounds/{id}/organisational")
    String judge(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        AuditRound round = rounds.get(id);
        Framework framework = rounds.framework(round.frameworkId()).orElseThrow();
        long version = number(params.get("version"));
        Map<String, AuditRound.Judgement> judgements = new LinkedHashMap<>();
        for (Framework.Standard s : framework.standards()) {
            if (!s.caseBased()) {
                Rating rating =
                        org.desist.platform.web.Option.chosen(Rating.class, params.get(ratingField(s.number())));
                String evidence = params.getOrDefault(evidenceField(s.number()), "");
                if (rating != null || !evidence.isBlank()) {
                    judgements.put(s.number(), new AuditRound.Judgement(rating, evidence));
                }
            }
        }
        return FormSubmission.confirm(
                () -> {
                    rounds.judge(id, version, judgements);
                    return "redirect:/quality/rounds/" + id + "?judged";
                },
                refused -> judgementsPage(round, params, version, refused.errors(), null, model),
                stale -> judgementsPage(rounds.get(id), params, stale.currentVersion(), Map.of(), stale, model));
    }

    private String replacePage(
            AuditRounds.SampleView view,
            UUID interventionId,
            String reason,
            long version,
            Map<String, String> problems,
            StaleRecordException stale,
            Model model) {
        RoundCase c = view.round().sample().stream()
                .filter(x -> x.interventionId().equals(interventionId))
                .findFirst()
                .orElseThrow(() -> new org.desist.platform.NotFoundException("Case in the sample"));
        model.addAttribute("view", view);
        model.addAttribute("round", view.round());
        model.addAttribute("roundCase", c);
        model.addAttribute("reason", reason);
        model.addAttribute("version", version);
        model.addAttribute("problems", problems);
        model.addAttribute("stale", stale);
        model.addAttribute("errorSummary", summary(problems, field -> "#reason"));
        return "quality/round-replace";
    }

    private String allocatePage(
            AuditRounds.SampleView view,
            Map<String, String> chosen,
            long version,
            Map<String, String> problems,
            StaleRecordException stale,
            Model model) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach((field, message) -> byField.put(
                field.startsWith("auditor.") ? "auditor-" + field.substring("auditor.".length()) : field, message));
        model.addAttribute("view", view);
        model.addAttribute("round", view.round());
        model.addAttribute("auditors", rounds.auditors(view.round().serviceId()));
        model.addAttribute("chosen", chosen);
        model.addAttribute("version", version);
        model.addAttribute("problems", byField);
        model.addAttribute("stale", stale);
        model.addAttribute("errorSummary", summary(byField, field -> "#" + field));
        return "quality/round-allocate";
    }

    private String judgementsPage(
            AuditRound round,
            Map<String, String> typed,
            long version,
            Map<String, String> problems,
            StaleRecordException stale,
            Model model) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach((field, message) -> byField.put(field.replace('.', '-'), message));
        model.addAttribute("round", round);
        model.addAttribute("framework", rounds.framework(round.frameworkId()).orElseThrow());
        model.addAttribute("typed", typed);
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("version", version);
        model.addAttribute("problems", byField);
        model.addAttribute("stale", stale);
        model.addAttribute("errorSummary", summary(byField, field -> "#" + field));
        return "quality/round-organisational";
    }

    static String ratingField(String number) {
        return "rating-" + number.replace('.', '-');
    }

    static String evidenceField(String number) {
        return "evidence-" + number.replace('.', '-');
    }

    private static List<ErrorSummary.Item> summary(
            Map<String, String> problems, java.util.function.Function<String, String> href) {
        List<ErrorSummary.Item> items = new ArrayList<>();
        problems.forEach((field, message) -> items.add(new ErrorSummary.Item(href.apply(field), message)));
        return items;
    }

    private static long number(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
