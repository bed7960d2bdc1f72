package org.desist.security.internal;

import java.util.Map;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is signed in, their service's name, and what they may do. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final Directory directory;

    LayoutAdvice(Directory directory) {
        this.directory = directory;
    }

    @ModelAttribute
    void layout(Model model) {
        Map<String, Boolean> can = new java.util.HashMap<>();
        for (Role.Capability capability : Role.Capability.values()) {
            can.put(capability.name(), false);
        }
        CurrentUser.current().ifPresent(user -> {
            model.addAttribute("currentUser", user);
            for (Role.Capability capability : Role.Capability.values()) {
                can.put(capability.name(), user.can(capability));
            }
            var services = directory.services(user.serviceIds());
            if (services.size() == 1) {
                model.addAttribute("serviceName", services.get(0).name());
            }
        });
        model.addAttribute("can", can);
    }
}
