package org.mplus.tck.harness.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mplus.tck.harness.Recorded.RONGLIAN;
import static org.mplus.tck.harness.Recorded.XIANWEI;
import static org.mplus.tck.harness.Recorded.answered;
import static org.mplus.tck.harness.Recorded.card;
import static org.mplus.tck.harness.Recorded.delivered;
import static org.mplus.tck.harness.Recorded.delivery;
import static org.mplus.tck.harness.Recorded.fail;
import static org.mplus.tck.harness.Recorded.failWithErrMsg;
import static org.mplus.tck.harness.Recorded.json;
import static org.mplus.tck.harness.Recorded.lookedUp;
import static org.mplus.tck.harness.Recorded.nothingSent;
import static org.mplus.tck.harness.Recorded.observation;
import static org.mplus.tck.harness.Recorded.quiet;
import static org.mplus.tck.harness.Recorded.refused;
import static org.mplus.tck.harness.Recorded.res;
import static org.mplus.tck.harness.Recorded.success;
import static org.mplus.tck.harness.Recorded.successBeforeReturn;
import static org.mplus.tck.harness.Recorded.successWith;
import static org.mplus.tck.harness.Recorded.successWithImType;
import static org.mplus.tck.harness.Recorded.threw;
import static org.mplus.tck.harness.Recorded.unanswered;
import static org.mplus.tck.harness.Recorded.withEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.CallOutcome;
import org.mplus.tck.harness.Observation;
import org.mplus.tck.harness.PageEvent;
import org.mplus.tck.harness.Recorded;
import org.mplus.tck.harness.Traffic;
import org.mplus.tck.mock.ChatType;
import org.mplus.tck.spec.CallOption;
import org.mplus.tck.spec.Rule;

/** Each check on recorded outcomes: one it passes, and the ones it must fail. */
class ChecksTest {

    private static final String LINK = "mplus://4:weekly/param/index?type=week";

    /** One of every check, to hold the catalog binding to account. */
    private static final List<Check> ALL = List.of(new AtMostOneDelivery(), new CallbacksAfterReturn(),
            new CaughtByTheBridge(), new DeliveredCards("ronglian", "容联云", "lisi", LINK, 1),
            new DeliveredMessages("ronglian", "容联云", "lisi", ChatType.USER, List.of("你好")),
            new ErrMsgNames(imaccount()), new ExactlyOneCallback(), new FailCarriesErrMsg(), new Fails(),
            new ImTypeIsNumber(), new ImTypeIsAVendors(List.of(0, 1)), new ImTypeNamesVendor(), new NeverSucceeds(),
            new NothingDelivered(), new NothingThrown(), new SentNothing(), new Succeeds(), new SuccessGetsObject(),
            new SuccessNotBefore(400), new SuccessOnlyIfDelivered("xianwei", "先维IM", "lisi", "你好"));

    private static CallOption imaccount() {
        return Recorded.CATALOG.call("sendChatMessage").orElseThrow().option("imaccount").orElseThrow();
    }

    private static Observation call(CallOutcome outcome) {
        return observation("sendChatMessage", outcome);
    }

    private static Observation sent(Traffic traffic) {
        return observation("sendChatMessage", traffic);
    }

