@rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: sendMessage — 发送消息给用户或群组（容联云）

  The spec, section 发送消息给用户或群组（容联云） (line 36):

      mplus.sendMessage({ imaccount: '', message: '', success: function (res) {}, fail: function (res) { alert(res.errMsg); } });

      参数说明: imaccount — im用户或群组账号; message — 发送内容

  A 容联云-only call: one imaccount may name a user or a group, and the bridge must tell them apart.
  On 先维IM a success for a message that went nowhere would be a lie (SEND-MSG-03, MUST); the kit reads
  the call as absent there, so it also asks for fail and no send (SEND-MSG-04, SHOULD: a bridge that
  delivers the message through 先维IM instead loses nothing).

  @wire @rule:SEND-MSG-01 @rule:DELIVERY-04
  Scenario: sendMessage to a user on 容联云 delivers one one-to-one message, unchanged
    Given the client runs on 容联云
    When the page calls sendMessage with imaccount "lisi" and message "周五下午三点开会 📅"
    Then success is called once
    And 容联云 delivered exactly one message to user "lisi" reading "周五下午三点开会 📅"

  @wire @rule:SEND-MSG-02 @rule:DELIVERY-04
  Scenario: sendMessage to a group on 容联云 delivers one group message, unchanged
    Given the client runs on 容联云
    When the page calls sendMessage with imaccount "gg800895384" and message "版本 5.2.0 今晚发布"
    Then success is called once
    And 容联云 delivered exactly one message to group "gg800895384" reading "版本 5.2.0 今晚发布"

  @wire @rule:SEND-MSG-01
  Scenario: sendMessage on 容联云 keeps spaces and delivers the longest message the vendor takes, whole
    Given the client runs on 容联云
    When the page calls sendMessage with imaccount "lisi" and the longest message 容联云 takes, ending in "  完👋  "
    Then success is called once
    And 容联云 delivered exactly one message to user "lisi" reading that message

  @wire @rule:DELIVERY-02
  Scenario: sendMessage on 容联云 fails on a message one past the vendor's limit, and nothing arrives cut
    Given the client runs on 容联云
    When the page calls sendMessage with imaccount "lisi" and a message one past the limit of 容联云, ending in "完👋"
    Then fail is called once with an errMsg
    And nothing was delivered

  @rule:SEND-MSG-04 @rule:SEND-MSG-03
  Scenario: sendMessage on 先维IM fails and sends nothing
    Given the client runs on 先维IM
    When the page calls sendMessage with imaccount "lisi" and message "你好"
    Then a success comes only with 先维IM having delivered "你好" to "lisi"
    And fail is called once with an errMsg
    And nothing was sent to any vendor
