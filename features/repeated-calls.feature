@rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: Repeated calls — the second call in a page is answered like the first

  A page calls the same function more than once: getImType whenever it renders, a send per message, a
  show per click. Each call gets its own answer, exactly once (CALLBACK-01) and after it returned
  (CALLBACK-04), and does its own work. A bridge that caches the first answer and hands the second one
  over synchronously, or that drops a second call, passes every scenario that calls once; these catch it.

  @rule:GET-IMTYPE-02
  Scenario: getImType called twice answers each call, after it returned
    Given the client runs on the vendor under test
    When the page calls getImType
    And the page calls getImType
    Then each call is answered with success once, after it returned
    And each answer's res.imType names that vendor

  @offered:sendMessage @wire @rule:SEND-MSG-01
  Scenario: sendMessage called twice delivers both messages and answers each call
    Given the client runs on the vendor under test
    When the page calls sendMessage with imaccount "lisi" and message "第一条"
    And the page calls sendMessage with imaccount "lisi" and message "第二条"
    Then each call is answered with success once, after it returned
    And the vendor delivered "第一条" then "第二条" to user "lisi"

  @wire @rule:SEND-CHAT-01
  Scenario: sendChatMessage called twice delivers both messages and answers each call
    Given the client runs on the vendor under test
    When the page calls sendChatMessage with imaccount "lisi" and message "第一条"
    And the page calls sendChatMessage with imaccount "lisi" and message "第二条"
    Then each call is answered with success once, after it returned
    And the vendor delivered "第一条" then "第二条" to user "lisi"

  @wire @rule:SEND-GROUP-01
  Scenario: sendGroupMessage called twice delivers both messages and answers each call
    Given the client runs on the vendor under test
    When the page calls sendGroupMessage with imaccount "gg800895384" and message "第一条"
    And the page calls sendGroupMessage with imaccount "gg800895384" and message "第二条"
    Then each call is answered with success once, after it returned
    And the vendor delivered "第一条" then "第二条" to group "gg800895384"

  @offered:showMessage @wire @rule:SHOW-MSG-01
  Scenario: showMessage called twice opens each chat and answers each call
    Given the client runs on the vendor under test
    When the page calls showMessage with imaccount "lisi" and name "李四"
    And the page calls showMessage with imaccount "wangwu" and name "王五"
    Then each call is answered with success once, after it returned
    And nothing was sent to any vendor

  @wire @rule:SHOW-CHAT-01
  Scenario: showChatMessage called twice opens each chat and answers each call
    Given the client runs on the vendor under test
    When the page calls showChatMessage with imaccount "lisi" and name "李四"
    And the page calls showChatMessage with imaccount "wangwu" and name "王五"
    Then each call is answered with success once, after it returned
    And nothing was sent to any vendor

  @wire @rule:SHOW-GROUP-01
  Scenario: showGroupMessage called twice opens the chat each time and answers each call
    Given the client runs on the vendor under test
    When the page calls showGroupMessage with imaccount "gg800895384" and name "研发部"
    And the page calls showGroupMessage with imaccount "gg800895384" and name "研发部"
    Then each call is answered with success once, after it returned
    And nothing was sent to any vendor

  @since:5.2.0 @wire @hook:mplusTckUser @rule:SHARE-01
  Scenario: shareIMUI called twice delivers a card each time and answers each call
    Given the client runs on the vendor under test
    And the user will share with "lisi"
    When the page shares its app
    And the page shares its app
    Then each call is answered with success once, after it returned
    And the vendor delivered 2 link cards to "lisi" carrying the link
