package org.desist.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.parenting.Parenting;
import org.desist.parenting.ParentingTrigger;
import org.desist.programme.Delivery;
import org.desist.programme.ProgrammeCatalogue;
import org.desist.programme.ProgrammeDetails;
import org.desist.programme.ProgrammeTopic;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Audit by construction (ADR 0005): every GET of a child's record, page or API, writes exactly one {@code VIEWED}
 * row for that child; every search one {@code SEARCHED} row with its criteria; a write its {@code CREATED}/
 * {@code CHANGED} rows and no {@code VIEWED}. The walk takes every GET mapping from the request mappings, as
 * {@code EveryEndpointIsProtectedTest} does, fills its path variables with the ids of one rich child's records
 * and fails when a mapping is neither audited nor in {@link #EXEMPT} (and when an exemption names a mapping that
 * no longer exists), so a new page or API read cannot forget its audit row.
 */
@IntegrationTest
@Import(February2027.class)
class EveryChildViewIsAuditedTest {

    @Autowired
    ChildRecords childRecords;

    /**
     * GETs that show no child's record, each with the reason; the walk checks that they write no view of the
     * fixture child. (The cases without recent oversight are not here: that list shows each child's current
     * safety and risk classifications from their assessments, so it is a view of each child listed.)
     */
    static final Map<String, String> EXEMPT = Map.ofEntries(
            Map.entry("/", "home page: the user's own caseload list; opening a child is audited"),
            Map.entry("/sign-in", "sign-in page"),
            Map.entry("/error", "error page"),
            Map.entry("/work", "my work: the user's own due items across children, a list"),
            Map.entry("/work/team", "team work: a manager's list across children"),
            Map.entry("/victims", "my victims: victims (not children) of the service, a list"),
            Map.entry("/api/v1/victims", "victims (not children) of the service, a list"),
            Map.entry(
                    "/restorative-justice/approvals",
                    "a manager's list across children: each child listed is audited when the list shows them"),
            Map.entry("/children/new", "the form for a new child: no record yet"),
            Map.entry("/children/transferred", "children transferred out: a list of records no longer held"),
            Map.entry("/admin", "administration"),
            Map.entry("/admin/accounts/new", "administration"),
            Map.entry("/admin/services/new", "administration"),
            Map.entry("/account/password", "the user's own password"),
            Map.entry("/account/api-tokens", "the user's own API tokens"),
            Map.entry("/audit", "the audit log itself, for administrators"),
            Map.entry("/api-docs", "the API's OpenAPI description"),
            Map.entry("/programmes", "the programme catalogue, not a child's"),
            Map.entry("/programmes/new", "the programme catalogue, not a child's"),
            Map.entry("/programmes/{id}/edit", "the programme catalogue, not a child's"),
            Map.entry("/api/v1/programmes", "the programme catalogue, not a child's"),
            Map.entry("/quality/frameworks", "the inspectorate's frameworks: reference data, no child"),
            Map.entry("/quality/frameworks/{id}", "the inspectorate's frameworks: reference data, no child"),
            Map.entry("/api/v1/quality/frameworks", "the inspectorate's frameworks: reference data, no child"),
            Map.entry("/api/v1/quality/frameworks/{id}", "the inspectorate's frameworks: reference data, no child"),
            Map.entry("/api/v1/quality/sample-size", "a calculator: a number in, a number out, no child"),
            Map.entry("/quality/inspections", "the service's published inspections: ratings, no child"),
            Map.entry("/quality/inspections/new", "the service's published inspections: ratings, no child"),
            Map.entry("/quality/inspections/{id}", "the service's published inspections: ratings, no child"),
            Map.entry("/quality/audits", "the service's case audits: a list across children; opening one is audited"),
            Map.entry(
                    "/quality/audits/mine",
                    "the user's own cases' audits, like their caseload; opening one is audited"),
            Map.entry(
                    "/quality/audits/new",
                    "with no case chosen it names none; with ?intervention= it writes the view of the child"),
            Map.entry(
                    "/quality/audits/results",
                    "completed audits' figures; each child behind a no that it lists is written as a view"),
            Map.entry(
                    "/quality/audits/results.csv",
                    "completed audits' figures; each child behind a no that it lists is written as a view"),
            Map.entry("/api/v1/quality/audits", "the service's case audits: a list of ids and names, no child"),
            Map.entry(
                    "/api/v1/quality/audits/results",
                    "completed audits' figures; each child behind a no that it lists is written as a view"),
            Map.entry("/quality/rounds", "audit rounds: titles, dates and sample sizes, no child"),
            Map.entry("/quality/rounds/new", "planning an audit round: no case yet"),
            Map.entry("/quality/rounds/new/check", "checking a round's plan: counts of eligible cases, no child"),
            Map.entry("/quality/rounds/{id}/proportions", "a round's strata: counts and percentages, no child"),
            Map.entry("/api/v1/quality/rounds/{id}/proportions", "a round's strata: counts and percentages, no child"),
            Map.entry("/quality/rounds/{id}/organisational", "a round's organisational standards: no child"),
            Map.entry(
                    "/quality/rounds/{id}/ratings",
                    "a round's ratings: figures; each child behind a no that it lists is written as a view"),
            Map.entry(
                    "/api/v1/quality/rounds/{id}/ratings",
                    "a round's ratings: figures; each child behind a no that it lists is written as a view"),
            Map.entry("/quality/rounds/trend", "the trend across rounds: ratings and figures, no child"),
            Map.entry("/victims/measures", "the victim measures: counts and shares, no child"),
            Map.entry("/api/v1/victims/measures", "the victim measures: counts and shares, no child"),
            Map.entry(
                    "/victims/measures/victims",
                    "the victims behind a measure: each victim listed is audited as a view of that victim"),
            Map.entry("/quality/improvement-plans", "improvement plans: recommendations and actions, no child"),
            Map.entry("/quality/improvement-plans/new", "improvement plans: recommendations and actions, no child"),
            Map.entry("/quality/improvement-plans/{id}", "improvement plans: recommendations and actions, no child"),
            Map.entry(
                    "/quality/improvement-plans/{id}/recommendations/new",
                    "improvement plans: recommendations and actions, no child"),
            Map.entry(
                    "/quality/improvement-plans/{id}/actions/new",
                    "improvement plans: recommendations and actions, no child"),
            Map.entry(
                    "/quality/improvement-plans/{id}/actions/{actionId}/progress",
                    "improvement plans: recommendations and actions, no child"),
            Map.entry(
                    "/quality/improvement-plans/{id}/actions/{actionId}/change",
                    "improvement plans: recommendations and actions, no child"),
            Map.entry(
                    "/quality/improvement-plans/{id}/board-reviews/new",
                    "improvement plans: recommendations and actions, no child"),
            Map.entry("/api/v1/quality/improvement-plans", "improvement plans: recommendations and actions, no child"),
            Map.entry(
                    "/api/v1/quality/improvement-plans/{id}",
                    "improvement plans: recommendations and actions, no child"),
            Map.entry("/api/v1/calendar/working-days", "the working-day calendar"),
            Map.entry(
                    "/appropriate-adults",
                    "appropriate adult call-outs: a list across children; opening one is audited"),
            Map.entry("/appropriate-adults/call-outs/new", "recording a call-out: no record yet"),
            Map.entry("/appropriate-adults/call-outs/new/attendee", "recording a call-out: no record yet"),
            Map.entry("/appropriate-adults/call-outs/new/check", "recording a call-out: no record yet"),
            Map.entry("/appropriate-adults/rota", "the appropriate adult rota: staff and volunteers, no child"),
            Map.entry("/appropriate-adults/measures", "appropriate adult measures: counts across children"),
            Map.entry(
                    "/api/v1/appropriate-adults/call-outs",
                    "appropriate adult call-outs: a list across children; opening one is audited"),
            Map.entry("/api/v1/appropriate-adults/rota", "the appropriate adult rota: staff and volunteers, no child"),
            Map.entry("/api/v1/appropriate-adults/measures", "appropriate adult measures: counts across children"),
            Map.entry("/joint-working", "partnership view: counts across children"),
            Map.entry("/api/v1/joint-working", "partnership view: counts across children"),
            Map.entry("/shared-cases", "a list of shared cases; opening one is audited"),
            Map.entry("/escalations", "a manager's list of escalations across children"),
            Map.entry("/api/v1/escalations", "a manager's list of escalations across children"),
            Map.entry("/assessments/awaiting-countersignature", "a manager's list across children"),
            Map.entry(
                    "/api/v1/services/{serviceId}/late-out-of-borough-notifications",
                    "a service's list of late notifications across children"));

