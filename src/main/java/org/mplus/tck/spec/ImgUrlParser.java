package org.mplus.tck.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The imgUrl grammar of schemas/formats/imgUrl.json, by hand, so that an error names the character. */
final class ImgUrlParser {

    static final String IMGURL_01 = "IMGURL-01";
    static final String IMGURL_02 = "IMGURL-02";
    static final String IMGURL_03 = "IMGURL-03";
    static final String IMGURL_04 = "IMGURL-04";

    /** How an imgUrl begins; http forms in any case, as URL schemes are. */
    private enum Start {
        HTTP("http://", true, IMGURL_01),
        HTTPS("https://", true, IMGURL_01),
        LOCAL("local:", false, IMGURL_02),
        APP_LOCAL("app_local:", false, IMGURL_03);

        final String prefix;
        final boolean anyCase;
        final String rule;

        Start(String prefix, boolean anyCase, String rule) {
            this.prefix = prefix;
            this.anyCase = anyCase;
            this.rule = rule;
        }

        /** How many characters of the prefix the input begins with. */
        int matched(String input) {
            int n = 0;
            while (n < prefix.length() && n < input.length() && sameAs(input.charAt(n), prefix.charAt(n))) {
                n++;
            }
            return n;
        }

        /**
         * The prefix's (lower-case) character, or its ASCII capital where any case goes. ASCII only, as the
         * schema's [Hh][Tt][Tt][Pp][Ss] is: Java's and JavaScript's Unicode case folding take "ſ" (U+017F) for
         * "s", so "httpſ://" would pass for https.
         */
        private boolean sameAs(char c, char wanted) {
            return c == wanted || anyCase && c >= 'A' && c <= 'Z' && (char) (c - 'A' + 'a') == wanted;
        }
    }

    private ImgUrlParser() {
    }

    static Parsed<ImgUrl> parse(String input) {
        Objects.requireNonNull(input, "imgUrl");
        FormatScanner s = new FormatScanner(input);
        int longest = Arrays.stream(Start.values()).mapToInt(f -> f.matched(input)).max().orElseThrow();
        List<Start> still = Arrays.stream(Start.values()).filter(f -> f.matched(input) == longest).toList();
        if (still.size() > 1 || longest < still.get(0).prefix.length()) {
            s.skip(longest);
            // Once the value has begun one form, the error belongs to that form's rule.
            String rule = still.stream().map(f -> f.rule).distinct().count() == 1 ? still.get(0).rule : IMGURL_04;
            return s.fail(Alternatives.join(still.stream().map(f -> f.prefix).toList()), rule);
        }
        Start start = still.get(0);
        s.skip(start.prefix.length());
        return switch (start) {
            case HTTP, HTTPS -> network(s, input, start);
            case LOCAL -> local(s, input);
            case APP_LOCAL -> appLocal(s, input);
        };
    }

    private static Parsed<ImgUrl> network(FormatScanner s, String input, Start start) {
        String authority = s.takeWhile(c -> c != '/' && c != '?' && c != '#' && !FormatScanner.isWhitespace(c));
        if (authority.isEmpty()) {
            return s.fail("a host, as in " + start.prefix + "img.example.com/icon.png", IMGURL_01);
        }
        if (s.skipToWhitespace()) {
            return s.fail(FormatScanner.NO_WHITESPACE, IMGURL_01);
        }
        String scheme = start.prefix.substring(0, start.prefix.indexOf(':')).toLowerCase(Locale.ROOT);
        return FormatScanner.valid(new ImgUrl.Network(input, scheme, authority));
    }

    private static Parsed<ImgUrl> local(FormatScanner s, String input) {
        int from = s.position();
        if (s.atEnd() || s.atWhitespace()) {
            return s.fail("the image name, as in local:icon.png", IMGURL_02);
        }
        if (s.skipToWhitespace()) {
            return s.fail(FormatScanner.NO_WHITESPACE, IMGURL_02);
        }
        return FormatScanner.valid(new ImgUrl.Local(input, s.from(from)));
    }

    private static Parsed<ImgUrl> appLocal(FormatScanner s, String input) {
        if (!s.take(String.valueOf(AppType.HTML5.code()))) {
            return s.fail("app type " + AppType.HTML5.describe() + ", the only one app_local has", IMGURL_03);
        }
        if (!s.take(":")) {
            return s.fail("a colon after the app type", IMGURL_03);
        }
        String appId = s.takeWhile(c -> c != ':' && !FormatScanner.isWhitespace(c));
        if (appId.isEmpty()) {
            return s.fail("the app id, as in app_local:4:myapp:/img/icon.png", IMGURL_03);
        }
        if (!s.take(":")) {
            return s.fail("a colon and the image path after the app id", IMGURL_03);
        }
        int from = s.position();
        if (s.atEnd() || s.atWhitespace()) {
            return s.fail("the image path, as in app_local:4:myapp:/img/icon.png", IMGURL_03);
        }
        if (s.skipToWhitespace()) {
            return s.fail(FormatScanner.NO_WHITESPACE, IMGURL_03);
        }
        return FormatScanner.valid(new ImgUrl.AppLocal(input, appId, s.from(from)));
    }
}
