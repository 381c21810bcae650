package org.mplus.tck.mock.xianwei;

import org.mplus.tck.mock.VendorError;

/** 先维IM error answers: entirely the kit's model. The code's first three digits are the HTTP status. */
public enum XianweiError implements VendorError {
    NO_TOKEN(40101, "缺少令牌"),
    BAD_TOKEN(40102, "令牌无效"),
    NOT_JSON(40001, "请求包体不是合法 JSON"),
    MISSING_FIELD(40002, "缺少字段: FIELD"),
    WRONG_FIELD_TYPE(40003, "字段类型错误: FIELD"),
    CONTENT_EMPTY(40004, "content 为空"),
    CONTENT_TOO_LONG(40005, "content 过长"),
    CHAT_TYPE(40006, "chatType 取值错误"),
    MSG_TYPE(40007, "不支持的 msgType"),
    SENDER_NOT_MEMBER(40301, "发送方不是群组成员"),
    NO_SUCH_RECEIVER(40401, "接收方不存在"),
    NO_SUCH_SENDER(40402, "发送方不存在"),
    NO_SUCH_USER(40403, "用户不存在"),
    NO_SUCH_GROUP(40404, "群组不存在"),
    NO_SUCH_ENDPOINT(40410, "接口不存在"),
    WRONG_METHOD(40501, "请求方法错误"),
    BODY_TOO_LARGE(41301, "请求包体过大"),
    WRONG_CONTENT_TYPE(41501, "Content-Type 必须是 application/json"),
    SERVER_ERROR(50001, "服务器内部错误"),
    BUSY(50301, "服务繁忙");

    private final int code;
    private final String message;

    XianweiError(int code, String message) {
        this.code = code;
        this.message = message;
    }

    /** The HTTP status a 先维IM code travels with: its first three digits, when they are one. */
    public static int httpStatusOf(int code) {
        int status = code / 100;
        return status >= 400 && status <= 599 ? status : 503;
    }

    @Override
    public int httpStatus() {
        return httpStatusOf(code);
    }

    @Override
    public String code() {
        return Integer.toString(code);
    }

    @Override
    public String message() {
        return message;
    }
}
