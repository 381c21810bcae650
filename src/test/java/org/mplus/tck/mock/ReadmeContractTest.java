package org.mplus.tck.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mplus.tck.mock.ronglian.RonglianError;
import org.mplus.tck.mock.xianwei.XianweiError;

/** mock-server/README.md is the wire contract: its error tables and the code must say the same. */
class ReadmeContractTest {

    static final Pattern RONGLIAN_ROW = Pattern.compile("^\\| (\\d{6}) \\| ([^|]+?) \\|", Pattern.MULTILINE);
    static final Pattern XIANWEI_ROW = Pattern.compile("^\\| (\\d{3}) \\| (\\d{5}) \\| ([^|]+?) \\|", Pattern.MULTILINE);

    static String readme() throws IOException {
        return Files.readString(Path.of("mock-server/README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void ronglianErrorTableIsTheCodes() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        Matcher m = RONGLIAN_ROW.matcher(readme());
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
        }
        Map<String, String> coded = Arrays.stream(RonglianError.values())
                .collect(Collectors.toMap(RonglianError::code, RonglianError::message, (a, b) -> a, TreeMap::new));
        assertEquals(coded, documented);
    }

    @Test
    void xianweiErrorTableIsTheCodesWithTheirHttpStatus() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        Matcher m = XIANWEI_ROW.matcher(readme());
        while (m.find()) {
            documented.put(m.group(2), m.group(1) + " " + m.group(3));
        }
        Map<String, String> coded = Arrays.stream(XianweiError.values()).collect(Collectors.toMap(
                XianweiError::code, e -> e.httpStatus() + " " + e.message(), (a, b) -> a, TreeMap::new));
        assertEquals(coded, documented);
    }

    @Test
    void theReadmeNamesEveryTransformerTheMappingsUse() throws IOException {
        String readme = readme();
        for (String name : List.of("ronglian-im", "xianwei-im", "tck-client", "tck-conversations", "tck-events")) {
            assertTrue(readme.contains("`" + name + "`"), name);
        }
    }
}
