package org.mplus.tck.harness.checks;

import java.util.List;
import java.util.Locale;
import org.mplus.tck.harness.CallbackRecord;
import org.mplus.tck.harness.Observation;
import org.mplus.tck.spec.CallOption;

/** INPUT-02: the errMsg names the offending option, by its name or by the spec's word for it. */
public record ErrMsgNames(CallOption option) implements Check {

    @Override
    public List<String> rules() {
        return List.of("INPUT-02");
    }

    @Override
    public String expected() {
        return "an errMsg that names the option: \"" + option.name() + "\" or \"" + option.description() + "\"";
    }

    @Override
    public boolean holds(Observation o) {
        return o.outcome().callbacks().stream().filter(CallbackRecord::isFail).findFirst()
                .map(c -> names(c.errMsg()))
                .orElse(false);
    }

    private boolean names(String errMsg) {
        if (errMsg == null) {
            return false;
        }
        String text = errMsg.toLowerCase(Locale.ROOT);
        return text.contains(option.name().toLowerCase(Locale.ROOT))
                || text.contains(option.description().toLowerCase(Locale.ROOT));
    }
}
