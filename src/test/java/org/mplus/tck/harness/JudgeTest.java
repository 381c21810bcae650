package org.mplus.tck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mplus.tck.harness.Recorded.CATALOG;
import static org.mplus.tck.harness.Recorded.RONGLIAN;
import static org.mplus.tck.harness.Recorded.XIANWEI;
import static org.mplus.tck.harness.Recorded.answered;
import static org.mplus.tck.harness.Recorded.delivered;
import static org.mplus.tck.harness.Recorded.delivery;
import static org.mplus.tck.harness.Recorded.fail;
import static org.mplus.tck.harness.Recorded.json;
import static org.mplus.tck.harness.Recorded.nothingSent;
import static org.mplus.tck.harness.Recorded.observation;
import static org.mplus.tck.harness.Recorded.quiet;
import static org.mplus.tck.harness.Recorded.refused;
import static org.mplus.tck.harness.Recorded.res;
import static org.mplus.tck.harness.Recorded.success;
import static org.mplus.tck.harness.Recorded.successBeforeReturn;
import static org.mplus.tck.harness.Recorded.successWithImType;
import static org.mplus.tck.harness.Recorded.unanswered;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mplus.tck.harness.checks.CallbacksAfterReturn;
import org.mplus.tck.harness.checks.CaughtByTheBridge;
import org.mplus.tck.harness.checks.Check;
import org.mplus.tck.harness.checks.DeliveredMessages;
import org.mplus.tck.harness.checks.ErrMsgNames;
import org.mplus.tck.harness.checks.ExactlyOneCallback;
import org.mplus.tck.harness.checks.FailCarriesErrMsg;
import org.mplus.tck.harness.checks.Fails;
import org.mplus.tck.harness.checks.ImTypeIsAVendors;
import org.mplus.tck.harness.checks.ImTypeIsNumber;
import org.mplus.tck.harness.checks.ImTypeNamesVendor;
import org.mplus.tck.harness.checks.NothingDelivered;
import org.mplus.tck.harness.checks.NothingThrown;
import org.mplus.tck.harness.checks.SentNothing;
import org.mplus.tck.harness.checks.Succeeds;
import org.mplus.tck.harness.checks.SuccessOnlyIfDelivered;
import org.mplus.tck.mock.ChatType;

/** The judge on recorded observations: which rule a failure is charged to, and how it is told. */
class JudgeTest {

    private static final List<String> EVERY_CALL = List.of("CALLBACK-01", "CALLBACK-02", "CALLBACK-04", "CALLBACK-05");

    private static List<String> tags(String... own) {
        List<String> tags = new ArrayList<>(EVERY_CALL);
        tags.addAll(List.of(own));
        return tags;
    }

    @Test
    void aBrokenMustRuleThrowsNamingRuleCallVendorExpectedSeenAndSpecLine() {
        Judge judge = new Judge(CATALOG, tags("SEND-CHAT-01"));
        Observation o = observation("sendChatMessage", RONGLIAN, answered(success(res())),
                delivered(delivery(RONGLIAN, "lisi", ChatType.USER, "你好")));
        RuleViolation v = assertThrows(RuleViolation.class, () -> judge.check(
                new DeliveredMessages("ronglian", "容联云", "lisi", ChatType.USER, List.of("你好，李四")), o));
        assertEquals("SEND-CHAT-01", v.finding().rule().id());
        String message = v.getMessage();
        assertTrue(message.startsWith("SEND-CHAT-01 (MUST) broken by sendChatMessage on " + RONGLIAN.label()), message);
        assertTrue(message.contains("expected: exactly one message delivered by 容联云 to user lisi reading"), message);
        assertTrue(message.contains("seen:     success({}) after return, +12 ms; the vendors received: "), message);
        assertTrue(message.contains("source:   spec line 85: 「先维IM和容联云通用」"), message);
        assertFalse(v.unanswered(), "the bridge answered");
        assertEquals(Set.of("SEND-CHAT-01"), judge.judgedRules());
    }

