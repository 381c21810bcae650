package org.mplus.tck.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mplus.tck.harness.BridgeSource;

/**
 * The real-host test bridge as a client build ships it: one IM, fixed by a line put before the bridge's source,
 * and, for a faulty variant, the variant's seams between the two.
 */
record RealHostBuild(int imType, Optional<CorpusBridge> variant) {

    static final Path BRIDGE = Path.of("src/test/resources/bridges/realhost/realhost-bridge.js");
    /** Variants that break the bridge's wire handling, with the corpus's headers. */
    static final Path FAULTY = Path.of("src/test/resources/bridges/faulty-realhost");

    static RealHostBuild of(int imType) {
        return new RealHostBuild(imType, Optional.empty());
    }

    RealHostBuild with(CorpusBridge faulty) {
        return new RealHostBuild(imType, Optional.of(faulty));
    }

    /** The build as one file the kit can load. */
    BridgeSource write(Path dir) throws IOException {
        String name = variant.map(CorpusBridge::name).orElse("realhost") + "-imtype-" + imType + ".js";
        String seams = variant.isPresent() ? variant.get().source() + "\n" : "";
        Path file = dir.resolve(name);
        Files.writeString(file, "var realhostBuild = { imType: " + imType + ", seams: {} };\n" + seams
                + Files.readString(BRIDGE, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return BridgeSource.parse(file.toString());
    }
}
