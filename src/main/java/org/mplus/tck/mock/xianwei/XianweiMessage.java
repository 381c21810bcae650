package org.mplus.tck.mock.xianwei;

import java.util.Optional;
import org.mplus.tck.mock.ChatType;
import org.mplus.tck.mock.JsonFields;
import org.mplus.tck.spec.MessageLimit;

/**
 * A 先维IM send body (the kit's model), read and checked field by field.
 *
 * @param from     the sending user
 * @param to       the receiving user or group
 * @param chatType USER ("single") or GROUP ("group")
 * @param content  the text
 * @param ext      the extension object as JSON text, if any
 */
record XianweiMessage(String from, String to, ChatType chatType, String content, Optional<String> ext) {

    /**
     * Reads the body: required fields and their types first, then their values.
     *
     * @param limit the longest content, as the catalog gives it
     */
    static XianweiMessage read(JsonFields body, MessageLimit limit) {
        String from = body.text("from");
        String to = body.text("to");
        String chatType = body.text("chatType");
        String msgType = body.text("msgType");
        String content = body.text("content");
        Optional<String> ext = body.optionalObjectText("ext");
        ChatType type = switch (chatType) {
            case "single" -> ChatType.USER;
            case "group" -> ChatType.GROUP;
            default -> throw XianweiError.CHAT_TYPE.refused();
        };
        if (!msgType.equals("text")) {
            throw XianweiError.MSG_TYPE.refused();
        }
        if (content.isEmpty()) {
            throw XianweiError.CONTENT_EMPTY.refused();
        }
        if (limit.length(content) > limit.max()) {
            throw XianweiError.CONTENT_TOO_LONG.refused();
        }
        return new XianweiMessage(from, to, type, content, ext);
    }
}
