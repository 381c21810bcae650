@rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: Callbacks — one answer, asynchronously, whatever callbacks the page passes

  Every example of the doc passes success(res) and fail(res), and fail reads res.errMsg (错误提示).
  The doc does not say what happens when a page passes only one, or none: pages often do, so the kit's
  policy is that a missing or non-function callback is not an error. The bridge does its work and throws
  nothing, now or later (CALLBACK-03, SHOULD). Callbacks come after the call returns (CALLBACK-04,
  SHOULD), and exactly one of them, once (CALLBACK-01, MUST: checked in every scenario of the suite).

  @wire @rule:CALLBACK-03 @rule:SEND-CHAT-01
  Scenario Outline: sendChatMessage with <callbacks> still delivers, and throws nothing
    Given the client runs on the vendor under test
    When the page calls sendChatMessage with imaccount "lisi" and message "没有回调也要送达" and <callbacks>
    Then nothing is thrown, then or later
    And the vendor delivered exactly one message to user "lisi" reading "没有回调也要送达"

    Examples:
      | callbacks                        |
      | no callbacks                     |
      | only fail                        |
      | callbacks that are not functions |

  @wire @rule:CALLBACK-03 @rule:SEND-GROUP-01
  Scenario: sendGroupMessage with only success calls success once
    Given the client runs on the vendor under test
    When the page calls sendGroupMessage with imaccount "gg800895384" and message "只有 success" and only success
    Then success is called once
    And nothing is thrown, then or later
    And the vendor delivered exactly one message to group "gg800895384" reading "只有 success"

  @rule:CALLBACK-03 @rule:INPUT-01
  Scenario: sendChatMessage with bad input and only success throws nothing and never succeeds
    Given the client runs on the vendor under test
    When the page calls sendChatMessage with imaccount "" and message "你好" and only success
    Then success is never called
    And nothing is thrown, then or later
    And nothing was delivered

  @lacking:sendMessage @rule:CALLBACK-03 @rule:SEND-MSG-04
  Scenario: sendMessage on a vendor that lacks it, with no callbacks, throws nothing and sends nothing
    Given the client runs on the vendor under test
    When the page calls sendMessage with imaccount "lisi" and message "你好" and no callbacks
    Then nothing is thrown, then or later
    And nothing was sent to any vendor

  @rule:CALLBACK-03
  Scenario Outline: getImType with <callbacks> throws nothing
    Given the client runs on the vendor under test
    When the page calls getImType with <callbacks>
    Then nothing is thrown, then or later

    Examples:
      | callbacks                        |
      | no callbacks                     |
      | only fail                        |
      | callbacks that are not functions |

  @wire @rule:CALLBACK-03 @rule:SHOW-CHAT-01
  Scenario: showChatMessage with no callbacks throws nothing and sends nothing
    Given the client runs on the vendor under test
    When the page calls showChatMessage with imaccount "lisi" and name "李四" and no callbacks
    Then nothing is thrown, then or later
    And nothing was sent to any vendor
