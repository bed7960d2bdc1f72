package org.desist.victim.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.offence.Offence;
import org.desist.offence.Offences;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.Option;
import org.desist.victim.Victim;
import org.desist.victim.Victims;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The victims of an offence, for the roles that need them, on a page of their own. */
@Controller
class VictimPages {

    private final Victims victims;
    private final Offences offences;
    private final ChildRecords children;

    VictimPages(Victims victims, Offences offences, ChildRecords children) {
        this.victims = victims;
        this.offences = offences;
        this.children = children;
    }

    @GetMapping("/offences/{id}/victims")
    @PreAuthorize("hasAuthority('VICTIM_VIEW')")
    String victims(@PathVariable UUID id, Model model) {
        return victimsPage(id, Map.of(), null, model);
    }

    @PostMapping("/offences/{id}/victims")
    @PreAuthorize("hasAuthority('VICTIM_EDIT')")
    String recordVictim(
            @PathVariable UUID id,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String contact,
            @RequestParam(defaultValue = "") String wishes,
            @RequestParam(defaultValue = "false") boolean consentsToContact,
            Model model) {
        try {
            victims.record(id, Option.chosen(Victim.Kind.class, kind), name, contact, wishes, consentsToContact);
            return "redirect:/offences/" + id + "/victims?recorded";
        } catch (InvalidRequestException e) {
            return victimsPage(
                    id,
                    e.errors(),
                    Map.of("kind", kind == null ? "" : kind, "name", name, "contact", contact, "wishes", wishes),
                    model);
        }
    }

    private String victimsPage(UUID offenceId, Map<String, String> problems, Map<String, String> typed, Model model) {
        Offence offence = offences.get(offenceId);
        model.addAttribute("offence", offence);
        model.addAttribute("child", children.visible(offence.childId()));
        model.addAttribute("victims", victims.ofOffence(offenceId));
        model.addAttribute("kinds", Option.of(Victim.Kind.class, Victim.Kind::label));
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed == null ? Map.of() : typed);
        List<ErrorSummary.Item> summary = new ArrayList<>();
        problems.forEach((field, message) -> summary.add(new ErrorSummary.Item("#victim-" + field, message)));
        model.addAttribute("errorSummary", summary);
        return "victim/offence-victims";
    }
}
