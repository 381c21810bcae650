package org.mplus.tck.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.spec.Catalog;
import org.mplus.tck.spec.ClientVersion;

/**
 * What a run judged and how: the head of every report.
 *
 * @param kitVersion    the kit's version
 * @param bridgeSource  the bridge under test: file, URL or the reference bridge
 * @param bridgeName    the bridge's name, from its profile
 * @param clientVersion the client version its profile claims
 * @param imTypes       the vendors judged
 * @param calls         the calls its profile claims; empty: all of them
 * @param engine        the engine as --engine names it
 * @param engineVersion the engine's own account of itself, e.g. "HtmlUnit 5.7.0 (Chrome profile)"
 * @param profile       the profile file, if one was given
 * @param tags          the tag expression that selected the scenarios
 * @param strict        whether SHOULD rules fail the run
 * @param started       when the run began
 * @param shard         the part of the scenarios judged (`run --shard K/N`), and what merging the parts checks
 */
public record RunSetup(
        String kitVersion,
        String bridgeSource,
        Optional<String> bridgeName,
        Optional<ClientVersion> clientVersion,
        List<Integer> imTypes,
        Optional<Set<String>> calls,
        String engine,
        String engineVersion,
        Optional<String> profile,
        Optional<String> tags,
        boolean strict,
        Instant started,
        Optional<ShardStamp> shard) {

    /** Until an engine has opened a page, reports say only which engine was asked for. */
    public static final String NOT_STARTED = "not started";

    public RunSetup {
        imTypes = List.copyOf(imTypes);
        calls = calls.map(Set::copyOf);
    }

    /** A run of every scenario. */
    public RunSetup(String kitVersion, String bridgeSource, Optional<String> bridgeName,
            Optional<ClientVersion> clientVersion, List<Integer> imTypes, Optional<Set<String>> calls, String engine,
            String engineVersion, Optional<String> profile, Optional<String> tags, boolean strict, Instant started) {
        this(kitVersion, bridgeSource, bridgeName, clientVersion, imTypes, calls, engine, engineVersion, profile, tags,
                strict, started, Optional.empty());
    }

    public static RunSetup of(String kitVersion, RunSettings settings, Profile profile, Optional<String> tags,
            boolean strict, Instant started) {
        return new RunSetup(kitVersion, settings.bridge().describe(), profile.bridgeName(), settings.clientVersion(),
                settings.imTypes().orElse(List.of()), settings.calls(), settings.engine().cliName(), NOT_STARTED,
                profile.file(), tags, strict, started);
    }

    public RunSetup withEngineVersion(String version) {
        return new RunSetup(kitVersion, bridgeSource, bridgeName, clientVersion, imTypes, calls, engine, version,
                profile, tags, strict, started, shard);
    }

    public RunSetup withShard(ShardStamp stamp) {
        return new RunSetup(kitVersion, bridgeSource, bridgeName, clientVersion, imTypes, calls, engine, engineVersion,
                profile, tags, strict, started, Optional.of(stamp));
    }

    /** "partial: 6 of 8 calls" when the profile claims fewer calls than the spec has. */
    public Optional<String> partial() {
        int all = Catalog.standard().calls().size();
        return calls.filter(c -> c.size() < all).map(c -> "partial: " + c.size() + " of " + all + " calls");
    }

    /** "my-bridge 5.1.0 (bridges/my.js)", or the source alone: how report headings name the bridge. */
    public String bridgeLabel() {
        return bridgeName.map(n -> n + clientVersion.map(v -> " " + v).orElse("") + " (" + bridgeSource + ")")
                .orElse(bridgeSource);
    }
}
