@rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: showGroupMessage — 显示群组聊天界面

  The spec, section 显示群组聊天界面 (line 268):

      //先维IM和容联云通用
      mplus.showGroupMessage({ imaccount: '', name: '', success: function (res) {}, fail: function (res) { alert(res.errMsg); } });

      参数说明: imaccount — im群组账号; name — 群名

  @wire @rule:SHOW-GROUP-01
  Scenario: showGroupMessage for a known group succeeds and sends nothing
    Given the client runs on the vendor under test
    When the page calls showGroupMessage with imaccount "gg800895384" and name "研发部"
    Then success is called once
    And nothing was sent to any vendor

  @wire @rule:SHOW-GROUP-02
  Scenario Outline: showGroupMessage for <who> fails and sends nothing
    Given the client runs on the vendor under test
    When the page calls showGroupMessage with imaccount "<imaccount>" and name "<name>"
    Then fail is called once with an errMsg
    And nothing was sent to any vendor

    Examples:
      | who              | imaccount   | name   |
      | an unknown group | gg000000001 | 不存在 |
      | a user           | lisi        | 李四   |
