package org.desist.safeguarding.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.child.RecordHeader;
import org.desist.safeguarding.Safeguarding;
import org.desist.safeguarding.SafeguardingRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The "Risk and safeguarding" tab of the child's record: what the current classifications call for, panel
 * referrals, VMPs, MAPPA, meetings and child protection concerns, with links to the question pages that add to it.
 */
@Controller
class SafeguardingTabPage {

    private static final String TAB = "safeguarding";

    private final Safeguarding safeguarding;
    private final ChildRecords children;
    private final RecordHeader recordHeader;
    private final Clock clock;

    SafeguardingTabPage(Safeguarding safeguarding, ChildRecords children, RecordHeader recordHeader, Clock clock) {
        this.safeguarding = safeguarding;
        this.children = children;
        this.recordHeader = recordHeader;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/safeguarding")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    String tab(@PathVariable UUID id, Model model) {
        SafeguardingRecord record = safeguarding.viewed(children.accessible(id));
        recordHeader.addTo(model, id, TAB);
        model.addAttribute("hostView", children.seenAsHost(id));
        model.addAttribute("record", record);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("reportWithinDays", safeguarding.reportWithinDays());
        return "safeguarding/tab";
    }
}