    @Test
    void aBrokenShouldRuleIsAWarningAndTheScenarioGoesOn() {
        Judge judge = new Judge(CATALOG, tags("SEND-CHAT-01"));
        Observation early = observation("sendChatMessage", answered(successBeforeReturn()));
        judge.checkIfTagged(new CallbacksAfterReturn(), early);
        judge.check(new Succeeds(), early);
        assertEquals(1, judge.warnings().size());
        Finding warning = judge.warnings().get(0);
        assertEquals("CALLBACK-04", warning.rule().id());
        assertEquals("sendChatMessage", warning.call());
        assertTrue(warning.seen().contains("before the call returned"), warning.seen());
        assertEquals(Set.of("CALLBACK-04", "SEND-CHAT-01"), judge.judgedRules());
    }

    @Test
    void aCheckOfARuleTheScenarioDoesNotNameIsTheKitsError() {
        Judge judge = new Judge(CATALOG, List.of("CALLBACK-02", "SEND-CHAT-01"));
        HarnessError e = assertThrows(HarnessError.class,
                () -> judge.check(new ExactlyOneCallback(), observation("sendChatMessage", quiet())));
        assertTrue(e.getMessage().contains("[CALLBACK-01]") && e.getMessage().contains("tagged with none"),
                e.getMessage());
        assertTrue(judge.judgedRules().isEmpty());
        HarnessError missing = assertThrows(HarnessError.class, () -> judge.broken("CALLBACK-01", "sendMessage",
                RONGLIAN.label(), "a function", "not defined"));
        assertTrue(missing.getMessage().contains("not tagged @rule:CALLBACK-01"), missing.getMessage());
    }

    @Test
    void anOptInCheckOfAnUntaggedRuleJudgesNothing() {
        Judge judge = new Judge(CATALOG, List.of("CALLBACK-01", "SEND-CHAT-01"));
        judge.checkIfTagged(new CallbacksAfterReturn(), observation("sendChatMessage", answered(successBeforeReturn())));
        assertTrue(judge.warnings().isEmpty());
        assertTrue(judge.judgedRules().isEmpty());
    }

    @Test
    void aCheckNamingARuleTheCatalogLacksIsTheKitsError() {
        Check stray = new Check() {
            @Override
            public List<String> rules() {
                return List.of("SEND-CHAT-99");
            }

            @Override
            public String expected() {
                return "anything";
            }

            @Override
            public boolean holds(Observation o) {
                return false;
            }
        };
        Judge judge = new Judge(CATALOG, tags("SEND-CHAT-01"));
        HarnessError e = assertThrows(HarnessError.class, () -> judge.checkIfTagged(stray,
                observation("sendChatMessage", quiet())));
        assertTrue(e.getMessage().contains("SEND-CHAT-99, which is not a rule of the catalog"), e.getMessage());
    }

    @Test
    void silenceUntilTheClockRanOutIsToldFromAQuietPage() {
        Judge judge = new Judge(CATALOG, tags("SEND-CHAT-01"));
        RuleViolation timedOut = assertThrows(RuleViolation.class,
                () -> judge.check(new ExactlyOneCallback(), observation("sendChatMessage", unanswered())));
        assertTrue(timedOut.unanswered());
        RuleViolation quiet = assertThrows(RuleViolation.class,
                () -> judge.check(new ExactlyOneCallback(), observation("sendChatMessage", quiet())));
        assertFalse(quiet.unanswered(), "the page went quiet: the bridge will never answer, a FAIL not a TIMEOUT");
        assertEquals("CALLBACK-01", quiet.finding().rule().id());
    }

    @Test
    void aMissingCallIsBrokenOnlyAsAMustRule() {
        Judge judge = new Judge(CATALOG, tags("SEND-MSG-04"));
        RuleViolation v = judge.broken("CALLBACK-01", "sendMessage", XIANWEI.label(), "window.mplus.sendMessage",
                "mplus.sendMessage is not defined");
        assertEquals("CALLBACK-01", v.finding().rule().id());
        assertFalse(v.unanswered());
        assertThrows(HarnessError.class, () -> judge.broken("CALLBACK-04", "sendMessage", XIANWEI.label(), "", ""));
    }

    @Test
    void aCheckServingTwoTaggedRulesJudgesBoth() {
        Judge judge = new Judge(CATALOG, List.of("CALLBACK-03", "INPUT-02"));
        judge.check(new NothingThrown(), observation("sendChatMessage", Recorded.threw("TypeError: fail is undefined")));
        assertEquals(List.of("CALLBACK-03", "INPUT-02"), judge.warnings().stream().map(f -> f.rule().id()).toList());
    }

