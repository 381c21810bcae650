package org.mplus.tck.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mplus.tck.mock.ChatType;
import org.mplus.tck.mock.Delivery;
import org.mplus.tck.mock.Endpoint;
import org.mplus.tck.mock.Fault;
import org.mplus.tck.mock.MockServer;
import org.mplus.tck.mock.TckEvent;
import org.mplus.tck.spec.Catalog;

/** The reference bridge (mock-server/__files/mplus.js) in HtmlUnit, on both vendors, against the mock's store. */
class ReferenceBridgeTest {

    private static final String GROUP = "gg800895384";
    private static MockServer mock;
    private BridgePage page;

    @BeforeAll
    static void startMock() {
        mock = MockServer.start();
    }

    @AfterAll
    static void stopMock() {
        mock.close();
    }

    @BeforeEach
    void openPage() throws IOException {
        mock.reset();
        page = new BridgePage(mock);
    }

    @AfterEach
    void closePage() {
        assertEquals(List.of(), page.errors, "script errors on the page");
        page.close();
    }

    private static String vendor(int imType) {
        return Catalog.standard().vendor(imType).orElseThrow().code();
    }

    private void runOn(int imType) {
        mock.setImType(imType);
    }

    private static Map<String, String> send(String to, String message) {
        return Map.of("imaccount", to, "message", message);
    }

    private void deliveredOnce(int imType, String to, ChatType type, String content) {
        List<Delivery> all = mock.deliveries();
        assertEquals(1, all.size(), "deliveries: " + all);
        Delivery d = all.get(0);
        assertEquals(vendor(imType), d.vendor());
        assertEquals("zhangsan", d.from(), "the signed-in demo user sends");
        assertEquals(to, d.to());
        assertEquals(type, d.chatType());
        assertEquals(content, d.content());
    }

    private void nothingSent() {
        assertEquals(List.of(), mock.vendorRequests().stream().filter(r -> r.endpoint() == Endpoint.SEND).toList());
        assertEquals(List.of(), mock.deliveries());
    }

    @Test
    void getImTypeAnswersTheMocksVendorAsANumberAndFollowsTheSwitchAtRuntime() {
        runOn(1);
        BridgePage.Outcome first = page.succeeds("getImType", Map.of());
        assertTrue(first.res().path("imType").isInt());
        assertEquals(1, first.res().path("imType").asInt());
        assertTrue(first.afterReturn(), "callbacks come after the call returned");
        runOn(0);
        assertEquals(0, page.succeeds("getImType", Map.of()).res().path("imType").asInt());
    }

    @Test
    void plusreadyIsDispatchedOnce() {
        page.settle();
        assertEquals(1, page.eval("window.plusready").asInt());
    }

