package org.mplus.tck.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mplus.tck.mock.ChatType;
import org.mplus.tck.mock.Delivery;
import org.mplus.tck.mock.MockServer;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A front-end developer's first hour, in headless Chromium: the demo page served from ANOTHER origin loads
 * mplus.js from the mock, every button is clicked on both vendors, and the console shows what the vendors
 * received; a fault switched on in the console turns a send into a readable fail. Screenshots go to
 * -Dmplus.tck.screenshots (default target/screenshots).
 */
class BrowserDemoTest {

    private static final Path DEMO = Path.of("mock-server/__files/demo/index.html");
    /** For what the page shows next: over 10 s when other builds keep both cores busy; no wait is for an absence. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static MockServer mock;
    private static HeadlessBrowser chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(HeadlessBrowser.installed(), HeadlessBrowser.NOT_INSTALLED);
        mock = MockServer.start();
        chromium = new HeadlessBrowser(List.of(), () -> Files.readAllBytes(DEMO));
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (mock != null) {
            mock.close();
        }
    }

    private static String demoUrl() {
        return "http://127.0.0.1:" + chromium.otherOriginPort() + "/demo.html?mock="
                + URLEncoder.encode(mock.baseUrl(), StandardCharsets.UTF_8);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, WAIT);
    }

    /** Opens the demo from the other origin and waits for plusready and getImType. */
    private static void openDemo(int imType) {
        browser.get(demoUrl());
        waiting().until(d -> d.findElement(By.id("status")).getText().contains("plusready ✓ imType " + imType));
    }

    /** Clicks a demo button and returns the callback entry it produced ("success …" or "fail …"). */
    private static String click(String call, String label) {
        int before = entries().size();
        WebElement button = browser.findElements(By.cssSelector("button[data-call='" + call + "']")).stream()
                .filter(b -> b.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no demo button " + call + " / " + label));
        button.click();
        if (call.equals("shareIMUI") && !button.getAttribute("class").equals("bad")) {
            waiting().until(d -> !d.findElements(By.cssSelector("#mplus-share-picker .mplus-pick")).isEmpty());
            screenshot("share-picker.png");
            browser.findElement(By.cssSelector("#mplus-share-picker .mplus-pick[data-account='lisi']")).click();
        }
        // Each call logs its own line first, then its callback's.
        waiting().until(d -> entries().size() >= before + 2);
        return entries().get(0).getText();
    }

    private static List<WebElement> entries() {
        return browser.findElements(By.cssSelector("#entries .entry"));
    }

    private static final Map<String, List<String>> VALID = Map.of(
            "getImType", List.of("getImType()"),
            "sendMessage", List.of("给用户 to user lisi", "给群组 to group gg800895384"),
            "sendChatMessage", List.of("给 lisi"),
            "sendGroupMessage", List.of("给 gg800895384"),
            "showMessage", List.of("lisi 李四"),
            "showChatMessage", List.of("wangwu 王五"),
            "showGroupMessage", List.of("gg800895384 研发部"),
            "shareIMUI", List.of("分享（选择联系人）share (pick someone)", "原生应用 native app A##B"));

    /** Every button, on one vendor: valid ones succeed (容联云-only ones fail on 先维IM), invalid ones fail. */
    private static void clickEverything(int imType) {
        openDemo(imType);
        for (WebElement b : List.copyOf(browser.findElements(By.cssSelector("button[data-call]")))) {
            String call = b.getAttribute("data-call");
            String label = b.getText();
            boolean valid = VALID.get(call).contains(label);
            boolean ronglianOnly = call.equals("sendMessage") || call.equals("showMessage");
            String entry = click(call, label);
            boolean succeeds = valid && (imType == 1 || !ronglianOnly);
            assertTrue(entry.startsWith(succeeds ? "success" : "fail"), call + " / " + label + " → " + entry);
            browser.findElements(By.cssSelector("#mplus-chat-panel .mplus-close")).forEach(WebElement::click);
        }
    }

    @Test
    void aDeveloperClicksThroughTheDemoFromAnotherOriginAndSeesItAllInTheConsole() {
        mock.setImType(1);
        clickEverything(1);
        click("showGroupMessage", "gg800895384 研发部");
        waiting().until(d -> d.findElement(By.cssSelector("#mplus-chat-panel .mplus-messages")).getText()
                .contains("版本 5.2.0 今晚发布"));
        screenshot("demo-ronglian.png");

        browser.get(mock.baseUrl() + "/");
        waiting().until(d -> d.findElement(By.id("imType1")).getAttribute("class").equals("on"));
        browser.findElement(By.id("imType0")).click();
        waiting().until(d -> d.findElement(By.id("imType0")).getAttribute("class").equals("on"));
        assertEquals(0, mock.imType(), "the console's vendor switch");
        clickEverything(0);

        List<Delivery> delivered = mock.deliveries();
        assertEquals(10, delivered.size(), "容联云: 2 sendMessage, chat, group, 2 shares; 先维IM: chat, group, 2 shares");
        assertTrue(delivered.stream().anyMatch(d -> d.vendor().equals("xianwei")
                && d.chatType() == ChatType.GROUP && d.content().equals("各位，周报请在周五前提交 ✅")));

        browser.get(mock.baseUrl() + "/");
        waiting().until(d -> d.findElement(By.id("vendor-xianwei")).getText().contains("各位，周报请在周五前提交 ✅"));
        String ronglian = browser.findElement(By.id("vendor-ronglian")).getText();
        for (String text : List.of("周五下午三点开会 📅", "版本 5.2.0 今晚发布", "你好，李四 👋", "mplus://4:weekly/param/index")) {
            assertTrue(ronglian.contains(text), "the console's 容联云 column shows " + text + ":\n" + ronglian);
        }
        String activity = browser.findElement(By.id("events")).getText();
        assertTrue(activity.contains("打开聊天 chat opened: 王五 (wangwu)"), activity);
        assertTrue(activity.contains("分享 shared to lisi"), activity);

        browser.findElement(By.id("fault-xianwei-vendor-error")).click();
        waiting().until(d -> !mock.faults().list().isEmpty());
        screenshot("console.png");
        openDemo(0);
        String entry = click("sendChatMessage", "给 lisi");
        assertTrue(entry.startsWith("fail"), entry);
        assertTrue(entry.contains("发送失败：服务繁忙 (50301)"), entry);
        screenshot("demo-fault.png");
        assertEquals(10, mock.deliveries().size(), "a refused send delivers nothing");
    }

    private static void screenshot(String name) {
        Path dir = Path.of(System.getProperty("mplus.tck.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
