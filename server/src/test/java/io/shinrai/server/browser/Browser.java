package io.shinrai.server.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium driven through the pages of the running server, as a person would: by labels, button texts
 * and headings. Uses the Chromium and ChromeDriver of the operating system, never downloads one, and skips the
 * tests when they are not installed. One browser per test class, with cookies cleared before every test; when a
 * test fails, a screenshot and the page source are kept in target/browser-screenshots.
 *
 * <p>Register it on a {@code @ShinraiTest(webEnvironment = RANDOM_PORT)} class with {@code @RegisterExtension}.
 */
public class Browser implements ExecutionCondition, BeforeEachCallback, AfterTestExecutionCallback,
        AfterAllCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final String[] extraArguments;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path profile;
    private String baseUrl;

    public Browser(String... extraArguments) {
        this.extraArguments = extraArguments.clone();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(program)) {
                String reason = program + " is not installed: browser tests skipped";
                System.out.println(reason);
                return ConditionEvaluationResult.disabled(reason);
            }
        }
        return ConditionEvaluationResult.enabled("Chromium and ChromeDriver installed");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (driver == null) {
            start();
        }
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        baseUrl = "http://localhost:" + SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
    }

    private void start() throws IOException {
        profile = Files.createTempDirectory("shinrai-browser-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1000");
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, PATIENCE);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (driver == null || context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Opens an address other than the server's HTTP one, such as its HTTPS port. */
    public void openUrl(String url) {
        driver.get(url);
    }

    /**
     * Follows a link the server handed out, such as an invitation. Only its path is used: the link names the
     * configured public address, which does not know the random port of a test server.
     */
    public void openLink(String link) {
        open(URI.create(link).getRawPath());
    }

    /**
     * Signs in and waits until the browser has left the sign-in page, so that the next page opened carries the new
     * session rather than cutting the sign-in short.
     */
    public void signIn(String email, String password) {
        open("/login");
        fillIn("email", email);
        fillIn("password", password);
        press("ログイン");
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector("main h1"), "ログイン")));
    }

    /** Puts the keyboard focus on a field, as tabbing to it would. */
    public void focus(By locator) {
        driver.executeScript("arguments[0].focus()", driver.findElement(locator));
    }

    /** Types keys (text, arrows, Tab) into whatever has the focus. */
    public void type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    public String chosen(By select) {
        return new Select(driver.findElement(select)).getFirstSelectedOption().getText();
    }

    public String value(By field) {
        return driver.findElement(field).getDomProperty("value");
    }

    /**
     * Opens the page again until the field shows the value, as someone who typed and looked again would see it:
     * saving as one types runs in the background, so the last save may still be on its way.
     */
    public void reopenUntilValue(String path, By field, String expected) {
        wait.until(driver -> {
            open(path);
            return expected.equals(value(field));
        });
    }

    public void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public void fillIn(String fieldId, String value) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(value);
    }

    public void choose(String fieldId, String visibleText) {
        new Select(driver.findElement(By.id(fieldId))).selectByVisibleText(visibleText);
    }

    /** Ticks the checkbox whose label reads the given text. */
    public void tick(String label) {
        WebElement box = driver.findElement(By.xpath("//label[normalize-space()='" + label + "']/input"));
        if (!box.isSelected()) {
            box.click();
        }
    }

    public void press(String buttonText) {
        driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")).click();
    }

    public void follow(String linkText) {
        driver.findElement(By.linkText(linkText)).click();
    }

    /** Waits until the page's main heading reads the given text: the sign that the browser has arrived. */
    public void waitForHeading(String text) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), text));
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    public String text(By locator) {
        return driver.findElement(locator).getText();
    }
}
