package org.mplus.tck.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus's cross-check: every faulty bridge on the whole suite (or the scenarios its header's tags select),
 * caught on exactly the rules its header names, so that a rule a bridge breaks outside {@link CorpusSample}'s
 * scenarios shows too. It judges some 9 000 scenarios, so `mvn verify` leaves it to its profile:
 * {@code mvn -B verify -Pcross-check}.
 */
@Tag(CorpusCrossCheckTest.TAG)
class CorpusCrossCheckTest {

    static final String TAG = "cross-check";

    @Test
    void everyFaultyBridgeIsCaughtOnExactlyItsRulesByTheWholeSuite(@TempDir Path work) throws IOException {
        List<Executable> bridges = CorpusBridge.in(FaultyBridgesTest.FAULTY).stream()
                .map(bridge -> (Executable) () -> FaultyBridgesTest.judge(bridge, bridge.tags(), work)).toList();
        assertAll("the faulty corpus on the whole suite", bridges);
    }
}
