package org.desist.security.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.desist.platform.web.ErrorSummary;
import org.desist.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Everyone changes their own password here, for example after an administrator set the first one. */
@Controller
@RequestMapping("/account/password")
@PreAuthorize("isAuthenticated()")
class PasswordPage {

    private final AccountStore accounts;
    private final PasswordEncoder encoder;

    PasswordPage(AccountStore accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("problems", Map.of());
        return "security/password";
    }

    @PostMapping
    String change(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            Model model) {
        CurrentUser user = CurrentUser.require();
        Map<String, String> problems = new LinkedHashMap<>();
        String hash = accounts.findById(user.id())
                .map(AccountStore.Account::passwordHash)
                .orElse("");
        if (currentPassword.isEmpty() || !encoder.matches(currentPassword, hash)) {
            problems.put("currentPassword", "Enter your current password correctly");
        }
        if (newPassword.length() < AccountForm.MINIMUM_PASSWORD_LENGTH) {
            problems.put(
                    "newPassword",
                    "New password must be at least " + AccountForm.MINIMUM_PASSWORD_LENGTH + " characters");
        } else if (newPassword.equals(currentPassword)) {
            problems.put("newPassword", "New password must be different from your current password");
        }
        if (!confirmPassword.equals(newPassword)) {
            problems.put("confirmPassword", "The two new passwords do not match");
        }
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            model.addAttribute(
                    "errorSummary",
                    problems.entrySet().stream()
                            .map(e -> new ErrorSummary.Item("#" + e.getKey(), e.getValue()))
                            .toList());
            return "security/password";
        }
        accounts.changePassword(user.id(), encoder.encode(newPassword));
        return "redirect:/account/password?changed";
    }
}
