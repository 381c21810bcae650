@wire @rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: Vendor refusals and network faults — success means the vendor accepted

  The doc's fail callback (errMsg — 错误提示) is the page's only way to learn that a message did not go
  out. The kit's policy (MUST, otherwise messages are lost while the page believes them sent): a send
  reports success only after the vendor accepted it (DELIVERY-01); a vendor refusal or a network fault
  reaches the page as fail (DELIVERY-02, DELIVERY-03); and one call never delivers twice (DELIVERY-04).
  The vendor mock switches the faults on; the kit then checks what the page was told.

  @rule:DELIVERY-02
  Scenario Outline: <call> fails when the vendor refuses with its error code
    Each vendor answers a refusal its own way (容联云: a statusCode other than 000000; 先维IM: an HTTP error
    with its code): the vendor mock answers in the vendor's.

    Given the client runs on the vendor under test
    And the vendor refuses every request with its error code
    When the page calls <call> with imaccount "<to>" and message "服务端会拒绝这条消息"
    Then fail is called once with an errMsg
    And nothing was delivered

    Examples:
      | call             | to          |
      | sendChatMessage  | lisi        |
      | sendGroupMessage | gg800895384 |

    @offered:sendMessage
    Examples: sendMessage
      | call        | to   |
      | sendMessage | lisi |

  @rule:DELIVERY-02
  Scenario Outline: <call> fails when the receiver is unknown to the vendor
    Given the client runs on the vendor under test
    When the page calls <call> with imaccount "<to>" and message "发给不存在的人"
    Then fail is called once with an errMsg
    And nothing was delivered

    Examples:
      | call             | to          |
      | sendChatMessage  | zhaoliu     |
      | sendGroupMessage | gg000000001 |

    @offered:sendMessage
    Examples: sendMessage
      | call        | to      |
      | sendMessage | zhaoliu |

  @rule:DELIVERY-03
  Scenario Outline: <call> fails when the vendor <fault>
    Given the client runs on the vendor under test
    And the vendor <fault>
    When the page calls <call> with imaccount "<to>" and message "网络出了问题"
    Then fail is called once with an errMsg
    And nothing was delivered

    Examples:
      | call             | fault                                       | to          |
      | sendChatMessage  | resets every connection                     | lisi        |
      | sendGroupMessage | answers every request with a malformed body | gg800895384 |

    @offered:sendMessage
    Examples: sendMessage
      | call        | fault                                       | to   |
      | sendMessage | answers every request with a malformed body | lisi |

  @slow @rule:DELIVERY-03
  Scenario: sendChatMessage fails when the vendor does not answer in time
    The vendor may still deliver a message whose answer never came back in time: the page cannot know,
    so the kit only asks that it hears fail rather than waiting forever or hearing success.

    Given the client runs on the vendor under test
    And the vendor does not answer in time
    When the page calls sendChatMessage with imaccount "lisi" and message "网络太慢"
    Then fail is called once with an errMsg

  @slow @rule:DELIVERY-01 @rule:DELIVERY-04
  Scenario Outline: <call> reports success only after a slow vendor accepted, and delivers once
    Given the client runs on the vendor under test
    And the vendor answers every request after 400 ms
    When the page calls <call> with imaccount "<to>" and message "慢一点也要只送一次"
    Then success is called once
    And success came no sooner than the vendor's answer
    And no message was delivered twice

    Examples:
      | call             | to          |
      | sendChatMessage  | lisi        |
      | sendGroupMessage | gg800895384 |

    @offered:sendMessage
    Examples: sendMessage
      | call        | to   |
      | sendMessage | lisi |

  @since:5.2.0 @hook:mplusTckUser @rule:DELIVERY-02
  Scenario: shareIMUI fails when the vendor refuses the card
    Given the client runs on the vendor under test
    And the vendor refuses every request with its error code
    And the user will share with "lisi"
    When the page shares its app
    Then fail is called once with an errMsg
    And nothing was delivered
