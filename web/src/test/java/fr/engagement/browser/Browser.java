package fr.engagement.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through its chromedriver (Selenium Manager must not download anything), with the few
 * gestures the journey needs and a screenshot of every screen under target/screenshots.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path screenshots;
    private int shot;

    Browser(String baseUrl, Path screenshots) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        // ajax re-renders replace elements while they are being read: retry rather than fail
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(StaleElementReferenceException.class);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.screenshots = Files.createDirectories(screenshots);
    }

    void open(String path) {
        driver.get(baseUrl + path);
        waitForPage();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String text() {
        return wait.until(d -> d.findElement(By.tagName("main")).getText());
    }

    /** The error messages shown under the fields (DSFR 1.15 markup). */
    java.util.List<String> fieldErrors() {
        return wait.until(d -> d.findElements(By.cssSelector(".fr-message--error")).stream().map(WebElement::getText)
                .toList());
    }

    /** Where the link with this text leads, once scrolled into view (for the screenshot). */
    String linkTarget(String text) {
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(text)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        return link.getAttribute("href");
    }

    WebElement find(String idSuffix) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='" + idSuffix + "']")));
    }

    void type(String idSuffix, String value) {
        WebElement input = find(idSuffix);
        input.clear();
        input.sendKeys(value);
    }

    /** Date inputs take the browser's locale format when typed: set the ISO value instead. */
    void date(String idSuffix, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(idSuffix), isoDate);
    }

    /** Types a postal code, leaves the field so the commune list refreshes, then picks the commune. */
    void postalCode(String prefix, String postalCode, String commune) {
        WebElement input = find(prefix + "PostalCode");
        input.clear();
        input.sendKeys(postalCode);
        driver.findElement(By.tagName("h1")).click();
        wait.until(d -> new Select(find(prefix + "Commune")).getOptions().stream()
                .anyMatch(o -> o.getText().equals(commune)));
        new Select(find(prefix + "Commune")).selectByVisibleText(commune);
    }

    void select(String idSuffix, String visibleText) {
        new Select(find(idSuffix)).selectByVisibleText(visibleText);
    }

    /** Selects and waits for the ajax update it triggers to replace the given element. */
    void selectAndWait(String idSuffix, String visibleText, String refreshedIdSuffix) {
        WebElement before = find(refreshedIdSuffix);
        select(idSuffix, visibleText);
        wait.until(ExpectedConditions.stalenessOf(before));
    }

    void check(String label) {
        WebElement box = driver.findElement(By.xpath("//label[normalize-space(.)=\"" + label + "\"]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", box);
        box.click();
    }

    void richText(String value) {
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ql-editor")));
        editor.click();
        editor.sendKeys(value);
    }

    void click(String idSuffix) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id$='" + idSuffix + "']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", element);
        clickAndWaitForNextPage(element);
    }

    void clickButton(String value) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//input[@type='submit' and @value=\"" + value + "\"] | //button[normalize-space(.)=\"" + value
                        + "\"] | //a[normalize-space(.)=\"" + value + "\"]")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", button);
        clickAndWaitForNextPage(button);
    }

    /** Clicks and waits for the page it leads to: the old document goes stale, then the new one completes. */
    private void clickAndWaitForNextPage(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isGone(page));
        } catch (org.openqa.selenium.TimeoutException ajaxOnly) {
            // the click updated the page in place
        }
        waitForPage();
    }

    /**
     * Whether the element's document was replaced. Chromium reports it as a stale element, or, when asked in the
     * middle of the replacement, as "Node with given id does not belong to the document" (a plain
     * WebDriverException that stalenessOf does not catch and that failed the journey under load).
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void login(String email, String password) {
        open("/connexion.xhtml");
        type("loginForm:email", email);
        type("loginForm:password", password);
        click("loginForm:login");
    }

    /** Signs out from the home page (error pages have no view to post back to). */
    void logout() {
        open("/index.xhtml");
        click("headerForm:logout");
    }

    /** Leaves the current field, so that its change event (and the ajax update it triggers) runs now. */
    void blurAndWait(String refreshedIdSuffix) {
        WebElement before = find(refreshedIdSuffix);
        driver.findElement(By.tagName("h1")).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(before));
        } catch (org.openqa.selenium.TimeoutException noUpdate) {
            // the value did not change: no ajax update
        }
    }

    void screenshot(String name) throws IOException {
        File file = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), screenshots.resolve(String.format("%02d-%s.png", ++shot, name)),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
