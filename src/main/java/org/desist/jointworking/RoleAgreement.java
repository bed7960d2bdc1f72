package org.desist.jointworking;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the YOS and children's social care agreed on a shared case (domain reference 03, "Roles on a shared
 * case"): areas of responsibility, roles, how often and by what means they communicate, who agreed it and when,
 * and who is lead professional. A later agreement supersedes it ({@code supersededOn}); it is kept.
 */
public record RoleAgreement(
        UUID id,
        UUID childId,
        String responsibilities,
        String roles,
        String contactFrequency,
        String contactMeans,
        LocalDate agreedOn,
        String yosWorker,
        String socialWorker,
        String personalAdviser,
        LeadProfessional leadProfessional,
        String leadProfessionalOther,
        LocalDate childToldOn,
        LocalDate supersededOn,
        long version,
        String recordedBy) {

    public boolean current() {
        return supersededOn == null;
    }

    /** The lead professional as read: "The social worker", or the other person's name. */
    public String leadDescribed() {
        return leadProfessional == LeadProfessional.OTHER ? leadProfessionalOther : leadProfessional.label();
    }
}