    /** One step of a recorded scenario: a check, and whether it is opt-in. */
    private record Step(Check check, Observation observation, boolean ifTagged) {
    }

    /** What a scenario's judging came to, as every report would show it. */
    private record Judged(Optional<String> failure, List<String> warnings, Set<String> judged, Optional<String> error) {
    }

    private static Judged judge(List<String> tags, List<Step> steps) {
        Judge judge = new Judge(CATALOG, tags);
        Optional<String> failure = Optional.empty();
        Optional<String> error = Optional.empty();
        try {
            for (Step s : steps) {
                if (s.ifTagged()) {
                    judge.checkIfTagged(s.check(), s.observation());
                } else {
                    judge.check(s.check(), s.observation());
                }
            }
        } catch (RuleViolation v) {
            failure = Optional.of(v.getMessage() + " unanswered=" + v.unanswered());
        } catch (HarnessError e) {
            error = Optional.of(e.getMessage());
        }
        return new Judged(failure, judge.warnings().stream().map(Finding::message).toList(), judge.judgedRules(),
                error);
    }

    private static void sameWhateverTheTagOrder(List<String> tags, List<Step> steps, Judged expected) {
        for (List<String> order : permutations(tags)) {
            assertEquals(expected, judge(order, steps), "tags in the order " + order);
        }
    }

