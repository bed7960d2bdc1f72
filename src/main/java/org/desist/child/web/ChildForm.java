package org.desist.child.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.child.EteStatus;
import org.desist.child.Ethnicity;
import org.desist.child.Gender;
import org.desist.child.LookedAfterStatus;
import org.desist.child.domain.ChildDetails;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.Option;

/** The add and change form for a child's record: what was typed, before it becomes {@link ChildDetails}. */
public class ChildForm {

    private String serviceId;
    private String localReference;
    private String givenName;
    private String familyName;
    private String preferredName;
    private DateParts dateOfBirth = new DateParts();
    private String gender;
    private String ethnicity;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private String localAuthority;
    private boolean placedOutOfBorough;
    private String pncNumber;
    private String nhsNumber;
    private String uniquePupilNumber;
    private String lookedAfterStatus;
    private String eteStatus;
    private String eteHours;
    private String eteProvider;
    private boolean send;
    private String sendDetails;
    private boolean excludedFromSchool;
    private boolean mentalHealthConcern;
    private boolean substanceMisuse;
    private boolean speechLanguageNeeds;
    private boolean criminalExploitation;
    private boolean countyLines;
    private boolean childSexualExploitation;
    private boolean gangInvolvement;
    private boolean childProtectionPlan;
    private boolean childInNeedPlan;
    private String caseManagerId;
    private long version;

    /** The form fields top to bottom, for the error summary's order. */
    static final java.util.List<String> FIELD_ORDER = java.util.List.of(
            "serviceId",
            "localReference",
            "givenName",
            "familyName",
            "preferredName",
            "dateOfBirth",
            "gender",
            "ethnicity",
            "addressLine1",
            "addressLine2",
            "town",
            "postcode",
            "localAuthority",
            "pncNumber",
            "nhsNumber",
            "uniquePupilNumber",
            "lookedAfterStatus",
            "eteStatus",
            "eteHours",
            "eteProvider",
            "sendDetails",
            "caseManagerId");

    static ChildForm of(ChildDetails d, long version) {
        ChildForm f = new ChildForm();
        f.localReference = d.localReference();
        f.givenName = d.givenName();
        f.familyName = d.familyName();
        f.preferredName = d.preferredName();
        f.dateOfBirth = DateParts.of(d.dateOfBirth());
        f.gender = name(d.gender());
        f.ethnicity = name(d.ethnicity());
        f.addressLine1 = d.addressLine1();
        f.addressLine2 = d.addressLine2();
        f.town = d.town();
        f.postcode = d.postcode();
        f.localAuthority = d.localAuthority();
        f.placedOutOfBorough = d.placedOutOfBorough();
        f.pncNumber = d.pncNumber();
        f.nhsNumber = d.nhsNumber();
        f.uniquePupilNumber = d.uniquePupilNumber();
        f.lookedAfterStatus = name(d.lookedAfterStatus());
        f.eteStatus = name(d.eteStatus());
        f.eteHours =
                d.eteHours() == null ? null : d.eteHours().stripTrailingZeros().toPlainString();
        f.eteProvider = d.eteProvider();
        f.send = d.send();
        f.sendDetails = d.sendDetails();
        f.excludedFromSchool = d.excludedFromSchool();
        f.mentalHealthConcern = d.mentalHealthConcern();
        f.substanceMisuse = d.substanceMisuse();
        f.speechLanguageNeeds = d.speechLanguageNeeds();
        f.criminalExploitation = d.criminalExploitation();
        f.countyLines = d.countyLines();
        f.childSexualExploitation = d.childSexualExploitation();
        f.gangInvolvement = d.gangInvolvement();
        f.childProtectionPlan = d.childProtectionPlan();
        f.childInNeedPlan = d.childInNeedPlan();
        f.caseManagerId = d.caseManagerId() == null ? null : d.caseManagerId().toString();
        f.version = version;
        return f;
    }

    /**
     * The details this form describes, or the problems reading it (a date that is not a real date, a number
     * that is not a number). The domain's own rules are checked afterwards, on the details.
     */
    ParseResult parse() {
        Map<String, String> problems = new LinkedHashMap<>();
        var dob = dateOfBirth.isBlank() ? Optional.<java.time.LocalDate>empty() : dateOfBirth.toDate();
        if (!dateOfBirth.isBlank()) {
            dateOfBirth.problem("date of birth").ifPresent(p -> problems.put("dateOfBirth", p));
        }
        BigDecimal hours = null;
        if (eteHours != null && !eteHours.isBlank()) {
            try {
                hours = new BigDecimal(eteHours.trim());
            } catch (NumberFormatException e) {
                problems.put("eteHours", "ETE hours a week must be a number, like 25 or 12.5");
            }
        }
        UUID caseManager = null;
        if (caseManagerId != null && !caseManagerId.isBlank()) {
            try {
                caseManager = UUID.fromString(caseManagerId);
            } catch (IllegalArgumentException e) {
                problems.put("caseManagerId", "Select a case manager from the list");
            }
        }
        ChildDetails details = new ChildDetails(
                localReference,
                givenName,
                familyName,
                preferredName,
                dob.orElse(null),
                Option.chosen(Gender.class, gender),
                Option.chosen(Ethnicity.class, ethnicity),
                addressLine1,
                addressLine2,
                town,
                postcode,
                localAuthority,
                placedOutOfBorough,
                pncNumber,
                nhsNumber,
                uniquePupilNumber,
                Option.chosen(LookedAfterStatus.class, lookedAfterStatus),
                Option.chosen(EteStatus.class, eteStatus),
                hours,
                eteProvider,
                send,
                sendDetails,
                excludedFromSchool,
                mentalHealthConcern,
                substanceMisuse,
                speechLanguageNeeds,
                criminalExploitation,
                countyLines,
                childSexualExploitation,
                gangInvolvement,
                childProtectionPlan,
                childInNeedPlan,
                caseManager);
        return new ParseResult(details, problems);
    }

