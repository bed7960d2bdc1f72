package org.desist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.offence.Offence;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** Bad values in API bodies and form posts are field errors, never a 500. */
@IntegrationTest
class BadInputIntegrationTest {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Offences offences;

    @Autowired
    Directory directory;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    YouthJusticeService service;
    String manager;
    String token;

    @BeforeEach
    void anApiUser() {
        service = data.service("Badinput");
        manager = data.account("bad.om", Role.OPERATIONAL_MANAGER, service);
        token = data.apiToken(manager);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private Child aChild() {
        data.actAs(manager);
        try {
            return transactions.execute(
                    s -> records.register(service.id(), TestData.child("Kai", "Mensah", LocalDate.of(2011, 2, 3))));
        } finally {
            TestData.signOut();
        }
    }

    private ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void aNulInAChildsNameIsAFieldError() throws Exception {
        postJson("/api/v1/children", "{\"givenName\": \"Ka\\u0000i\", \"familyName\": \"Mensah\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("givenName"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("U+0000")));
    }

    @Test
    void anUnescapedControlCharacterIsAFieldErrorToo() throws Exception {
        postJson("/api/v1/children", "{\"familyName\": \"Men\u0001sah\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("familyName"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("control character")));
    }

    @Test
    void anImpossibleDateNamesItsField() throws Exception {
        postJson("/api/v1/children", "{\"givenName\": \"Kai\", \"dateOfBirth\": \"2020-02-31\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("YYYY-MM-DD")));
    }

    @Test
    void theYearOneIsAFieldError() throws Exception {
        postJson("/api/v1/children", "{\"dateOfBirth\": \"0001-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("1900")));
    }

    @Test
    void anUnknownChoiceListsTheAcceptedOnes() throws Exception {
        postJson("/api/v1/children", "{\"gender\": \"SOMETIMES\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("gender"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Enter one of: ")));
    }

    @Test
    void aNumberWhereTextIsExpectedIsAFieldError() throws Exception {
        postJson("/api/v1/children", "{\"postcode\": 12345}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("postcode"));
    }

    @Test
    void textOverTheCeilingIsAFieldError() throws Exception {
        postJson("/api/v1/children", "{\"town\": \"" + "x".repeat(10_001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("town"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("10,000")));
    }

    @Test
    void aBailDateBeyondTheBankHolidayCalendarIsAFieldErrorNotA500() throws Exception {
        Child child = aChild();
        LocalDate today = LocalDate.now();
        UUID caseManager = directory.caseHolders(service.id()).stream()
                .filter(s -> s.username().equals(manager))
                .findFirst()
                .orElseThrow()
                .id();
        data.actAs(manager);
        Offence offence = transactions.execute(s -> offences.record(
                childRecords.responsibleChild(child.id()),
                new Offences.NewOffence(
                        today.minusDays(20),
                        "Took sweets from a shop",
                        OffenceCategory.THEFT_AND_HANDLING,
                        Plea.ADMITTED,
                        null,
                        false,
                        false,
                        2,
                        0,
                        null)));
        TestData.signOut();
        String referral = """
                {"referralDate": "%s", "policeReference": "NB/1/26", "bailDate": %s, "caseManagerId": "%s",
                 "offenceIds": ["%s"]}
                """;
        postJson(
                        "/api/v1/children/" + child.id() + "/out-of-court-referrals",
                        referral.formatted(today.minusDays(3), "\"2029-01-15\"", caseManager, offence.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bailDate"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(containsString("bank holiday calendar runs to 31 December 2028")));
        assertThat(jdbc.sql("select count(*) from oocd_referral where child_id = :id")
                        .param("id", child.id())
                        .query(Long.class)
                        .single())
                .as("nothing saved")
                .isZero();

        String created = postJson(
                        "/api/v1/children/" + child.id() + "/out-of-court-referrals",
                        referral.formatted(today.minusDays(3), "null", caseManager, offence.id()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = created.replaceAll("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
        postJson(
                        "/api/v1/out-of-court-referrals/" + id + "/bail-date",
                        "{\"version\": 0, \"bailDate\": \"2029-01-15\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bailDate"))
                .andExpect(jsonPath("$.lastCoveredDay").value("2028-12-31"));
        // 29 December 2028 is covered, but the decision due 15 working days later is not.
        postJson(
                        "/api/v1/out-of-court-referrals/" + id + "/bail-date",
                        "{\"version\": 0, \"bailDate\": \"2028-12-29\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bailDate"));

        // The page: back to the form the user was on, the message in its error summary.
        MockHttpSession session = new MockHttpSession();
        var signedIn = authentication(data.authenticationOf(manager));
        String form = "http://localhost/out-of-court/" + id + "/bail-date";
        mvc.perform(post("/out-of-court/{id}/bail-date", id)
                        .session(session)
                        .with(signedIn)
                        .with(csrf())
                        .header("Referer", form)
                        .param("version", "0")
                        .param("date.day", "15")
                        .param("date.month", "1")
                        .param("date.year", "2029"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/out-of-court/" + id + "/bail-date"));
        mvc.perform(get("/out-of-court/{id}/bail-date", id).session(session).with(signedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was saved. Desist&#39;s bank holiday calendar")));
    }

    @Test
    void controlCharactersInAFormPostAreStrippedBeforeSaving() throws Exception {
        Child child = aChild();
        var d = child.details();
        mvc.perform(post("/children/{id}/edit", child.id())
                        .with(authentication(data.authenticationOf(manager)))
                        .with(csrf())
                        .param("version", String.valueOf(child.version()))
                        .param("localReference", d.localReference())
                        .param("givenName", "Ka\u0000i")
                        .param("familyName", d.familyName())
                        .param("dateOfBirth.day", String.valueOf(d.dateOfBirth().getDayOfMonth()))
                        .param(
                                "dateOfBirth.month",
                                String.valueOf(d.dateOfBirth().getMonthValue()))
                        .param(
                                "dateOfBirth.year",
                                String.valueOf(d.dateOfBirth().getYear()))
                        .param("gender", d.gender().name())
                        .param("ethnicity", d.ethnicity().name())
                        .param("addressLine1", "1 High\u0007 Street\tEast")
                        .param("town", d.town())
                        .param("postcode", d.postcode())
                        .param("localAuthority", d.localAuthority())
                        .param("lookedAfterStatus", d.lookedAfterStatus().name()))
                .andExpect(status().is3xxRedirection());
        var saved = jdbc.sql("select given_name, address_line1 from child where id = :id")
                .param("id", child.id())
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                .single();
        assertThat(saved).isEqualTo("Kai|1 High Street\tEast");
    }

    @Test
    void aPageRefusesAYearOutsideTheRangeAsTheApiDoes() throws Exception {
        Child child = aChild();
        var d = child.details();
        mvc.perform(post("/children/{id}/edit", child.id())
                        .with(authentication(data.authenticationOf(manager)))
                        .with(csrf())
                        .param("version", String.valueOf(child.version()))
                        .param("localReference", d.localReference())
                        .param("givenName", d.givenName())
                        .param("familyName", d.familyName())
                        .param("dateOfBirth.day", "1")
                        .param("dateOfBirth.month", "1")
                        .param("dateOfBirth.year", "0001")
                        .param("gender", d.gender().name())
                        .param("ethnicity", d.ethnicity().name())
                        .param("addressLine1", d.addressLine1())
                        .param("town", d.town())
                        .param("postcode", d.postcode())
                        .param("localAuthority", d.localAuthority())
                        .param("lookedAfterStatus", d.lookedAfterStatus().name()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date of birth must be in a year from 1900 to 2100")));
    }

    @Test
    void anOverSizeFormPostGoesBackToThePageWithTheErrorSummary() throws Exception {
        Child child = aChild();
        MockHttpSession session = new MockHttpSession();
        var signedIn = authentication(data.authenticationOf(manager));
        String page = "http://localhost/children/" + child.id() + "/edit";
        byte[] body = ("givenName=" + "x".repeat(2 * 1024 * 1024 + 1)).getBytes();
        mvc.perform(post("/children/{id}/edit", child.id())
                        .session(session)
                        .with(signedIn)
                        .header("Referer", page)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(body))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/children/" + child.id() + "/edit"));
        mvc.perform(get("/children/{id}/edit", child.id()).session(session).with(signedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was saved: what you sent was too large")))
                .andExpect(content().string(containsString("govuk-error-summary")));
        // Shown once.
        mvc.perform(get("/children/{id}/edit", child.id()).session(session).with(signedIn))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("what you sent was too large"))));
    }

    @Test
    void theApiContractIsServedToABearerToken() throws Exception {
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.paths['/api/v1/children']").exists());
        mvc.perform(get("/v3/api-docs").with(authentication(data.authenticationOf(manager))))
                .andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theApiContractIsServedToASignedInSession() throws Exception {
        var session = (MockHttpSession) mvc.perform(
                        post("/sign-in").with(csrf()).param("username", manager).param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/v3/api-docs").session(session)).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs/swagger-config").session(session)).andExpect(status().isOk());
    }

    @Test
    void signingInAfterAskingForLoginEndsAtHomeNotPageNotFound() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/login").session(session)).andExpect(redirectedUrl("/sign-in"));
        String after = mvc.perform(post("/sign-in")
                        .session(session)
                        .with(csrf())
                        .param("username", manager)
                        .param("password", TestData.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(after).isEqualTo("/");
    }

    @Test
    void springSecuritysLoginAddressGoesToSignIn() throws Exception {
        mvc.perform(get("/login")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/login?continue")).andExpect(redirectedUrl("/sign-in"));
        // Signed in, /login?continue (where Spring Security sends a user who asked for /login) ends at home.
        var signedIn = authentication(data.authenticationOf(manager));
        mvc.perform(get("/login").param("continue", "").with(signedIn)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/sign-in").with(signedIn)).andExpect(redirectedUrl("/"));
    }
}
