package org.desist.plan;

import java.time.LocalDate;
import org.desist.jointworking.SocialWorkerInvitation;

/** How a plan was agreed: the date, who agreed it, and whether the child and the parents or carers took part. */
public record Agreement(
        LocalDate agreedOn,
        String agreedBy,
        Boolean childInvolved,
        Boolean parentsInvolved,
        SocialWorkerInvitation socialWorkerInvitation) {

    /** An agreement that does not say whether the social worker was invited (needed when the child is looked after). */
    public Agreement(LocalDate agreedOn, String agreedBy, Boolean childInvolved, Boolean parentsInvolved) {
        this(agreedOn, agreedBy, childInvolved, parentsInvolved, null);
    }
}
