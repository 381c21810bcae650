@rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: sendChatMessage — 发送消息给用户

  The spec, section 发送消息给用户 (line 83):

      先维IM和容联云通用
      mplus.sendChatMessage({ imaccount: '', message: '', success: function (res) {}, fail: function (res) { alert(res.errMsg); } });

      参数说明: imaccount — im用户账号; message — 发送内容

  Success means the vendor accepted the message: the kit checks what the vendor received, not only
  what the page was told.

  @wire @rule:SEND-CHAT-01 @rule:DELIVERY-04
  Scenario Outline: sendChatMessage on <vendor> delivers one one-to-one message to the user, unchanged
    Given the client runs on <vendor>
    When the page calls sendChatMessage with imaccount "lisi" and message "<message>"
    Then success is called once
    And <vendor> delivered exactly one message to user "lisi" reading "<message>"

    Examples:
      | vendor | message                               |
      | 先维IM | 你好，李四 👋                          |
      | 容联云 | 你好，李四 👋                          |
      | 先维IM | 单引号 ' 与 <b>标签</b> & 符号 ￥%+=?# |
      | 容联云 | 单引号 ' 与 <b>标签</b> & 符号 ￥%+=?# |

  @wire @rule:SEND-CHAT-02
  Scenario Outline: sendChatMessage to a group account on <vendor> fails, and the group receives nothing
    Given the client runs on <vendor>
    When the page calls sendChatMessage with imaccount "gg800895384" and message "发错了地方"
    Then fail is called once with an errMsg
    And nothing was delivered

    Examples:
      | vendor |
      | 先维IM |
      | 容联云 |
