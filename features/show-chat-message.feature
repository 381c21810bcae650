@rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: showChatMessage — 显示单个聊天界面

  The spec, section 显示单个聊天界面 (line 222):

      先维IM和容联云通用
      mplus.showChatMessage({ imaccount: '', name: '', success: function (res) {}, fail: function (res) { alert(res.errMsg); } });

      参数说明: imaccount — im用户账号; name — 用户名称

  @wire @rule:SHOW-CHAT-01
  Scenario Outline: showChatMessage for a known user on <vendor> succeeds and sends nothing
    Given the client runs on <vendor>
    When the page calls showChatMessage with imaccount "wangwu" and name "王五"
    Then success is called once
    And nothing was sent to any vendor

    Examples:
      | vendor |
      | 先维IM |
      | 容联云 |

  @wire @rule:SHOW-CHAT-02
  Scenario Outline: showChatMessage for <who> on <vendor> fails and sends nothing
    Given the client runs on <vendor>
    When the page calls showChatMessage with imaccount "<imaccount>" and name "<name>"
    Then fail is called once with an errMsg
    And nothing was sent to any vendor

    Examples:
      | who             | vendor | imaccount   | name   |
      | an unknown user | 先维IM | zhaoliu     | 赵六   |
      | an unknown user | 容联云 | zhaoliu     | 赵六   |
      | a group         | 先维IM | gg800895384 | 研发部 |
      | a group         | 容联云 | gg800895384 | 研发部 |
