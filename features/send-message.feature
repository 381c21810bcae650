@rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: sendMessage — 发送消息给用户或群组（容联云）

  The spec, section 发送消息给用户或群组（容联云） (line 36):

      mplus.sendMessage({ imaccount: '', message: '', success: function (res) {}, fail: function (res) { alert(res.errMsg); } });

      参数说明: imaccount — im用户或群组账号; message — 发送内容

  A 容联云-only call: one imaccount may name a user or a group, and the bridge must tell them apart.
  On a vendor that lacks the call (先维IM) a success for a message that went nowhere would be a lie
  (SEND-MSG-03, MUST); the kit reads the call as absent there, so it also asks for fail and no send
  (SEND-MSG-04, SHOULD: a bridge that delivers the message through that vendor instead loses nothing).

  The scenarios tagged @offered:sendMessage are judged on the vendors the catalog gives the call; those
  tagged @lacking:sendMessage on the others.

  @offered:sendMessage @wire @rule:SEND-MSG-01 @rule:DELIVERY-04
  Scenario: sendMessage to a user delivers one one-to-one message, unchanged
    Given the client runs on the vendor under test
    When the page calls sendMessage with imaccount "lisi" and message "周五下午三点开会 📅"
    Then success is called once
    And the vendor delivered exactly one message to user "lisi" reading "周五下午三点开会 📅"

  @offered:sendMessage @wire @rule:SEND-MSG-02 @rule:DELIVERY-04
  Scenario: sendMessage to a group delivers one group message, unchanged
    Given the client runs on the vendor under test
    When the page calls sendMessage with imaccount "gg800895384" and message "版本 5.2.0 今晚发布"
    Then success is called once
    And the vendor delivered exactly one message to group "gg800895384" reading "版本 5.2.0 今晚发布"

  @offered:sendMessage @wire @rule:SEND-MSG-01
  Scenario: sendMessage keeps spaces and delivers the longest message the vendor takes, whole
    Given the client runs on the vendor under test
    When the page calls sendMessage with imaccount "lisi" and the longest message the vendor takes, ending in "  完👋  "
    Then success is called once
    And the vendor delivered exactly one message to user "lisi" reading that message

  @offered:sendMessage @wire @rule:DELIVERY-02
  Scenario: sendMessage fails on a message one past the vendor's limit, and nothing arrives cut
    Given the client runs on the vendor under test
    When the page calls sendMessage with imaccount "lisi" and a message one past the vendor's limit, ending in "完👋"
    Then fail is called once with an errMsg
    And nothing was delivered

  @lacking:sendMessage @rule:SEND-MSG-04 @rule:SEND-MSG-03
  Scenario: sendMessage on a vendor that lacks it fails and sends nothing
    Given the client runs on the vendor under test
    When the page calls sendMessage with imaccount "lisi" and message "你好"
    Then a success comes only with the vendor having delivered "你好" to "lisi"
    And fail is called once with an errMsg
    And nothing was sent to any vendor
