@wire @rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: Vendor refusals and network faults — success means the vendor accepted

  The doc's fail callback (errMsg — 错误提示) is the page's only way to learn that a message did not go
  out. The kit's policy (MUST, otherwise messages are lost while the page believes them sent): a send
  reports success only after the vendor accepted it (DELIVERY-01); a vendor refusal or a network fault
  reaches the page as fail (DELIVERY-02, DELIVERY-03); and one call never delivers twice (DELIVERY-04).
  The vendor mock switches the faults on; the kit then checks what the page was told.

  @rule:DELIVERY-02
  Scenario Outline: <call> on <vendor> fails when the vendor refuses with error code <code>
    Given the client runs on <vendor>
    And <vendor> refuses every request with error code "<code>"
    When the page calls <call> with imaccount "<to>" and message "服务端会拒绝这条消息"
    Then fail is called once with an errMsg
    And nothing was delivered

    Examples:
      | call             | vendor | code   | to          |
      | sendMessage      | 容联云 | 112500 | lisi        |
      | sendChatMessage  | 容联云 | 112500 | lisi        |
      | sendChatMessage  | 先维IM | 50301  | lisi        |
      | sendGroupMessage | 容联云 | 112500 | gg800895384 |
      | sendGroupMessage | 先维IM | 50301  | gg800895384 |

  @rule:DELIVERY-02
  Scenario Outline: <call> on <vendor> fails when the receiver is unknown to the vendor
    Given the client runs on <vendor>
    When the page calls <call> with imaccount "<to>" and message "发给不存在的人"
    Then fail is called once with an errMsg
    And nothing was delivered

    Examples:
      | call             | vendor | to          |
      | sendMessage      | 容联云 | zhaoliu     |
      | sendChatMessage  | 容联云 | zhaoliu     |
      | sendChatMessage  | 先维IM | zhaoliu     |
      | sendGroupMessage | 容联云 | gg000000001 |
      | sendGroupMessage | 先维IM | gg000000001 |

  @rule:DELIVERY-03
  Scenario Outline: <call> on <vendor> fails when <fault>
    Given the client runs on <vendor>
    And <vendor> <fault>
    When the page calls <call> with imaccount "<to>" and message "网络出了问题"
    Then fail is called once with an errMsg
    And nothing was delivered

    Examples:
      | call             | vendor | fault                                    | to          |
      | sendChatMessage  | 容联云 | resets every connection                  | lisi        |
      | sendChatMessage  | 先维IM | resets every connection                  | lisi        |
      | sendGroupMessage | 容联云 | answers every request with a malformed body | gg800895384 |
      | sendGroupMessage | 先维IM | answers every request with a malformed body | gg800895384 |
      | sendMessage      | 容联云 | answers every request with a malformed body | lisi        |

  @slow @rule:DELIVERY-03
  Scenario Outline: <call> on <vendor> fails when the vendor does not answer in time
    The vendor may still deliver a message whose answer never came back in time: the page cannot know,
    so the kit only asks that it hears fail rather than waiting forever or hearing success.

    Given the client runs on <vendor>
    And <vendor> does not answer in time
    When the page calls <call> with imaccount "lisi" and message "网络太慢"
    Then fail is called once with an errMsg

    Examples:
      | call            | vendor |
      | sendChatMessage | 容联云 |
      | sendChatMessage | 先维IM |

  @slow @rule:DELIVERY-01 @rule:DELIVERY-04
  Scenario Outline: <call> on <vendor> reports success only after a slow vendor accepted, and delivers once
    Given the client runs on <vendor>
    And <vendor> answers every request after 400 ms
    When the page calls <call> with imaccount "<to>" and message "慢一点也要只送一次"
    Then success is called once
    And success came no sooner than the vendor's answer
    And no message was delivered twice

    Examples:
      | call             | vendor | to          |
      | sendChatMessage  | 容联云 | lisi        |
      | sendChatMessage  | 先维IM | lisi        |
      | sendGroupMessage | 容联云 | gg800895384 |
      | sendMessage      | 容联云 | lisi        |

  @since:5.2.0 @hook:mplusTckUser @rule:DELIVERY-02
  Scenario Outline: shareIMUI on <vendor> fails when the vendor refuses the card
    Given the client runs on <vendor>
    And <vendor> refuses every request with error code "<code>"
    And the user will share with "lisi"
    When the page shares its app
    Then fail is called once with an errMsg
    And nothing was delivered

    Examples:
      | vendor | code   |
      | 先维IM | 50301  |
      | 容联云 | 112500 |
