package org.mplus.tck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One callback the bridge made, as the page saw it.
 *
 * @param name          success or fail
 * @param beforeReturn  true when it came before the call returned (synchronously)
 * @param atMs          when, counted from the call
 * @param argType       typeof its argument (null for null)
 * @param arg           a JSON picture of the argument (long strings cut)
 * @param errMsgType    typeof res.errMsg
 * @param errMsgLength  the full length of res.errMsg when it is a string
 * @param errMsg        res.errMsg, cut to 2000 characters, or null
 * @param imTypeType    typeof res.imType
 * @param imType        res.imType as JSON, or null
 */
public record CallbackRecord(
        String name,
        boolean beforeReturn,
        long atMs,
        String argType,
        JsonNode arg,
        String errMsgType,
        int errMsgLength,
        String errMsg,
        String imTypeType,
        JsonNode imType) {

    public boolean isSuccess() {
        return "success".equals(name);
    }

    public boolean isFail() {
        return "fail".equals(name);
    }

    /** res.imType as the doc's value: a whole number, or a string of one ("1"); empty for anything else. */
    public Optional<Integer> imTypeValue() {
        if (imType == null) {
            return Optional.empty();
        }
        if (imType.isIntegralNumber() || imType.isNumber() && imType.asDouble() == Math.rint(imType.asDouble())) {
            return Optional.of(imType.asInt());
        }
        return imType.isTextual() && imType.asText().matches("-?[0-9]{1,9}")
                ? Optional.of(Integer.parseInt(imType.asText())) : Optional.empty();
    }

    /** How a failure message shows it: fail({"errMsg":"…"}) after return, +12 ms. */
    public String describe() {
        String shown = arg == null || arg.isNull() && !"null".equals(argType) ? argType : arg.toString();
        if (shown.length() > 300) {
            shown = shown.substring(0, 300) + "… (" + shown.length() + " characters)";
        }
        return name + "(" + shown + ") " + (beforeReturn ? "before the call returned" : "after return") + ", +"
                + atMs + " ms";
    }
}
