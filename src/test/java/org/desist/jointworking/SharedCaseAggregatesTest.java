package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The aggregates of a shared case (the joint protocol, "Roles on a shared case"): a social care allocation and a
 * role agreement carry the version on when replaced, end and are told of, as tables with real dates.
 */
class SharedCaseAggregatesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    private static final UUID CHILD = UUID.randomUUID();

    @ParameterizedTest(name = "allocated from {0}, ended on {1}: allowed {2}")
    @CsvSource({
        "2026-11-02, 2027-01-29, true",
        "2026-11-02, 2027-02-01, true",
        "2026-11-02, 2027-02-02, false",
        "2026-11-02, 2026-11-02, false",
        "2026-11-02, 2026-11-01, false",
        "2026-11-02,           , false",
    })
    void anAllocationEndsAfterItBeganAndNotInTheFuture(LocalDate from, LocalDate endedOn, boolean allowed) {
        SocialCareAllocation lucy = allocation(from, 3);
        if (allowed) {
            Change<SocialCareAllocation> ended = lucy.end(endedOn, TODAY);
            assertThat(ended.before()).isEqualTo(lucy);
            assertThat(ended.after().until()).isEqualTo(endedOn);
            assertThat(ended.after().current()).isFalse();
            assertThat(ended.events()).isEmpty();
        } else {
            assertThatThrownBy(() -> lucy.end(endedOn, TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors())
                                    .containsEntry("endedOn", "Enter a date after " + from + ", today or in the past"));
        }
    }

    @ParameterizedTest(name = "replacing version {0}: the new allocation is at version {1}")
    @CsvSource({"-1, 0", "0, 1", "4, 5"})
    void aNewAllocationCarriesTheRolesVersionOn(long replacedVersion, long newVersion) {
        SocialCareAllocation current =
                replacedVersion < 0 ? null : allocation(LocalDate.of(2026, 11, 2), replacedVersion);
        Change<SocialCareAllocation> allocated = SocialCareAllocation.allocate(
                CHILD,
                new SharedCaseRules.NewAllocation(
                        SocialCareRole.SOCIAL_WORKER,
                        " Priya Shah ",
                        " Children in care team ",
                        "",
                        "priya@example.gov.uk",
                        LocalDate.of(2027, 1, 20),
                        null),
                current,
                CareLeaverCategory.NONE,
                TODAY,
                true,
                "cm");
        assertThat(allocated.isCreation()).isTrue();
        assertThat(allocated.after().version()).isEqualTo(newVersion);
        assertThat(allocated.after().name()).isEqualTo("Priya Shah");
        assertThat(allocated.after().team()).isEqualTo("Children in care team");
        assertThat(allocated.after().phone()).isNull();
        assertThat(allocated.after().current()).isTrue();
    }

    @Test
    void aNewAllocationFromBeforeTheCurrentOneIsRefused() {
        SocialCareAllocation current = allocation(LocalDate.of(2027, 1, 20), 0);
        assertThatThrownBy(() -> SocialCareAllocation.allocate(
                        CHILD,
                        new SharedCaseRules.NewAllocation(
                                SocialCareRole.SOCIAL_WORKER,
                                "Sam Jones",
                                "Team",
                                "01632 960 002",
                                null,
                                LocalDate.of(2027, 1, 20),
                                null),
                        current,
                        CareLeaverCategory.NONE,
                        TODAY,
                        true,
                        "cm"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("from"));
    }

    @Test
    void theTrailOfAReplacementReadsFromTheReplacedWorkerToTheNewOne() {
        SocialCareAllocation lucy = allocation(LocalDate.of(2026, 11, 2), 0);
        SocialCareAllocation priya = SocialCareAllocation.allocate(
                        CHILD,
                        new SharedCaseRules.NewAllocation(
                                SocialCareRole.SOCIAL_WORKER,
                                "Priya Shah",
                                "Children in care team",
                                "01632 960 003",
                                null,
                                LocalDate.of(2027, 1, 20),
                                null),
                        lucy,
                        CareLeaverCategory.NONE,
                        TODAY,
                        true,
                        "cm")
                .after();
        assertThat(SocialCareAllocation.auditedFields(SocialCareRole.SOCIAL_WORKER)
                        .changes(SocialCareAllocation.replacedWorker(lucy), priya))
                .extracting(c -> c.field() + ": " + c.oldValue() + " -> " + c.newValue())
                .containsExactly(
                        "Social worker: Lucy Carter -> Priya Shah",
                        "Team: null -> Children in care team",
                        "From: null -> 2027-01-20");
        assertThat(SocialCareAllocation.auditedFields(SocialCareRole.SOCIAL_WORKER)
                        .changes(
                                lucy,
                                lucy.replacedFrom(LocalDate.of(2027, 1, 20)).after()))
                .extracting(c -> c.field() + ": " + c.oldValue() + " -> " + c.newValue())
                .containsExactly("Until: null -> 2027-01-20");
    }

    @ParameterizedTest(name = "superseding version {0}: the new agreement is at version {1}")
    @CsvSource({"-1, 0", "0, 1", "2, 3"})
    void aNewRoleAgreementCarriesTheVersionOn(long supersededVersion, long newVersion) {
        RoleAgreement current = supersededVersion < 0 ? null : agreement(supersededVersion);
        Change<RoleAgreement> agreed = RoleAgreement.agree(
                CHILD,
                newAgreement(LeadProfessional.OTHER, " Dr Ada Obi "),
                current,
                true,
                CareLeaverCategory.NONE,
                TODAY,
                "cm");
        assertThat(agreed.after().version()).isEqualTo(newVersion);
        assertThat(agreed.after().leadDescribed()).isEqualTo("Dr Ada Obi");
        assertThat(agreed.after().agreedBy()).isEqualTo("Marcus Reid; Lucy Carter");
        assertThat(agreed.after().current()).isTrue();
    }

    @Test
    void anAgreementWithAnotherLeadKeepsNoOtherName() {
        RoleAgreement agreed = RoleAgreement.agree(
                        CHILD,
                        newAgreement(LeadProfessional.YOS_CASE_MANAGER, "Dr Ada Obi"),
                        null,
                        true,
                        CareLeaverCategory.NONE,
                        TODAY,
                        "cm")
                .after();
        assertThat(agreed.leadProfessionalOther()).isNull();
    }

    @Test
    void aSupersededAgreementIsKeptWithTheDayItWasSuperseded() {
        RoleAgreement first = agreement(0);
        Change<RoleAgreement> superseded = first.supersededOn(LocalDate.of(2027, 1, 28));
        assertThat(superseded.after().supersededOn()).isEqualTo(LocalDate.of(2027, 1, 28));
        assertThat(superseded.after().current()).isFalse();
        assertThat(RoleAgreement.AUDITED.changes(first, superseded.after()))
                .extracting(c -> c.field() + ": " + c.oldValue() + " -> " + c.newValue())
                .containsExactly("Superseded on: null -> 2027-01-28");
    }

    @ParameterizedTest(name = "told on {0}: allowed {1}")
    @CsvSource({"2027-01-20, true", "2027-02-01, true", "2027-02-02, false", ", false"})
    void theChildIsToldTodayOrInThePast(LocalDate on, boolean allowed) {
        RoleAgreement a = agreement(1);
        if (allowed) {
            assertThat(a.childTold(on, TODAY).after().childToldOn()).isEqualTo(on);
        } else {
            assertThatThrownBy(() -> a.childTold(on, TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors())
                                    .containsExactly(java.util.Map.entry(
                                            "childToldOn", "Enter the date the child was told, today or in the past")));
        }
    }

    @ParameterizedTest(name = "visit on {0}, closure {1}, note ''{2}'': refused on {3}")
    @CsvSource({
        "2027-01-30, false, '',              ''",
        "2027-02-02, false, '',              on",
        "2027-01-30, true,  '',              note",
        "2027-01-30, true,  Plan to close,   ''",
    })
    void aJointMeetingIsHeldTodayOrInThePastAndAClosureMeetingSaysWhatWasAgreed(
            LocalDate on, boolean closure, String note, String refusedOn) {
        var m = new SharedCaseRules.JointMeeting(on, "Marcus Reid", "Lucy Carter", note);
        UUID work = UUID.randomUUID();
        if (refusedOn.isEmpty()) {
            SharedCaseMeeting held = closure
                    ? SharedCaseMeeting.closureMeeting(CHILD, work, m, TODAY, "cm")
                            .after()
                    : SharedCaseMeeting.homeVisit(CHILD, m, TODAY, "cm").after();
            assertThat(held.closureMeeting()).isEqualTo(closure);
            assertThat(held.yosAttendees())
                    .isEqualTo(closure ? "YOS: Marcus Reid; children's social care: Lucy Carter" : "Marcus Reid");
        } else {
            assertThatThrownBy(() -> {
                        if (closure) {
                            SharedCaseMeeting.closureMeeting(CHILD, work, m, TODAY, "cm");
                        } else {
                            SharedCaseMeeting.homeVisit(CHILD, m, TODAY, "cm");
                        }
                    })
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsOnlyKeys(refusedOn));
        }
    }

    private static SocialCareAllocation allocation(LocalDate from, long version) {
        return new SocialCareAllocation(
                UUID.randomUUID(),
                CHILD,
                SocialCareRole.SOCIAL_WORKER,
                "Lucy Carter",
                "Children in care team",
                "01632 960 002",
                null,
                from,
                null,
                null,
                version,
                "cm");
    }

    private static RoleAgreement agreement(long version) {
        return new RoleAgreement(
                UUID.randomUUID(),
                CHILD,
                "YOS: offending behaviour; social care: placement and welfare",
                "Case manager and allocated social worker",
                "Every 2 weeks",
                "Phone and secure email",
                LocalDate.of(2027, 1, 15),
                "Marcus Reid",
                "Lucy Carter",
                null,
                LeadProfessional.YOS_CASE_MANAGER,
                null,
                null,
                null,
                version,
                "cm");
    }

    private static SharedCaseRules.Agreement newAgreement(LeadProfessional lead, String other) {
        return new SharedCaseRules.Agreement(
                "YOS: offending behaviour; social care: placement and welfare",
                "Case manager and allocated social worker",
                "Every 2 weeks",
                "Phone and secure email",
                LocalDate.of(2027, 1, 15),
                "Marcus Reid",
                "Lucy Carter",
                null,
                lead,
                other,
                null);
    }
}
