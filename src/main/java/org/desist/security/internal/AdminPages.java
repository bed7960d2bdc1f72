package org.desist.security.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.platform.web.ErrorSummary;
import org.desist.platform.web.FormErrors;
import org.desist.platform.web.Option;
import org.desist.security.Agency;
import org.desist.security.Provisioning;
import org.desist.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators manage the youth justice services hosted here and their staff's accounts. */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasAuthority('ADMINISTER')")
class AdminPages {

    private final AccountStore accounts;
    private final Provisioning provisioning;

    AdminPages(AccountStore accounts, Provisioning provisioning) {
        this.accounts = accounts;
        this.provisioning = provisioning;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("services", accounts.allServices());
        model.addAttribute("accounts", accounts.allAccounts());
        model.addAttribute(
                "serviceNames", accounts.allServices().stream().collect(Collectors.toMap(s -> s.id(), s -> s.name())));
        return "security/admin";
    }

    @GetMapping("/services/new")
    String newService(Model model) {
        return serviceForm(Map.of(), "", "", "", model);
    }

    @PostMapping("/services")
    String createService(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String localAuthority,
            Model model) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!code.trim().matches("^[A-Za-z0-9-]{2,12}$")) {
            problems.put("code", "Enter a short code of 2 to 12 letters or numbers, like NBR");
        } else if (provisioning.findServiceByCode(code.trim().toUpperCase()).isPresent()) {
            problems.put(
                    "code",
                    "Another service already has the code " + code.trim().toUpperCase());
        }
        if (name.isBlank()) {
            problems.put("name", "Enter the service's name, like Northbridge Youth Justice Service");
        }
        if (localAuthority.isBlank()) {
            problems.put("localAuthority", "Enter the local authority that hosts the service");
        }
        if (!problems.isEmpty()) {
            return serviceForm(problems, code, name, localAuthority, model);
        }
        provisioning.createService(code.trim().toUpperCase(), name.trim(), localAuthority.trim());
        return "redirect:/admin?service-added";
    }

    @GetMapping("/accounts/new")
    String newAccount(Model model) {
        return accountForm(new AccountForm(), null, model);
    }

    @PostMapping("/accounts")
    String createAccount(@ModelAttribute("form") AccountForm form, BindingResult binding, Model model) {
        form.problems().forEach((field, message) -> binding.rejectValue(field, "invalid", message));
        Set<UUID> services = form.getServiceIds().stream()
                .map(id -> {
                    try {
                        return UUID.fromString(id);
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                })
                .filter(id -> id != null && accounts.service(id).isPresent())
                .collect(Collectors.toSet());
        if (binding.getFieldError("username") == null
                && provisioning.accountExists(form.getUsername().trim())) {
            binding.rejectValue("username", "taken", "Another account already has this username");
        }
        if (binding.hasErrors()) {
            return accountForm(form, binding, model);
        }
        provisioning.createAccount(new Provisioning.NewAccount(
                form.getUsername().trim(),
                form.getDisplayName().trim(),
                form.getJobTitle() == null ? null : form.getJobTitle().trim(),
                Agency.valueOf(form.getAgency()),
                Optional.of(form.getPassword()),
                form.getRoles().stream().map(Role::valueOf).collect(Collectors.toSet()),
                services));
        return "redirect:/admin?account-added";
    }

    @PostMapping("/accounts/{id}/unlock")
    String unlock(@PathVariable UUID id) {
        accounts.unlock(id);
        return "redirect:/admin?unlocked";
    }

    private String serviceForm(
            Map<String, String> problems, String code, String name, String localAuthority, Model model) {
        model.addAttribute("problems", problems);
        model.addAttribute(
                "errorSummary",
                problems.entrySet().stream()
                        .map(e -> new ErrorSummary.Item("#" + e.getKey(), e.getValue()))
                        .toList());
        model.addAttribute("code", code);
        model.addAttribute("name", name);
        model.addAttribute("localAuthority", localAuthority);
        return "security/service-form";
    }

    private String accountForm(AccountForm form, BindingResult binding, Model model) {
        model.addAttribute("form", form);
        FormErrors.show(binding, AccountForm.FIELD_ORDER, Set.of(), model);
        model.addAttribute("agencies", Option.of(Agency.class, Agency::label));
        model.addAttribute("roleOptions", Option.of(Role.class, Role::label));
        model.addAttribute(
                "serviceOptions",
                accounts.allServices().stream()
                        .map(s -> new Option(s.id().toString(), s.name()))
                        .toList());
        return "security/account-form";
    }
}
