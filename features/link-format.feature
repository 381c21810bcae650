# language: en
@format:link
Feature: link format (link链接格式)
  The link a page passes to mplus.shareIMUI (分享h5应用到IM), as the spec defines it:

    >其中apptype为填应用类型，Exmobi应用填1，原生应用填2，html5应用填4。
    >当apptype为2时，appid为原型应用ID，格式为androidappid##iosappid，客户端使用##截取自行操作系统的应用ID，并且使用自行操作系统的apptype请求服务器做应用打开。
    >当apptpye为1或者2时，系统将请求格式中？后续参数作为启动传参传递给应用。例如：app_scheme://apptype:appid/param?type=xxx&file=xxx
    >当apptpye为4时，系统将param后续参数作为应用url打开，打开的ip、端口、协议使用应用发布时的数据。例如：app_scheme://apptype:appid/param/index?type=xxx&file=xxx

  app_scheme stands for the client's own URL scheme. The values are those of schemas/examples/formats.json,
  which every implementation of the grammar is tested against. Characters are counted from 0, in UTF-16
  units as JavaScript counts them. A table cell cannot begin or end with whitespace, so \u0020 in a value
  stands for a space, \u3000 for an ideographic space, \u000A for a newline.

  @rule:LINK-01 @rule:LINK-06
  Scenario Outline: A link names the client's scheme, the app type and the app id
    Given the link "<link>"
    Then it is valid
    And the scheme is "<scheme>"
    And the app type is <type> (<meaning>)
    And the app id is "<app id>"
    And it has no warnings

    Examples: the spec's examples, placeholders filled in
      | link                                                                  | scheme     | type | meaning    | app id                         |
      | app_scheme://1:myapp/param?type=xxx&file=xxx                          | app_scheme | 1    | ExMobi app | myapp                          |
      | app_scheme://2:com.acme.android##com.acme.ios/param?type=xxx&file=xxx | app_scheme | 2    | native app | com.acme.android##com.acme.ios |
      | app_scheme://4:myapp/param/index?type=xxx&file=xxx                    | app_scheme | 4    | html5 app  | myapp                          |

    Examples: other schemes and app ids
      | link                                    | scheme       | type | meaning    | app id   |
      | My.App+x-1_b://1:myapp/param            | My.App+x-1_b | 1    | ExMobi app | myapp    |
      | x://4:myapp/param/index.html            | x            | 4    | html5 app  | myapp    |
      | app_scheme://1:我的应用/param?类型=文件 | app_scheme   | 1    | ExMobi app | 我的应用 |

  @rule:LINK-02
  Scenario Outline: A native app's link carries one app id for each OS, and each client opens its own
    Given the link "<link>"
    Then it is valid
    And the Android app id is "<android>"
    And the iOS app id is "<ios>"

    Examples: 
      | link                                                                  | android          | ios          |
      | app_scheme://2:com.acme.android##com.acme.ios/param?type=xxx&file=xxx | com.acme.android | com.acme.ios |
      | mplus://2:com.acme.android##com.acme.ios/param?type=xxx               | com.acme.android | com.acme.ios |

  @rule:LINK-03
  Scenario Outline: An ExMobi or native app receives what follows ? as its launch parameters
    Given the link "<link>"
    Then it is valid
    And the launch parameters are "<parameters>"

    Examples: 
      | link                                                                  | parameters         |
      | app_scheme://1:myapp/param?type=xxx&file=xxx                          | type=xxx, file=xxx |
      | app_scheme://2:com.acme.android##com.acme.ios/param?type=xxx&file=xxx | type=xxx, file=xxx |
      | mplus://2:com.acme.android##com.acme.ios/param?type=xxx               | type=xxx           |
      | app_scheme://1:myapp/param                                            | (none)             |
      | app_scheme://1:我的应用/param?类型=文件                               | 类型=文件          |

    Examples: percent-decoded as UTF-8, + kept, the first value of a repeated name
      | link                                                                           | parameters                         |
      | app_scheme://1:myapp/param?name=%E5%BC%A0%E4%B8%89&empty=&flag&type=a+b&type=c | name=张三, empty=, flag=, type=a+b |

  @rule:LINK-04
  Scenario Outline: An html5 app opens what follows param on the protocol, host and port it was published with
    Given the link "<link>"
    And the app was published at "<published>"
    Then it is valid
    And the app URL is "<app url>"
    And it opens "<opens>"

    Examples: 
      | link                                               | published                            | app url                  | opens                                                 |
      | app_scheme://4:myapp/param/index?type=xxx&file=xxx | https://apps.example.com:8443/myapp/ | /index?type=xxx&file=xxx | https://apps.example.com:8443/index?type=xxx&file=xxx |
      | app_scheme://4:myapp/param                         | https://apps.example.com:8443/myapp/ |                          | https://apps.example.com:8443/                        |
      | app_scheme://4:myapp/param?type=xxx                | http://10.0.0.5                      | ?type=xxx                | http://10.0.0.5/?type=xxx                             |
      | app_scheme://4:myapp/param/index#top               | http://10.0.0.5:8080                 | /index#top               | http://10.0.0.5:8080/index#top                        |
      | x://4:myapp/param/index.html                       | https://apps.example.com             | /index.html              | https://apps.example.com/index.html                   |

  @rule:LINK-05
  Scenario Outline: A link whose path does not begin with the segment param is valid, with a warning
    The spec never says param is required, but every one of its examples has it.

    Given the link "<link>"
    Then it is valid
    And it warns "<warning>"

    Examples: 
      | link                                | warning                    |
      | app_scheme://1:myapp                | the path is empty          |
      | app_scheme://1:myapp?type=xxx       | the path is empty          |
      | app_scheme://2:a##b/params?type=xxx | does not begin with /param |
      | app_scheme://4:myapp/index?type=xxx | does not begin with /param |

  Scenario Outline: A link outside the format is invalid, and the error points at the character
    Given the link "<link>"
    Then it is invalid at character <index> with a message naming "<expected>"

    @rule:LINK-01
    Examples: an app type other than 1, 2 or 4
      | link                                               | index | expected                                        |
      | app_scheme://apptype:appid/param?type=xxx&file=xxx | 13    | 1 (ExMobi app), 2 (native app) or 4 (html5 app) |
      | app_scheme://0:myapp/param                         | 13    | 1 (ExMobi app), 2 (native app) or 4 (html5 app) |
      | app_scheme://3:myapp/param                         | 13    | 1 (ExMobi app), 2 (native app) or 4 (html5 app) |
      | app_scheme://5:myapp/param                         | 13    | 1 (ExMobi app), 2 (native app) or 4 (html5 app) |
      | app_scheme://x:myapp/param                         | 13    | 1 (ExMobi app), 2 (native app) or 4 (html5 app) |
      | mplus://3:x/param                                  | 8     | 1 (ExMobi app), 2 (native app) or 4 (html5 app) |
      | http://www.example.com/share.html                  | 7     | 1 (ExMobi app), 2 (native app) or 4 (html5 app) |
      | app_scheme://                                      | 13    | 1 (ExMobi app), 2 (native app) or 4 (html5 app) |
      | app_scheme://14:myapp/param                        | 14    | a colon after the app type                      |
      | app_scheme://1/param                               | 14    | a colon after the app type                      |

    @rule:LINK-01
    Examples: no app id, or one holding #, : or whitespace
      | link                           | index | expected                                |
      | app_scheme://1:/param?type=xxx | 15    | the app id                              |
      | app_scheme://4:                | 15    | the app id                              |
      | app_scheme://1:my#app/param    | 17    | or the end of the link after the app id |
      | app_scheme://1:my:app/param    | 17    | or the end of the link after the app id |
      | app_scheme://1:my app/param    | 17    | or the end of the link after the app id |

    @rule:LINK-01
    Examples: whitespace anywhere
      | link                                      | index | expected      |
      | app_scheme://1:myapp/param?type=a b       | 33    | no whitespace |
      | app_scheme://1:myapp/param\u0020          | 26    | no whitespace |
      | app_scheme://1:myapp/param\u3000          | 26    | no whitespace |
      | app_scheme://1:myapp/param?type=xxx\u000A | 35    | no whitespace |

    @rule:LINK-01
    Examples: no :// after the scheme
      | link                      | index | expected             |
      | app_scheme:1:myapp/param  | 11    | :// after the scheme |
      | app_scheme:/1:myapp/param | 12    | :// after the scheme |

    @rule:LINK-02
    Examples: a native app id that is not ANDROIDAPPID##IOSAPPID
      | link                                                 | index | expected              |
      | app_scheme://2:com.acme.android/param                | 31    | ## and the iOS app id |
      | app_scheme://2:myapp                                 | 20    | ## and the iOS app id |
      | app_scheme://2:com.acme.android#com.acme.ios/param   | 32    | ## and the iOS app id |
      | app_scheme://2:##com.acme.ios/param                  | 15    | the Android app id    |
      | app_scheme://2:com.acme.android##/param              | 33    | the iOS app id        |
      | app_scheme://2:com.acme.android###com.acme.ios/param | 33    | the iOS app id        |

    @rule:LINK-06
    Examples: a scheme that is not a letter, then letters, digits, +, -, . or _
      | link                             | index | expected                          |
      |                                  | 0     | a letter, the start of the scheme |
      | \u0020                           | 0     | a letter, the start of the scheme |
      | \u0020app_scheme://1:myapp/param | 0     | a letter, the start of the scheme |
      | ://1:myapp/param                 | 0     | a letter, the start of the scheme |
      | 1app://1:myapp/param             | 0     | a letter, the start of the scheme |
      | 应用://1:myapp/param             | 0     | a letter, the start of the scheme |
      | app scheme://1:myapp/param       | 3     | a letter, digit, +, -, . or _     |
      | app$scheme://1:myapp/param       | 3     | a letter, digit, +, -, . or _     |
      | app_scheme//1:myapp/param        | 10    | a letter, digit, +, -, . or _     |
