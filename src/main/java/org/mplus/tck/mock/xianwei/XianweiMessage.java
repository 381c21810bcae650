package org.mplus.tck.mock.xianwei;

import java.util.Optional;
import org.mplus.tck.mock.ChatType;
import org.mplus.tck.mock.JsonFields;

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

    static final int MAX_CONTENT_CHARS = 4096;

    /** Reads the body: required fields and their types first, then their values. */
    static XianweiMessage read(JsonFields body) {
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
        if (content.codePointCount(0, content.length()) > MAX_CONTENT_CHARS) {
            throw XianweiError.CONTENT_TOO_LONG.refused();
        }
        return new XianweiMessage(from, to, type, content, ext);
    }
}
