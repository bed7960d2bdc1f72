package org.desist.security.internal;

import java.util.List;
import org.desist.platform.web.ErrorSummary;
import org.desist.security.CurrentUser;
import org.desist.security.DemoAccountsListing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The GOV.UK-styled sign-in page. Spring Security handles the POST and sign-out. */
@Controller
class SignInController {

    private final ObjectProvider<DemoAccountsListing> demoAccounts;
    private final boolean demoMode;
    private final int maxFailures;
    private final java.time.Duration lockout;

    SignInController(
            ObjectProvider<DemoAccountsListing> demoAccounts,
            @Value("${desist.demo.enabled}") boolean demoMode,
            @Value("${desist.sign-in.max-failures}") int maxFailures,
            @Value("${desist.sign-in.lockout}") java.time.Duration lockout) {
        this.demoAccounts = demoAccounts;
        this.demoMode = demoMode;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(name = "timed-out", required = false) String timedOut,
            Model model) {
        if (CurrentUser.current().isPresent()) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute(
                    "errorSummary",
                    List.of(new ErrorSummary.Item(
                            "#username",
                            "Enter a correct username and password. After " + maxFailures
                                    + " failed attempts an account is locked for " + lockout.toMinutes()
                                    + " minutes.")));
        }
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("timedOut", timedOut != null);
        model.addAttribute(
                "demoAccounts",
                demoMode
                        ? demoAccounts.stream()
                                .flatMap(d -> d.accounts().stream())
                                .toList()
                        : List.of());
        return "security/sign-in";
    }
}
