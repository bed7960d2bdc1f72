package org.desist.child.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.desist.audit.FieldChange;
import org.desist.child.Age;
import org.desist.child.EteStatus;
import org.desist.child.Ethnicity;
import org.desist.child.Gender;
import org.desist.child.LookedAfterStatus;
import org.desist.child.PncNumber;

/**
 * Everything about a child that a practitioner edits (the Crime and Disorder Act 1998 and YJB guidance, "Facts the service needs on
 * every child"), as one value: validated as a whole, compared field by field for the audit trail.
 */
public record ChildDetails(
        String localReference,
        String givenName,
        String familyName,
        String preferredName,
        LocalDate dateOfBirth,
        Gender gender,
        Ethnicity ethnicity,
        String addressLine1,
        String addressLine2,
        String town,
        String postcode,
        String localAuthority,
        boolean placedOutOfBorough,
        String pncNumber,
        String nhsNumber,
        String uniquePupilNumber,
        LookedAfterStatus lookedAfterStatus,
        EteStatus eteStatus,
        BigDecimal eteHours,
        String eteProvider,
        boolean send,
        String sendDetails,
        boolean excludedFromSchool,
        boolean mentalHealthConcern,
        boolean substanceMisuse,
        boolean speechLanguageNeeds,
        boolean criminalExploitation,
        boolean countyLines,
        boolean childSexualExploitation,
        boolean gangInvolvement,
        boolean childProtectionPlan,
        boolean childInNeedPlan,
        java.util.UUID caseManagerId) {

    private static final Pattern UK_POSTCODE =
            Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NHS_NUMBER = Pattern.compile("^[0-9]{3} ?[0-9]{3} ?[0-9]{4}$");
    private static final Pattern UPN = Pattern.compile("^[A-Z][0-9]{11}[0-9A-Z]$", Pattern.CASE_INSENSITIVE);
    /** ETE hours are per week; a full-time week is at most 40 hours in practice, 60 leaves room for both. */
    private static final BigDecimal MAX_ETE_HOURS = new BigDecimal("60");

    /** A field of the record: its form name, what users call it, and how its value reads. */
    public record Field(String name, String label, Function<ChildDetails, Object> value) {}

    public static final List<Field> FIELDS = List.of(
            new Field("localReference", "Local reference", ChildDetails::localReference),
            new Field("givenName", "First name", ChildDetails::givenName),
            new Field("familyName", "Last name", ChildDetails::familyName),
            new Field("preferredName", "Preferred name", ChildDetails::preferredName),
            new Field("dateOfBirth", "Date of birth", ChildDetails::dateOfBirth),
            new Field(
                    "gender",
                    "Gender",
                    d -> d.gender() == null ? null : d.gender().label()),
            new Field(
                    "ethnicity",
                    "Ethnicity",
                    d -> d.ethnicity() == null ? null : d.ethnicity().label()),
            new Field("addressLine1", "Address line 1", ChildDetails::addressLine1),
            new Field("addressLine2", "Address line 2", ChildDetails::addressLine2),
            new Field("town", "Town or city", ChildDetails::town),
            new Field("postcode", "Postcode", ChildDetails::postcode),
            new Field("localAuthority", "Local authority", ChildDetails::localAuthority),
            new Field("placedOutOfBorough", "Placed out of borough", ChildDetails::placedOutOfBorough),
            new Field("pncNumber", "PNC number", ChildDetails::pncNumber),
            new Field("nhsNumber", "NHS number", ChildDetails::nhsNumber),
            new Field("uniquePupilNumber", "Unique pupil number", ChildDetails::uniquePupilNumber),
            new Field(
                    "lookedAfterStatus",
                    "Looked-after status",
                    d -> d.lookedAfterStatus() == null
                            ? null
                            : d.lookedAfterStatus().label()),
            new Field(
                    "eteStatus",
                    "ETE status",
                    d -> d.eteStatus() == null ? null : d.eteStatus().label()),
            new Field("eteHours", "ETE hours a week", ChildDetails::eteHours),
            new Field("eteProvider", "School or provider", ChildDetails::eteProvider),
            new Field("send", "Special educational needs and disability (SEND)", ChildDetails::send),
            new Field("sendDetails", "SEND details", ChildDetails::sendDetails),
            new Field("excludedFromSchool", "Excluded from school", ChildDetails::excludedFromSchool),
            new Field("mentalHealthConcern", "Mental health concern", ChildDetails::mentalHealthConcern),
            new Field("substanceMisuse", "Substance misuse", ChildDetails::substanceMisuse),
            new Field(
                    "speechLanguageNeeds",
                    "Speech, language and communication needs",
                    ChildDetails::speechLanguageNeeds),
            new Field("criminalExploitation", "Criminal exploitation", ChildDetails::criminalExploitation),
            new Field("countyLines", "County lines", ChildDetails::countyLines),
            new Field("childSexualExploitation", "Child sexual exploitation", ChildDetails::childSexualExploitation),
            new Field("gangInvolvement", "Gang involvement", ChildDetails::gangInvolvement),
            new Field("childProtectionPlan", "Child protection plan", ChildDetails::childProtectionPlan),
            new Field("childInNeedPlan", "Child in need plan", ChildDetails::childInNeedPlan),
            new Field("caseManagerId", "Case manager", ChildDetails::caseManagerId));

    /** The yes/no flags (the Crime and Disorder Act 1998 and YJB guidance: SEND, health, safeguarding and exploitation), by field name. */
    public static final java.util.Set<String> FLAGS = java.util.Set.of(
            "send",
            "sendDetails",
            "excludedFromSchool",
            "mentalHealthConcern",
            "substanceMisuse",
            "speechLanguageNeeds",
            "criminalExploitation",
            "countyLines",
            "childSexualExploitation",
            "gangInvolvement",
            "childProtectionPlan",
            "childInNeedPlan");

    /** The labels of the flags that are raised, for tags on the overview. */
    public List<String> raisedFlags() {
        return FIELDS.stream()
                .filter(f -> FLAGS.contains(f.name())
                        && Boolean.TRUE.equals(f.value().apply(this)))
                .map(Field::label)
                .toList();
    }

    /** Trims text, turns blanks into nothing, and puts identifiers into their standard form. */
    public ChildDetails normalised(Year currentYear) {
        String pnc = blankToNull(pncNumber);
        if (pnc != null && PncNumber.problemWith(pnc, currentYear).isEmpty()) {
            pnc = PncNumber.parse(pnc, currentYear).value();
        }
        String post = blankToNull(postcode);
        if (post != null && UK_POSTCODE.matcher(post).matches()) {
            String compact = post.replace(" ", "").toUpperCase(java.util.Locale.UK);
            post = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        }
        return new ChildDetails(
                blankToNull(localReference),
                blankToNull(givenName),
                blankToNull(familyName),
                blankToNull(preferredName),
                dateOfBirth,
                gender,
                ethnicity,
                blankToNull(addressLine1),
                blankToNull(addressLine2),
                blankToNull(town),
                post,
                blankToNull(localAuthority),
                placedOutOfBorough,
                pnc,
                blankToNull(nhsNumber),
                blankToNull(uniquePupilNumber) == null
                        ? null
                        : uniquePupilNumber.trim().toUpperCase(java.util.Locale.UK),
                lookedAfterStatus,
                eteStatus,
                eteHours,
                blankToNull(eteProvider),
                send,
                send ? blankToNull(sendDetails) : null,
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
                caseManagerId);
    }

    /** What is wrong with these details, by field name, in GOV.UK wording; empty when valid. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "localReference", localReference, "Enter the local reference");
        maxLength(problems, "localReference", localReference, "Local reference", 30);
        required(problems, "givenName", givenName, "Enter the child's first name");
        maxLength(problems, "givenName", givenName, "First name", 100);
        required(problems, "familyName", familyName, "Enter the child's last name");
        maxLength(problems, "familyName", familyName, "Last name", 100);
        maxLength(problems, "preferredName", preferredName, "Preferred name", 100);
        if (dateOfBirth == null) {
            problems.putIfAbsent("dateOfBirth", "Enter the child's date of birth");
        } else {
            Age.problemWithDateOfBirth(dateOfBirth, today).ifPresent(p -> problems.putIfAbsent("dateOfBirth", p));
        }
        if (gender == null) {
            problems.putIfAbsent("gender", "Select the child's gender");
        }
        if (ethnicity == null) {
            problems.putIfAbsent("ethnicity", "Select the child's ethnicity, or 'Not stated'");
        }
        if (postcode != null && !UK_POSTCODE.matcher(postcode).matches()) {
            problems.putIfAbsent("postcode", "Enter a real postcode, like NB1 4QT");
        }
        if (pncNumber != null) {
            PncNumber.problemWith(pncNumber, Year.from(today)).ifPresent(p -> problems.putIfAbsent("pncNumber", p));
        }
        if (nhsNumber != null && !NHS_NUMBER.matcher(nhsNumber).matches()) {
            problems.putIfAbsent("nhsNumber", "Enter an NHS number of 10 digits, like 485 777 3456");
        }
        if (uniquePupilNumber != null && !UPN.matcher(uniquePupilNumber).matches()) {
            problems.putIfAbsent(
                    "uniquePupilNumber", "Enter a unique pupil number of a letter, 11 digits and a digit or letter");
        }
        if (lookedAfterStatus == null) {
            problems.putIfAbsent("lookedAfterStatus", "Select the child's looked-after status");
        }
        if (eteHours != null && (eteHours.signum() < 0 || eteHours.compareTo(MAX_ETE_HOURS) > 0)) {
            problems.putIfAbsent("eteHours", "ETE hours a week must be between 0 and 60");
        }
        if (placedOutOfBorough && localAuthority == null) {
            problems.putIfAbsent(
                    "localAuthority", "Enter the local authority the child is placed in, as they are out of borough");
        }
        return problems;
    }

    /** Each field whose value differs, with its old and new value as users read them. */
    public List<FieldChange> changesTo(ChildDetails after, Function<Object, String> display) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            Object before = field.value().apply(this);
            Object now = field.value().apply(after);
            if (!Objects.equals(normaliseNumber(before), normaliseNumber(now))) {
                changes.add(new FieldChange(field.label(), display.apply(before), display.apply(now)));
            }
        }
        return changes;
    }

    private static Object normaliseNumber(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros() : value;
    }

    private static void required(Map<String, String> problems, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            problems.putIfAbsent(field, message);
        }
    }

    private static void maxLength(Map<String, String> problems, String field, String value, String label, int max) {
        if (value != null && value.length() > max) {
            problems.putIfAbsent(field, label + " must be " + max + " characters or fewer");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
