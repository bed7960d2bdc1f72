package org.desist.review;

/** Whether the allocated social worker was invited to the review (domain reference 03 "Reviews and meetings"). */
public enum SocialWorkerInvited {
    INVITED("Yes, invited"),
    NO_SOCIAL_WORKER("No allocated social worker"),
    NOT_INVITED("Not invited");

    private final String label;

    SocialWorkerInvited(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
