@rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: sendChatMessage — 发送消息给用户

  The spec, section 发送消息给用户 (line 83):

      先维IM和容联云通用
      mplus.sendChatMessage({ imaccount: '', message: '', success: function (res) {}, fail: function (res) { alert(res.errMsg); } });

      参数说明: imaccount — im用户账号; message — 发送内容

  Success means the vendor accepted the message: the kit checks what the vendor received, not only
  what the page was told.

  @wire @rule:SEND-CHAT-01 @rule:DELIVERY-04
  Scenario Outline: sendChatMessage delivers one one-to-one message to the user, unchanged
    Given the client runs on the vendor under test
    When the page calls sendChatMessage with imaccount "lisi" and message "<message>"
    Then success is called once
    And the vendor delivered exactly one message to user "lisi" reading "<message>"

    Examples:
      | message                               |
      | 你好，李四 👋                          |
      | 单引号 ' 与 <b>标签</b> & 符号 ￥%+=?# |

  @wire @rule:SEND-CHAT-01
  Scenario: sendChatMessage keeps leading, trailing and inner spaces exactly
    A message is delivered as the page wrote it: a bridge that trims it or folds its spaces changes it.

    Given the client runs on the vendor under test
    When the page calls sendChatMessage with imaccount "lisi" and message "  前后都有空格，中间  两个，一个也不能少  "
    Then success is called once
    And the vendor delivered exactly one message to user "lisi" reading that message

  @wire @rule:SEND-CHAT-01
  Scenario: sendChatMessage keeps line breaks, blank lines and indentation exactly
    Given the client runs on the vendor under test
    When the page calls sendChatMessage with imaccount "lisi" and this message:
      """
      第一行

        空一行后缩进两格
      末行
      """
    Then success is called once
    And the vendor delivered exactly one message to user "lisi" reading that message

  @wire @rule:SEND-CHAT-01
  Scenario Outline: sendChatMessage delivers the longest message the vendor takes, whole
    The vendors count a message's length in their own units (容联云: bytes of UTF-8; 先维IM: characters; the
    catalog says each vendor's), and the kit ends the message on a character that takes more than one unit,
    exactly at the limit: a bridge that measures otherwise, or cuts, changes it.

    Given the client runs on the vendor under test
    When the page calls sendChatMessage with imaccount "lisi" and the longest message the vendor takes, ending in "<tail>"
    Then success is called once
    And the vendor delivered exactly one message to user "lisi" reading that message

    Examples:
      | tail   |
      | 完👋   |
      | 中文   |

  @wire @rule:DELIVERY-02
  Scenario Outline: sendChatMessage fails on a message one past the vendor's limit, and nothing arrives cut
    Given the client runs on the vendor under test
    When the page calls sendChatMessage with imaccount "lisi" and a message one past the vendor's limit, ending in "<tail>"
    Then fail is called once with an errMsg
    And nothing was delivered

    Examples:
      | tail   |
      | 完👋   |
      | 中文   |

  @wire @rule:SEND-CHAT-02
  Scenario: sendChatMessage to a group account fails, and the group receives nothing
    Given the client runs on the vendor under test
    When the page calls sendChatMessage with imaccount "gg800895384" and message "发错了地方"
    Then fail is called once with an errMsg
    And nothing was delivered
