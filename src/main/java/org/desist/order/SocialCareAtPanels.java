package org.desist.order;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.intervention.InterventionType;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.platform.Change;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Social care at the youth offender panels of a looked-after child ({@link SocialCareAtPanel}): who was invited
 * and when, how the time was set, and who attended with the child. Changes lock the order (its version); the rules
 * are {@link CourtOrder#recordSocialCare}'s.
 */
@Service
@Transactional
public class SocialCareAtPanels {

    private final OrderLedger ledger;
    private final ChildRecords children;
    private final LookedAfterRecords lookedAfter;

    SocialCareAtPanels(OrderLedger ledger, ChildRecords children, LookedAfterRecords lookedAfter) {
        this.ledger = ledger;
        this.children = children;
        this.lookedAfter = lookedAfter;
    }

    public record NewSocialCare(
            LocalDate invitedOn,
            String invitedWho,
            PanelTime time,
            String timeNote,
            PanelCompanion attended,
            String attendedName) {}

    /** The order's panels: what social care did at each, and each looked-after child's panel flag. */
    public record AtPanels(Map<UUID, SocialCareAtPanel> recorded, Map<UUID, String> flags) {}

    @Transactional(readOnly = true)
    public AtPanels of(CourtOrder order) {
        ChildSummary child = children.visible(order.sentence().childId());
        Map<UUID, String> flags = new LinkedHashMap<>();
        for (Panel p : order.panels()) {
            boolean la = lookedAfter.lookedAfterOn(child, p.heldOn());
            SocialCareAtPanel.flag(la, order.socialCare().get(p.id())).ifPresent(f -> flags.put(p.id(), f));
        }
        return new AtPanels(order.socialCare(), flags);
    }

    /** Records social care at a panel of the order (once per panel). */
    public SocialCareAtPanel record(UUID interventionId, UUID panelId, long version, NewSocialCare request) {
        OrderLedger.Current current = ledger.current(
                ledger.order(interventionId, InterventionType.REFERRAL_ORDER, "Youth offender panels sit"), version);
        Change<CourtOrder> change = current.order()
                .recordSocialCare(panelId, request, CurrentUser.require().username());
        CourtOrder saved = ledger.save(change);
        Panel panel = saved.panel(panelId).orElseThrow();
        SocialCareAtPanel recorded = saved.socialCare().get(panelId);
        ledger.audited(
                change,
                saved,
                AuditAction.CHANGED,
                "Recorded social care at the " + panel.kind().label().toLowerCase() + " of " + panel.heldOn(),
                SocialCareAtPanel.AUDITED.changes(change.before().socialCare().get(panelId), recorded));
        return recorded;
    }
}