    @Test
    void mplusJsIsServedAsUtf8() throws IOException {
        var response = page.client.loadWebResponse(new org.htmlunit.WebRequest(new java.net.URL(mock.baseUrl() + "/mplus.js")));
        assertTrue(response.getContentType().contains("javascript"), response.getContentType());
        assertEquals("utf-8", response.getContentCharset().name().toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest(name = "imType {0}")
    @ValueSource(ints = {0, 1})
    void sendChatMessageDeliversTheTextUnchangedToTheUser(int imType) {
        runOn(imType);
        String text = "你好，李四 👋 ' <b>标签</b> & ￥%+=?#";
        BridgePage.Outcome o = page.succeeds("sendChatMessage", send("lisi", text));
        assertEquals("sendChatMessage:ok", o.errMsg());
        deliveredOnce(imType, "lisi", ChatType.USER, text);
    }

    @ParameterizedTest(name = "imType {0}")
    @ValueSource(ints = {0, 1})
    void sendGroupMessageDeliversToTheGroup(int imType) {
        runOn(imType);
        page.succeeds("sendGroupMessage", send(GROUP, "周报请在周五前提交 ✅"));
        deliveredOnce(imType, GROUP, ChatType.GROUP, "周报请在周五前提交 ✅");
    }

    @ParameterizedTest(name = "imType {0}")
    @ValueSource(ints = {0, 1})
    void aGroupIsNotAUserAndAUserIsNotAGroup(int imType) {
        runOn(imType);
        String code = imType == 1 ? "(112110)" : "(40401)";
        assertEquals("发送失败：接收方不存在 " + code, page.fails("sendChatMessage", send(GROUP, "x")).errMsg());
        assertEquals("发送失败：接收方不存在 " + code, page.fails("sendGroupMessage", send("lisi", "x")).errMsg());
        assertEquals(List.of(), mock.deliveries());
    }

    @Test
    void sendMessageTellsUsersFromGroupsOnRonglian() {
        runOn(1);
        page.succeeds("sendMessage", send("lisi", "周五下午三点开会 📅"));
        deliveredOnce(1, "lisi", ChatType.USER, "周五下午三点开会 📅");
        mock.reset();
        page.succeeds("sendMessage", send(GROUP, "版本 5.2.0 今晚发布"));
        deliveredOnce(1, GROUP, ChatType.GROUP, "版本 5.2.0 今晚发布");
        mock.reset();
        String errMsg = page.fails("sendMessage", send("zhaoliu", "x")).errMsg();
        assertTrue(errMsg.startsWith("发送失败：接收方不存在：zhaoliu 既不是用户也不是群组"), errMsg);
        nothingSent();
    }

    @Test
    void ronglianOnlyCallsFailOnXianweiAndSendNothing() {
        runOn(0);
        String send = page.fails("sendMessage", send("lisi", "你好")).errMsg();
        String show = page.fails("showMessage", Map.of("imaccount", "lisi", "name", "李四")).errMsg();
        assertTrue(send.startsWith("sendMessage 仅支持容联云（imType 1），当前客户端是先维IM（imType 0）"), send);
        assertTrue(show.contains("showMessage is Ronglian (Yuntongxun) only"), show);
        assertEquals(List.of(), mock.vendorRequests(), "not even a lookup");
        assertEquals(0, page.eval("document.querySelectorAll('#mplus-chat-panel').length").asInt());
    }

    @ParameterizedTest(name = "imType {0}")
    @ValueSource(ints = {0, 1})
    void vendorErrorsAndNetworkFaultsBecomeReadableFails(int imType) {
        runOn(imType);
        String v = vendor(imType);
        mock.faults().add(Fault.vendorError(v, "112500", "模拟的服务端错误"));
        assertEquals("发送失败：模拟的服务端错误 (112500)", page.fails("sendChatMessage", send("lisi", "x")).errMsg());
        mock.faults().clear();
        mock.faults().add(Fault.connectionReset(v));
        assertTrue(page.fails("sendGroupMessage", send(GROUP, "x")).errMsg().contains("(network error)"));
        mock.faults().clear();
        mock.faults().add(Fault.malformedResponse(v));
        assertTrue(page.fails("sendChatMessage", send("lisi", "x")).errMsg().contains("(malformed response)"));
        assertEquals(List.of(), mock.deliveries());
        long sends = mock.vendorRequests().stream().filter(r -> r.endpoint() == Endpoint.SEND).count();
        assertEquals(3, sends, "one request per call: a failed send is never retried");
    }

    @ParameterizedTest(name = "imType {0}")
    @ValueSource(ints = {0, 1})
    void aVendorThatDoesNotAnswerInTimeIsAFailWellWithinThreeSeconds(int imType) {
        runOn(imType);
        mock.faults().add(Fault.latency(vendor(imType), 6000));
        BridgePage.Outcome o = page.fails("sendChatMessage", send("lisi", "x"));
        assertTrue(o.errMsg().endsWith("在 2000 毫秒内没有应答 (timeout)"), o.errMsg());
        assertTrue(o.ms() < 2800, "failed after " + o.ms() + " ms");
    }

    @ParameterizedTest(name = "imType {0}")
    @ValueSource(ints = {0, 1})
    void aSlowVendorStillSucceedsOnceAfterItAnswered(int imType) {
        runOn(imType);
        mock.faults().add(Fault.latency(vendor(imType), 400));
        BridgePage.Outcome o = page.succeeds("sendChatMessage", send("lisi", "慢一点"));
        assertTrue(o.ms() >= 400, "success after " + o.ms() + " ms, before the vendor answered");
        deliveredOnce(imType, "lisi", ChatType.USER, "慢一点");
    }

    @ParameterizedTest(name = "imType {0}")
    @ValueSource(ints = {0, 1})
    void showChatMessageOpensThePanelWithTheConversationAndSendsNothing(int imType) {
        runOn(imType);
        page.succeeds("sendChatMessage", send("lisi", "先发一条"));
        mock.reset();
        runOn(imType);
        page.succeeds("showChatMessage", Map.of("imaccount", "lisi", "name", "李四"));
        page.settle();
        nothingSent();
        JsonNode panel = page.eval("(function (p) { return p && {account: p.getAttribute('data-account'), "
                + "vendor: p.getAttribute('data-vendor'), text: p.textContent}; })"
                + "(document.getElementById('mplus-chat-panel'))");
        assertEquals("lisi", panel.path("account").asText());
        assertEquals(vendor(imType), panel.path("vendor").asText());
        assertTrue(panel.path("text").asText().contains("李四"), panel.toString());
        List<TckEvent> opened = mock.events().stream().filter(e -> e.type().equals("chat-opened")).toList();
        assertEquals(1, opened.size());
        assertEquals("lisi", opened.get(0).data().get("account"));
    }

    @Test
    void thePanelSendsWhatIsTypedAndShowsIt() throws IOException {
        runOn(1);
        page.succeeds("showGroupMessage", Map.of("imaccount", GROUP, "name", "研发部"));
        page.settle();
        HtmlInput input = page.page.querySelector("#mplus-chat-panel .mplus-input");
        input.type("面板里发的");
        ((HtmlElement) page.page.querySelector("#mplus-chat-panel .mplus-send")).click();
        page.settle();
        deliveredOnce(1, GROUP, ChatType.GROUP, "面板里发的");
        assertTrue(page.eval("document.querySelector('#mplus-chat-panel .mplus-messages').textContent").asText()
                .contains("面板里发的"));
        ((HtmlElement) page.page.querySelector("#mplus-chat-panel .mplus-close")).click();
        assertEquals(0, page.eval("document.querySelectorAll('#mplus-chat-panel').length").asInt());
    }

    @ParameterizedTest(name = "imType {0}")
    @ValueSource(ints = {0, 1})
    void showCallsFailForTheWrongKindOfAccountOrAnUnknownOne(int imType) {
        runOn(imType);
        assertTrue(page.fails("showChatMessage", Map.of("imaccount", GROUP, "name", "研发部")).errMsg()
                .startsWith("打开聊天失败：用户不存在"));
        assertTrue(page.fails("showChatMessage", Map.of("imaccount", "zhaoliu", "name", "赵六")).errMsg()
                .endsWith("：zhaoliu"));
        assertTrue(page.fails("showGroupMessage", Map.of("imaccount", "lisi", "name", "李四")).errMsg()
                .startsWith("打开聊天失败：群组不存在"));
        assertEquals(0, page.eval("document.querySelectorAll('#mplus-chat-panel').length").asInt());
        nothingSent();
    }

    private static Map<String, String> share(String link) {
        return Map.of("title", "研发周报", "desc", "本周进展", "appname", "周报", "appid", "weekly",
                "imgUrl", "app_local:4:weekly:/img/icon.png", "link", link);
    }

    @ParameterizedTest(name = "imType {0}")
    @ValueSource(ints = {0, 1})
    void shareIMUISendsOneLinkCardToThePick(int imType) {
        runOn(imType);
        String link = "mplus://2:com.acme.android##com.acme.ios/param?x=1";
        page.run("window.mplusTckUser = {shareTo: 'gg800895384'}");
        page.succeeds("shareIMUI", share(link));
        Delivery d = mock.deliveries().get(0);
        assertEquals(1, mock.deliveries().size());
        assertEquals(ChatType.GROUP, d.chatType());
        assertTrue(d.content().contains(link), d.content());
        JsonNode card = BridgePage.parse(d.extension());
        assertEquals("研发周报", card.path("title").asText());
        assertEquals(link, card.path("link").asText());
        assertEquals(2, card.path("appType").asInt());
        assertTrue(mock.events().stream().anyMatch(e -> e.type().equals("shared")));
    }

    @ParameterizedTest(name = "imType {0}")
    @ValueSource(ints = {0, 1})
    void aCancelledShareFailsAndSendsNothing(int imType) {
        runOn(imType);
        page.run("window.mplusTckUser = {shareTo: null}");
        assertEquals("分享失败：用户取消 (cancelled by the user)",
                page.fails("shareIMUI", share("mplus://4:weekly/param")).errMsg());
        nothingSent();
    }

    @Test
    void withoutTheTestHookThePickerAsksThePerson() throws IOException {
        runOn(0);
        page.run("window.call('p1', 'shareIMUI', " + BridgePage.json(share("mplus://4:weekly/param")) + ")");
        page.settle();
        assertEquals(List.of(), mock.deliveries(), "nothing before the pick");
        ((HtmlElement) page.page.querySelector("#mplus-share-picker .mplus-pick[data-account='lisi']")).click();
        page.settle();
        assertEquals("success", page.eval("window.outcomes.p1.callback").asText());
        deliveredOnce(0, "lisi", ChatType.USER, "[应用分享] 研发周报\n本周进展\nmplus://4:weekly/param");
        page.run("window.call('p2', 'shareIMUI', " + BridgePage.json(share("mplus://4:weekly/param")) + ")");
        page.settle();
        ((HtmlElement) page.page.querySelector("#mplus-share-picker .mplus-cancel")).click();
        page.settle();
        assertEquals("fail", page.eval("window.outcomes.p2.callback").asText());
        assertEquals(1, mock.deliveries().size());
    }

    @Test
    void badInputFailsBeforeAnyRequestNamesTheOptionAndIsExplainedInTheConsole() {
        runOn(1);
        String errMsg = page.fails("sendChatMessage", Map.of("message", "你好")).errMsg();
        assertEquals("参数错误：缺少 imaccount（im用户账号） (imaccount is missing)", errMsg);
        assertTrue(page.fails("showGroupMessage", Map.of("imaccount", GROUP, "name", 1)).errMsg()
                .contains("name must be a string, not a number"));
        String link = page.fails("shareIMUI", share("mplus://2:com.acme.android/param")).errMsg();
        assertTrue(link.contains("link（分享链接，见link链接格式） 格式错误，问题在第 27 个字符"), link);
        assertTrue(link.contains("(LINK-02)"), link);
        Map<String, String> emptyIcon = new java.util.HashMap<>(share("mplus://4:weekly/param"));
        emptyIcon.put("imgUrl", "local:");
        assertTrue(page.fails("shareIMUI", emptyIcon).errMsg().contains("imgUrl"));
        assertEquals(List.of(), mock.vendorRequests(), "bad input sends nothing, not even a lookup");
        assertTrue(page.warnings.contains("[mplus] sendChatMessage: imaccount is missing — this call will fail"),
                page.warnings.toString());
    }

    @Test
    void anEmptyImgUrlMeansNoIconAndTypoedOptionsAreHintedAt() {
        runOn(1);
        Map<String, String> noIcon = new java.util.HashMap<>(share("mplus://4:weekly/param"));
        noIcon.put("imgUrl", "");
        page.run("window.mplusTckUser = {shareTo: 'lisi'}");
        page.succeeds("shareIMUI", noIcon);
        assertEquals(1, mock.deliveries().size());
        page.fails("sendChatMessage", Map.of("imAccount", "lisi", "message", "x"));
        assertTrue(page.warnings.contains("[mplus] sendChatMessage: unknown option imAccount (did you mean imaccount?)"
                + " — it is ignored"), page.warnings.toString());
    }

    @Test
    void noOptionsNoCallbacksOrNonFunctionCallbacksNeverThrow() {
        runOn(1);
        for (String name : List.of("getImType", "sendMessage", "sendChatMessage", "sendGroupMessage", "showMessage",
                "showChatMessage", "showGroupMessage", "shareIMUI")) {
            page.run("mplus." + name + "(); mplus." + name + "(null); mplus." + name + "('x');");
        }
        page.run("mplus.sendChatMessage({imaccount: 'lisi', message: '没有回调', success: 'no', fail: 42})");
        page.settle();
        assertNull(page.errors.isEmpty() ? null : page.errors);
        deliveredOnce(1, "lisi", ChatType.USER, "没有回调");
        assertTrue(page.warnings.contains("[mplus] sendChatMessage: success is a string, not a function — it will not "
                + "be called"), page.warnings.toString());
        assertFalse(page.warnings.stream().anyMatch(w -> w.contains("internal error")), page.warnings.toString());
    }

    @Test
    void aCallbackThatThrowsIsNotAnsweredTwice() {
        runOn(1);
        page.run("window.count = 0; mplus.sendChatMessage({imaccount: 'lisi', message: 'x', "
                + "success: function () { window.count++; throw new Error('page bug'); }, "
                + "fail: function () { window.count += 100; }})");
        page.settle();
        assertEquals(1, page.eval("window.count").asInt());
        assertEquals(1, page.errors.size(), "the page's own error surfaces as the page's");
        page.errors.clear();
    }
}
