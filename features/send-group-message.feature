@rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: sendGroupMessage — 发送消息给群组

  The spec, section 发送消息给群组 (line 130):

      先维IM和容联云通用
      mplus.sendGroupMessage({ imaccount: '', message: '', success: function (res) {}, fail: function (res) { alert(res.errMsg); } });

      参数说明: imaccount — im群组账号; message — 发送内容

  @wire @rule:SEND-GROUP-01 @rule:DELIVERY-04
  Scenario Outline: sendGroupMessage on <vendor> delivers one group message, unchanged
    Given the client runs on <vendor>
    When the page calls sendGroupMessage with imaccount "gg800895384" and message "各位，周报请在周五前提交 ✅"
    Then success is called once
    And <vendor> delivered exactly one message to group "gg800895384" reading "各位，周报请在周五前提交 ✅"

    Examples:
      | vendor |
      | 先维IM |
      | 容联云 |

  @wire @rule:SEND-GROUP-01
  Scenario Outline: sendGroupMessage on <vendor> keeps spaces and line breaks exactly
    Given the client runs on <vendor>
    When the page calls sendGroupMessage with imaccount "gg800895384" and this message:
      """
        各位：

      周报  请在周五前提交，谢谢  ✅
      """
    Then success is called once
    And <vendor> delivered exactly one message to group "gg800895384" reading that message

    Examples:
      | vendor |
      | 先维IM |
      | 容联云 |

  @wire @rule:SEND-GROUP-01
  Scenario Outline: sendGroupMessage on <vendor> delivers the longest message the vendor takes, whole
    Given the client runs on <vendor>
    When the page calls sendGroupMessage with imaccount "gg800895384" and the longest message <vendor> takes, ending in "✅👋"
    Then success is called once
    And <vendor> delivered exactly one message to group "gg800895384" reading that message

    Examples:
      | vendor |
      | 先维IM |
      | 容联云 |

  @wire @rule:DELIVERY-02
  Scenario Outline: sendGroupMessage on <vendor> fails on a message one past the vendor's limit, and nothing arrives cut
    Given the client runs on <vendor>
    When the page calls sendGroupMessage with imaccount "gg800895384" and a message one past the limit of <vendor>, ending in "✅"
    Then fail is called once with an errMsg
    And nothing was delivered

    Examples:
      | vendor |
      | 先维IM |
      | 容联云 |

  @wire @rule:SEND-GROUP-02
  Scenario Outline: sendGroupMessage to a user account on <vendor> fails, and the user receives nothing
    Given the client runs on <vendor>
    When the page calls sendGroupMessage with imaccount "lisi" and message "发错了地方"
    Then fail is called once with an errMsg
    And nothing was delivered

    Examples:
      | vendor |
      | 先维IM |
      | 容联云 |
