package org.desist.appropriateadult;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The appropriate adults API: 401 and 403 first, then 404 for another service, 409 for a stale version, 400. */
@IntegrationTest
@Import(February2027.class)
class AppropriateAdultApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    String coordinator;
    String caseManager;
    String headOfService;
    String otherCoordinator;
    String callOut;

    static final String REQUEST = """
            {"custodySuite": "Northbridge Central custody suite", "requestedAt": "2027-01-31T22:10",
             "childName": "Kai Doyle", "childDateOfBirth": "2010-06-01", "attendeeName": "Ann Volunteer"}
            """;

    @BeforeEach
    void aCallOut() throws Exception {
        YouthJusticeService service = data.service("AaApi");
        coordinator = data.account("aaapi.co", Role.APPROPRIATE_ADULT_COORDINATOR, service);
        caseManager = data.account("aaapi.cm", Role.CASE_MANAGER, service);
        headOfService = data.account("aaapi.hos", Role.HEAD_OF_SERVICE, service);
        otherCoordinator = data.account("aaapi.other", Role.APPROPRIATE_ADULT_COORDINATOR, data.service("AaApiOther"));
        call(coordinator, post("/api/v1/appropriate-adults/rota"), """
                {"startsAt": "2027-01-31T17:00", "endsAt": "2027-02-01T09:00", "volunteerName": "Ann Volunteer"}
                """).andExpect(status().isCreated());
        callOut = JsonPath.read(
                call(coordinator, post("/api/v1/appropriate-adults/call-outs"), REQUEST)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private ResultActions call(String username, MockHttpServletRequestBuilder request, String json) throws Exception {
        if (username != null) {
            request.header("Authorization", "Bearer " + data.apiToken(username));
        }
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    @Test
    void withoutATokenOrTheCapabilityTheApiRefuses() throws Exception {
        call(null, get("/api/v1/appropriate-adults/call-outs"), null).andExpect(status().isUnauthorized());
        call(null, get("/api/v1/appropriate-adults/call-outs/{id}", callOut), null)
                .andExpect(status().isUnauthorized());
        call(null, post("/api/v1/appropriate-adults/call-outs"), REQUEST).andExpect(status().isUnauthorized());
        call(null, get("/api/v1/appropriate-adults/rota"), null).andExpect(status().isUnauthorized());
        call(null, get("/api/v1/appropriate-adults/measures?from=2027-01-01&to=2027-01-31"), null)
                .andExpect(status().isUnauthorized());
        call(caseManager, get("/api/v1/appropriate-adults/call-outs"), null).andExpect(status().isForbidden());
        call(caseManager, get("/api/v1/appropriate-adults/call-outs/{id}", callOut), null)
                .andExpect(status().isForbidden());
        call(caseManager, post("/api/v1/appropriate-adults/call-outs"), REQUEST).andExpect(status().isForbidden());
        call(caseManager, get("/api/v1/appropriate-adults/measures?from=2027-01-01&to=2027-01-31"), null)
                .andExpect(status().isForbidden());
        // The head of service oversees (the list and measures) but does not record.
        call(headOfService, get("/api/v1/appropriate-adults/call-outs/{id}", callOut), null)
                .andExpect(status().isOk());
        call(headOfService, put("/api/v1/appropriate-adults/call-outs/{id}/arrival", callOut), """
                {"version": 0, "arrivedAt": "2027-01-31T23:00"}""")
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherServicesCallOutIsNotFound() throws Exception {
        call(otherCoordinator, get("/api/v1/appropriate-adults/call-outs/{id}", callOut), null)
                .andExpect(status().isNotFound());
        call(otherCoordinator, put("/api/v1/appropriate-adults/call-outs/{id}/arrival", callOut), """
                {"version": 0, "arrivedAt": "2027-01-31T23:00"}""")
                .andExpect(status().isNotFound());
        call(otherCoordinator, get("/api/v1/appropriate-adults/call-outs?from=2027-01-01&to=2027-02-01"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void theCoordinatorRecordsTheCallOutAndAStaleVersionIsAConflict() throws Exception {
        call(coordinator, put("/api/v1/appropriate-adults/call-outs/{id}/arrival", callOut), """
                {"version": 0, "arrivedAt": "2027-02-01T00:40"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responseMinutes").value(150))
                .andExpect(jsonPath("$.late").value(true))
                .andExpect(jsonPath("$.outOfHours").value(true))
                .andExpect(jsonPath("$.version").value(1));
        call(coordinator, put("/api/v1/appropriate-adults/call-outs/{id}/arrival", callOut), """
                {"version": 0, "arrivedAt": "2027-02-01T00:45"}""")
                .andExpect(status().isConflict());
        call(coordinator, put("/api/v1/appropriate-adults/call-outs/{id}/leaving", callOut), """
                {"version": 1, "leftAt": "2027-02-01T04:00", "procedures": ["INTERVIEW", "CHARGE"], "outcome": "CHARGE",
                 "keptOvernight": true, "accommodationRequested": true, "accommodationProvided": false}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("accommodationReason"));
        call(coordinator, put("/api/v1/appropriate-adults/call-outs/{id}/leaving", callOut), """
                {"version": 1, "leftAt": "2027-02-01T04:00", "procedures": ["INTERVIEW", "CHARGE"], "outcome": "CHARGE",
                 "keptOvernight": true, "accommodationRequested": true, "accommodationProvided": false,
                 "accommodationReason": "No bed available"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("FINISHED"));
        call(coordinator, get("/api/v1/appropriate-adults/measures?from=2027-01-01&to=2027-02-01"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.CALL_OUTS").value(1))
                .andExpect(jsonPath("$.counts.LATE").value(1))
                .andExpect(jsonPath("$.counts.ACCOMMODATION_NOT_PROVIDED").value(1))
                .andExpect(jsonPath("$.medianResponseMinutes").value(150));
    }

    @Test
    void badRequestsAreFieldErrors() throws Exception {
        call(coordinator, post("/api/v1/appropriate-adults/call-outs"), "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'custodySuite')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'childName')]").exists());
        call(coordinator, post("/api/v1/appropriate-adults/call-outs"), """
                {"custodySuite": "X", "requestedAt": "2027-01-31T22:10", "childName": "Y", "attendeeName": "Not On Call"}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attendeeName"));
        call(coordinator, put("/api/v1/appropriate-adults/call-outs/{id}/arrival", callOut), """
                {"arrivedAt": "2027-01-31T23:00"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        call(coordinator, put("/api/v1/appropriate-adults/call-outs/{id}/arrival", callOut), """
                {"version": 0, "arrivedAt": "2027-01-31T22:00"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("arrivedAt"));
        call(coordinator, get("/api/v1/appropriate-adults/measures?from=2027-02-01&to=2027-01-01"), null)
                .andExpect(status().isBadRequest());
    }
}
