package org.mplus.tck.harness.checks;

import java.util.Locale;
import org.mplus.tck.harness.MessageQuote;
import org.mplus.tck.harness.Observation;
import org.mplus.tck.mock.ChatType;
import org.mplus.tck.mock.Delivery;

/** Exactly one message, delivered by the right vendor, to the right user or group, with the content unchanged. */
public record DeliveredOnce(String vendorCode, String vendorName, String to, ChatType chatType, String content)
        implements Check {

    @Override
    public String expected() {
        return "exactly one message delivered by " + vendorName + " to " + chatType.name().toLowerCase(Locale.ROOT)
                + " " + to + " reading " + MessageQuote.of(content);
    }

    @Override
    public boolean holds(Observation o) {
        return o.traffic().deliveries().size() == 1 && matches(o.traffic().deliveries().get(0));
    }

    private boolean matches(Delivery d) {
        return d.vendor().equals(vendorCode) && d.to().equals(to) && d.chatType() == chatType
                && d.content().equals(content);
    }
}