    /** The searches of children, each with the query the walk sends. */
    static final Map<String, String> SEARCHES = Map.of("/children", "q=Okafor", "/api/v1/children", "q=Okafor");

    /**
     * Check-your-answers pages: with no answers in the session they read the record and send the user back to
     * the question, which is a view of the record too.
     */
    static final Set<String> REDIRECT_WITHOUT_ANSWERS =
            Set.of("/children/{id}/transfer/check", "/interventions/{id}/reviews/check");

    /** What the walk covers today; it must not quietly shrink. */
    static final int COVERED_AT_LEAST = 155;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Parenting parenting;

    @Autowired
    Interventions interventions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    YouthJusticeService service;
    String caseManager;
    String manager;
    String token;
    String managerToken;
    String specialist;
    String specialistToken;
    UUID caseManagerId;
    Child child;
    /** Record ids by the path segment before their variable: "interventions" → the intervention's id. */
    final Map<String, String> ids = new HashMap<>();

    @BeforeEach
    void aChildWithARecordOfEveryKind() throws Exception {
        service = data.service("Walk");
        caseManager = data.account("walk.cm", Role.CASE_MANAGER, service);
        manager = data.account("walk.om", Role.OPERATIONAL_MANAGER, service);
        caseManagerId = jdbc.sql("select id from user_account where username = :u")
                .param("u", caseManager)
                .query(UUID.class)
                .single();
        token = data.apiToken(caseManager);
        managerToken = data.apiToken(manager);
        specialist = data.account("walk.sw", Role.SPECIALIST_WORKER, service);
        specialistToken = data.apiToken(specialist);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Remy", "Okafor", LocalDate.of(2011, 5, 9))));
        data.actAs(manager);
        UUID programme = transactions
                .execute(s -> catalogue.add(
                        service.id(),
                        new ProgrammeDetails(
                                "Choices: knife crime awareness",
                                Delivery.GROUP,
                                ProgrammeTopic.KNIFE_CRIME,
                                6,
                                "Six weekly group sessions",
                                null)))
                .id();
        TestData.signOut();
        ids.put("children", child.id().toString());
        ids.put("services", service.id().toString());

        String offence = id(send(post("/api/v1/children/{id}/offences", child.id()), token, """
                {"offenceDate": "2026-11-20", "description": "Took sweets from a shop", "category": "THEFT_AND_HANDLING",
                 "plea": "ADMITTED", "gravityScore": 2}
                """));
        ids.put("offences", offence);
        String victim = id(send(post("/api/v1/offences/{id}/victims", offence), specialistToken, """
                {"kind": "PERSON", "name": "Vera Victim"}
                """));
        ids.put("victims", victim);
        ids.put("/victims/{id}/{question}#question", "contact");
        // Restorative justice offered to the victim: its pages and API (the manager has VICTIM_WORK).
        ids.put("restorative-justice", "offer");
        send(post("/api/v1/victims/{id}/restorative-justice", victim), managerToken, """
                {"offeredOn": "2027-01-20", "offeredHow": "PHONE"}
                """);

        String referral =
                id(send(post("/api/v1/children/{id}/out-of-court-referrals", child.id()), token, """
                {"referralDate": "2026-12-14", "policeReference": "NB/55501/26", "bailDate": "2026-12-21",
                 "caseManagerId": "%s", "offenceIds": ["%s"]}
                """.formatted(
                                caseManagerId, offence)));
        ids.put("out-of-court", referral);
        ids.put("out-of-court-referrals", referral);

        // Court: an appearance adjourned for a report, then the sentence to a referral order.
        String appearance =
                id(send(post("/api/v1/children/{id}/court-appearances", child.id()), token, """
                {"appearanceDate": "2026-12-11", "courtName": "Northbridge Youth Court", "courtKind": "YOUTH_COURT",
                 "hearingType": "FIRST", "offenceIds": ["%s"], "outcome": "ADJOURNED", "nextHearingDate": "2027-01-05"}
                """.formatted(offence)));
        ids.put("court-appearances", appearance);
        ids.put("court-reports", id(send(post("/api/v1/children/{id}/court-reports", child.id()), token, """
                {"appearanceId": "%s", "type": "PRE_SENTENCE", "dueDate": "2026-12-29", "authorId": "%s"}
                """.formatted(
                        appearance, caseManagerId))));
        String sentencing =
                id(send(post("/api/v1/children/{id}/court-appearances", child.id()), token, """
                {"appearanceDate": "2027-01-05", "courtName": "Northbridge Youth Court", "courtKind": "YOUTH_COURT",
                 "hearingType": "SENTENCE", "offenceIds": ["%s"], "outcome": "SENTENCED"}
                """.formatted(offence)));
        String order = JsonPath.read(
                send(post("/api/v1/court-appearances/{id}/sentence", sentencing), token, """
                {"type": "REFERRAL_ORDER", "lengthMonths": 6, "caseManagerId": "%s"}
                """.formatted(caseManagerId)),
                "$.interventionId");
        ids.put("orders", order);
        ids.put("interventions", order);
        ids.put("closure-meetings", order);
        ids.put("panels", id(send(post("/api/v1/orders/{id}/panels", order), token, """
                {"version": 0, "kind": "INITIAL", "heldOn": "2027-01-14", "communityMembers": ["Ann Lee", "Bo Chan"],
                 "yosMember": "Priya Shah", "parentAttended": true, "reportSharedOn": "2027-01-08",
                 "outcome": "CONTRACT_AGREED"}
                """), "$.panels[0].id"));

        // Assessment, plan and its action, contacts and a warning, oversight, programmes and referrals.
        String assessment = id(send(post("/api/v1/interventions/{id}/assessments", order), token, null));
        ids.put("assessments", assessment);
        send(put("/api/v1/assessments/{id}", assessment), token, """
                {"version": 0, "details": {
                  "desistance": {"offendingFactors": "Older peers", "desistanceFactors": "Boxing club",
                    "strengths": "Close to his gran", "maturityAndMotivation": "Wants to change",
                    "diversityAndContext": "Lives with mum", "structuralBarriers": "Excluded from school",
                    "likelihoodOfReoffending": "MEDIUM"},
                  "safetyAndWellbeing": {"concerns": "Owes money to older peers", "concernTypes": ["DRUG_DEBTS"],
                    "classification": "LOW", "analysis": "The debt is being chased"},
                  "riskOfHarm": {"harm": "Low-level theft", "to": ["PEERS"], "likelihood": "Unlikely",
                    "seriousness": "Minor", "classification": "LOW"},
                  "sources": {"consulted": ["POLICE"], "childViews": "Wants to stay at home",
                    "parentsViews": "Mum is worried"},
                  "screening": {}
                }}
                """);
        send(post("/api/v1/assessments/{id}/submit", assessment), token, "{\"version\": 1}");
        String plan = id(send(post("/api/v1/interventions/{id}/plans", order), token, null));
        ids.put("plans", plan);
        ids.put("plan-actions", id(send(post("/api/v1/plans/{id}/actions", plan), token, """
                {"version": 0, "strand": "DESISTANCE", "description": "Boxing club", "ownerAgency": "Sports trust",
                 "dueDate": "2027-03-01"}
                """), "$.actions[0].id"));
        String contact = id(send(post("/api/v1/interventions/{id}/contacts", order), token, """
                {"date": "2027-01-19", "time": "16:00", "type": "OFFICE", "place": "YJS office",
                 "outcome": "UNACCEPTABLE_ABSENCE", "absenceReason": "Went to a friend's instead"}
                """));
        ids.put("contacts", contact);
        send(post("/api/v1/interventions/{id}/warnings", order), token, """
                {"contactId": "%s", "givenOn": "2027-01-20", "givenBy": "Sam Patel", "method": "LETTER"}
                """.formatted(contact));
        ids.put("oversight", id(send(post("/api/v1/interventions/{id}/oversight", order), managerToken, """
                {"recordedOn": "2027-01-25", "areas": ["ASSESSMENT", "TIMELINESS"], "judgement": "SUFFICIENT",
                 "direction": "Submit the assessment this week", "actions": "Book the next panel",
                 "actionsDue": "2027-01-29", "nextDue": "2027-04-25"}
                """)));
        ids.put(
                "programme-enrolments",
                id(send(post("/api/v1/interventions/{id}/programme-enrolments", order), token, """
                {"programmeId": "%s", "startDate": "2027-01-11", "deliveredBy": "Sam Patel (YJS)"}
                """.formatted(
                                programme))));
        ids.put(
                "specialist-referrals",
                id(send(post("/api/v1/interventions/{id}/specialist-referrals", order), token, """
                {"agency": "HOUSING", "referredOn": "2027-01-20", "reason": "Sofa-surfing"}
                """)));

        // Safeguarding, escalation, liaison with social care.
        send(post("/api/v1/children/{id}/child-protection-concerns", child.id()), token, """
                {"identifiedOn": "2027-01-29", "identifiedBy": "Sam Ellis", "concern": "Bruising on arm",
                 "managerName": "Pat Khan", "managerToldOn": "2027-01-29",
                 "socialCareContact": "CONTACT_TEAM", "socialCareName": "Duty worker",
                 "socialCareToldOn": "2027-02-01", "socialCareHow": "PHONE"}
                """);
        ids.put(
                "concerns",
                jdbc.sql("select id::text from child_protection_concern where child_id = :c")
                        .param("c", child.id())
                        .query(String.class)
                        .single());
        ids.put("escalations", id(send(post("/api/v1/children/{id}/escalations", child.id()), token, """
                {"kind": "DISAGREEMENT", "about": "Whether the child should return home", "raisedBy": "SOCIAL_CARE",
                 "raisedOn": "2027-01-21", "holder": "Kim Lee (YOS) and Pat Shaw (social worker)"}
                """)));
        mvc.perform(post("/children/{id}/safeguarding/referrals", child.id())
                .with(authentication(data.authenticationOf(caseManager)))
                .with(csrf())
                .param("referredOn.day", "1")
                .param("referredOn.month", "2")
                .param("referredOn.year", "2027")
                .param("reason", "ROSH raised to high: weapon carrying"));
        ids.put(
                "referrals",
                jdbc.sql("select id::text from risk_panel_referral where child_id = :c")
                        .param("c", child.id())
                        .query(String.class)
                        .single());
        ids.put(
                "social-care-liaison",
                id(send(post("/api/v1/children/{id}/social-care-liaison", child.id()), token, """
                {"requirement": "INTENSIVE_FOSTERING", "reportId": "%s", "consideredOn": "2026-12-14"}
                """.formatted(
                                ids.get("court-reports")))));
        data.actAs(caseManager);
        ids.put(
                "parenting-prompts",
                transactions
                        .execute(s -> parenting
                                .recordOtherAssessment(
                                        childRecords.responsibleChild(child.id()),
                                        ParentingTrigger.CAMHS,
                                        LocalDate.of(2027, 1, 20),
                                        null)
                                .orElseThrow())
                        .id()
                        .toString());
        // Remanded to local authority accommodation (the joint duties), later a detention and training order.
        transactions.execute(s -> interventions.start(
                childRecords.responsibleChild(child.id()),
                new Interventions.NewIntervention(
                        InterventionType.REMAND_TO_LOCAL_AUTHORITY,
                        LocalDate.of(2026, 12, 24),
                        null,
                        null,
                        List.of())));
        transactions.execute(s -> interventions.start(
                childRecords.responsibleChild(child.id()),
                new Interventions.NewIntervention(
                        InterventionType.DETENTION_AND_TRAINING_ORDER,
                        LocalDate.of(2027, 1, 8),
                        LocalDate.of(2027, 5, 8),
                        null,
                        List.of())));
        TestData.signOut();
        ids.put(
                "duties",
                JsonPath.<List<String>>read(
                                send(get("/api/v1/children/{id}/joint-duties", child.id()), token, null),
                                "$[?(@.status == 'OPEN')].id")
                        .get(0));
        ids.put(
                "custody",
                JsonPath.read(
                        send(get("/api/v1/children/{id}/custody-and-care-leaving", child.id()), token, null),
                        "$.sentences[0].interventionId"));
        // A social worker allocated, then another: social care must tell the YOS of the change.
        String socialWorker = "{\"role\":\"SOCIAL_WORKER\",\"name\":\"%s\",\"team\":\"Children in care team\","
                + "\"phone\":\"01632 960 002\",\"from\":\"%s\",\"currentVersion\":%s}";
        send(
                post("/api/v1/children/{id}/social-care-allocations", child.id()),
                token,
                socialWorker.formatted("Lucy Carter", "2026-12-17", "null"));
        send(
                post("/api/v1/children/{id}/social-care-allocations", child.id()),
                token,
                socialWorker.formatted("Priya Shah", "2027-01-20", "0"));
        ids.put(
                "notifications",
                JsonPath.<List<String>>read(
                                send(get("/api/v1/children/{id}/shared-case", child.id()), token, null),
                                "$.dueItems[?(@.rule == 'yos-told-of-social-care-change' && @.status == 'OPEN')].id")
                        .get(0));
        // A second order, revoked: how it was closed.
        String revoked = id(send(post("/api/v1/children/{id}/interventions", child.id()), token, """
                {"type": "REFERRAL_ORDER", "startDate": "2026-12-10", "endDate": "2027-06-10"}
                """));
        send(post("/api/v1/interventions/{id}/close", revoked), managerToken, """
                {"version": 0, "reason": "REVOKED", "closedOn": "2026-12-20"}
                """);
        ids.put("/api/v1/interventions/{id}/closure#id", revoked);
        // A manager's draft audit of the order (issue 15): its page and its check-answers page.
        String auditPage = mvc.perform(post("/quality/audits")
                        .with(authentication(data.authenticationOf(manager)))
                        .with(csrf())
                        .param("intervention", order))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        ids.put("audits", auditPage.substring(auditPage.lastIndexOf('/') + 1));
        // A later draft assessment: its question pages (a submitted one's send the user to the summary).
        ids.put(
                "/assessments/{id}/{part}#id",
                id(send(post("/api/v1/interventions/{id}/assessments", order), token, null)));
        ids.put("assessments/{part}", "desistance");
        ids.put("{id}/{part}", "strands");
        // An audit round whose sample holds the child's court orders (started 10 October 2026 to 10 January 2027).
        String round = id(send(post("/api/v1/quality/rounds"), managerToken, """
                {"kind": "THEMED_AUDIT", "title": "Court work", "scope": "COURT", "framework": "HMIP-2018",
                 "fieldworkDate": "2027-07-10"}
                """));
        ids.put("rounds", round);
        ids.put("cases", order);
        // An appropriate adult call-out about the child (issue 16), linked to the child's record.
        String callOut = id(send(post("/api/v1/appropriate-adults/call-outs"), managerToken, """
                {"custodySuite": "Northbridge Central custody suite", "requestedAt": "2027-01-30T21:40",
                 "childName": "Remy Okafor", "attendeeName": "Sam Patel", "offRotaReason": "Nobody on the rota yet"}
                """));
        send(
                put("/api/v1/appropriate-adults/call-outs/{id}/child", callOut),
                managerToken,
                "{\"version\": 0, \"childId\": \"%s\"}".formatted(child.id()));
        ids.put("call-outs", callOut);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void everyChildScopedGetWritesExactlyOneViewOrSearchRow() throws Exception {
        Set<String> patterns = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                patterns.addAll(info.getPatternValues());
            }
        });
        List<String> gone = EXEMPT.keySet().stream()
                .filter(p -> !patterns.contains(p))
                .sorted()
                .toList();
        assertThat(gone).as("exempt mappings that no longer exist").isEmpty();

        List<String> covered = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (String pattern : patterns) {
            if (pattern.startsWith("/v3/") || pattern.startsWith("/swagger")) {
                continue;
            }
            if (EXEMPT.containsKey(pattern)) {
                // Lists and other pages that are not a child's record view no child's record.
                if (!pattern.contains("{") || pattern.contains("{serviceId}")) {
                    long before = lastAuditId();
                    perform(pattern, resolve(pattern), 0); // as the case manager, whose lists show the child
                    perform(pattern, resolve(pattern), 1); // and as the manager
                    if (count(before, "VIEWED", child.id()) != 0) {
                        failures.put(pattern, "exempt, yet it wrote a VIEWED row for the child");
                    }
                }
                continue;
            }
            String path;
            try {
                path = resolve(pattern);
            } catch (IllegalStateException unresolved) {
                failures.put(pattern, unresolved.getMessage());
                continue;
            }
            boolean search = SEARCHES.containsKey(pattern);
            if (search) {
                path += "?" + SEARCHES.get(pattern);
            }
            if (pattern.equals("/children/{id}/safeguarding/actions/new")) {
                path += "?recordType=CHILD_PROTECTION_CONCERN&recordId=" + ids.get("concerns");
            }
            // As the case manager; a manager for the pages only managers see; a specialist for victims.
            long before = 0;
            MvcResult result = null;
            try {
                for (int who = 0;
                        who < 3 && (result == null || result.getResponse().getStatus() == 403);
                        who++) {
                    before = lastAuditId();
                    result = perform(pattern, path, who);
                }
            } catch (Exception e) {
                failures.put(pattern, "threw " + e);
                continue;
            }
            int status = result.getResponse().getStatus();
            boolean redirects = REDIRECT_WITHOUT_ANSWERS.contains(pattern) && status == 302;
            if ((status < 200 || status > 299) && !redirects) {
                failures.put(
                        pattern,
                        "answered " + status + " " + result.getResponse().getRedirectedUrl());
                continue;
            }
            long views = count(before, "VIEWED", child.id());
            long searches = count(before, "SEARCHED", null);
            long otherViews = jdbc.sql("select count(*) from audit_event where id > :before and action = 'VIEWED'"
                            + " and child_id is distinct from :child")
                    .param("before", before)
                    .param("child", child.id())
                    .query(Long.class)
                    .single();
            String audited = views + " VIEWED, " + searches + " SEARCHED, " + otherViews + " other VIEWED";
            if (search ? searches != 1 || views != 0 : views != 1 || searches != 0 || otherViews != 0) {
                failures.put(pattern, audited);
            } else {
                covered.add(pattern);
            }
        }
        failures.forEach((p, why) -> System.out.println("WALK " + p + " → " + why));
        System.out.println("WALK covered " + covered.size());
        assertThat(failures)
                .as("GET mappings neither exempt nor audited exactly once")
                .isEmpty();
        assertThat(covered).hasSizeGreaterThanOrEqualTo(COVERED_AT_LEAST);
    }

    @Test
    void aWriteLogsItsChangeAndNoViewAndAFormRedisplayedLogsNothing() throws Exception {
        long before = lastAuditId();
        send(post("/api/v1/interventions/{id}/contacts", ids.get("interventions")), token, """
                {"date": "2027-01-26", "time": "16:00", "type": "HOME_VISIT", "place": "Home", "outcome": "ATTENDED"}
                """);
        assertThat(actionsSince(before)).containsExactly("CREATED");

        before = lastAuditId();
        mvc.perform(post("/children/{id}/safeguarding/meetings", child.id())
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("There is a problem")));
        assertThat(actionsSince(before))
                .as("a form redisplayed with its errors")
                .isEmpty();
    }

    @Test
    void eachSearchLogsOneSearchedRowWithItsCriteriaAndHowManyMatched() throws Exception {
        long before = lastAuditId();
        mvc.perform(get("/children").param("q", "Okafor").with(authentication(data.authenticationOf(caseManager))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
        assertThat(searchesSince(before))
                .containsExactly("Searched for children by name, PNC or local reference \"Okafor\": 1 result");

        before = lastAuditId();
        mvc.perform(get("/children")
                        .param("q", "Remy")
                        .param("dob-day", "9")
                        .param("dob-month", "5")
                        .param("dob-year", "2011")
                        .header("HX-Request", "true")
                        .with(authentication(data.authenticationOf(caseManager))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
        assertThat(searchesSince(before))
                .containsExactly("Searched for children by name, PNC or local reference \"Remy\" and date of birth"
                        + " 2011-05-09: 1 result");

        before = lastAuditId();
        send(get("/api/v1/children").param("dateOfBirth", "1999-01-01"), token, null);
        assertThat(searchesSince(before))
                .containsExactly("Searched for children by date of birth 1999-01-01: 0 results");
        assertThat(actionsSince(before)).as("a search views no child's record").isEmpty();

        // The search form with nothing typed searches nothing.
        before = lastAuditId();
        mvc.perform(get("/children").with(authentication(data.authenticationOf(caseManager))));
        assertThat(actionsSince(before)).isEmpty();
    }

    @Test
    void outsideAWebRequestEveryViewIsWrittenAsBefore() {
        long before = lastAuditId();
        data.actAs(caseManager);
        try {
            transactions.executeWithoutResult(s -> {
                records.view(child.id(), "record (a job)");
                records.view(child.id(), "record (a job)");
            });
        } finally {
            TestData.signOut();
        }
        assertThat(actionsSince(before)).containsExactly("VIEWED", "VIEWED");
    }

    private List<String> actionsSince(long before) {
        return jdbc.sql("select action from audit_event where id > :before and child_id = :child order by id")
                .param("before", before)
                .param("child", child.id())
                .query(String.class)
                .list();
    }

    private List<String> searchesSince(long before) {
        return jdbc.sql("select summary from audit_event where id > :before and action = 'SEARCHED'"
                        + " and actor_username = :actor order by id")
                .param("before", before)
                .param("actor", caseManager)
                .query(String.class)
                .list();
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** The pattern with each variable replaced by the id of the fixture child's record it names. */
    private String resolve(String pattern) {
        String[] segments = pattern.split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            Matcher m = VARIABLE.matcher(segment);
            if (m.matches()) {
                String name = m.group(1);
                if (name.contains(":")) { // a variable with its alternatives: the first of them
                    segment = name.substring(name.indexOf(':') + 1).split("\\|")[0];
                    path.append('/').append(segment);
                    continue;
                }
                String key = name.equals("part") ? segments[i - 2] + "/{part}" : segments[i - 1];
                String id = ids.getOrDefault(pattern + "#" + name, ids.get(key));
                if (id == null) {
                    throw new IllegalStateException("no fixture record for {" + m.group(1) + "} after " + key);
                }
                segment = id;
            }
            path.append('/').append(segment);
        }
        return pattern.endsWith("/") && path.length() > 0 ? path + "/" : path.length() == 0 ? "/" : path.toString();
    }

    private MvcResult perform(String pattern, String path, int who) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (pattern.startsWith("/api/")) {
            request.header(
                    "Authorization",
                    "Bearer " + List.of(token, managerToken, specialistToken).get(who));
        } else {
            request.with(authentication(data.authenticationOf(
                    List.of(caseManager, manager, specialist).get(who))));
        }
        return mvc.perform(request).andReturn();
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();
    }

    private long count(long after, String action, UUID childId) {
        return jdbc.sql("select count(*) from audit_event where id > :after and action = :action"
                        + (childId == null ? "" : " and child_id = :child"))
                .param("after", after)
                .param("action", action)
                .param("child", childId)
                .query(Long.class)
                .single();
    }

    private String send(MockHttpServletRequestBuilder request, String bearer, String json) throws Exception {
        MvcResult result = mvc.perform(request.header("Authorization", "Bearer " + bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json == null ? "{}" : json))
                .andReturn();
        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getRequestURI() + " " + body)
                .isBetween(200, 299);
        return body;
    }

    private static String id(String json) {
        return id(json, "$.id");
    }

    private static String id(String json, String path) {
        return JsonPath.read(json, path).toString();
    }
}
