package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of a shared case (the joint protocol between children's social care and the YOS, "Roles on a shared case"), as tables. */
class SharedCaseRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    @ParameterizedTest(name = "work in progress {0}, social worker {1}, personal adviser {2}: shared {3}")
    @CsvSource({
        "true,  true,  false, true",
        "true,  false, true,  true",
        "true,  true,  true,  true",
        "true,  false, false, false",
        "false, true,  false, false",
        "false, true,  true,  false",
        "false, false, false, false",
    })
    void aCaseIsSharedWithACaseManagerAndSomeoneFromSocialCare(
            boolean work, boolean socialWorker, boolean personalAdviser, boolean shared) {
        assertThat(SharedCaseRules.shared(work, socialWorker, personalAdviser)).isEqualTo(shared);
    }

    @ParameterizedTest(name = "{0}, social worker allocated {1}, SW ''{2}'', PA ''{3}'': problem on {4}")
    @CsvSource({
        // An eligible care leaver's personal adviser joins the agreement.
        "ELIGIBLE,        true,  Sam Patel, '',          personalAdviser",
        "ELIGIBLE,        true,  Sam Patel, Jo Brown,    ''",
        "ELIGIBLE,        false, '',        Jo Brown,    ''",
        // Other care leavers' personal advisers may join; they need not.
        "RELEVANT,        true,  Sam Patel, '',          ''",
        "FORMER_RELEVANT, false, '',        Jo Brown,    ''",
        "NONE,            true,  Sam Patel, '',          ''",
        // The allocated social worker must be named.
        "NONE,            true,  '',        '',          socialWorker",
        "ELIGIBLE,        true,  '',        Jo Brown,    socialWorker",
        // With nobody allocated as social worker, someone must agree for social care.
        "NONE,            false, '',        '',          socialWorker",
    })
    void whoMustAgree(
            CareLeaverCategory category, boolean socialWorkerAllocated, String sw, String pa, String problemOn) {
        var agreement = agreement(sw, pa, LeadProfessional.SOCIAL_WORKER, null, LocalDate.of(2027, 1, 6));
        var problems = SharedCaseRules.agreementProblems(agreement, socialWorkerAllocated, category, TODAY);
        if (problemOn.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys(problemOn);
        }
    }

    @ParameterizedTest(name = "lead {0}, other ''{1}'', agreed {2}: problem on {3}")
    @CsvSource({
        "SOCIAL_WORKER,    '',                    2027-01-06, ''",
        "YOS_CASE_MANAGER, '',                    2027-01-06, ''",
        "OTHER,            '',                    2027-01-06, leadProfessionalOther",
        "OTHER,            'Ann Lee, school SENCO', 2027-01-06, ''",
        "'',               '',                    2027-01-06, leadProfessional",
        "SOCIAL_WORKER,    '',                    2027-02-02, agreedOn",
        "SOCIAL_WORKER,    '',                    ,           agreedOn",
    })
    void leadProfessionalAndDate(String lead, String other, LocalDate agreedOn, String problemOn) {
        var agreement =
                agreement("Sam Patel", "", lead.isEmpty() ? null : LeadProfessional.valueOf(lead), other, agreedOn);
        var problems = SharedCaseRules.agreementProblems(agreement, true, CareLeaverCategory.NONE, TODAY);
        if (problemOn.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys(problemOn);
        }
    }

    @ParameterizedTest(name = "looked after {0}: default {1}; recorded {2} warns {3}")
    @CsvSource({
        "true,  SOCIAL_WORKER, SOCIAL_WORKER,    false",
        "true,  SOCIAL_WORKER, YOS_CASE_MANAGER, true",
        "true,  SOCIAL_WORKER, OTHER,            true",
        "false, '',            YOS_CASE_MANAGER, false",
        "false, '',            SOCIAL_WORKER,    false",
    })
    void theSocialWorkerLeadsForALookedAfterChild(
            boolean lookedAfter, String defaultLead, LeadProfessional recorded, boolean warns) {
        assertThat(SharedCaseRules.defaultLead(lookedAfter).map(Enum::name).orElse(""))
                .isEqualTo(defaultLead);
        assertThat(SharedCaseRules.leadWarning(lookedAfter, recorded).isPresent())
                .isEqualTo(warns);
    }

    @ParameterizedTest(name = "{0} for a child who is {1}: problem on {2}")
    @CsvSource({
        "SOCIAL_WORKER,    NONE,            ''",
        "PERSONAL_ADVISER, ELIGIBLE,        ''",
        "PERSONAL_ADVISER, RELEVANT,        ''",
        "PERSONAL_ADVISER, FORMER_RELEVANT, ''",
        "PERSONAL_ADVISER, QUALIFYING,      role",
        "PERSONAL_ADVISER, NONE,            role",
    })
    void aPersonalAdviserIsForACareLeaver(SocialCareRole role, CareLeaverCategory category, String problemOn) {
        var problems = SharedCaseRules.allocationProblems(
                new SharedCaseRules.NewAllocation(
                        role, "Jo Brown", "Leaving care team", "01632 960 001", null, LocalDate.of(2026, 12, 17), null),
                null,
                category,
                TODAY,
                true);
        if (problemOn.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys(problemOn);
        }
    }

    @ParameterizedTest(
            name = "from {0} (current from {1}), phone ''{2}'', email ''{3}'', account ok {4}: problem on {5}")
    @CsvSource({
        "2026-12-17,           , '01632 960 001', '',                  true,  ''",
        "2026-12-17,           , '',              'sam@nb.gov.uk',     true,  ''",
        "2026-12-17,           , '',              '',                  true,  phone",
        "2026-12-17,           , '',              'not an address',    true,  email",
        "2027-02-02,           , '01632 960 001', '',                  true,  from",
        "2026-12-17, 2026-12-17, '01632 960 001', '',                  true,  from",
        "2026-12-18, 2026-12-17, '01632 960 001', '',                  true,  ''",
        "2026-12-17,           , '01632 960 001', '',                  false, userAccountId",
    })
    void anAllocationNeedsContactDetailsAndADateAfterTheCurrentOne(
            LocalDate from, LocalDate currentFrom, String phone, String email, boolean accountOk, String problemOn) {
        var problems = SharedCaseRules.allocationProblems(
                new SharedCaseRules.NewAllocation(
                        SocialCareRole.SOCIAL_WORKER,
                        "Sam Patel",
                        "Children in care team",
                        phone,
                        email,
                        from,
                        accountOk ? null : java.util.UUID.randomUUID()),
                currentFrom,
                CareLeaverCategory.NONE,
                TODAY,
                accountOk);
        if (problemOn.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys(problemOn);
        }
    }

    @ParameterizedTest(name = "planned end {0}, shared from {1}: closure meeting due {2}")
    @CsvSource({
        // The planned end date of the order: held before the work ends.
        "2027-06-10, 2026-12-17, 2027-06-10",
        // No planned end (a remand, an out-of-court disposal): 6 months after the case became shared.
        ",           2026-12-17, 2027-06-17",
        // A month after 31 August is the last day of the shorter month.
        ",           2026-08-31, 2027-02-28",
        // Never before the case became shared.
        "2026-12-01, 2026-12-17, 2026-12-17",
    })
    void theJointMeetingBeforeClosureIsDueByThePlannedEnd(LocalDate plannedEnd, LocalDate sharedFrom, LocalDate due) {
        assertThat(SharedCaseRules.closureMeetingDue(plannedEnd, sharedFrom, 6)).isEqualTo(due);
    }

    @ParameterizedTest(name = "told on {0}, whom ''{1}'', how ''{2}'': problem on {3}")
    @CsvSource({
        "2026-12-18, 'Sam Patel, social worker', phone, ''",
        "2026-12-16, 'Sam Patel, social worker', phone, on",
        "2027-02-02, 'Sam Patel, social worker', phone, on",
        "2026-12-18, '',                         phone, whom",
        "2026-12-18, 'Sam Patel, social worker', '',    how",
    })
    void tellingTheOtherService(LocalDate on, String whom, String how, String problemOn) {
        var problems = SharedCaseRules.toldProblems(
                new SharedCaseRules.Told(on, whom, how), LocalDate.of(2026, 12, 17), TODAY);
        if (problemOn.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys(problemOn);
        }
    }

    private static SharedCaseRules.Agreement agreement(
            String sw, String pa, LeadProfessional lead, String other, LocalDate agreedOn) {
        return new SharedCaseRules.Agreement(
                "YOS: offending behaviour; social care: placement and welfare",
                "Case manager and allocated social worker",
                "Every 2 weeks",
                "Phone and secure email",
                agreedOn,
                "Marcus Reid",
                sw,
                pa,
                lead,
                other,
                null);
    }
}
