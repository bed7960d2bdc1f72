package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.desist.TestData;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The pages a person sees when something goes wrong are as usable as the rest: an over-size form post comes back
 * to its page with the GOV.UK error summary, and the database-unavailable page ("Sorry, there is a problem with the
 * service") passes axe like every other page (issue 14).
 */
class ProblemPagesJourneyTest extends JourneySupport {

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ThymeleafViewResolver views;

    String caseManager;
    Child child;

    @BeforeAll
    void aChild() {
        YouthJusticeService service = data.service("ProblemPages");
        caseManager = data.account("pp.cm", Role.CASE_MANAGER, service);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Ayla", "Demir", LocalDate.of(2011, 2, 9))));
        TestData.signOut();
    }

    @Test
    void anOverSizePostComesBackToItsPageWithTheErrorSummaryAndNothingSaved() {
        Page page = newPage(true);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/children/" + child.id() + "/edit");
        // Over the 2 MB a form post may carry (FormInput): typed into the field as a person pasting would.
        page.getByLabel("First name").fill("x".repeat(2 * 1024 * 1024 + 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Nothing was saved: what you sent was too large");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/children/" + child.id() + "/edit$"));
        checkAccessible(page);
        page.navigate("/children/" + child.id());
        assertThat(page.locator("h1")).containsText("Ayla Demir");
    }

    @Test
    void theDatabaseUnavailablePageIsAccessible() throws Exception {
        // The exact page DatabaseUnavailableFilter renders during an outage (DatabaseOutageTest proves when it is
        // served), given to the browser for a page request here, so its stylesheets load from the running service.
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/children");
        MockHttpServletResponse rendered = new MockHttpServletResponse();
        views.resolveViewName("error/503", Locale.UK).render(Map.of("status", 503), request, rendered);
        String html = rendered.getContentAsString();

        Page page = newPage(true);
        page.route(
                "**/children",
                (Route route) -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(503)
                        .setContentType("text/html;charset=UTF-8")
                        .setBody(html)));
        page.navigate("/children");
        assertThat(page.locator("h1")).containsText("Sorry, there is a problem with the service");
        checkAccessible(page);
    }
}
