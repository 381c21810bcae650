package org.mplus.tck.mock.ronglian;

import org.mplus.tck.mock.VendorError;

/** 容联云 error answers (codes: the kit's model, in the style of the vendor's REST platform). Always HTTP 200. */
public enum RonglianError implements VendorError {
    AUTH_EMPTY("101101", "Authorization 为空"),
    AUTH_UNDECODABLE("101102", "Authorization 解码失败"),
    AUTH_ACCOUNT_MISMATCH("101103", "Authorization 账户与 URL 不一致"),
    TIMESTAMP("101104", "时间戳错误或已过期"),
    SIG_EMPTY("101105", "sig 为空"),
    SIG_MISMATCH("101106", "sig 校验失败"),
    NO_SUCH_ACCOUNT("101107", "账户不存在"),
    NO_SUCH_ENDPOINT("111404", "接口不存在"),
    WRONG_METHOD("111405", "请求方法错误"),
    NOT_JSON("112100", "请求包体不是合法 JSON"),
    WRONG_CONTENT_TYPE("112101", "Content-Type 必须是 application/json"),
    BODY_TOO_LARGE("112102", "请求包体过大"),
    MISSING_FIELD("112103", "缺少必填字段: FIELD"),
    WRONG_FIELD_TYPE("112104", "字段类型错误: FIELD"),
    PUSH_TYPE("112105", "pushType 取值错误"),
    MSG_TYPE("112106", "不支持的 msgType"),
    RECEIVER_COUNT("112107", "receiver 数量错误"),
    CONTENT_EMPTY("112108", "msgContent 为空"),
    CONTENT_TOO_LONG("112109", "msgContent 超过 FIELD 字节"),
    NO_SUCH_RECEIVER("112110", "接收方不存在"),
    NO_SUCH_SENDER("112111", "发送方不存在"),
    SENDER_NOT_MEMBER("112112", "发送方不是群组成员"),
    APP_MISMATCH("112113", "appId 与账户不符"),
    NO_SUCH_GROUP("112120", "群组不存在"),
    NO_SUCH_USER("112121", "用户不存在"),
    SERVER_ERROR("112500", "服务器内部错误");

    private final String code;
    private final String message;

    RonglianError(String code, String message) {
        this.code = code;
        this.message = message;
    }

    @Override
    public int httpStatus() {
        return 200;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String message() {
        return message;
    }
}
