package org.tenfold.it.screens;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tenfold.it.TestServer;

/**
 * One headless Chromium driven through Debian's ChromeDriver, with the few moves the screen tests
 * need: sign in, type, click, wait for what a person would see. PrimeFaces AJAX replaces DOM nodes,
 * so every read goes through a wait that ignores stale nodes. Quit it with {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(30);

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile boolean serverAnswered;

    private final String name;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    private Browser(String name, Path profile, ChromeDriver driver, String baseUrl) {
        this.name = name;
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
    }

    /** Starts a fresh browser (own profile, no cookies) once the server answers the sign-in page. */
    public static Browser open(String name) {
        awaitServer();
        return open(name, TestServer.baseUrl(), TestServer.publicKeyPin());
    }

    /**
     * A fresh browser for another server than the test server (the cluster's load balancer), trusting exactly
     * the key whose SHA-256 pin is given; the caller has waited for that server.
     */
    public static Browser open(String name, String baseUrl, String publicKeyPin) {
        requireChromium();
        Path profile = buildDir().resolve("chromium-profiles").resolve(name + "-" + COUNTER.incrementAndGet()
                + "-" + ProcessHandle.current().pid());
        Path home = buildDir().resolve("chromium-home");
        try {
            deleteTree(profile);
            Files.createDirectories(profile);
            Files.createDirectories(home.resolve("config"));
            Files.createDirectories(home.resolve("cache"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=en-GB", "--user-data-dir=" + profile,
                // trusts exactly the test server's key, made for this run: no warning page, no blanket exception
                "--ignore-certificate-errors-spki-list=" + publicKeyPin);
        // the console, so that anything the Content-Security-Policy blocks fails the test
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(profile.resolveSibling(profile.getFileName() + "-chromedriver.log").toFile())
                .withEnvironment(Map.of("XDG_CONFIG_HOME", home.resolve("config").toString(),
                        "XDG_CACHE_HOME", home.resolve("cache").toString()))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(name, profile, driver, baseUrl);
    }

    /** A screen test without a browser is a failure, never a skip. */
    static void requireChromium() {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                throw new IllegalStateException(p + " is missing: the screen tests drive Debian's headless Chromium. "
                        + "Install it as root with: apt-get install chromium chromium-driver");
            }
        }
    }

    /** The first request after a deploy can take many seconds: poll the sign-in page until it answers 200. */
    static void awaitServer() {
        if (serverAnswered) {
            return;
        }
        HttpClient http = TestServer.httpClient(HttpClient.Redirect.NEVER);
        URI login = URI.create(TestServer.baseUrl() + "login.xhtml");
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(60)).GET()
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    serverAnswered = true;
                    return;
                }
                last = "HTTP " + r.statusCode();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException(login + " did not answer 200 within 180 s; last: " + last);
    }

    // ---- navigation -------------------------------------------------------------------------

    /** Opens a page of the application, e.g. {@code "clients/list.xhtml"}. */
    public Browser get(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Signs in through the form and waits for the home page (or the page that was asked for). */
    public Browser signIn(String username) {
        return signIn(username, TestServer.DEMO_PASSWORD, true);
    }

    public Browser signIn(String username, String password, boolean expectSuccess) {
        if (!url().contains("login.xhtml")) {
            get("login.xhtml");
        }
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        WebElement form = find(By.id("login"));
        find(By.id("login:signIn")).click();
        waitUntilGone(form);
        if (expectSuccess) {
            secondStep();
            waitFor(By.id("currentUser"));
        }
        return this;
    }

    /**
     * The sign-in's second step, as a person with an authenticator app does it: the demo accounts' code, or for
     * an account that must set one up, the key shown on the page, then past the recovery codes.
     */
    private void secondStep() {
        By signedIn = By.id("currentUser");
        By code = By.id("code:code");
        By enrol = By.id("code:first");
        waitUntil(d -> !d.findElements(signedIn).isEmpty() || !d.findElements(code).isEmpty()
                || !d.findElements(enrol).isEmpty());
        if (!driver.findElements(code).isEmpty()) {
            type(code, TestServer.demoCode());
            WebElement button = find(By.id("code:verify"));
            button.click();
            waitUntilGone(button);
        } else if (!driver.findElements(enrol).isEmpty()) {
            String secret = text(By.id("secret")).replace(" ", "");
            type(enrol, TestServer.totp(secret));
            WebElement button = find(By.id("code:confirm"));
            button.click();
            waitUntilGone(button);
            WebElement proceed = find(By.id("code:continue"));
            proceed.click();
            waitUntilGone(proceed);
        }
    }

    /** Presses "Sign out" in the header. */
    public Browser signOut() {
        WebElement button = find(By.id("logout"));
        button.click();
        waitUntilGone(button);
        waitFor(By.id("login:username"));
        return this;
    }

    /** Clicks the menu bar entry a person would read, e.g. "New client". */
    public Browser menu(String label) {
        WebElement item = find(By.xpath("//form[@id='menuForm']//a[.//span[normalize-space()='" + label + "']]"));
        WebElement main = find(By.id("pageTitle"));
        item.click();
        waitUntilGone(main);
        waitFor(By.id("pageTitle"));
        return this;
    }

    /** The labels in the menu bar, in order. */
    public List<String> menuLabels() {
        return waitUntil(d -> d.findElements(By.cssSelector("form#menuForm .ui-menuitem-text")).stream()
                .map(e -> e.getText().strip()).filter(s -> !s.isEmpty()).toList());
    }

    // ---- reading and typing -----------------------------------------------------------------

    public WebElement find(By by) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(by));
    }

    public WebElement waitFor(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** The visible text of an element, read again if an AJAX update replaced it meanwhile. */
    public String text(By by) {
        return waitUntil(d -> d.findElement(by).getText());
    }

    /** Waits until the element's visible text contains {@code expected}, then returns the whole text. */
    public String waitForText(By by, String expected) {
        try {
            waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            String actual = isPresent(by) ? driver.findElement(by).getText() : "(no element " + by + ")";
            throw new AssertionError("Expected \"" + expected + "\" in " + by + " on " + url() + " but it shows: "
                    + actual, e);
        }
        return text(by);
    }

    /** Waits until the browser's address contains {@code part}. */
    public void waitForUrl(String part) {
        try {
            waitUntil(ExpectedConditions.urlContains(part));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Expected the address to contain " + part + " but it is " + url()
                    + "; the page shows: " + bodyText(), e);
        }
    }

    public String bodyText() {
        return waitUntil(d -> d.findElement(By.tagName("body")).getText());
    }

    /** Replaces what is in a text field. */
    public void type(By by, String text) {
        WebElement field = waitUntil(ExpectedConditions.elementToBeClickable(by));
        field.clear();
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
    }

    public String value(By by) {
        return waitUntil(d -> d.findElement(by).getDomProperty("value"));
    }

    /** Clicks, then waits until the given element (replaced by the AJAX update or the next page) is gone. */
    public void clickAndWaitForReplacement(By click, By replaced) {
        WebElement old = find(replaced);
        waitUntil(ExpectedConditions.elementToBeClickable(click)).click();
        waitUntilGone(old);
    }

    /**
     * Waits until an AJAX update or a page load has replaced the element. Chromium sometimes answers
     * "Node with given id does not belong to the document" instead of "stale" for such a node: that is
     * gone too.
     */
    public void waitUntilGone(WebElement element) {
        waitUntil(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return wait.until(condition);
    }

    public WebDriver driver() {
        return driver;
    }

    // ---- evidence ---------------------------------------------------------------------------

    /** Saves a PNG (and the page's HTML beside it) in target/screenshots; returns the PNG's path. */
    public Path screenshot(String label) {
        Path dir = screenshotDir();
        String base = (name + "-" + label).replaceAll("[^A-Za-z0-9._-]", "_");
        Path png = dir.resolve(base + ".png");
        try {
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), png, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(base + ".html"), "<!-- " + url().replace("--", "- -") + " -->\n"
                    + driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("[screens] could not save screenshot " + png + ": " + e);
        }
        return png;
    }

    static Path screenshotDir() {
        String configured = System.getProperty("tenfold.screenshots");
        return configured != null ? Path.of(configured) : Path.of("target", "screenshots");
    }

    private static Path buildDir() {
        return screenshotDir().toAbsolutePath().getParent();
    }

    @Override
    public void close() {
        List<String> blocked = List.of();
        try {
            blocked = policyViolations();
            driver.quit();
        } finally {
            try {
                deleteTree(profile);
            } catch (IOException e) {
                System.err.println("[screens] could not delete " + profile + ": " + e);
            }
        }
        if (!blocked.isEmpty()) {
            throw new IllegalStateException(name + ": the Content-Security-Policy blocked something a screen needs: "
                    + blocked);
        }
    }

    /** What the browser's console said the Content-Security-Policy refused, since the last look. */
    public List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The one sleep allowed: between polls of the server. */
    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
