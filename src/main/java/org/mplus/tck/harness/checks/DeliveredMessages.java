package org.mplus.tck.harness.checks;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mplus.tck.harness.MessageQuote;
import org.mplus.tck.harness.Observation;
import org.mplus.tck.mock.ChatType;
import org.mplus.tck.mock.Delivery;

/**
 * Exactly these messages, in this order, each delivered by the right vendor to the right user or group with its
 * content unchanged: one per call of the scenario.
 */
public record DeliveredMessages(String vendorCode, String vendorName, String to, ChatType chatType,
        List<String> contents) implements Check {

    public DeliveredMessages {
        contents = List.copyOf(contents);
    }

    /** The rules that ask a send to deliver the message, unchanged, to the right user or group. */
    @Override
    public List<String> rules() {
        return List.of("SEND-MSG-01", "SEND-MSG-02", "SEND-CHAT-01", "SEND-GROUP-01");
    }

    @Override
    public String expected() {
        String reading = contents.stream().map(MessageQuote::of).collect(Collectors.joining(" then "));
        return (contents.size() == 1 ? "exactly one message" : "exactly " + contents.size() + " messages")
                + " delivered by " + vendorName + " to " + chatType.name().toLowerCase(Locale.ROOT) + " " + to
                + " reading " + reading;
    }

    @Override
    public boolean holds(Observation o) {
        List<Delivery> delivered = o.traffic().deliveries();
        if (delivered.size() != contents.size()) {
            return false;
        }
        for (int i = 0; i < delivered.size(); i++) {
            if (!matches(delivered.get(i), contents.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(Delivery d, String content) {
        return d.vendor().equals(vendorCode) && d.to().equals(to) && d.chatType() == chatType
                && d.content().equals(content);
    }
}
