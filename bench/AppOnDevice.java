import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mplus.tck.mock.proxy.KitCertificateAuthority;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v156.page.Page;

/**
 * Headless Chromium playing an app on a device for bench/engines.sh's remote row: the bridge injected into every
 * document before the page's scripts (as a native host injects one), the kit as its HTTP(S) proxy, the kit's CA
 * pinned by its public key. Opens the runner and stays until killed.
 * Usage: AppOnDevice RUNNER-URL PROXY-HOST:PORT CA-KEYSTORE BRIDGE.js
 */
public class AppOnDevice {

    public static void main(String[] args) throws Exception {
        String bridge = Files.readString(Path.of(args[3]));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("mplus-tck-bench-app"),
                "--proxy-server=http://" + args[1],
                "--ignore-certificate-errors-spki-list=" + KitCertificateAuthority.at(Path.of(args[2])).spkiSha256());
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox");
        }
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
        Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        DevTools devTools = driver.getDevTools();
        devTools.createSession();
        devTools.send(Page.enable(Optional.empty()));
        devTools.send(Page.addScriptToEvaluateOnNewDocument(bridge, Optional.empty(), Optional.empty(),
                Optional.empty()));
        driver.get(args[0]);
        Thread.sleep(Long.MAX_VALUE);
    }
}
