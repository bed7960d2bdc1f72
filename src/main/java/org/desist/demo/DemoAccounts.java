package org.desist.demo;

import java.util.List;
import org.desist.security.Agency;
import org.desist.security.DemoAccountsListing;
import org.desist.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The demo.* accounts (password "demo"), listed on the sign-in page in demo mode only. */
@Component
@ConditionalOnProperty(name = "desist.demo.enabled", havingValue = "true")
public class DemoAccounts implements DemoAccountsListing {

    public static final String PASSWORD = "demo";

    /** A demo account: who it is and what it shows. {@code service} is NBR or SMR. */
    public record DemoAccount(
            String username, String name, String jobTitle, Role role, Agency agency, String service, String purpose) {}

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount(
                    "demo.casemanager",
                    "Priya Sharma",
                    "YOS officer",
                    Role.CASE_MANAGER,
                    Agency.YOUTH_JUSTICE_SERVICE,
                    "NBR",
                    "see a caseload, find, add and change children's records"),
            new DemoAccount(
                    "demo.probation",
                    "Gareth Hughes",
                    "Seconded probation officer",
                    Role.CASE_MANAGER,
                    Agency.PROBATION,
                    "NBR",
                    "work as a seconded probation officer holding cases"),
            new DemoAccount(
                    "demo.police",
                    "PC Dan Whitfield",
                    "Police officer (YJS)",
                    Role.CASE_MANAGER,
                    Agency.POLICE,
                    "NBR",
                    "work as the seconded police officer"),
            new DemoAccount(
                    "demo.health",
                    "Aisha Bello",
                    "Youth justice nurse",
                    Role.SPECIALIST_WORKER,
                    Agency.HEALTH,
                    "NBR",
                    "read and update records as a specialist health worker"),
            new DemoAccount(
                    "demo.socialworker",
                    "Hannah Doyle",
                    "Seconded social worker",
                    Role.CASE_MANAGER,
                    Agency.CHILDRENS_SOCIAL_CARE,
                    "NBR",
                    "hold cases as the seconded social worker"),
            new DemoAccount(
                    "demo.victims",
                    "Ruth Okafor",
                    "Victim worker",
                    Role.VICTIM_WORKER,
                    Agency.YOUTH_JUSTICE_SERVICE,
                    "NBR",
                    "contact victims, record their consent and wishes, and run restorative justice"),
            new DemoAccount(
                    "demo.aa",
                    "Tom Barker",
                    "Appropriate adult coordinator",
                    Role.APPROPRIATE_ADULT_COORDINATOR,
                    Agency.YOUTH_JUSTICE_SERVICE,
                    "NBR",
                    "record appropriate adult call-outs and keep the rota"),
            new DemoAccount(
                    "demo.manager",
                    "Marcus Reid",
                    "Operational manager",
                    Role.OPERATIONAL_MANAGER,
                    Agency.YOUTH_JUSTICE_SERVICE,
                    "NBR",
                    "see the team caseload and who has viewed or changed a record"),
            new DemoAccount(
                    "demo.headofservice",
                    "Janet Okoye",
                    "Head of service",
                    Role.HEAD_OF_SERVICE,
                    Agency.YOUTH_JUSTICE_SERVICE,
                    "NBR",
                    "see the whole service's caseload"),
            new DemoAccount(
                    "demo.qa",
                    "Colin Marsh",
                    "Quality assurance lead",
                    Role.QA_LEAD,
                    Agency.YOUTH_JUSTICE_SERVICE,
                    "NBR",
                    "read records for case audits"),
            new DemoAccount(
                    "demo.panel",
                    "Margaret Ellis",
                    "Referral order panel volunteer",
                    Role.PANEL_MEMBER,
                    Agency.VOLUNTEER,
                    "NBR",
                    "see that a panel member cannot open children's records"),
            new DemoAccount(
                    "demo.board",
                    "Cllr Ian Pritchard",
                    "Management Board member",
                    Role.BOARD_MEMBER,
                    Agency.OTHER,
                    "NBR",
                    "see that a Board member never sees a child's record"),
            new DemoAccount(
                    "demo.partner",
                    "Lucy Carter",
                    "Social worker, Northbridge Children's Social Care",
                    Role.PARTNER_PRACTITIONER,
                    Agency.CHILDRENS_SOCIAL_CARE,
                    "NBR",
                    "see, as the allocated social worker, only the social-care side of the children allocated to you"),
            new DemoAccount(
                    "demo.scmanager",
                    "Priya Shah",
                    "Team manager, Northbridge Children's Social Care",
                    Role.SOCIAL_CARE_MANAGER,
                    Agency.CHILDRENS_SOCIAL_CARE,
                    "NBR",
                    "see the service's shared cases and the joint-working view as a social care manager"),
            new DemoAccount(
                    "demo.admin",
                    "Sam Adeyemi",
                    "Systems administrator",
                    Role.ADMINISTRATOR,
                    Agency.YOUTH_JUSTICE_SERVICE,
                    "NBR",
                    "read the audit log"),
            new DemoAccount(
                    "demo.southmoor",
                    "Ellen Fraser",
                    "YOT officer, Southmoor",
                    Role.CASE_MANAGER,
                    Agency.YOUTH_JUSTICE_SERVICE,
                    "SMR",
                    "see that another service's children are invisible"));

    @Override
    public List<Line> accounts() {
        return ALL.stream()
                .map(a -> new Line(a.username(), a.role().label(), a.purpose()))
                .toList();
    }
}
