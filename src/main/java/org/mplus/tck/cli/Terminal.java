package org.mplus.tck.cli;

/** Whether the kit's output goes to a person at a terminal, who can watch a line redrawn in place. */
final class Terminal {

    private Terminal() {
    }

    /**
     * Java 17 gives a console only when standard input and output are both a terminal: output piped to a file,
     * a CI log or a test's capture is not. A terminal that cannot move the cursor says TERM=dumb.
     */
    static boolean isInteractive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
