package org.mplus.tck.cli;

import java.util.List;
import org.mplus.tck.spec.ImgUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `check-img-url URL…`: explains each shareIMUI imgUrl part by part, or shows where it leaves the format. */
@Command(
        name = "check-img-url",
        mixinStandardHelpOptions = true,
        versionProvider = KitVersion.class,
        description = {"Checks shareIMUI share icons (imgUrl链接格式) and explains each part.",
                "Exit 0 if all are valid, 1 if one is not, 2 on a usage error."})
final class CheckImgUrlCommand extends FormatCheck<ImgUrl> {

    @Parameters(arity = "1..*", paramLabel = "URL", description = "an imgUrl, e.g. local:icon.png")
    List<String> urls;

    CheckImgUrlCommand() {
        // No SHOULD rule applies to an imgUrl: a valid one has nothing to warn about.
        super("imgUrl", ImgUrl::parse, img -> List.of(), ImgUrl.FORMS);
    }

    @Override
    List<String> inputs() {
        return urls;
    }

    @Override
    List<Part> explain(ImgUrl img) {
        if (img instanceof ImgUrl.Network n) {
            return List.of(new Part("form", "network image"), new Part("scheme", n.scheme()),
                    new Part("host", n.authority()));
        }
        if (img instanceof ImgUrl.Local l) {
            return List.of(new Part("form", "image packed in the client"), new Part("image name", l.name()));
        }
        ImgUrl.AppLocal a = (ImgUrl.AppLocal) img;
        return List.of(new Part("form", "enterprise app resource"), new Part("app type", a.appType().describe()),
                new Part("app id", a.appId()), new Part("image path", a.path()));
    }
}
