package org.mplus.tck.spec;

import java.util.Arrays;
import java.util.Optional;

/** The APPTYPE of a link or of an app_local imgUrl: which kind of app the client opens. */
public enum AppType {
    EXMOBI('1', "ExMobi app"),
    NATIVE('2', "native app"),
    HTML5('4', "html5 app");

    private final char code;
    private final String label;

    AppType(char code, String label) {
        this.code = code;
        this.label = label;
    }

    public char code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** "2 (native app)": the code with its meaning, as messages and the CLI show it. */
    public String describe() {
        return code + " (" + label + ")";
    }

    public static Optional<AppType> of(char code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }

    /** "1 (ExMobi app), 2 (native app) or 4 (html5 app)". */
    static String allDescribed() {
        return Alternatives.join(Arrays.stream(values()).map(AppType::describe).toList());
    }
}
