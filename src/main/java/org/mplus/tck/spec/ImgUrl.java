package org.mplus.tck.spec;

/**
 * A share icon (imgUrl链接格式), in one of its three forms. Build one with {@link #parse(String)}.
 */
public sealed interface ImgUrl permits ImgUrl.Network, ImgUrl.Local, ImgUrl.AppLocal {

    /** The three forms, as messages and the CLI name them. */
    String FORMS = "http://HOST/… or https://HOST/… (a network image), local:IMGNAME (an image packed in the "
            + "client) or app_local:4:APPID:IMGPATH (an html5 app's image)";

    /** The value as given. */
    String text();

    /** Parses an imgUrl; never throws for any string. */
    static Parsed<ImgUrl> parse(String text) {
        return ImgUrlParser.parse(text);
    }

    /**
     * http://… or https://…: a network image (IMGURL-01).
     *
     * @param scheme    http or https, in lower case (the value may write it in any case)
     * @param authority the host, with user info and port if the value has them, as written
     */
    record Network(String text, String scheme, String authority) implements ImgUrl {
    }

    /** local:IMGNAME: an image packed in the client (IMGURL-02). */
    record Local(String text, String name) implements ImgUrl {
    }

    /** app_local:4:APPID:IMGPATH: an image of an html5 app (IMGURL-03); the app type is always 4. */
    record AppLocal(String text, String appId, String path) implements ImgUrl {
        public AppType appType() {
            return AppType.HTML5;
        }
    }
}
