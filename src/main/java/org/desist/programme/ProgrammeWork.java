package org.desist.programme;

import java.util.List;
import java.util.UUID;

/**
 * An intervention's programmes (ongoing first, then ended; latest start first) and specialist referrals
 * (latest first), with how many referrals need chasing and after how many working days they do.
 */
public record ProgrammeWork(
        UUID interventionId,
        List<Enrolment> enrolments,
        List<SpecialistReferral> referrals,
        long referralsToChase,
        int chaseAfterWorkingDays) {}
