package org.desist.parenting;

/** What prompts the case manager to consider a parenting assessment (YJB case management guidance). */
public enum ParentingTrigger {
    FAMILY_RELATIONSHIPS("Family and personal relationships rated 3 or above in the YOS assessment"),
    EARLY_HELP("A recent early-help assessment shows unmet parenting need"),
    CAMHS("A recent CAMHS assessment was completed"),
    PARENTING_ORDER_CONSIDERED("A report to court is being written where a parenting order is considered");

    private final String label;

    ParentingTrigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
