package org.desist.offence;

/** Offence categories (reference list, as youth justice returns group them). */
public enum OffenceCategory {
    VIOLENCE_AGAINST_THE_PERSON("Violence against the person"),
    SEXUAL_OFFENCES("Sexual offences"),
    ROBBERY("Robbery"),
    DOMESTIC_BURGLARY("Domestic burglary"),
    NON_DOMESTIC_BURGLARY("Non-domestic burglary"),
    VEHICLE_THEFT("Vehicle theft or unauthorised taking"),
    THEFT_AND_HANDLING("Theft and handling stolen goods"),
    FRAUD_AND_FORGERY("Fraud and forgery"),
    ARSON("Arson"),
    CRIMINAL_DAMAGE("Criminal damage"),
    DRUGS("Drugs offences"),
    PUBLIC_ORDER("Public order"),
    RACIALLY_OR_RELIGIOUSLY_AGGRAVATED("Racially or religiously aggravated"),
    MOTORING("Motoring offences"),
    DEATH_OR_INJURY_BY_DANGEROUS_DRIVING("Death or injury by dangerous driving"),
    BREACH_OF_STATUTORY_ORDER("Breach of statutory order"),
    BREACH_OF_BAIL("Breach of bail"),
    BREACH_OF_CONDITIONAL_DISCHARGE("Breach of conditional discharge"),
    OTHER("Other");

    private final String label;

    OffenceCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
