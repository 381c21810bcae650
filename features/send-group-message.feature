@rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: sendGroupMessage — 发送消息给群组

  The spec, section 发送消息给群组 (line 130):

      先维IM和容联云通用
      mplus.sendGroupMessage({ imaccount: '', message: '', success: function (res) {}, fail: function (res) { alert(res.errMsg); } });

      参数说明: imaccount — im群组账号; message — 发送内容

  @wire @rule:SEND-GROUP-01 @rule:DELIVERY-04
  Scenario: sendGroupMessage delivers one group message, unchanged
    Given the client runs on the vendor under test
    When the page calls sendGroupMessage with imaccount "gg800895384" and message "各位，周报请在周五前提交 ✅"
    Then success is called once
    And the vendor delivered exactly one message to group "gg800895384" reading "各位，周报请在周五前提交 ✅"

  @wire @rule:SEND-GROUP-01
  Scenario: sendGroupMessage keeps spaces and line breaks exactly
    Given the client runs on the vendor under test
    When the page calls sendGroupMessage with imaccount "gg800895384" and this message:
      """
        各位：

      周报  请在周五前提交，谢谢  ✅
      """
    Then success is called once
    And the vendor delivered exactly one message to group "gg800895384" reading that message

  @wire @rule:SEND-GROUP-01
  Scenario: sendGroupMessage delivers the longest message the vendor takes, whole
    Given the client runs on the vendor under test
    When the page calls sendGroupMessage with imaccount "gg800895384" and the longest message the vendor takes, ending in "✅👋"
    Then success is called once
    And the vendor delivered exactly one message to group "gg800895384" reading that message

  @wire @rule:DELIVERY-02
  Scenario: sendGroupMessage fails on a message one past the vendor's limit, and nothing arrives cut
    Given the client runs on the vendor under test
    When the page calls sendGroupMessage with imaccount "gg800895384" and a message one past the vendor's limit, ending in "✅"
    Then fail is called once with an errMsg
    And nothing was delivered

  @wire @rule:SEND-GROUP-02
  Scenario: sendGroupMessage to a user account fails, and the user receives nothing
    Given the client runs on the vendor under test
    When the page calls sendGroupMessage with imaccount "lisi" and message "发错了地方"
    Then fail is called once with an errMsg
    And nothing was delivered
