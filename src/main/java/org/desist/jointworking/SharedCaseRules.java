package org.desist.jointworking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules of a shared case (the joint protocol between children's social care and the YOS, "Roles on a shared case"): when a case is shared, what a role
 * agreement needs (an eligible care leaver's personal adviser joins it), who is lead professional by default (the
 * social worker of a looked-after child), and what each record needs to be complete. Problems are keyed by field.
 */
public final class SharedCaseRules {

    private SharedCaseRules() {}

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Care leavers who have a personal adviser (Children (Leaving Care) Act 2000). */
    private static final Set<CareLeaverCategory> WITH_PERSONAL_ADVISER =
            Set.of(CareLeaverCategory.ELIGIBLE, CareLeaverCategory.RELEVANT, CareLeaverCategory.FORMER_RELEVANT);

    /** A YOS case manager holding work in progress and an allocated social worker or personal adviser. */
    public static boolean shared(boolean interventionWithCaseManager, boolean socialWorker, boolean personalAdviser) {
        return interventionWithCaseManager && (socialWorker || personalAdviser);
    }

    /** An eligible care leaver's personal adviser joins the agreement. */
    public static boolean personalAdviserMustAgree(CareLeaverCategory category) {
        return category == CareLeaverCategory.ELIGIBLE;
    }

    public static boolean mayHavePersonalAdviser(CareLeaverCategory category) {
        return WITH_PERSONAL_ADVISER.contains(category);
    }

    /** For a looked-after child the social worker is the lead professional; otherwise it is for the services. */
    public static Optional<LeadProfessional> defaultLead(boolean lookedAfter) {
        return lookedAfter ? Optional.of(LeadProfessional.SOCIAL_WORKER) : Optional.empty();
    }

    /** A warning (not a refusal) when a looked-after child's recorded lead professional is not the social worker. */
    public static Optional<String> leadWarning(boolean lookedAfter, LeadProfessional recorded) {
        if (lookedAfter && recorded != null && recorded != LeadProfessional.SOCIAL_WORKER) {
            return Optional.of("The child is looked after: under the joint protocol the social worker is the lead"
                    + " professional, but " + recorded.label().toLowerCase() + " is recorded");
        }
        return Optional.empty();
    }

    /**
     * When the joint meeting before closure is due: the intervention's planned end date, so it is held before the
     * work ends; with no planned end (a remand, an out-of-court disposal) a local number of months after the case
     * became shared. Never before the case became shared.
     */
    public static LocalDate closureMeetingDue(LocalDate plannedEnd, LocalDate sharedFrom, int monthsWithoutEnd) {
        if (plannedEnd == null) {
            return sharedFrom.plusMonths(monthsWithoutEnd);
        }
        return plannedEnd.isBefore(sharedFrom) ? sharedFrom : plannedEnd;
    }

    /** A social worker or personal adviser allocated from {@code from}. */
    public record NewAllocation(
            SocialCareRole role,
            String name,
            String team,
            String phone,
            String email,
            LocalDate from,
            UUID userAccountId) {}

    /**
     * @param currentFrom when the current allocation of that role began (null: none)
     * @param accountIsSocialCareStaff the chosen account (if any) is children's social care staff of the service
     */
    public static Map<String, String> allocationProblems(
            NewAllocation a,
            LocalDate currentFrom,
            CareLeaverCategory category,
            LocalDate today,
            boolean accountIsSocialCareStaff) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (a.role() == null) {
            problems.put("role", "Select a social worker or a personal adviser");
        } else if (a.role() == SocialCareRole.PERSONAL_ADVISER && !mayHavePersonalAdviser(category)) {
            problems.put(
                    "role",
                    "A personal adviser is allocated to an eligible, relevant or former relevant care leaver; this"
                            + " child is: " + category.label().toLowerCase());
        }
        if (blank(a.name())) {
            problems.put("name", "Enter their name");
        }
        if (blank(a.team())) {
            problems.put("team", "Enter their team and local authority");
        }
        if (blank(a.phone()) && blank(a.email())) {
            problems.put("phone", "Enter a phone number or an email address");
        }
        if (!blank(a.email()) && !EMAIL.matcher(a.email().trim()).matches()) {
            problems.put("email", "Enter an email address in the correct format, like name@example.gov.uk");
        }
        if (a.from() == null) {
            problems.put("from", "Enter the date they were allocated");
        } else if (a.from().isAfter(today)) {
            problems.put("from", "The date they were allocated must be today or in the past");
        } else if (currentFrom != null && !a.from().isAfter(currentFrom)) {
            problems.put("from", "The date must be after " + currentFrom + ", when the current one was allocated");
        }
        if (a.userAccountId() != null && !accountIsSocialCareStaff) {
            problems.put("userAccountId", "Select an account of the service's children's social care staff, or none");
        }
        return problems;
    }

    /** Social care's allocation from {@code from} ends on {@code endedOn}: after it began, not in the future. */
    public static Map<String, String> endAllocationProblems(LocalDate from, LocalDate endedOn, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (endedOn == null || endedOn.isAfter(today) || !endedOn.isAfter(from)) {
            problems.put("endedOn", "Enter a date after " + from + ", today or in the past");
        }
        return problems;
    }

    /** A role agreement as recorded. */
    public record Agreement(
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
            LocalDate childToldOn) {}

    /**
     * @param socialWorkerAllocated the child has a current social worker, who must be among those agreeing
     * @param category the child's care-leaver category: an eligible care leaver's personal adviser must agree too
     */
    public static Map<String, String> agreementProblems(
            Agreement a, boolean socialWorkerAllocated, CareLeaverCategory category, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(a.responsibilities())) {
            problems.put("responsibilities", "Enter the areas of responsibility of each service");
        }
        if (blank(a.roles())) {
            problems.put("roles", "Enter each worker's role");
        }
        if (blank(a.contactFrequency())) {
            problems.put("contactFrequency", "Enter how often the workers will communicate");
        }
        if (blank(a.contactMeans())) {
            problems.put("contactMeans", "Enter by what means they will communicate");
        }
        if (a.agreedOn() == null) {
            problems.put("agreedOn", "Enter the date it was agreed");
        } else if (a.agreedOn().isAfter(today)) {
            problems.put("agreedOn", "The date it was agreed must be today or in the past");
        }
        if (blank(a.yosWorker())) {
            problems.put("yosWorker", "Enter the YOS worker who agreed it");
        }
        if (socialWorkerAllocated && blank(a.socialWorker())) {
            problems.put("socialWorker", "Enter the social worker who agreed it");
        }
        if (personalAdviserMustAgree(category) && blank(a.personalAdviser())) {
            problems.put(
                    "personalAdviser",
                    "Enter the personal adviser who agreed it: an eligible care leaver's personal adviser joins the"
                            + " agreement");
        }
        if (!socialWorkerAllocated && blank(a.socialWorker()) && blank(a.personalAdviser())) {
            problems.put("socialWorker", "Enter who agreed it for children's social care");
        }
        if (a.leadProfessional() == null) {
            problems.put("leadProfessional", "Select who is the lead professional");
        } else if (a.leadProfessional() == LeadProfessional.OTHER && blank(a.leadProfessionalOther())) {
            problems.put("leadProfessionalOther", "Enter the lead professional's name and role");
        }
        if (a.childToldOn() != null && a.childToldOn().isAfter(today)) {
            problems.put("childToldOn", "The date the child was told must be today or in the past");
        }
        return problems;
    }

    /** The YOS told the child who is the lead professional, on {@code on}: today or in the past. */
    public static Map<String, String> childToldProblems(LocalDate on, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (on == null || on.isAfter(today)) {
            problems.put("childToldOn", "Enter the date the child was told, today or in the past");
        }
        return problems;
    }

    /** A joint home visit, or the joint meeting before closure: when, who from each service, what came of it. */
    public record JointMeeting(LocalDate on, String yosAttendees, String socialCareAttendees, String note) {}

    public static Map<String, String> visitProblems(JointMeeting v, boolean outcomeNeeded, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (v.on() == null) {
            problems.put("on", "Enter the date");
        } else if (v.on().isAfter(today)) {
            problems.put("on", "The date must be today or in the past");
        }
        if (blank(v.yosAttendees())) {
            problems.put("yosAttendees", "Enter who attended from the YOS");
        }
        if (blank(v.socialCareAttendees())) {
            problems.put("socialCareAttendees", "Enter who attended from children's social care");
        }
        if (outcomeNeeded && blank(v.note())) {
            problems.put("note", "Enter what was agreed");
        }
        return problems;
    }

    /** The other service was told of a change of worker: when, whom, how. */
    public record Told(LocalDate on, String whom, String how) {}

    public static Map<String, String> toldProblems(Told t, LocalDate changedOn, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (t.on() == null) {
            problems.put("on", "Enter the date they were told");
        } else if (t.on().isAfter(today)) {
            problems.put("on", "The date they were told must be today or in the past");
        } else if (t.on().isBefore(changedOn)) {
            problems.put("on", "The date they were told cannot be before the change on " + changedOn);
        }
        if (blank(t.whom())) {
            problems.put("whom", "Enter who was told");
        }
        if (blank(t.how())) {
            problems.put("how", "Enter how they were told");
        }
        return problems;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
