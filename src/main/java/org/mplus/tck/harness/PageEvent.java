package org.mplus.tck.harness;

/** Something the page did besides calling back: an error, a dialog, a navigation. */
public record PageEvent(Kind kind, String text) {

    public enum Kind {
        SCRIPT_ERROR,
        SCRIPT_TIMEOUT,
        ALERT,
        CONFIRM,
        PROMPT,
        NAVIGATION
    }

    private static final int MAX_TEXT = 500;

    public PageEvent {
        text = text == null ? "" : text.length() > MAX_TEXT
                ? text.substring(0, MAX_TEXT) + "… (" + text.length() + " characters)" : text;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + text;
    }
}
