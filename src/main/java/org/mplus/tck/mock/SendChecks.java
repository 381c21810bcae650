package org.mplus.tck.mock;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * What every vendor checks of a text message once its body is read, before it delivers: the sender is a user, each
 * receiving user exists, a receiving group exists and has the sender among its members. Each vendor answers a failed
 * check with its own error.
 *
 * @param noSuchSender    the sender is no user
 * @param noSuchReceiver  a receiving user or group does not exist
 * @param senderNotMember the sender is not a member of the receiving group
 */
public record SendChecks(VendorError noSuchSender, VendorError noSuchReceiver, VendorError senderNotMember) {

    /**
     * The send, accepted: one message from {@code sender} to each receiver.
     *
     * @param answer the vendor's success body, given the stored deliveries
     * @throws Refused with the vendor's error of the first check that fails
     */
    public Accepted accept(AccountDirectory directory, String sender, List<String> receivers, ChatType chatType,
            String content, String extension, Function<List<Delivery>, String> answer) {
        if (directory.user(sender).isEmpty()) {
            throw noSuchSender.refused();
        }
        List<Outgoing> out = new ArrayList<>(receivers.size());
        for (String receiver : receivers) {
            if (chatType == ChatType.GROUP) {
                Group group = directory.group(receiver).orElseThrow(noSuchReceiver::refused);
                if (!group.hasMember(sender)) {
                    throw senderNotMember.refused();
                }
            } else if (directory.user(receiver).isEmpty()) {
                throw noSuchReceiver.refused();
            }
            out.add(new Outgoing(sender, receiver, chatType, content, extension));
        }
        return new Accepted(Endpoint.SEND, new LinkedHashSet<>(receivers), out, answer);
    }
}
