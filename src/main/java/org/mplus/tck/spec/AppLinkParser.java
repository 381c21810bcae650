package org.mplus.tck.spec;

import java.util.Objects;
import java.util.Optional;

/** The link grammar of schemas/formats/link.json, by hand, so that an error names the character. */
final class AppLinkParser {

    static final String LINK_01 = "LINK-01";
    static final String LINK_02 = "LINK-02";
    static final String LINK_05 = "LINK-05";
    static final String LINK_06 = "LINK-06";

    private AppLinkParser() {
    }

    static Parsed<AppLink> parse(String input) {
        Objects.requireNonNull(input, "link");
        FormatScanner s = new FormatScanner(input);
        if (s.atEnd() || !isLetter(s.current())) {
            return s.fail("a letter, the start of the scheme (as in app_scheme://…)", LINK_06);
        }
        String scheme = s.takeWhile(AppLinkParser::isSchemeChar);
        if (!s.at(':')) {
            return s.fail("a letter, digit, +, -, . or _ (the scheme) or ://", LINK_06);
        }
        if (!s.take("://")) {
            return s.fail(":// after the scheme", LINK_01);
        }
        Optional<AppType> type = s.atEnd() ? Optional.empty() : AppType.of(s.current());
        if (type.isEmpty()) {
            return s.fail("app type " + AppType.allDescribed(), LINK_01);
        }
        s.skip(1);
        if (!s.take(":")) {
            return s.fail("a colon after the app type", LINK_01);
        }
        int idStart = s.position();
        if (type.get() == AppType.NATIVE) {
            if (s.takeWhile(AppLinkParser::isAppIdChar).isEmpty()) {
                return s.fail("the Android app id (a native app's APPID is ANDROIDAPPID##IOSAPPID)", LINK_02);
            }
            if (!s.take("##")) {
                return s.fail("## and the iOS app id (a native app's APPID is ANDROIDAPPID##IOSAPPID)", LINK_02);
            }
            if (s.takeWhile(AppLinkParser::isAppIdChar).isEmpty()) {
                return s.fail("the iOS app id (a native app's APPID is ANDROIDAPPID##IOSAPPID)", LINK_02);
            }
        } else if (s.takeWhile(AppLinkParser::isAppIdChar).isEmpty()) {
            return s.fail("the app id", LINK_01);
        }
        String appId = s.from(idStart);
        if (!s.atEnd() && !s.at('/') && !s.at('?')) {
            return s.fail("/param…, ? or the end of the link after the app id", LINK_01);
        }
        int restStart = s.position();
        if (s.skipToWhitespace()) {
            return s.fail(FormatScanner.NO_WHITESPACE, LINK_01);
        }
        String rest = s.from(restStart);
        int q = rest.indexOf('?');
        return FormatScanner.valid(new AppLink(input, scheme, type.get(), appId,
                q < 0 ? rest : rest.substring(0, q),
                q < 0 ? Optional.empty() : Optional.of(rest.substring(q + 1))));
    }

    private static boolean isLetter(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** RFC 3986 scheme characters, plus the _ of the doc's own app_scheme (LINK-06). */
    private static boolean isSchemeChar(int c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' || c == '_';
    }

    private static boolean isAppIdChar(int c) {
        return c != '/' && c != '?' && c != '#' && c != ':' && !FormatScanner.isWhitespace(c);
    }
}
