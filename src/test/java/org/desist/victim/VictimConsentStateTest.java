package org.desist.victim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Victims' Code 2021: contact stops when the victim asks; sharing only while consent to it is given. */
class VictimConsentStateTest {

    private static VictimConsent consent(VictimConsent.Subject subject, String decision, LocalDate on, int order) {
        return new VictimConsent(
                UUID.randomUUID(),
                subject,
                VictimConsent.Decision.valueOf(decision),
                on,
                VictimConsent.LawfulBasis.CONSENT,
                null,
                Instant.parse("2026-11-01T09:00:00Z").plusSeconds(order),
                "tester");
    }

    /** Decisions as "DECISION@date" in the order they were recorded; the latest by date (then recording) stands. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                                          | NOT_ASKED | true  | false | false",
                "GIVEN@2026-11-02                            | GIVEN     | true  | false | true",
                "REFUSED@2026-11-02                          | REFUSED   | false | true  | false",
                "GIVEN@2026-11-02 WITHDRAWN@2026-11-20       | WITHDRAWN | false | true  | false",
                "WITHDRAWN@2026-11-20 GIVEN@2026-11-02       | WITHDRAWN | false | true  | false",
                "REFUSED@2026-11-02 GIVEN@2026-11-10         | GIVEN     | true  | false | true",
                "GIVEN@2026-11-02 WITHDRAWN@2026-11-05 GIVEN@2026-11-05 | GIVEN | true | false | true"
            })
    void theLatestDecisionStandsAndSaysWhatIsAllowed(
            String decisions, VictimConsentState expected, boolean prompts, boolean needsReason, boolean shares) {
        List<VictimConsent> consents = new ArrayList<>();
        int order = 0;
        for (String d : decisions.isBlank() ? new String[0] : decisions.trim().split("\\s+")) {
            String[] parts = d.split("@");
            consents.add(consent(VictimConsent.Subject.CONTACT, parts[0], LocalDate.parse(parts[1]), order++));
            consents.add(consent(VictimConsent.Subject.SHARING, parts[0], LocalDate.parse(parts[1]), order++));
        }
        VictimConsentState contact = VictimConsentState.of(consents, VictimConsent.Subject.CONTACT);
        assertThat(contact).isEqualTo(expected);
        assertThat(contact.raisesContactPrompts()).isEqualTo(prompts);
        assertThat(contact.contactNeedsReason()).isEqualTo(needsReason);
        assertThat(VictimConsentState.of(consents, VictimConsent.Subject.SHARING)
                        .allowsSharing())
                .isEqualTo(shares);
    }

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource({
        "NOT_ASKED, GIVEN, true",
        "NOT_ASKED, REFUSED, true",
        "NOT_ASKED, WITHDRAWN, false",
        "GIVEN, WITHDRAWN, true",
        "REFUSED, WITHDRAWN, false",
        "WITHDRAWN, WITHDRAWN, false",
        "WITHDRAWN, GIVEN, true",
        "REFUSED, GIVEN, true"
    })
    void onlyWhatWasGivenCanBeWithdrawn(VictimConsentState state, VictimConsent.Decision decision, boolean allowed) {
        assertThat(state.allows(decision)).isEqualTo(allowed);
    }

    @Test
    void contactAndSharingAreSeparateSubjects() {
        List<VictimConsent> consents =
                List.of(consent(VictimConsent.Subject.CONTACT, "GIVEN", LocalDate.of(2026, 11, 2), 0));
        assertThat(VictimConsentState.of(consents, VictimConsent.Subject.CONTACT))
                .isEqualTo(VictimConsentState.GIVEN);
        assertThat(VictimConsentState.of(consents, VictimConsent.Subject.SHARING))
                .isEqualTo(VictimConsentState.NOT_ASKED);
    }
}
