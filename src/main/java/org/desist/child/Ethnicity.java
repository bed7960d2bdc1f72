package org.desist.child;

/** Ethnicity in the ONS 2021 census categories for England and Wales, each in its aggregate group. */
public enum Ethnicity {
    WHITE_BRITISH("White: English, Welsh, Scottish, Northern Irish or British", EthnicGroup.WHITE),
    WHITE_IRISH("White: Irish", EthnicGroup.WHITE),
    WHITE_GYPSY_OR_IRISH_TRAVELLER("White: Gypsy or Irish Traveller", EthnicGroup.WHITE),
    WHITE_ROMA("White: Roma", EthnicGroup.WHITE),
    WHITE_OTHER("White: Any other White background", EthnicGroup.WHITE),
    MIXED_WHITE_AND_BLACK_CARIBBEAN("Mixed or multiple: White and Black Caribbean", EthnicGroup.MIXED),
    MIXED_WHITE_AND_BLACK_AFRICAN("Mixed or multiple: White and Black African", EthnicGroup.MIXED),
    MIXED_WHITE_AND_ASIAN("Mixed or multiple: White and Asian", EthnicGroup.MIXED),
    MIXED_OTHER("Mixed or multiple: Any other Mixed or multiple ethnic background", EthnicGroup.MIXED),
    ASIAN_INDIAN("Asian or Asian British: Indian", EthnicGroup.ASIAN),
    ASIAN_PAKISTANI("Asian or Asian British: Pakistani", EthnicGroup.ASIAN),
    ASIAN_BANGLADESHI("Asian or Asian British: Bangladeshi", EthnicGroup.ASIAN),
    ASIAN_CHINESE("Asian or Asian British: Chinese", EthnicGroup.ASIAN),
    ASIAN_OTHER("Asian or Asian British: Any other Asian background", EthnicGroup.ASIAN),
    BLACK_AFRICAN("Black, Black British, Caribbean or African: African", EthnicGroup.BLACK),
    BLACK_CARIBBEAN("Black, Black British, Caribbean or African: Caribbean", EthnicGroup.BLACK),
    BLACK_OTHER("Black, Black British, Caribbean or African: Any other Black background", EthnicGroup.BLACK),
    OTHER_ARAB("Other ethnic group: Arab", EthnicGroup.OTHER),
    OTHER_ANY("Other ethnic group: Any other ethnic group", EthnicGroup.OTHER),
    NOT_STATED("Not stated", EthnicGroup.NOT_KNOWN);

    private final String label;
    private final EthnicGroup group;

    Ethnicity(String label, EthnicGroup group) {
        this.label = label;
        this.group = group;
    }

    public String label() {
        return label;
    }

    public EthnicGroup group() {
        return group;
    }
}
