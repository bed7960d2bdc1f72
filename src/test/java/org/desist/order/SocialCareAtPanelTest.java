package org.desist.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Social care at a looked-after child's panel (the joint protocol between children's social care and the YOS): invited before the panel, the time set around
 * the social worker unless the victim's wishes came first (then a note), someone named when the social worker could
 * not attend; a looked-after child's panel without an invitation is flagged.
 */
class SocialCareAtPanelTest {

    @ParameterizedTest(name = "invited {0} ({1}), {2} \"{3}\", {4} \"{5}\" → {6}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2027-01-05 | Sam Patel | AGREED_WITH_SOCIAL_WORKER |                     | SOCIAL_WORKER | | ",
                "2027-01-05 | Sam Patel | VICTIM_WISHES_FIRST       | Victim asked for 5pm | SOCIAL_WORKER | | ",
                "2027-01-05 | Sam Patel | VICTIM_WISHES_FIRST       |                     | SOCIAL_WORKER | | timeNote",
                "2027-01-05 | Sam Patel | AGREED_WITH_SOCIAL_WORKER |                     | SOMEONE_ELSE  | Ann Lee, team manager | ",
                "2027-01-05 | Sam Patel | AGREED_WITH_SOCIAL_WORKER |                     | SOMEONE_ELSE  | | attendedName",
                "2027-01-13 | Sam Patel | AGREED_WITH_SOCIAL_WORKER |                     | SOCIAL_WORKER | | invitedOn",
                "           | Sam Patel | AGREED_WITH_SOCIAL_WORKER |                     | SOCIAL_WORKER | | invitedOn",
                "2027-01-05 |           | AGREED_WITH_SOCIAL_WORKER |                     | SOCIAL_WORKER | | invitedWho",
                "2027-01-05 | Sam Patel |                           |                     | SOCIAL_WORKER | | time",
                "2027-01-05 | Sam Patel | AGREED_WITH_SOCIAL_WORKER |                     |               | | attended",
            })
    void whatIsRecorded(
            LocalDate invitedOn,
            String who,
            PanelTime time,
            String note,
            PanelCompanion attended,
            String name,
            String problem) {
        var problems =
                SocialCareAtPanel.problems(LocalDate.of(2027, 1, 12), invitedOn, who, time, note, attended, name);
        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys(problem);
        }
    }

    @ParameterizedTest(name = "looked after {0}, invitation recorded {1} → flagged {2}")
    @CsvSource({"true, false, true", "true, true, false", "false, false, false", "false, true, false"})
    void theFlag(boolean lookedAfter, boolean recorded, boolean flagged) {
        SocialCareAtPanel record = recorded
                ? new SocialCareAtPanel(
                        null,
                        LocalDate.of(2027, 1, 5),
                        "Sam Patel",
                        PanelTime.AGREED_WITH_SOCIAL_WORKER,
                        null,
                        PanelCompanion.SOCIAL_WORKER,
                        null,
                        "cm")
                : null;
        assertThat(SocialCareAtPanel.flag(lookedAfter, record).isPresent()).isEqualTo(flagged);
    }
}
