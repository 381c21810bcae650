package org.mplus.tck.cli;

import java.util.ArrayList;
import java.util.List;
import org.mplus.tck.spec.AppLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `check-link LINK…`: explains each shareIMUI link part by part, or shows where it leaves the format. */
@Command(
        name = "check-link",
        mixinStandardHelpOptions = true,
        versionProvider = KitVersion.class,
        description = {"Checks shareIMUI links (link链接格式) and explains each part.",
                "Exit 0 if all are valid, 1 if one is not, 2 on a usage error."})
final class CheckLinkCommand extends FormatCheck<AppLink> {

    @Parameters(arity = "1..*", paramLabel = "LINK",
            description = "a link, e.g. app_scheme://1:myapp/param?type=xxx&file=xxx")
    List<String> links;

    CheckLinkCommand() {
        super("link", AppLink::parse, AppLink::warnings, AppLink.FORM);
    }

    @Override
    List<String> inputs() {
        return links;
    }

    @Override
    List<Part> explain(AppLink link) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("scheme", link.scheme()));
        parts.add(new Part("app type", link.appType().describe()));
        link.androidAppId().ifPresentOrElse(android -> {
            parts.add(new Part("Android app id", android));
            parts.add(new Part("iOS app id", link.iosAppId().orElseThrow()));
        }, () -> parts.add(new Part("app id", link.appId())));
        parts.add(new Part("path", link.path().isEmpty() ? "(none)" : link.path()));
        link.appUrl().ifPresentOrElse(
                url -> parts.add(new Part("app URL", url.isEmpty() ? "(empty: the app's root)" : url
                        + "  (opened on the protocol, host and port the app was published with)")),
                () -> {
                    if (link.launchParameters().isEmpty()) {
                        parts.add(new Part("launch parameters", "(none)"));
                    }
                    link.launchParameters().forEach((name, value) ->
                            parts.add(new Part("launch parameter", name + " = " + value)));
                });
        return parts;
    }
}
