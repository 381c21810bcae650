package org.mplus.tck.harness.chromium;

import java.util.Optional;
import org.mplus.tck.harness.News;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v156.runtime.Runtime;

/** The page's news in Chromium: page-work.js sends it through a DevTools binding. */
final class PageNews extends News {

    /** The binding's name in every document of the tab; page-work.js takes it off the window. */
    static final String BINDING = "__mplusTckNotify";

    PageNews(DevTools devTools) {
        devTools.send(Runtime.addBinding(BINDING, Optional.empty(), Optional.empty()));
        devTools.addListener(Runtime.bindingCalled(), b -> {
            if (BINDING.equals(b.getName())) {
                heard();
            }
        });
    }
}
