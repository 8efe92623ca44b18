package com.loyaltykpi.server.web;

import com.loyaltykpi.it.HeadlessChromium;
import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.server.it.ServerDatabases;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator's session in Debian's headless Chromium: signing in, creating a key for a till system (the screenshot
 * in the README), revoking it, the Italian pages, signing out. Screenshots in target/screenshots (and docs/screenshots
 * with -Dloyalty.screenshots.dir).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "loyalty.scheduling=false")
class OperatorBrowserHsqldbIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServerDatabases.use(TestDatabase.HSQLDB, registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    Operators operators;

    @Test
    void anOperatorManagesTheApiKeysInABrowser() throws Exception {
        operators.create("anna", "ADMINISTRATOR", "a-long-password-123");
        WebDriver browser = HeadlessChromium.start();
        try {
            String base = "http://127.0.0.1:" + port;
            browser.get(base + "/keys");
            assertThat(browser.getCurrentUrl()).endsWith("/login");
            browser.findElement(By.id("username")).sendKeys("anna");
            browser.findElement(By.id("password")).sendKeys("a-long-password-123");
            HeadlessChromium.screenshot(browser, "server-sign-in");
            browser.findElement(By.cssSelector("button.primary")).click();
            assertThat(browser.getCurrentUrl()).contains("/keys"); // the page asked for before signing in

            browser.findElement(By.name("source")).sendKeys("shop");
            browser.findElement(By.name("label")).sendKeys("Web shop");
            browser.findElement(By.cssSelector("form[action='/keys'] button")).click();
            browser.findElement(By.name("source")).sendKeys("till");
            browser.findElement(By.name("label")).sendKeys("Tills, Milan stores");
            browser.findElement(By.cssSelector("form[action='/keys'] button")).click();
            String secret = browser.findElement(By.id("new-key")).getText();
            assertThat(secret).startsWith("lk_");
            HeadlessChromium.screenshot(browser, "server-api-keys");

            browser.findElements(By.cssSelector("form[action$='/revoke'] button")).get(0).click();
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("is revoked", "revoked 20");

            browser.get(base + "/keys?lang=it");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chiavi API");
            HeadlessChromium.screenshot(browser, "server-api-keys-it");
            browser.findElement(By.cssSelector("header form button")).click();
            assertThat(browser.getCurrentUrl()).contains("/login");
        } finally {
            browser.quit();
        }
    }
}
