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

  Every row is tried on every vendor under test; the rows of a call the doc gives some vendors only
  (sendMessage, showMessage) are tagged @offered:<call> and tried on those vendors.

  Values in the option tables are JSON: "lisi" is a string, 10086 a number; (absent) leaves the option out.

  Scenario Outline: <call> with <option> <what> fails, names it, and sends nothing
    Given the client runs on the vendor under test
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
      | call             | option    | what    | imaccount     | message  |
      | sendChatMessage  | imaccount | missing | (absent)      | "你好"   |
      | sendChatMessage  | imaccount | empty   | ""            | "你好"   |
      | sendChatMessage  | message   | missing | "lisi"        | (absent) |
      | sendGroupMessage | imaccount | missing | (absent)      | "你好"   |
      | sendGroupMessage | imaccount | empty   | ""            | "你好"   |
      | sendGroupMessage | message   | missing | "gg800895384" | (absent) |

    @offered:sendMessage @rule:INPUT-01 @rule:INPUT-02
    Examples: what sendMessage cannot be done without
      | call        | option    | what    | imaccount | message  |
      | sendMessage | imaccount | missing | (absent)  | "你好"   |
      | sendMessage | imaccount | empty   | ""        | "你好"   |
      | sendMessage | message   | missing | "lisi"    | (absent) |

    @rule:INPUT-05 @rule:INPUT-02
    Examples: an empty message, the kit's reading
      | call             | option  | what  | imaccount     | message |
      | sendChatMessage  | message | empty | "lisi"        | ""      |
      | sendGroupMessage | message | empty | "gg800895384" | ""      |

    @offered:sendMessage @rule:INPUT-05 @rule:INPUT-02
    Examples: an empty message to sendMessage, the kit's reading
      | call        | option  | what  | imaccount | message |
      | sendMessage | message | empty | "lisi"    | ""      |

    @rule:INPUT-06 @rule:INPUT-02
    Examples: an option that is not a string, the kit's reading
      | call             | option    | what      | imaccount     | message |
      | sendChatMessage  | imaccount | a number  | 10086         | "你好"  |
      | sendChatMessage  | imaccount | an array  | ["lisi"]      | "你好"  |
      | sendChatMessage  | message   | a number  | "lisi"        | 42      |
      | sendChatMessage  | message   | a boolean | "lisi"        | true    |
      | sendGroupMessage | imaccount | a number  | 800895384     | "你好"  |
      | sendGroupMessage | imaccount | null      | null          | "你好"  |
      | sendGroupMessage | message   | a number  | "gg800895384" | 42      |
      | sendGroupMessage | message   | null      | "gg800895384" | null    |

    @offered:sendMessage @rule:INPUT-06 @rule:INPUT-02
    Examples: an option of sendMessage that is not a string, the kit's reading
      | call        | option    | what      | imaccount | message |
      | sendMessage | imaccount | a number  | 10086     | "你好"  |
      | sendMessage | imaccount | null      | null      | "你好"  |
      | sendMessage | message   | an object | "lisi"    | {"a":1} |

  Scenario Outline: <call> with <option> <what> fails, names it, and sends nothing
    Given the client runs on the vendor under test
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
      | call             | option    | what    | imaccount | name     |
      | showChatMessage  | imaccount | missing | (absent)  | "李四"   |
      | showChatMessage  | imaccount | empty   | ""        | "李四"   |
      | showGroupMessage | imaccount | missing | (absent)  | "研发部" |
      | showGroupMessage | imaccount | empty   | ""        | "研发部" |

    @offered:showMessage @rule:INPUT-01 @rule:INPUT-02
    Examples: what showMessage cannot be done without
      | call        | option    | what    | imaccount | name   |
      | showMessage | imaccount | missing | (absent)  | "李四" |
      | showMessage | imaccount | empty   | ""        | "李四" |

    @rule:INPUT-04 @rule:INPUT-02
    Examples: a show call without name, the kit's reading
      | call             | option | what    | imaccount     | name     |
      | showChatMessage  | name   | missing | "lisi"        | (absent) |
      | showChatMessage  | name   | empty   | "lisi"        | ""       |
      | showGroupMessage | name   | missing | "gg800895384" | (absent) |
      | showGroupMessage | name   | empty   | "gg800895384" | ""       |

    @offered:showMessage @rule:INPUT-04 @rule:INPUT-02
    Examples: showMessage without name, the kit's reading
      | call        | option | what    | imaccount | name     |
      | showMessage | name   | missing | "lisi"    | (absent) |
      | showMessage | name   | empty   | "lisi"    | ""       |

    @rule:INPUT-06 @rule:INPUT-02
    Examples: an option that is not a string, the kit's reading
      | call             | option    | what     | imaccount     | name     |
      | showChatMessage  | imaccount | a number | 10086         | "李四"   |
      | showChatMessage  | name      | null     | "lisi"        | null     |
      | showGroupMessage | imaccount | an array | []            | "研发部" |
      | showGroupMessage | name      | a number | "gg800895384" | 1        |

    @offered:showMessage @rule:INPUT-06 @rule:INPUT-02
    Examples: an option of showMessage that is not a string, the kit's reading
      | call        | option    | what     | imaccount | name   |
      | showMessage | imaccount | a number | 10086     | "李四" |
      | showMessage | name      | a number | "lisi"    | 7      |

  @since:5.2.0
  Scenario Outline: shareIMUI with <option> <what> fails, names it, and sends nothing
    Given the client runs on the vendor under test
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
      | option | what    | title  | appname | appid    | imgUrl           | link     |
      | link   | missing | "周报" | "周报"  | "weekly" | "local:icon.png" | (absent) |
      | link   | empty   | "周报" | "周报"  | "weekly" | "local:icon.png" | ""       |

    @rule:INPUT-03 @rule:INPUT-02
    Examples: a share without a title or an appid, the kit's reading
      | option | what    | title    | appname | appid    | imgUrl           | link                     |
      | title  | missing | (absent) | "周报"  | "weekly" | "local:icon.png" | "mplus://4:weekly/param" |
      | title  | empty   | ""       | "周报"  | "weekly" | "local:icon.png" | "mplus://4:weekly/param" |
      | appid  | missing | "周报"   | "周报"  | (absent) | "local:icon.png" | "mplus://4:weekly/param" |
      | appid  | empty   | "周报"   | "周报"  | ""       | "local:icon.png" | "mplus://4:weekly/param" |

    @rule:INPUT-06 @rule:INPUT-02
    Examples: an option that is not a string, the kit's reading
      | option  | what     | title  | appname | appid    | imgUrl           | link                     |
      | title   | a number | 2026   | "周报"  | "weekly" | "local:icon.png" | "mplus://4:weekly/param" |
      | link    | a number | "周报" | "周报"  | "weekly" | "local:icon.png" | 4                        |
      | appname | a number | "周报" | 12      | "weekly" | "local:icon.png" | "mplus://4:weekly/param" |
      | imgUrl  | a number | "周报" | "周报"  | "weekly" | 404              | "mplus://4:weekly/param" |

  @rule:INPUT-01 @rule:INPUT-02
  Scenario Outline: <call> without an options object throws nothing and sends nothing
    Given the client runs on the vendor under test
    When the page calls <call> without an options object
    Then nothing is thrown, then or later
    And nothing was delivered
    And the bridge caught it without asking the vendor

    Examples:
      | call             |
      | sendChatMessage  |
      | sendGroupMessage |
      | showChatMessage  |
      | showGroupMessage |
      | shareIMUI        |

    @offered:sendMessage
    Examples: sendMessage
      | call        |
      | sendMessage |

    @offered:showMessage
    Examples: showMessage
      | call        |
      | showMessage |