    @Test
    void everyCheckJudgesRulesOfTheCatalogThatApplyToCalls() throws IOException {
        Set<String> calls = Recorded.CATALOG.calls().stream().map(c -> c.name()).collect(Collectors.toSet());
        for (Check check : ALL) {
            assertFalse(check.rules().isEmpty(), check + " names no rule");
            for (String id : check.rules()) {
                Rule rule = Recorded.CATALOG.rule(id).orElseThrow(() -> new AssertionError(check + " names " + id
                        + ", which is not in the catalog"));
                assertTrue(rule.appliesTo().contains(Rule.EVERY_CALL) || rule.appliesTo().stream()
                        .anyMatch(calls::contains), check + " judges " + id + ", which applies to no call");
            }
        }
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/mplus/tck/harness/checks"))) {
            Set<String> declared = files.map(f -> f.getFileName().toString().replace(".java", ""))
                    .filter(n -> !n.equals("Check")).collect(Collectors.toCollection(TreeSet::new));
            Set<String> tested = ALL.stream().map(c -> c.getClass().getSimpleName())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(declared, tested, "every check of the package is held to the catalog here");
        }
    }

    @Test
    void everyRuleAboutCallsIsJudgedBySomeCheck() {
        Set<String> judged = ALL.stream().flatMap(c -> c.rules().stream()).collect(Collectors.toSet());
        Set<String> unjudged = Recorded.CATALOG.rules().stream()
                .filter(r -> r.appliesTo().stream().noneMatch(a -> Recorded.CATALOG.format(a).isPresent()))
                .map(Rule::id).filter(id -> !judged.contains(id)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unjudged, "rules about calls that no check judges");
    }

    @Test
    void exactlyOneCallbackWantsOneAnswerNeitherNoneNorTwo() {
        Check check = new ExactlyOneCallback();
        assertTrue(check.holds(call(answered(success(res())))));
        assertTrue(check.holds(call(answered(fail("网络错误")))));
        assertFalse(check.holds(call(unanswered())));
        assertFalse(check.holds(call(quiet())));
        assertFalse(check.holds(call(answered(success(res()), fail("又失败了")))));
        assertFalse(check.holds(call(answered(success(res()), success(res())))));
    }

    @Test
    void failCarriesErrMsgWantsANonEmptyStringInEveryFail() {
        Check check = new FailCarriesErrMsg();
        assertTrue(check.holds(call(answered(fail("账号不能为空")))));
        assertTrue(check.holds(call(answered(success(res())))), "no fail, nothing to carry");
        assertFalse(check.holds(call(answered(fail("")))));
        assertFalse(check.holds(call(answered(fail("   ")))));
        assertFalse(check.holds(call(answered(failWithErrMsg(json().numberNode(500))))));
        assertFalse(check.holds(call(answered(fail(null)))));
        assertFalse(check.holds(call(answered(fail("好的"), fail("")))));
    }

    @Test
    void nothingThrownWantsNeitherAThrowNorAScriptErrorOnThePage() {
        Check check = new NothingThrown();
        assertTrue(check.holds(call(quiet())));
        assertTrue(check.holds(call(withEvent(new PageEvent(PageEvent.Kind.ALERT, "发送成功")))), "an alert is no error");
        assertFalse(check.holds(call(threw("TypeError: success is not a function"))));
        assertFalse(check.holds(call(withEvent(new PageEvent(PageEvent.Kind.SCRIPT_ERROR, "TypeError: later")))));
    }

    @Test
    void callbacksAfterReturnRefusesACallbackBeforeTheCallReturned() {
        Check check = new CallbacksAfterReturn();
        assertTrue(check.holds(call(answered(success(res())))));
        assertFalse(check.holds(call(answered(successBeforeReturn()))));
    }

    @Test
    void successGetsObjectRefusesNothingAndPrimitives() {
        Check check = new SuccessGetsObject();
        assertTrue(check.holds(call(answered(success(res())))));
        assertTrue(check.holds(call(answered(fail("失败")))), "no success, nothing to judge");
        assertFalse(check.holds(call(answered(successWith("undefined", null)))));
        assertFalse(check.holds(call(answered(successWith("string", json().textNode("ok"))))));
    }

    @Test
    void succeedsWantsASuccessAndNoFail() {
        Check check = new Succeeds();
        assertTrue(check.holds(call(answered(success(res())))));
        assertFalse(check.holds(call(answered(fail("失败")))));
        assertFalse(check.holds(call(answered(success(res()), fail("失败")))));
        assertFalse(check.holds(call(quiet())));
    }

    @Test
    void failsWantsAFailAndNoSuccess() {
        Check check = new Fails();
        assertTrue(check.holds(call(answered(fail("失败")))));
        assertFalse(check.holds(call(answered(success(res())))));
        assertFalse(check.holds(call(answered(fail("失败"), success(res())))));
        assertFalse(check.holds(call(quiet())));
    }

    @Test
    void neverSucceedsAllowsSilenceButNoSuccess() {
        Check check = new NeverSucceeds();
        assertTrue(check.holds(call(quiet())));
        assertTrue(check.holds(call(answered(fail("失败")))));
        assertFalse(check.holds(call(answered(success(res())))));
    }

    @Test
    void errMsgNamesWantsTheOptionByNameOrByTheSpecsWord() {
        Check check = new ErrMsgNames(imaccount());
        assertTrue(check.holds(call(answered(fail("imaccount is required")))));
        assertTrue(check.holds(call(answered(fail("IMACCOUNT 不能为空")))), "case does not matter");
        assertTrue(check.holds(call(answered(fail("请填写im用户账号")))));
        assertFalse(check.holds(call(answered(fail("参数错误")))));
        assertFalse(check.holds(call(answered(success(res())))), "no fail, no errMsg");
    }

    @Test
    void imTypeIsAVendorsTakesTheCatalogsValuesAsNumbersOrStrings() {
        Check check = new ImTypeIsAVendors(List.of(0, 1));
        assertTrue(check.holds(call(answered(successWithImType(json().numberNode(0))))));
        assertTrue(check.holds(call(answered(successWithImType(json().numberNode(1))))));
        assertTrue(check.holds(call(answered(successWithImType(json().textNode("1"))))));
        assertFalse(check.holds(call(answered(successWithImType(json().numberNode(2))))));
        assertFalse(check.holds(call(answered(successWithImType(json().numberNode(9))))), "not a vendor of these");
        assertTrue(new ImTypeIsAVendors(List.of(0, 1, 9)).holds(call(answered(successWithImType(json().numberNode(9))))),
                "a vendor added to the catalog");
        assertFalse(check.holds(call(answered(successWithImType(json().textNode("ronglian"))))));
        assertFalse(check.holds(call(answered(success(res())))), "no imType");
        assertFalse(check.holds(call(answered(fail("失败")))), "no success");
    }

    @Test
    void imTypeIsNumberRefusesTheStringOfOne() {
        Check check = new ImTypeIsNumber();
        assertTrue(check.holds(call(answered(successWithImType(json().numberNode(1))))));
        assertFalse(check.holds(call(answered(successWithImType(json().textNode("1"))))));
        assertFalse(check.holds(call(answered(success(res())))));
    }

    @Test
    void imTypeNamesVendorWantsTheVendorTheCallRanOn() {
        Check check = new ImTypeNamesVendor();
        Observation onRonglian = observation("getImType", RONGLIAN, answered(successWithImType(json().numberNode(1))),
                nothingSent());
        Observation saysXianwei = observation("getImType", RONGLIAN,
                answered(successWithImType(json().numberNode(0))), nothingSent());
        Observation onXianwei = observation("getImType", XIANWEI, answered(successWithImType(json().textNode("0"))),
                nothingSent());
        assertTrue(check.holds(onRonglian));
        assertTrue(check.holds(onXianwei));
        assertFalse(check.holds(saysXianwei));
    }

    @Test
    void deliveredMessagesWantsEachMessageUnchangedInOrderToTheRightReceiver() {
        Check one = new DeliveredMessages("ronglian", "容联云", "lisi", ChatType.USER, List.of(" 你好 "));
        assertTrue(one.holds(sent(delivered(delivery(RONGLIAN, "lisi", ChatType.USER, " 你好 ")))));
        assertFalse(one.holds(sent(delivered(delivery(RONGLIAN, "lisi", ChatType.USER, "你好")))), "trimmed");
        assertFalse(one.holds(sent(delivered(delivery(RONGLIAN, "lisi", ChatType.GROUP, " 你好 ")))), "as a group");
        assertFalse(one.holds(sent(delivered(delivery(XIANWEI, "lisi", ChatType.USER, " 你好 ")))), "other vendor");
        assertFalse(one.holds(sent(delivered(delivery(RONGLIAN, "wangwu", ChatType.USER, " 你好 ")))), "other user");
        assertFalse(one.holds(sent(nothingSent())));
        assertFalse(one.holds(sent(delivered(delivery(RONGLIAN, "lisi", ChatType.USER, " 你好 "),
                delivery(RONGLIAN, "lisi", ChatType.USER, " 你好 ")))), "twice");
        Check two = new DeliveredMessages("ronglian", "容联云", "lisi", ChatType.USER, List.of("第一条", "第二条"));
        assertTrue(two.holds(sent(delivered(delivery(RONGLIAN, "lisi", ChatType.USER, "第一条"),
                delivery(RONGLIAN, "lisi", ChatType.USER, "第二条")))));
        assertFalse(two.holds(sent(delivered(delivery(RONGLIAN, "lisi", ChatType.USER, "第二条"),
                delivery(RONGLIAN, "lisi", ChatType.USER, "第一条")))), "out of order");
    }

    @Test
    void deliveredCardsWantsEachCardCarryingTheLinkToThePickedAccount() {
        Check one = new DeliveredCards("xianwei", "先维IM", "lisi", LINK, 1);
        assertTrue(one.holds(sent(delivered(card(XIANWEI, "lisi", "研发周报 " + LINK, null)))));
        assertTrue(one.holds(sent(delivered(card(XIANWEI, "lisi", "研发周报", "{\"link\":\"" + LINK + "\"}")))),
                "the link in the extension");
        assertFalse(one.holds(sent(delivered(card(XIANWEI, "lisi", "研发周报", null)))), "no link");
        assertFalse(one.holds(sent(delivered(card(XIANWEI, "wangwu", LINK, null)))), "other contact");
        assertFalse(one.holds(sent(delivered(card(RONGLIAN, "lisi", LINK, null)))), "other vendor");
        assertFalse(one.holds(sent(nothingSent())));
        Check two = new DeliveredCards("xianwei", "先维IM", "lisi", LINK, 2);
        assertTrue(two.holds(sent(delivered(card(XIANWEI, "lisi", LINK, null), card(XIANWEI, "lisi", LINK, null)))));
        assertFalse(two.holds(sent(delivered(card(XIANWEI, "lisi", LINK, null)))), "one card for two shares");
    }

    @Test
    void atMostOneDeliveryRefusesASecondAcceptedSendOrADuplicate() {
        Check check = new AtMostOneDelivery();
        assertTrue(check.holds(sent(delivered(delivery(RONGLIAN, "lisi", ChatType.USER, "你好")))));
        assertTrue(check.holds(sent(nothingSent())));
        assertTrue(check.holds(sent(refused("ronglian", "112500"))), "a refused send delivered nothing");
        assertFalse(check.holds(sent(delivered(delivery(RONGLIAN, "lisi", ChatType.USER, "你好"),
                delivery(RONGLIAN, "lisi", ChatType.USER, "你好")))));
    }

    @Test
    void sentNothingAndCaughtByTheBridgeRefuseEvenARefusedSend() {
        for (Check check : List.of(new SentNothing(), new CaughtByTheBridge())) {
            assertTrue(check.holds(sent(nothingSent())), check.toString());
            assertTrue(check.holds(sent(lookedUp("ronglian"))), check + ": a lookup sends nothing");
            assertFalse(check.holds(sent(refused("ronglian", "112500"))), check + ": the bridge asked the vendor");
            assertFalse(check.holds(sent(delivered(delivery(RONGLIAN, "lisi", ChatType.USER, "你好")))),
                    check.toString());
        }
        assertEquals(new SentNothing().expected(), new CaughtByTheBridge().expected());
        assertEquals(List.of("INPUT-02"), new CaughtByTheBridge().rules());
        assertFalse(new SentNothing().rules().contains("INPUT-02"), "bad input is CaughtByTheBridge's rule");
    }

    @Test
    void nothingDeliveredAllowsARefusedAttempt() {
        Check check = new NothingDelivered();
        assertTrue(check.holds(sent(nothingSent())));
        assertTrue(check.holds(sent(refused("xianwei", "50301"))));
        assertFalse(check.holds(sent(delivered(delivery(XIANWEI, "gg800895384", ChatType.GROUP, "你好")))));
    }

    @Test
    void successNotBeforeWantsSuccessNoSoonerThanTheVendorsAnswer() {
        Check check = new SuccessNotBefore(400);
        assertTrue(check.holds(call(answered(success(res(), 420)))));
        assertTrue(check.holds(call(answered(fail("超时")))), "no success");
        assertFalse(check.holds(call(answered(success(res(), 15)))));
    }

    @Test
    void successOnlyIfDeliveredRefusesASuccessForNothing() {
        Check check = new SuccessOnlyIfDelivered("xianwei", "先维IM", "lisi", "你好");
        Observation failedNothing = observation("sendMessage", XIANWEI, answered(fail("不支持")), nothingSent());
        Observation succeededDelivered = observation("sendMessage", XIANWEI, answered(success(res())),
                delivered(delivery(XIANWEI, "lisi", ChatType.USER, "你好")));
        Observation succeededForNothing = observation("sendMessage", XIANWEI, answered(success(res())), nothingSent());
        Observation succeededElsewhere = observation("sendMessage", XIANWEI, answered(success(res())),
                delivered(delivery(XIANWEI, "wangwu", ChatType.USER, "你好")));
        assertTrue(check.holds(failedNothing));
        assertTrue(check.holds(succeededDelivered));
        assertFalse(check.holds(succeededForNothing));
        assertFalse(check.holds(succeededElsewhere));
    }
}
