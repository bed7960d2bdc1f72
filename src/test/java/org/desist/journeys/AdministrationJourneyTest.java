package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.desist.TestData;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator adds a service and an account; the new person signs in, changes their password, makes a token. */
class AdministrationJourneyTest extends JourneySupport {

    @Autowired
    TestData data;

    String administrator;
    YouthJusticeService service;

    @BeforeAll
    void administrator() {
        service = data.service("Admin");
        administrator = data.account("journey.admin", Role.ADMINISTRATOR, service);
    }

    @Test
    void anAdministratorSetsUpAServiceAndAnAccountThatThePersonThenUses() {
        Page admin = newPage(true);
        signIn(admin, administrator, TestData.PASSWORD);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration"))
                .click();
        checkAccessible(admin);

        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a service"))
                .click();
        checkAccessible(admin);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add service"))
                .click();
        assertThat(admin.locator(".govuk-error-summary")).containsText("Enter the service's name");
        checkAccessible(admin);
        String code = "J" + (System.nanoTime() % 100000);
        admin.getByLabel("Short code").fill(code);
        admin.getByLabel("Name").fill("Journey Valley Youth Justice Service");
        admin.getByLabel("Local authority").fill("Journey Valley Council");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add service"))
                .click();
        assertThat(admin.locator(".govuk-notification-banner")).containsText("Service added");

        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an account"))
                .click();
        checkAccessible(admin);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add account"))
                .click();
        assertThat(admin.locator(".govuk-error-summary")).containsText("Select at least one role");
        checkAccessible(admin);
        String username = "new.officer." + (System.nanoTime() % 100000);
        admin.getByLabel("Username").fill(username);
        admin.getByLabel("Full name").fill("Nadia Officer");
        admin.getByLabel("Agency").selectOption("YOUTH_JUSTICE_SERVICE");
        admin.getByLabel("Case manager").check();
        admin.getByLabel("Journey Valley Youth Justice Service").check();
        admin.getByLabel("First password").fill("first-password-from-admin");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add account"))
                .click();
        assertThat(admin.locator(".govuk-notification-banner")).containsText("Account added");
        assertThat(admin.locator("main")).containsText(username);
        checkAccessible(admin);

        admin.navigate("/audit");
        assertThat(admin.locator("main")).containsText("Added the account " + username);
        checkAccessible(admin);

        Page person = newPage(true);
        signIn(person, username, "first-password-from-admin");
        assertThat(person.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My caseload")))
                .isVisible();
        person.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change password"))
                .click();
        checkAccessible(person);
        person.getByLabel("Current password").fill("first-password-from-admin");
        person.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                .fill("my own long password");
        person.getByLabel("Type the new password again").fill("my own long password");
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                .click();
        assertThat(person.locator(".govuk-notification-banner")).containsText("Your password has been changed");
        checkAccessible(person);

        person.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API tokens"))
                .click();
        checkAccessible(person);
        person.getByLabel("Name of the new token").fill("spreadsheet");
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
                .click();
        assertThat(person.locator("#new-token")).hasText(Pattern.compile("^desist_[A-Za-z0-9_-]{43}$"));
        checkAccessible(person);
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke spreadsheet"))
                .click();
        assertThat(person.locator("main")).containsText("Revoked");
        checkAccessible(person);

        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        signIn(person, username, "first-password-from-admin");
        assertThat(person.locator(".govuk-error-summary")).containsText("Enter a correct username and password");
        signIn(person, username, "my own long password");
        assertThat(person).hasURL(Pattern.compile("/$"));
    }
}
