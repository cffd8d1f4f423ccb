package app.runaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.runaway.support.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * The web app in a real browser: the system's headless Chromium driven by Playwright, against the whole service on
 * its real port. Any request a page makes to another origin is refused and fails the test (no page may reach the
 * internet). Screenshots go to {@code target/screenshots}, or where {@code -Dweb.screenshots=docs/screenshots} says
 * (how the README's pictures are refreshed).
 */
@Tag("browser")
abstract class BrowserTest extends IntegrationTest {
    static final Path CHROMIUM = Path.of(System.getProperty("web.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("web.screenshots", "target/screenshots"));
    static final int DESKTOP_WIDTH = 1280;
    static final int PHONE_WIDTH = 390;

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;
    /** Requests the pages made to anything but the app. */
    protected final List<String> foreignRequests = new ArrayList<>();

    /** A failing test leaves a picture of the page as it was, and its text, in target/screenshots. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestExecutionExceptionHandler pictureOfFailure = (extension, failure) -> {
        if (page != null && !page.isClosed()) {
            var name = extension.getRequiredTestMethod().getName();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + "-failure.png"))
                    .setFullPage(true));
            Files.writeString(Path.of("target/screenshots", name + "-failure.txt"), page.url() + "\n"
                    + page.locator("body").innerText());
        }
        throw failure;
    };

    @BeforeAll
    static void launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            // CI installs Chromium (.ci/run), so there a missing browser is a failure, not a skip
            assertThat(System.getenv("CI")).as("Chromium at " + CHROMIUM + " (apt-get install -y chromium)").isNull();
            Assumptions.abort("no Chromium at " + CHROMIUM + ": apt-get install -y chromium to run the browser tests");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu")));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openBrowser() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(DESKTOP_WIDTH, 900)
                .setBaseURL(api.base()).setLocale("en-GB").setTimezoneId("Europe/Stockholm"));
        context.setDefaultTimeout(20_000);
        context.route("**/*", route -> {
            if (route.request().url().startsWith(api.base() + "/")) {
                route.resume();
            } else {
                foreignRequests.add(route.request().url());
                route.abort();
            }
        });
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
        assertThat(foreignRequests).as("requests to other origins than the app").isEmpty();
    }

    /** Signs in through the sign-in form, as a runner would, and lands on the dashboard. */
    protected void signIn(String token) {
        page.navigate("/signin");
        page.getByLabel("Your token").fill(token);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(api.base() + "/");
    }

    /** The page as it looks now, at desktop width and at phone width, as {@code name-desktop.png}, {@code -phone}. */
    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-desktop.png"))
                .setFullPage(true));
        page.setViewportSize(PHONE_WIDTH, 844);
        page.waitForTimeout(150); // charts redraw at the new width
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-phone.png"))
                .setFullPage(true));
        page.setViewportSize(DESKTOP_WIDTH, 900);
        page.waitForTimeout(150);
    }
}
