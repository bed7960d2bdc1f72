package org.desist.order;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Social care at the youth offender panels of a looked-after child ({@link SocialCareAtPanel}): who was invited
 * and when, how the time was set, and who attended with the child. Changes lock the order (its version).
 */
@Service
@Transactional
public class SocialCareAtPanels {

    private final JdbcClient jdbc;
    private final OrderLedger ledger;
    private final CourtOrders orders;
    private final ChildRecords children;
    private final LookedAfterRecords lookedAfter;

    SocialCareAtPanels(
            JdbcClient jdbc,
            OrderLedger ledger,
            CourtOrders orders,
            ChildRecords children,
            LookedAfterRecords lookedAfter) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.orders = orders;
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
        Map<UUID, SocialCareAtPanel> recorded = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.* from panel_social_care s join youth_offender_panel p on p.id = s.panel_id
                         where p.intervention_id = :order
                        """)
                .param("order", order.interventionId())
                .query((rs, n) -> new SocialCareAtPanel(
                        rs.getObject("panel_id", UUID.class),
                        rs.getObject("invited_on", LocalDate.class),
                        rs.getString("invited_who"),
                        PanelTime.valueOf(rs.getString("time_set")),
                        rs.getString("time_note"),
                        PanelCompanion.valueOf(rs.getString("attended")),
                        rs.getString("attended_name"),
                        rs.getString("recorded_by")))
                .list()
                .forEach(s -> recorded.put(s.panelId(), s));
        Map<UUID, String> flags = new LinkedHashMap<>();
        for (Panel p : order.panels()) {
            boolean la = lookedAfter.lookedAfterOn(child, p.heldOn());
            SocialCareAtPanel.flag(la, recorded.get(p.id())).ifPresent(f -> flags.put(p.id(), f));
        }
        return new AtPanels(recorded, flags);
    }

    /** Records social care at a panel of the order (once per panel). */
    public SocialCareAtPanel record(UUID interventionId, UUID panelId, long version, NewSocialCare request) {
        Intervention order = ledger.order(interventionId, InterventionType.REFERRAL_ORDER, "Youth offender panels sit");
        children.responsible(order.childId());
        Panel panel = orders.get(interventionId).panels().stream()
                .filter(p -> p.id().equals(panelId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Youth offender panel"));
        Map<String, String> problems = SocialCareAtPanel.problems(
                panel.heldOn(),
                request.invitedOn(),
                request.invitedWho(),
                request.time(),
                request.timeNote(),
                request.attended(),
                request.attendedName());
        boolean exists = jdbc.sql("select count(*) from panel_social_care where panel_id = :p")
                        .param("p", panelId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (exists) {
            problems.put("invitedOn", "Social care at this panel is already recorded");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        long next = ledger.lock(interventionId, version);
        String by = CurrentUser.require().username();
        SocialCareAtPanel recorded = new SocialCareAtPanel(
                panelId,
                request.invitedOn(),
                request.invitedWho().trim(),
                request.time(),
                blankToNull(request.timeNote()),
                request.attended(),
                request.attended() == PanelCompanion.SOMEONE_ELSE
                        ? request.attendedName().trim()
                        : null,
                by);
        jdbc.sql("""
                        insert into panel_social_care (panel_id, invited_on, invited_who, time_set, time_note, attended,
                            attended_name, recorded_by)
                        values (:panel, :on, :who, :time, :note, :attended, :name, :by)
                        """)
                .param("panel", panelId)
                .param("on", recorded.invitedOn())
                .param("who", recorded.invitedWho())
                .param("time", recorded.time().name())
                .param("note", recorded.timeNote())
                .param("attended", recorded.attended().name())
                .param("name", recorded.attendedName())
                .param("by", by)
                .update();
        ledger.audited(
                order,
                next,
                AuditAction.CHANGED,
                "Recorded social care at the " + panel.kind().label().toLowerCase() + " of " + panel.heldOn(),
                List.of(
                        new FieldChange(
                                "Social care invited on",
                                null,
                                recorded.invitedOn().toString()),
                        new FieldChange("Invited", null, recorded.invitedWho()),
                        new FieldChange("Panel time", null, recorded.time().label()),
                        new FieldChange(
                                "Attended with the child",
                                null,
                                recorded.attended().label()
                                        + (recorded.attendedName() == null ? "" : ": " + recorded.attendedName()))));
        return recorded;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
