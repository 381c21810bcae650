package org.mplus.tck.spec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Each call's main job, by the rule that says it, in the catalog's order of the calls: getImType answers the vendor,
 * each send delivers, each show opens, shareIMUI shares. Their scenarios are a fixed sample of the suite that judges
 * every call, on every vendor, with the callback rules their features add.
 */
public final class MainRules {

    public static final List<String> IDS = List.of("GET-IMTYPE-01", "SEND-MSG-01", "SEND-CHAT-01", "SEND-GROUP-01",
            "SHOW-MSG-01", "SHOW-CHAT-01", "SHOW-GROUP-01", "SHARE-01");

    private MainRules() {
    }

    /** The tag expression that selects their scenarios. */
    public static String tags() {
        return IDS.stream().map(NamingTag.RULE::of).collect(Collectors.joining(" or "));
    }
}
