package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The social worker's invitation to a review (the joint protocol between children's social care and the YOS "Reviews and meetings"): required when the child
 * is looked after; invited needs when (on or before the review) and how; not invited needs why.
 */
class SocialWorkerInvitationTest {

    @ParameterizedTest(name = "looked after {0}: {1} on {2} by \"{3}\" because \"{4}\" → {5}")
    @CsvSource(
            delimiter = '|',
            value = {
                "true  |                  |            |                 |                 | socialWorkerInvited",
                "false |                  |            |                 |                 | ",
                "true  | INVITED          | 2027-01-20 | Secure email    |                 | ",
                "true  | INVITED          | 2027-01-25 | Secure email    |                 | ",
                "true  | INVITED          | 2027-01-26 | Secure email    |                 | socialWorkerInvitedOn",
                "true  | INVITED          |            | Secure email    |                 | socialWorkerInvitedOn",
                "true  | INVITED          | 2027-01-20 |                 |                 | socialWorkerInvitedHow",
                "true  | NO_SOCIAL_WORKER |            |                 |                 | ",
                "true  | NOT_INVITED      |            |                 |                 | socialWorkerNotInvitedReason",
                "true  | NOT_INVITED      |            |                 | Review brought forward the same day | ",
                "false | NOT_INVITED      |            |                 |                 | socialWorkerNotInvitedReason",
            })
    void problems(
            boolean lookedAfter, SocialWorkerInvited invited, LocalDate on, String how, String reason, String problem) {
        var problems = SocialWorkerInvitation.problems(
                lookedAfter,
                invited == null ? null : new SocialWorkerInvitation(invited, on, how, reason),
                LocalDate.of(2027, 1, 25));
        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys(problem);
        }
    }
}
