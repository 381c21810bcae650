@since:5.2.0 @rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: shareIMUI — 分享h5应用到IM(5.2.0)

  The spec, section 分享h5应用到IM(5.2.0) (line 317):

      mplus.shareIMUI({ title: '', desc: '', appname: '', appid: '', imgUrl: '', link: '',
                        success: function (res) {}, fail: function (res) { alert(res.errMsg); } });

      参数说明: title — 分享标题; desc — 分享描述; appname — 分享应用名; appid — 分享应用id;
               imgUrl — 分享图标，见imgUrl链接格式定义; link — 分享链接，见link链接格式

  The user picks whom to share with. In a test page the kit plays the user through the test hook
  window.mplusTckUser: {shareTo: "lisi"} picks lisi, {shareTo: null} cancels (docs/hooks.md). The share
  is a link card delivered to the pick; success comes after the vendor accepted it. The scenarios whose
  verdict rests on the pick carry the hook's tag: for a bridge that never reads the hook they are
  NOT-PLAYABLE, neither passed nor failed.

  The imgUrl and link formats are judged here, through shareIMUI: every valid form is accepted (SHARE-03,
  SHARE-05, the doc's words); a link outside its format would share a card that opens nothing (SHARE-06,
  MUST); an imgUrl outside its format only loses the icon, so its rejection is the kit's reading
  (SHARE-04, SHOULD). The formats themselves are checked by check-link and check-img-url.

  @wire @hook:mplusTckUser @rule:SHARE-01 @rule:DELIVERY-04
  Scenario Outline: shareIMUI on <vendor> delivers one link card to the <who> the user picks
    Given the client runs on <vendor>
    And the user will share with "<pick>"
    When the page shares its app
    Then success is called once
    And <vendor> delivered one link card to "<pick>" carrying the link

    Examples:
      | who   | vendor | pick        |
      | user  | 先维IM | lisi        |
      | user  | 容联云 | lisi        |
      | group | 先维IM | gg800895384 |
      | group | 容联云 | gg800895384 |

  @hook:mplusTckUser @rule:SHARE-02
  Scenario Outline: shareIMUI on <vendor> fails and sends nothing when the user cancels
    Given the client runs on <vendor>
    And the user will cancel the share
    When the page shares its app
    Then fail is called once with an errMsg
    And nothing was sent to any vendor

    Examples:
      | vendor |
      | 先维IM |
      | 容联云 |

  @wire @hook:mplusTckUser @rule:SHARE-03
  Scenario Outline: shareIMUI on <vendor> accepts the imgUrl <imgUrl>
    Given the client runs on <vendor>
    And the user will share with "lisi"
    When the page shares its app with imgUrl "<imgUrl>"
    Then success is called once
    And <vendor> delivered one link card to "lisi" carrying the link

    Examples:
      | vendor | imgUrl                                  |
      | 容联云 | http://img.example.com/icon.png         |
      | 容联云 | https://img.example.com:8443/a/icon.png |
      | 容联云 | local:icon.png                          |
      | 容联云 | app_local:4:myapp:/img/icon.png         |
      | 先维IM | https://img.example.com/icon.png        |
      | 先维IM | local:icon.png                          |
      | 先维IM | app_local:4:myapp:/img/icon.png         |

  @rule:SHARE-04 @rule:INPUT-02
  Scenario Outline: shareIMUI on <vendor> rejects the imgUrl <imgUrl>
    Given the client runs on <vendor>
    And the user will share with "lisi"
    When the page shares its app with imgUrl "<imgUrl>"
    Then fail is called once with an errMsg
    And the errMsg names the option "imgUrl"
    And nothing was sent to any vendor

    Examples:
      | vendor | imgUrl                          |
      | 容联云 | ftp://img.example.com/icon.png  |
      | 容联云 | icon.png                        |
      | 容联云 | local:                          |
      | 容联云 | app_local:2:myapp:/img/icon.png |
      | 容联云 | app_local:4::/img/icon.png      |
      | 容联云 | app_local:4:myapp:              |
      | 容联云 | http://                         |
      | 先维IM | ftp://img.example.com/icon.png  |
      | 先维IM | app_local:1:myapp:/img/icon.png |

  @wire @hook:mplusTckUser @rule:SHARE-05
  Scenario Outline: shareIMUI on <vendor> accepts the link <link>
    Given the client runs on <vendor>
    And the user will share with "lisi"
    When the page shares its app with link "<link>"
    Then success is called once
    And <vendor> delivered one link card to "lisi" carrying the link

    Examples:
      | vendor | link                                                 |
      | 容联云 | app_scheme://1:myapp/param?type=xxx&file=xxx         |
      | 容联云 | app_scheme://2:com.acme.android##com.acme.ios/param?type=xxx&file=xxx |
      | 容联云 | app_scheme://4:myapp/param/index?type=xxx&file=xxx   |
      | 容联云 | mplus://4:weekly/param/index.html                    |
      | 先维IM | mplus://1:exmobi.app/param                           |
      | 先维IM | mplus://2:com.acme.android##com.acme.ios/param?x=1   |
      | 先维IM | mplus://4:weekly/param/index?type=week               |

  @rule:SHARE-06 @rule:INPUT-02
  Scenario Outline: shareIMUI on <vendor> rejects the link <link>
    Given the client runs on <vendor>
    And the user will share with "lisi"
    When the page shares its app with link "<link>"
    Then fail is called once with an errMsg
    And the errMsg names the option "link"
    And nothing was sent to any vendor

    Examples:
      | vendor | link                                         |
      | 容联云 | mplus://3:myapp/param                        |
      | 容联云 | mplus://0:myapp/param                        |
      | 容联云 | mplus://4:/param/index                       |
      | 容联云 | mplus://2:com.acme.android/param?type=xxx    |
      | 容联云 | mplus://2:com.acme.android##/param           |
      | 容联云 | mplus://2:##com.acme.ios/param               |
      | 容联云 | mplus:/4:myapp/param                         |
      | 容联云 | ://4:myapp/param                             |
      | 容联云 | 4:myapp/param                                |
      | 容联云 | https://www.example.com/index.html           |
      | 先维IM | mplus://3:myapp/param                        |
      | 先维IM | mplus://2:com.acme.android/param             |
