@rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04
Feature: Bad input — a call that cannot be done never looks done

  The doc gives every call its options (参数说明) and a fail callback with errMsg (错误提示), but does
  not say what a bridge does with a missing, empty or mistyped option. What is at stake decides the level:
  a call without what it cannot be done without (a send's receiver or content, a show call's account,
  a share's link) never reports success and delivers nothing (INPUT-01, MUST: a success there would be
  a fake). The rest is the kit's reading of the doc, checked as SHOULD: which other options are required
  (INPUT-03 shareIMUI's title and appid, INPUT-04 a show call's name), whether a message may be empty
  (INPUT-05), whether options must be strings (INPUT-06); see docs/rules.md, Ambiguities. Bad input is
  best caught by the bridge itself: fail with an errMsg that names the option, nothing sent to the
  vendor, nothing thrown (INPUT-02, SHOULD).

  Values in the option tables are JSON: "lisi" is a string, 10086 a number; (absent) leaves the option out.

  Scenario Outline: <call> on <vendor> with <option> <what> fails, names it, and sends nothing
    Given the client runs on <vendor>
    When the page calls <call> with these options:
      | imaccount | <imaccount> |
      | message   | <message>   |
    Then fail is called once with an errMsg
    And nothing was delivered
    And the errMsg names the option "<option>"
    And nothing is thrown, then or later
    And the bridge caught it without asking the vendor

    @rule:INPUT-01 @rule:INPUT-02
    Examples: what a send cannot be done without
      | call             | vendor | option    | what    | imaccount     | message  |
      | sendMessage      | 容联云 | imaccount | missing | (absent)      | "你好"   |
      | sendMessage      | 容联云 | imaccount | empty   | ""            | "你好"   |
      | sendMessage      | 容联云 | message   | missing | "lisi"        | (absent) |
      | sendChatMessage  | 容联云 | imaccount | missing | (absent)      | "你好"   |
      | sendChatMessage  | 先维IM | imaccount | missing | (absent)      | "你好"   |
      | sendChatMessage  | 容联云 | imaccount | empty   | ""            | "你好"   |
      | sendChatMessage  | 先维IM | imaccount | empty   | ""            | "你好"   |
      | sendChatMessage  | 容联云 | message   | missing | "lisi"        | (absent) |
      | sendChatMessage  | 先维IM | message   | missing | "lisi"        | (absent) |
      | sendGroupMessage | 容联云 | imaccount | missing | (absent)      | "你好"   |
      | sendGroupMessage | 先维IM | imaccount | empty   | ""            | "你好"   |
      | sendGroupMessage | 容联云 | message   | missing | "gg800895384" | (absent) |

    @rule:INPUT-05 @rule:INPUT-02
    Examples: an empty message, the kit's reading
      | call             | vendor | option  | what  | imaccount     | message |
      | sendMessage      | 容联云 | message | empty | "lisi"        | ""      |
      | sendChatMessage  | 容联云 | message | empty | "lisi"        | ""      |
      | sendChatMessage  | 先维IM | message | empty | "lisi"        | ""      |
      | sendGroupMessage | 先维IM | message | empty | "gg800895384" | ""      |

    @rule:INPUT-06 @rule:INPUT-02
    Examples: an option that is not a string, the kit's reading
      | call             | vendor | option    | what      | imaccount     | message |
      | sendMessage      | 容联云 | imaccount | a number  | 10086         | "你好"  |
      | sendMessage      | 容联云 | imaccount | null      | null          | "你好"  |
      | sendMessage      | 容联云 | message   | an object | "lisi"        | {"a":1} |
      | sendChatMessage  | 容联云 | imaccount | a number  | 10086         | "你好"  |
      | sendChatMessage  | 先维IM | imaccount | an array  | ["lisi"]      | "你好"  |
      | sendChatMessage  | 容联云 | message   | a number  | "lisi"        | 42      |
      | sendChatMessage  | 先维IM | message   | a boolean | "lisi"        | true    |
      | sendGroupMessage | 容联云 | imaccount | a number  | 800895384     | "你好"  |
      | sendGroupMessage | 先维IM | imaccount | null      | null          | "你好"  |
      | sendGroupMessage | 容联云 | message   | a number  | "gg800895384" | 42      |
      | sendGroupMessage | 先维IM | message   | null      | "gg800895384" | null    |

  Scenario Outline: <call> on <vendor> with <option> <what> fails, names it, and sends nothing
    Given the client runs on <vendor>
    When the page calls <call> with these options:
      | imaccount | <imaccount> |
      | name      | <name>      |
    Then fail is called once with an errMsg
    And nothing was delivered
    And the errMsg names the option "<option>"
    And nothing is thrown, then or later
    And the bridge caught it without asking the vendor

    @rule:INPUT-01 @rule:INPUT-02
    Examples: what a show call cannot be done without
      | call             | vendor | option    | what    | imaccount | name     |
      | showMessage      | 容联云 | imaccount | missing | (absent)  | "李四"   |
      | showMessage      | 容联云 | imaccount | empty   | ""        | "李四"   |
      | showChatMessage  | 容联云 | imaccount | missing | (absent)  | "李四"   |
      | showChatMessage  | 先维IM | imaccount | empty   | ""        | "李四"   |
      | showGroupMessage | 先维IM | imaccount | missing | (absent)  | "研发部" |
      | showGroupMessage | 容联云 | imaccount | empty   | ""        | "研发部" |

    @rule:INPUT-04 @rule:INPUT-02
    Examples: a show call without name, the kit's reading
      | call             | vendor | option | what    | imaccount     | name     |
      | showMessage      | 容联云 | name   | missing | "lisi"        | (absent) |
      | showMessage      | 容联云 | name   | empty   | "lisi"        | ""       |
      | showChatMessage  | 先维IM | name   | missing | "lisi"        | (absent) |
      | showChatMessage  | 容联云 | name   | empty   | "lisi"        | ""       |
      | showGroupMessage | 容联云 | name   | missing | "gg800895384" | (absent) |
      | showGroupMessage | 先维IM | name   | empty   | "gg800895384" | ""       |

    @rule:INPUT-06 @rule:INPUT-02
    Examples: an option that is not a string, the kit's reading
      | call             | vendor | option    | what     | imaccount     | name   |
      | showMessage      | 容联云 | imaccount | a number | 10086         | "李四" |
      | showMessage      | 容联云 | name      | a number | "lisi"        | 7      |
      | showChatMessage  | 容联云 | imaccount | a number | 10086         | "李四" |
      | showChatMessage  | 先维IM | name      | null     | "lisi"        | null   |
      | showGroupMessage | 先维IM | imaccount | an array | []            | "研发部" |
      | showGroupMessage | 容联云 | name      | a number | "gg800895384" | 1      |

  @since:5.2.0
  Scenario Outline: shareIMUI on <vendor> with <option> <what> fails, names it, and sends nothing
    Given the client runs on <vendor>
    And the user will share with "lisi"
    When the page calls shareIMUI with these options:
      | title   | <title>                                  |
      | desc    | "本周进展"                               |
      | appname | <appname>                                |
      | appid   | <appid>                                  |
      | imgUrl  | <imgUrl>                                 |
      | link    | <link>                                   |
    Then fail is called once with an errMsg
    And nothing was delivered
    And the errMsg names the option "<option>"
    And nothing is thrown, then or later
    And the bridge caught it without asking the vendor

    @rule:INPUT-01 @rule:INPUT-02
    Examples: what a share cannot be done without
      | vendor | option | what    | title  | appname | appid    | imgUrl           | link     |
      | 容联云 | link   | missing | "周报" | "周报"  | "weekly" | "local:icon.png" | (absent) |
      | 先维IM | link   | empty   | "周报" | "周报"  | "weekly" | "local:icon.png" | ""       |

    @rule:INPUT-03 @rule:INPUT-02
    Examples: a share without a title or an appid, the kit's reading
      | vendor | option | what    | title    | appname | appid    | imgUrl           | link                     |
      | 容联云 | title  | missing | (absent) | "周报"  | "weekly" | "local:icon.png" | "mplus://4:weekly/param" |
      | 先维IM | title  | empty   | ""       | "周报"  | "weekly" | "local:icon.png" | "mplus://4:weekly/param" |
      | 容联云 | appid  | missing | "周报"   | "周报"  | (absent) | "local:icon.png" | "mplus://4:weekly/param" |
      | 先维IM | appid  | empty   | "周报"   | "周报"  | ""       | "local:icon.png" | "mplus://4:weekly/param" |

    @rule:INPUT-06 @rule:INPUT-02
    Examples: an option that is not a string, the kit's reading
      | vendor | option  | what     | title  | appname | appid    | imgUrl           | link                     |
      | 容联云 | title   | a number | 2026   | "周报"  | "weekly" | "local:icon.png" | "mplus://4:weekly/param" |
      | 容联云 | link    | a number | "周报" | "周报"  | "weekly" | "local:icon.png" | 4                        |
      | 容联云 | appname | a number | "周报" | 12      | "weekly" | "local:icon.png" | "mplus://4:weekly/param" |
      | 先维IM | imgUrl  | a number | "周报" | "周报"  | "weekly" | 404              | "mplus://4:weekly/param" |

  @rule:INPUT-01 @rule:INPUT-02
  Scenario Outline: <call> on <vendor> without an options object throws nothing and sends nothing
    Given the client runs on <vendor>
    When the page calls <call> without an options object
    Then nothing is thrown, then or later
    And nothing was delivered
    And the bridge caught it without asking the vendor

    Examples:
      | call             | vendor |
      | sendMessage      | 容联云 |
      | sendChatMessage  | 先维IM |
      | sendChatMessage  | 容联云 |
      | sendGroupMessage | 先维IM |
      | sendGroupMessage | 容联云 |
      | showMessage      | 容联云 |
      | showChatMessage  | 先维IM |
      | showGroupMessage | 容联云 |
      | shareIMUI        | 先维IM |
