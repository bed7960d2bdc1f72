package org.desist.child;

/**
 * The aggregate ethnic groups reports use (the Crime and Disorder Act 1998 and YJB guidance). "Black and minority ethnic" here means
 * every group other than White, as in the Youth Justice Board's statistics; not known is neither.
 */
public enum EthnicGroup {
    WHITE("White"),
    MIXED("Mixed or multiple ethnic groups"),
    ASIAN("Asian or Asian British"),
    BLACK("Black, Black British, Caribbean or African"),
    OTHER("Other ethnic group"),
    NOT_KNOWN("Not known");

    private final String label;

    EthnicGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean blackAndMinorityEthnic() {
        return this != WHITE && this != NOT_KNOWN;
    }
}
