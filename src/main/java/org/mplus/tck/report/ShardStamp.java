package org.mplus.tck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.mplus.tck.harness.BridgeSource;
import org.mplus.tck.harness.RunSettings;
import org.mplus.tck.harness.Shard;

/**
 * What a shard's reports carry so that `merge-reports` can tell that its shards judged the same thing the same way:
 * which part it was, and the bridge and profile by their content (paths differ from one machine to the next).
 *
 * @param shard         K/N
 * @param bridgeSha256  SHA-256 of the bridge's script for a file; of its URL or name for the others
 * @param profileSha256 SHA-256 of the profile file, if one was given
 * @param timeoutMs     the call timeout the shard judged with
 */
public record ShardStamp(Shard shard, String bridgeSha256, Optional<String> profileSha256, long timeoutMs) {

    public static ShardStamp of(Shard shard, RunSettings settings, Optional<Path> profile) {
        String bridge = settings.bridge() instanceof BridgeSource.ScriptFile f ? f.source()
                : settings.bridge().describe();
        return new ShardStamp(shard, sha256(bridge.getBytes(StandardCharsets.UTF_8)),
                profile.map(ShardStamp::read).map(ShardStamp::sha256), settings.timeout().toMillis());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
