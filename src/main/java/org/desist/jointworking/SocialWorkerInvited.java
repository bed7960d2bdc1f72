package org.desist.jointworking;

/** Whether the allocated social worker was invited to a review or planning meeting (the joint protocol between children's social care and the YOS "Reviews and meetings"). */
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
