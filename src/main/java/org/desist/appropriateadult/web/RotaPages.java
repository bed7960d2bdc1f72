package org.desist.appropriateadult.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.desist.appropriateadult.Rota;
import org.desist.platform.Clocks;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.FormSubmission;
import org.desist.platform.web.Option;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The rota: who is on call over the next fortnight (and the past week), a slot added, a slot removed. */
@Controller
class RotaPages {

    private final Rota rota;
    private final Clock clock;

    RotaPages(Rota rota, Clock clock) {
        this.rota = rota;
        this.clock = clock;
    }

    @GetMapping("/appropriate-adults/rota")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String show(Model model) {
        model.addAttribute("form", new RotaForm());
        return page(null, model);
    }

    @PostMapping("/appropriate-adults/rota")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String add(@ModelAttribute("form") RotaForm form, BindingResult binding, Model model) {
        Instant starts = CallOutForms.instant(
                form.getStartsAt(), form.getStartsAtTime(), "startsAt", "the slot starts", binding);
        Instant ends = CallOutForms.instant(form.getEndsAt(), form.getEndsAtTime(), "endsAt", "the slot ends", binding);
        UUID staff = form.getWho() != null && form.getWho().startsWith("staff:")
                ? CallOutForms.id(form.getWho().substring(6))
                : null;
        return FormSubmission.submit(
                () -> {
                    rota.add(null, starts, ends, staff, "volunteer".equals(form.getWho()) ? form.getVolunteer() : null);
                    return "redirect:/appropriate-adults/rota?added";
                },
                RotaForm.FIELDS,
                binding,
                model,
                null,
                () -> page(binding, model));
    }

    @PostMapping("/appropriate-adults/rota/{id}/remove")
    @PreAuthorize("hasAuthority('APPROPRIATE_ADULT')")
    String remove(@PathVariable UUID id) {
        rota.remove(id);
        return "redirect:/appropriate-adults/rota?removed";
    }

    private String page(BindingResult binding, Model model) {
        LocalDate today = LocalDate.now(clock);
        Instant from = today.minusDays(7).atStartOfDay(Clocks.UK).toInstant();
        Instant to = today.plusDays(15).atStartOfDay(Clocks.UK).toInstant();
        model.addAttribute(
                "slots",
                rota.between(null, from, to).stream()
                        .map(s -> new SlotRow(
                                s.slot().id(),
                                s.slot().name() + (s.slot().volunteer() ? " (volunteer)" : ""),
                                CallOutRows.when(s.slot().startsAt()),
                                CallOutRows.when(s.slot().endsAt()),
                                s.outOfHours(),
                                s.slot().covers(clock.instant())))
                        .toList());
        model.addAttribute(
                "people",
                Stream.concat(
                                rota.staff(null).stream()
                                        .map(s -> new Option("staff:" + s.id(), s.displayName() + " (staff)")),
                                Stream.of(new Option("volunteer", "A volunteer (enter their name)")))
                        .toList());
        model.addAttribute("oversight", CurrentUser.require().can(Role.Capability.APPROPRIATE_ADULT_OVERSIGHT));
        FormErrors.show(binding, RotaForm.FIELDS, java.util.Set.of("startsAt", "endsAt"), model);
        if (binding == null) {
            model.addAttribute("errorSummary", List.of());
        }
        return "appropriateadult/rota";
    }

    record SlotRow(UUID id, String who, String from, String until, boolean outOfHours, boolean now) {}
}
