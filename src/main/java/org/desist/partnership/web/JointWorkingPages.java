package org.desist.partnership.web;

import java.util.List;
import org.desist.child.PartnerAccess;
import org.desist.escalation.Escalations;
import org.desist.jointworking.JointDuty.OwnerService;
import org.desist.jointworking.OutOfBoroughNotifications;
import org.desist.partnership.JointWorkingView;
import org.desist.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The joint-working view for managers of the youth justice service and of children's social care. */
@Controller
class JointWorkingPages {

    private final JointWorkingView view;
    private final Escalations escalations;
    private final OutOfBoroughNotifications outOfBorough;

    JointWorkingPages(JointWorkingView view, Escalations escalations, OutOfBoroughNotifications outOfBorough) {
        this.view = view;
        this.escalations = escalations;
        this.outOfBorough = outOfBorough;
    }

    /**
     * {@code owner} narrows the lists to one service's duties (a plain GET form, so it works without JavaScript);
     * a social care manager starts with their own service's duties.
     */
    @GetMapping("/joint-working")
    @PreAuthorize("hasAuthority('JOINT_WORKING_OVERSIGHT')")
    String view(@RequestParam(required = false) String owner, Model model) {
        OwnerService only = owner == null
                ? (PartnerAccess.isPartner(CurrentUser.require()) ? OwnerService.SOCIAL_CARE : null)
                : List.of(OwnerService.values()).stream()
                        .filter(o -> o.name().equals(owner))
                        .findFirst()
                        .orElse(null);
        JointWorkingView.Duties duties = view.duties();
        model.addAttribute("duties", duties);
        model.addAttribute("owner", only);
        model.addAttribute("owners", OwnerService.values());
        model.addAttribute("overdue", only(duties.overdue(), only));
        model.addAttribute("dueSoon", only(duties.dueSoon(), only));
        model.addAttribute("doneLate", only(duties.doneLate(), only));
        model.addAttribute("escalations", escalations.openInYourServices());
        model.addAttribute("sharedCases", view.sharedCases());
        model.addAttribute(
                "lateOutOfBorough",
                CurrentUser.require().serviceIds().stream()
                        .flatMap(s -> outOfBorough.lateOutOfBoroughNotifications(s).stream())
                        .toList());
        return "partnership/view";
    }

    /** A partner's (or social care manager's) list of the shared cases they may open. */
    @GetMapping("/shared-cases")
    @PreAuthorize("hasAuthority('SHARED_CASE_VIEW')")
    String sharedCases(Model model) {
        model.addAttribute("sharedCases", view.sharedCases());
        return "partnership/shared-cases";
    }

    private static List<JointWorkingView.Duty> only(List<JointWorkingView.Duty> duties, OwnerService owner) {
        return owner == null
                ? duties
                : duties.stream().filter(d -> d.owner() == owner).toList();
    }
}
