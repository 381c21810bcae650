package org.mplus.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What formats.json cannot say: behaviour that depends on the client (platform, published server). */
class AppLinkTest {

    private static AppLink link(String text) {
        return AppLink.parse(text).valueIfValid().orElseThrow(() -> new AssertionError(text + " should be valid"));
    }

    @Test
    void eachPlatformOpensItsOwnHalfOfANativeAppId() {
        AppLink l = link("mplus://2:com.acme.android##com.acme.ios/param?type=xxx");
        assertEquals("com.acme.android", l.appIdFor(Platform.ANDROID));
        assertEquals("com.acme.ios", l.appIdFor(Platform.IOS));
    }

    @Test
    void otherAppTypesOpenTheWholeAppIdOnEveryPlatform() {
        AppLink l = link("app_scheme://4:my.app/param/index");
        assertEquals("my.app", l.appIdFor(Platform.ANDROID));
        assertEquals("my.app", l.appIdFor(Platform.IOS));
    }

    @Test
    void anHtml5AppUrlOpensOnTheProtocolHostAndPortItWasPublishedWith() {
        URI published = URI.create("https://apps.example.com:8443/myapp/home.html");
        assertEquals(URI.create("https://apps.example.com:8443/index?type=xxx&file=xxx"),
                link("app_scheme://4:myapp/param/index?type=xxx&file=xxx").resolveAppUrl(published));
        assertEquals(URI.create("https://apps.example.com:8443/"), link("app_scheme://4:myapp/param").resolveAppUrl(published));
        assertEquals(URI.create("http://10.0.0.5/?type=xxx"),
                link("app_scheme://4:myapp/param?type=xxx").resolveAppUrl(URI.create("http://10.0.0.5")));
    }

    @Test
    void charactersAUriDoesNotAllowAreEncodedSoEveryValidLinkResolves() {
        assertEquals("https://h/list?ids=%7B1%7C2%7D&p=100%25&q=%41#a%23b",
                link("app_scheme://4:x/param/list?ids={1|2}&p=100%&q=%41#a#b")
                        .resolveAppUrl(URI.create("https://h")).toString());
    }

    @Test
    void onlyAnHtml5AppHasAnAppUrl() {
        AppLink exMobi = link("app_scheme://1:myapp/param?type=xxx");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> exMobi.resolveAppUrl(URI.create("https://h")));
        assertTrue(e.getMessage().contains("ExMobi app"), e.getMessage());
        assertEquals(Map.of(), link("app_scheme://4:x/param/index?type=xxx").launchParameters());
    }

    @Test
    void thePublishedUrlNeedsAProtocolAndAHost() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> link("app_scheme://4:x/param").resolveAppUrl(URI.create("/myapp/")));
        assertTrue(e.getMessage().contains("needs a protocol and a host"), e.getMessage());
    }

    @Test
    void aLinkWithoutParamSaysWhatToWriteInstead() {
        List<FormatWarning> w = link("app_scheme://1:myapp?type=xxx").warnings();
        assertEquals(1, w.size());
        assertEquals("LINK-05", w.get(0).rule());
        assertTrue(w.get(0).message().contains("write app_scheme://1:myapp/param…"), w.get(0).message());
    }
}
