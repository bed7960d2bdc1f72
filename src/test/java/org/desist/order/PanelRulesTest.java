package org.desist.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A panel is properly constituted, parents of under-16s attend, and the report reaches members first. */
class PanelRulesTest {

    private static final LocalDate BORN = LocalDate.of(2011, 3, 1);

    @ParameterizedTest(name = "[{0}] YOS [{1}] parent {2} reason [{3}] on {4} → {5}")
    @CsvSource(
            delimiter = '|',
            value = {
                // community members; YOS member; parent attended; reason; held on; problem fields
                "Ann Lee;Bo Chan | Sam YOS | true  |         | 2027-01-14 | ''",
                "Ann Lee         | Sam YOS | true  |         | 2027-01-14 | communityMembers",
                "Ann Lee;ann lee | Sam YOS | true  |         | 2027-01-14 | communityMembers",
                "''              | ''      | true  |         | 2027-01-14 | communityMembers,yosMember",
                "Ann Lee;Bo Chan | Sam YOS |       |         | 2027-01-14 | parentAttended",
                // Aged 15 at the panel: a parent must attend, or the reason is recorded.
                "Ann Lee;Bo Chan | Sam YOS | false |         | 2027-01-14 | parentAbsenceReason",
                "Ann Lee;Bo Chan | Sam YOS | false | In hospital | 2027-01-14 | ''",
                // The day before the 16th birthday, then the birthday itself.
                "Ann Lee;Bo Chan | Sam YOS | false |         | 2027-02-28 | parentAbsenceReason",
                "Ann Lee;Bo Chan | Sam YOS | false |         | 2027-03-01 | ''",
            })
    void aPanelIsProperlyConstituted(
            String community, String yos, Boolean parent, String reason, LocalDate heldOn, String problems) {
        List<String> members = community == null ? List.of() : Arrays.asList(community.split(";"));
        var found = PanelRules.problems(new PanelRules.Sitting(heldOn, members, yos, parent, reason), BORN);
        assertThat(String.join(",", found.keySet())).isEqualTo(problems);
    }

    @ParameterizedTest(name = "panel {0}, report shared {1} → {2}")
    @CsvSource({
        "2027-01-14, 2027-01-07, ''",
        "2027-01-14, 2027-01-13, ''",
        "2027-01-14, 2027-01-14, Panel report shared late: it must reach panel members before the meeting",
        "2027-01-14, 2027-01-15, Panel report shared late: it must reach panel members before the meeting",
        "2027-01-14, , Panel report not shared with panel members",
    })
    void theReportReachesPanelMembersBeforeTheMeeting(LocalDate heldOn, LocalDate shared, String flag) {
        assertThat(PanelRules.reportFlag(heldOn, shared).orElse("")).isEqualTo(flag);
    }
}
