package org.desist.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * User journeys in a real Chromium (the system one: Playwright never downloads a browser), against the
 * application on a random port with its embedded PostgreSQL. Every page a journey visits is checked with
 * axe-core (WCAG 2.2 AA) and for console errors (a CSP violation shows as one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JourneySupport {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    void startBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync"));
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        withoutJavaScript.clear();
        List<String> errors = List.copyOf(consoleErrors);
        consoleErrors.clear();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
        playwright.close();
    }

    private final java.util.Set<BrowserContext> withoutJavaScript = new java.util.HashSet<>();

    private boolean javaScriptEnabled(Page page) {
        return !withoutJavaScript.contains(page.context());
    }

    /** A fresh browser tab with its own cookies; JavaScript on or off. */
    Page newPage(boolean javaScript) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setJavaScriptEnabled(javaScript));
        contexts.add(context);
        if (!javaScript) {
            withoutJavaScript.add(context);
        }
        context.setDefaultTimeout(10_000);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            // A page's own HTTP status (e.g. an expected 404) is asserted by the journey, not here.
            if ("error".equals(message.type())
                    && !message.text().startsWith("Failed to load resource: the server responded with a status of 404")
                    && !pagesOwnStatus(page, message, 503)) {
                consoleErrors.add(page.url() + ": " + message.text());
            }
        });
        return page;
    }

    /** The browser reporting the status of the page itself (asserted by the journey), not of a resource it loads. */
    private static boolean pagesOwnStatus(Page page, com.microsoft.playwright.ConsoleMessage message, int status) {
        return message.text().startsWith("Failed to load resource: the server responded with a status of " + status)
                && (page.url().equals(message.location()) || message.location().startsWith(page.url() + ":"));
    }

    /** Another tab in the same browser context (same signed-in session). */
    Page anotherTab(Page page) {
        return page.context().newPage();
    }

    void signIn(Page page, String username, String password) {
        page.navigate("/sign-in");
        checkAccessible(page);
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    /**
     * axe-core finds no WCAG 2.x A/AA violations on the page as it is now. axe needs JavaScript, so a page
     * from a JavaScript-free journey is checked as a copy of its exact HTML in a JavaScript-enabled tab.
     */
    void checkAccessible(Page page) {
        // A long page may still be arriving when its heading shows: check the whole of it, not a prefix (an input
        // parsed before its label reads as unlabelled).
        page.waitForLoadState();
        Page checked = page;
        if (!javaScriptEnabled(page)) {
            checked = newPage(true);
            checked.navigate("/css/app.css"); // same origin, so the copy's stylesheets load
            checked.setContent(page.content());
        }
        // Only violations need their nodes listed. Legacy mode runs axe.run() in the page itself instead of
        // per-frame partial runs finished in an extra blank page: the same rules on our pages (no
        // iframes), about four times faster (measured: 1.8 s against 7 s a page on this machine).
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        var results = new AxeBuilder(checked)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .options(options)
                .setLegacyMode(true)
                .analyze();
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            violations.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                    + rule.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget()))
                            .toList());
        }
        assertThat(results.getPasses()).as("axe-core ran its checks").isNotEmpty();
        assertThat(violations).as("axe-core violations on " + page.url()).isEmpty();
    }
}
