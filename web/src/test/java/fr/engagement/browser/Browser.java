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
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
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
        return driver.findElement(By.tagName("main")).getText();
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
        element.click();
        waitForPage();
    }

    void clickButton(String value) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//input[@type='submit' and @value=\"" + value + "\"] | //button[normalize-space(.)=\"" + value
                        + "\"] | //a[normalize-space(.)=\"" + value + "\"]")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", button);
        button.click();
        waitForPage();
    }

    void login(String email, String password) {
        open("/connexion.xhtml");
        type("loginForm:email", email);
        type("loginForm:password", password);
        click("loginForm:login");
    }

    void logout() {
        click("headerForm:logout");
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