    record ParseResult(ChildDetails details, Map<String, String> problems) {}

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    // Getters and setters for Spring's data binding.

    public String getServiceId() {
        return serviceId;
    }

    public void setServiceId(String serviceId) {
        this.serviceId = serviceId;
    }

    public String getLocalReference() {
        return localReference;
    }

    public void setLocalReference(String localReference) {
        this.localReference = localReference;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(String preferredName) {
        this.preferredName = preferredName;
    }

    public DateParts getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(DateParts dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getLocalAuthority() {
        return localAuthority;
    }

    public void setLocalAuthority(String localAuthority) {
        this.localAuthority = localAuthority;
    }

    public boolean isPlacedOutOfBorough() {
        return placedOutOfBorough;
    }

    public void setPlacedOutOfBorough(boolean placedOutOfBorough) {
        this.placedOutOfBorough = placedOutOfBorough;
    }

    public String getPncNumber() {
        return pncNumber;
    }

    public void setPncNumber(String pncNumber) {
        this.pncNumber = pncNumber;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String nhsNumber) {
        this.nhsNumber = nhsNumber;
    }

    public String getUniquePupilNumber() {
        return uniquePupilNumber;
    }

    public void setUniquePupilNumber(String uniquePupilNumber) {
        this.uniquePupilNumber = uniquePupilNumber;
    }

    public String getLookedAfterStatus() {
        return lookedAfterStatus;
    }

    public void setLookedAfterStatus(String lookedAfterStatus) {
        this.lookedAfterStatus = lookedAfterStatus;
    }

    public String getEteStatus() {
        return eteStatus;
    }

    public void setEteStatus(String eteStatus) {
        this.eteStatus = eteStatus;
    }

    public String getEteHours() {
        return eteHours;
    }

    public void setEteHours(String eteHours) {
        this.eteHours = eteHours;
    }

    public String getEteProvider() {
        return eteProvider;
    }

    public void setEteProvider(String eteProvider) {
        this.eteProvider = eteProvider;
    }

    public boolean isSend() {
        return send;
    }

    public void setSend(boolean send) {
        this.send = send;
    }

    public String getSendDetails() {
        return sendDetails;
    }

    public void setSendDetails(String sendDetails) {
        this.sendDetails = sendDetails;
    }

    public boolean isExcludedFromSchool() {
        return excludedFromSchool;
    }

    public void setExcludedFromSchool(boolean excludedFromSchool) {
        this.excludedFromSchool = excludedFromSchool;
    }

    public boolean isMentalHealthConcern() {
        return mentalHealthConcern;
    }

    public void setMentalHealthConcern(boolean mentalHealthConcern) {
        this.mentalHealthConcern = mentalHealthConcern;
    }

    public boolean isSubstanceMisuse() {
        return substanceMisuse;
    }

    public void setSubstanceMisuse(boolean substanceMisuse) {
        this.substanceMisuse = substanceMisuse;
    }

    public boolean isSpeechLanguageNeeds() {
        return speechLanguageNeeds;
    }

    public void setSpeechLanguageNeeds(boolean speechLanguageNeeds) {
        this.speechLanguageNeeds = speechLanguageNeeds;
    }

    public boolean isCriminalExploitation() {
        return criminalExploitation;
    }

    public void setCriminalExploitation(boolean criminalExploitation) {
        this.criminalExploitation = criminalExploitation;
    }

    public boolean isCountyLines() {
        return countyLines;
    }

    public void setCountyLines(boolean countyLines) {
        this.countyLines = countyLines;
    }

    public boolean isChildSexualExploitation() {
        return childSexualExploitation;
    }

    public void setChildSexualExploitation(boolean childSexualExploitation) {
        this.childSexualExploitation = childSexualExploitation;
    }

    public boolean isGangInvolvement() {
        return gangInvolvement;
    }

    public void setGangInvolvement(boolean gangInvolvement) {
        this.gangInvolvement = gangInvolvement;
    }

    public boolean isChildProtectionPlan() {
        return childProtectionPlan;
    }

    public void setChildProtectionPlan(boolean childProtectionPlan) {
        this.childProtectionPlan = childProtectionPlan;
    }

    public boolean isChildInNeedPlan() {
        return childInNeedPlan;
    }

    public void setChildInNeedPlan(boolean childInNeedPlan) {
        this.childInNeedPlan = childInNeedPlan;
    }

    public String getCaseManagerId() {
        return caseManagerId;
    }

    public void setCaseManagerId(String caseManagerId) {
        this.caseManagerId = caseManagerId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
