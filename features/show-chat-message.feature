@rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: showChatMessage — 显示单个聊天界面

  The spec, section 显示单个聊天界面 (line 222):

      先维IM和容联云通用
      mplus.showChatMessage({ imaccount: '', name: '', success: function (res) {}, fail: function (res) { alert(res.errMsg); } });

      参数说明: imaccount — im用户账号; name — 用户名称

  @wire @rule:SHOW-CHAT-01
  Scenario: showChatMessage for a known user succeeds and sends nothing
    Given the client runs on the vendor under test
    When the page calls showChatMessage with imaccount "wangwu" and name "王五"
    Then success is called once
    And nothing was sent to any vendor

  @wire @rule:SHOW-CHAT-02
  Scenario Outline: showChatMessage for <who> fails and sends nothing
    Given the client runs on the vendor under test
    When the page calls showChatMessage with imaccount "<imaccount>" and name "<name>"
    Then fail is called once with an errMsg
    And nothing was sent to any vendor

    Examples:
      | who             | imaccount   | name   |
      | an unknown user | zhaoliu     | 赵六   |
      | a group         | gg800895384 | 研发部 |
