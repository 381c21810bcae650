package org.mplus.tck.corpus;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mplus.tck.spec.MainRules;
import org.mplus.tck.spec.NamingTag;

/**
 * The scenarios the corpus judges a faulty bridge on, as a tag expression: where its header gives tags, those;
 * else the scenarios of every rule its header names and of every hook it ignores, and a fixed sample.
 *
 * <p>A scenario can break only the rules it is tagged with (the judge checks nothing else there), so the scenarios
 * of its rules are all that can catch a bridge on them: the run misses none of them that the whole suite would
 * catch. What they cannot show is that the bridge breaks nothing else; the sample shows it on every call, on every
 * vendor: the scenarios of each call's main job ({@link MainRules}), judged there with the callback rules their
 * features add. The sample is fixed, not drawn, so a run gives the same verdicts from one build to the next; the
 * whole suite on every bridge is {@link CorpusCrossCheckTest}.
 */
final class CorpusSample {

    private CorpusSample() {
    }

    /** The tag expression a run of the bridge on these IMs is filtered by. */
    static Optional<String> tags(CorpusBridge bridge, Collection<Integer> imTypes) {
        if (bridge.tags().isPresent()) {
            return bridge.tags();
        }
        Set<String> rules = new LinkedHashSet<>(bridge.caughtOn(imTypes));
        rules.addAll(bridge.underLoad());
        rules.addAll(MainRules.IDS);
        List<String> tags = rules.stream().map(NamingTag.RULE::of).collect(Collectors.toList());
        bridge.ignores().forEach(hook -> tags.add(NamingTag.HOOK.of(hook)));
        return Optional.of(String.join(" or ", tags));
    }
}
