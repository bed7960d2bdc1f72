package org.desist.security.internal;

import java.util.List;
import java.util.UUID;
import org.desist.platform.NotFoundException;
import org.desist.platform.web.ErrorSummary;
import org.desist.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A user creates and revokes their own API tokens. A new token is shown once, then only its name. */
@Controller
@RequestMapping("/account/api-tokens")
@PreAuthorize("hasAuthority('API_TOKENS')")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokens", tokens.of(CurrentUser.require().id()));
        return "security/api-tokens";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String name, Model model) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            model.addAttribute(
                    "errorSummary",
                    List.of(new ErrorSummary.Item(
                            "#name",
                            trimmed.isEmpty()
                                    ? "Enter a name for the token"
                                    : "Token name must be 100 characters or fewer")));
            model.addAttribute("name", name);
            return list(model);
        }
        model.addAttribute("newToken", tokens.create(CurrentUser.require().id(), trimmed));
        model.addAttribute("newTokenName", trimmed);
        return list(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id) {
        if (!tokens.revoke(CurrentUser.require().id(), id)) {
            throw new NotFoundException("API token");
        }
        return "redirect:/account/api-tokens?revoked";
    }
}
