package org.mplus.tck.mock.ronglian;

import java.util.List;
import java.util.Optional;
import org.mplus.tck.mock.ChatType;
import org.mplus.tck.mock.JsonFields;
import org.mplus.tck.spec.MessageLimit;

/**
 * A 容联云 PushMsg body (fact: field names and limits), read and checked field by field.
 *
 * @param pushType   1 to users, 2 to one group
 * @param appId      the IM application
 * @param sender     the sending user
 * @param receivers  1–100 users, or exactly one group id
 * @param msgContent the text
 * @param msgDomain  the extension field, if any
 */
record PushMsg(int pushType, String appId, String sender, List<String> receivers, String msgContent,
        Optional<String> msgDomain) {

    static final int TO_USERS = 1;
    static final int TO_GROUP = 2;
    static final int TEXT = 1;
    static final int MAX_RECEIVERS = 100;

    PushMsg {
        receivers = List.copyOf(receivers);
    }

    /**
     * Reads the body: required fields and their types first, then their values.
     *
     * @param limit the longest msgContent, as the catalog gives it
     */
    static PushMsg read(JsonFields body, MessageLimit limit) {
        int pushType = body.number("pushType");
        String appId = body.text("appId");
        String sender = body.text("sender");
        List<String> receivers = body.texts("receiver");
        int msgType = body.number("msgType");
        String content = body.text("msgContent");
        Optional<String> domain = body.optionalText("msgDomain");
        body.optionalText("msgFileName");
        body.optionalText("msgFileUrl");
        if (pushType != TO_USERS && pushType != TO_GROUP) {
            throw RonglianError.PUSH_TYPE.refused();
        }
        if (msgType != TEXT) {
            throw RonglianError.MSG_TYPE.refused();
        }
        int most = pushType == TO_USERS ? MAX_RECEIVERS : 1;
        if (receivers.isEmpty() || receivers.size() > most) {
            throw RonglianError.RECEIVER_COUNT.refused();
        }
        if (content.isEmpty()) {
            throw RonglianError.CONTENT_EMPTY.refused();
        }
        if (limit.length(content) > limit.max()) {
            throw RonglianError.CONTENT_TOO_LONG.refused(String.valueOf(limit.max()));
        }
        return new PushMsg(pushType, appId, sender, receivers, content, domain);
    }

    ChatType chatType() {
        return pushType == TO_GROUP ? ChatType.GROUP : ChatType.USER;
    }
}
