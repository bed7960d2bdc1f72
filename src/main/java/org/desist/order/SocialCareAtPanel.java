package org.desist.order;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditedFields;

/**
 * Social care at a looked-after child's youth offender panel (the joint protocol between children's social care and the YOS "Police station and court": the
 * court directs social care to attend; the YOS sets the panel at a time the social worker can attend, though the
 * victim's wishes take priority; if the social worker cannot attend, someone else must attend with the child).
 */
public record SocialCareAtPanel(
        UUID panelId,
        LocalDate invitedOn,
        String invitedWho,
        PanelTime time,
        String timeNote,
        PanelCompanion attended,
        String attendedName,
        String recordedBy) {

    /** What the trail shows of social care at a panel. */
    static final AuditedFields<SocialCareAtPanel> AUDITED = AuditedFields.<SocialCareAtPanel>of()
            .field("Social care invited on", SocialCareAtPanel::invitedOn)
            .field("Invited", SocialCareAtPanel::invitedWho)
            .field("Panel time", SocialCareAtPanel::time)
            .field(
                    "Attended with the child",
                    s -> s.attended().label() + (s.attendedName() == null ? "" : ": " + s.attendedName()));

    /** A looked-after child's panel with no social care invitation recorded is flagged. */
    public static Optional<String> flag(boolean lookedAfter, SocialCareAtPanel recorded) {
        return lookedAfter && recorded == null
                ? Optional.of("Looked-after child: no social care invitation recorded")
                : Optional.empty();
    }

    /** What is wrong with what was typed, keyed by field. */
    public static Map<String, String> problems(
            LocalDate heldOn,
            LocalDate invitedOn,
            String invitedWho,
            PanelTime time,
            String timeNote,
            PanelCompanion attended,
            String attendedName) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (invitedOn == null) {
            problems.put("invitedOn", "Enter the date social care was invited");
        } else if (heldOn != null && invitedOn.isAfter(heldOn)) {
            problems.put("invitedOn", "Social care must be invited before the panel");
        }
        if (invitedWho == null || invitedWho.isBlank()) {
            problems.put("invitedWho", "Enter who was invited from social care");
        }
        if (time == null) {
            problems.put("time", "Select how the panel time was set");
        } else if (time == PanelTime.VICTIM_WISHES_FIRST && (timeNote == null || timeNote.isBlank())) {
            problems.put(
                    "timeNote", "Enter what the victim asked for and why the social worker’s time could not be kept");
        }
        if (attended == null) {
            problems.put("attended", "Select who attended the panel with the child");
        } else if (attended == PanelCompanion.SOMEONE_ELSE && (attendedName == null || attendedName.isBlank())) {
            problems.put("attendedName", "Enter who attended with the child instead of the social worker");
        }
        return problems;
    }
}
