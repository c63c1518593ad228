package dk.radhus.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dk.radhus.local.demo.DemoUser;
import dk.radhus.testing.server.Directories;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}) driven through Debian's chromedriver
 * ({@code /usr/bin/chromedriver}); both paths are given to Selenium, so that Selenium Manager never looks for or
 * downloads a browser or driver. Each browser has a fresh profile (no cookies, no cache) and a 1280×900 window; the
 * screenshots go to {@code local-launcher/target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = RepositoryFiles.root().resolve("local-launcher/target/screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Up to ten elements that stick out of the window on the right, when the page scrolls sideways. */
    private static final String WIDER_THAN_THE_WINDOW = "var width = document.documentElement.clientWidth;"
            + " var wide = []; document.querySelectorAll('body *').forEach(function (e) {"
            + " var box = e.getBoundingClientRect();"
            + " if (box.right > width + 1 && box.width > 0) { wide.push(e.tagName.toLowerCase()"
            + " + (e.id ? '#' + e.id : '') + (e.getAttribute('class') ? '.' + e.getAttribute('class') : '')"
            + " + ' right=' + Math.round(box.right)); } });"
            + " return document.documentElement.scrollWidth > width ? wide.slice(0, 10) : [];";

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser open() {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium; .ci/run installs it)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromedriver (apt-get install chromium-driver)").isExecutable();
        Path profile;
        try {
            profile = Files.createTempDirectory("radhus-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(RepositoryFiles.root().resolve("local-launcher/target/chromedriver.log").toFile())
                .withAppendLog(true)
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                        "--user-data-dir=" + profile, "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "da-DK,da"));
        return new Browser(new ChromeDriver(service, options), profile);
    }

    /** Opens a page of the stack and waits until it has loaded (the load event has ended). */
    void get(String url) {
        driver.get(url);
        awaitLoaded();
    }

    /**
     * Clicks a link or button that leads to another page and waits until that page has loaded. The page on display is
     * marked with a script variable before the click; the next page has no such mark. No element of the old page is
     * held across the navigation: Chromium answers a call on a node whose document is being replaced with an error
     * that is not a stale-element error ("Node with given id does not belong to the document").
     */
    void follow(WebElement element) {
        script("window.radhusLeaving = true;");
        element.click();
        waiting().until(d -> Boolean.TRUE.equals(duringNavigation(
                "var n = performance.getEntriesByType('navigation')[0];"
                        + " return window.radhusLeaving !== true && document.readyState === 'complete'"
                        + " && n !== undefined && n.loadEventEnd > 0;")));
    }

    void awaitLoaded() {
        waiting().until(d -> Boolean.TRUE.equals(duringNavigation(
                "var n = performance.getEntriesByType('navigation')[0];"
                        + " return document.readyState === 'complete' && n !== undefined && n.loadEventEnd > 0;")));
    }

    /**
     * Runs a script while the page may be navigating (a click's navigation, or a page that reloads itself): all values
     * it returns come from one document. Returns {@code null} when the document went away during the call, so that a
     * wait condition asks again instead of failing.
     */
    Object duringNavigation(String javascript) {
        try {
            return script(javascript);
        } catch (NoSuchSessionException e) {
            throw e;
        } catch (StaleElementReferenceException | JavascriptException e) {
            return null;
        } catch (WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("does not belong to the document") || message.contains("unloaded")
                    || message.contains("execution context")) {
                return null;
            }
            throw e;
        }
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Navigation Timing of the page on display ({@code performance.getEntriesByType('navigation')[0]}), in
     * milliseconds from the start of the navigation: {@code responseStart}, {@code domContentLoadedEventEnd},
     * {@code loadEventEnd}.
     */
    @SuppressWarnings("unchecked")
    Map<String, Number> navigationTiming() {
        return (Map<String, Number>) script("var n = performance.getEntriesByType('navigation')[0];"
                + " return {responseStart: n.responseStart, domContentLoadedEventEnd: n.domContentLoadedEventEnd,"
                + " loadEventEnd: n.loadEventEnd};");
    }

    /**
     * Logs in on Keycloak's own login form, which the portal has redirected the browser to (authorization-code flow),
     * and waits until Keycloak has sent the browser back to the portal.
     */
    void logInOnKeycloak(StackUnderTest stack, DemoUser user) {
        waiting().until(ExpectedConditions.urlContains(stack.url("KEYCLOAK") + "/realms/radhus/"));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        find("#username").sendKeys(user.username());
        find("#password").sendKeys(user.password());
        follow(find("#kc-login"));
        waiting().until(ExpectedConditions.urlContains(stack.url("PORTAL")));
        awaitLoaded();
    }

    /**
     * Saves what the window shows as {@code target/screenshots/<name>.png}, after checking that the page fits the
     * window's width (no sideways scrolling at 1280 pixels).
     */
    void screenshot(String name) {
        Object wide = waiting().until(d -> duringNavigation(WIDER_THAN_THE_WINDOW));
        assertThat(wide)
                .as("%s: elements wider than the window", name).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
        File shot = driver.getScreenshotAs(OutputType.FILE);
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            Directories.deleteRecursively(profile);
        }
    }
}
