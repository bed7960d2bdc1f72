package org.desist.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.security.Directory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts what the name bar and sub-navigation of a child's record ({@code child/record-header.html}) need
 * into a page's model, for the tabs of the record that other modules serve (Out of court, Court…).
 */
@Component
public class RecordHeader {

    private final ChildRecords children;
    private final Directory directory;
    private final Clock clock;

    RecordHeader(ChildRecords children, Directory directory, Clock clock) {
        this.children = children;
        this.directory = directory;
        this.clock = clock;
    }

    /** The child's heading (404 when the user may not see them), with {@code tab} marked current. */
    public ChildHeading addTo(Model model, UUID childId, String tab) {
        ChildHeading child = children.heading(childId);
        model.addAttribute("child", child);
        model.addAttribute("d", child);
        model.addAttribute("age", Age.on(child.dateOfBirth(), LocalDate.now(clock)));
        model.addAttribute("tab", tab);
        model.addAttribute("service", directory.service(child.serviceId()).orElseThrow());
        return child;
    }
}