    private static List<List<String>> permutations(List<String> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> rest = new ArrayList<>(items);
            String first = rest.remove(i);
            for (List<String> p : permutations(rest)) {
                List<String> order = new ArrayList<>();
                order.add(first);
                order.addAll(p);
                out.add(order);
            }
        }
        return out;
    }

    @Test
    void sendMessageOnXianweiIsChargedToItsOwnRulesWhateverTheTagOrder() {
        // The scenario of send-message.feature: "@rule:SEND-MSG-04 @rule:SEND-MSG-03", a bridge that fakes a success.
        Observation faked = observation("sendMessage", XIANWEI, answered(success(res())), nothingSent());
        List<Step> steps = List.of(
                new Step(new SuccessOnlyIfDelivered("xianwei", "先维IM", "lisi", "你好"), faked, false),
                new Step(new ExactlyOneCallback(), faked, false),
                new Step(new Fails(), faked, false),
                new Step(new FailCarriesErrMsg(), faked, false),
                new Step(new SentNothing(), faked, false));
        Judged judged = judge(tags("SEND-MSG-04", "SEND-MSG-03"), steps);
        assertTrue(judged.failure().orElseThrow().startsWith("SEND-MSG-03 (MUST) broken by sendMessage"),
                judged.toString());
        sameWhateverTheTagOrder(tags("SEND-MSG-04", "SEND-MSG-03"), steps, judged);

        // A bridge that answers fail but still asks the vendor: SEND-MSG-04 (SHOULD) is warned, never SEND-MSG-03.
        Observation tried = observation("sendMessage", XIANWEI, answered(fail("不支持")), refused("xianwei", "50301"));
        List<Step> honest = List.of(new Step(new SuccessOnlyIfDelivered("xianwei", "先维IM", "lisi", "你好"), tried, false),
                new Step(new Fails(), tried, false), new Step(new SentNothing(), tried, false));
        Judged warned = judge(tags("SEND-MSG-03", "SEND-MSG-04"), honest);
        assertEquals(Optional.empty(), warned.failure());
        assertEquals(1, warned.warnings().size());
        assertTrue(warned.warnings().get(0).startsWith("SEND-MSG-04 (SHOULD)"), warned.warnings().get(0));
        sameWhateverTheTagOrder(tags("SEND-MSG-04", "SEND-MSG-03"), honest, warned);
    }

    @Test
    void badInputIsChargedToItsOwnRuleAndInput02WhateverTheTagOrder() {
        // bad-input.feature: "@rule:INPUT-01 @rule:INPUT-02", a bridge that passes the empty account to the vendor.
        Observation o = observation("sendChatMessage", RONGLIAN, answered(success(res())),
                delivered(delivery(RONGLIAN, "", ChatType.USER, "你好")));
        List<Step> steps = List.of(new Step(new ExactlyOneCallback(), o, false), new Step(new Fails(), o, false),
                new Step(new NothingDelivered(), o, false),
                new Step(new ErrMsgNames(CATALOG.call("sendChatMessage").orElseThrow().option("imaccount")
                        .orElseThrow()), o, false),
                new Step(new NothingThrown(), o, false), new Step(new CaughtByTheBridge(), o, false));
        Judged judged = judge(List.of("CALLBACK-01", "CALLBACK-02", "CALLBACK-04", "INPUT-01", "INPUT-02"), steps);
        assertTrue(judged.failure().orElseThrow().startsWith("INPUT-01 (MUST) broken by sendChatMessage"),
                judged.toString());
        sameWhateverTheTagOrder(List.of("CALLBACK-01", "CALLBACK-04", "INPUT-01", "INPUT-02"), steps,
                judge(List.of("CALLBACK-01", "CALLBACK-04", "INPUT-01", "INPUT-02"), steps));

        // With a fail that names nothing and a request to the vendor anyway, only INPUT-02 (SHOULD) is warned.
        Observation vague = observation("sendChatMessage", RONGLIAN, answered(fail("参数错误")),
                refused("ronglian", "112500"));
        List<Step> vagueSteps = steps.stream().map(s -> new Step(s.check(), vague, s.ifTagged())).toList();
        Judged warned = judge(List.of("INPUT-02", "INPUT-01", "CALLBACK-01"), vagueSteps);
        assertEquals(Optional.empty(), warned.failure());
        assertEquals(2, warned.warnings().size(), warned.toString());
        assertTrue(warned.warnings().stream().allMatch(w -> w.startsWith("INPUT-02 (SHOULD)")), warned.toString());
        sameWhateverTheTagOrder(List.of("INPUT-02", "INPUT-01", "CALLBACK-01"), vagueSteps, warned);
    }

    @Test
    void getImTypeIsJudgedTheSameWhateverTheTagOrder() {
        Observation asString = observation("getImType", RONGLIAN, answered(successWithImType(json().textNode("1"))),
                nothingSent());
        Observation wrong = observation("getImType", RONGLIAN, answered(successWithImType(json().numberNode(0))),
                nothingSent());
        for (Observation o : List.of(asString, wrong)) {
            List<Step> steps = List.of(new Step(new ExactlyOneCallback(), o, false), new Step(new Succeeds(), o, false),
                    new Step(new CallbacksAfterReturn(), o, true), new Step(new ImTypeIsAVendors(List.of(0, 1)), o, false),
                    new Step(new ImTypeNamesVendor(), o, false), new Step(new ImTypeIsNumber(), o, false));
            List<String> tags = List.of("CALLBACK-01", "CALLBACK-04", "GET-IMTYPE-01", "GET-IMTYPE-02",
                    "GET-IMTYPE-03");
            sameWhateverTheTagOrder(tags, steps, judge(tags, steps));
        }
        List<String> tags = List.of("CALLBACK-01", "GET-IMTYPE-01", "GET-IMTYPE-02", "GET-IMTYPE-03");
        List<Step> steps = List.of(new Step(new Succeeds(), wrong, false), new Step(new ImTypeNamesVendor(), wrong,
                false));
        assertTrue(judge(tags, steps).failure().orElseThrow().startsWith("GET-IMTYPE-02 (MUST)"));
    }

    @Test
    void aSendWithItsDeliveryRuleIsChargedToTheSendWhateverTheTagOrder() {
        // send-chat-message.feature: "@rule:SEND-CHAT-01 @rule:DELIVERY-04", a bridge that loses the message.
        Observation lost = observation("sendChatMessage", RONGLIAN, answered(fail("发送失败")), nothingSent());
        List<Step> steps = List.of(new Step(new ExactlyOneCallback(), lost, false), new Step(new Succeeds(), lost,
                false));
        Judged judged = judge(tags("SEND-CHAT-01", "DELIVERY-04"), steps);
        assertTrue(judged.failure().orElseThrow().startsWith("SEND-CHAT-01 (MUST)"), judged.toString());
        sameWhateverTheTagOrder(tags("SEND-CHAT-01", "DELIVERY-04"), steps, judged);
    }
}
