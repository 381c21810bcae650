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
  Scenario Outline: shareIMUI delivers one link card to the <who> the user picks
    Given the client runs on the vendor under test
    And the user will share with "<pick>"
    When the page shares its app
    Then success is called once
    And the vendor delivered one link card to "<pick>" carrying the link

    Examples:
      | who   | pick        |
      | user  | lisi        |
      | group | gg800895384 |

  @hook:mplusTckUser @rule:SHARE-02
  Scenario: shareIMUI fails and sends nothing when the user cancels
    Given the client runs on the vendor under test
    And the user will cancel the share
    When the page shares its app
    Then fail is called once with an errMsg
    And nothing was sent to any vendor

  @wire @hook:mplusTckUser @rule:SHARE-03
  Scenario Outline: shareIMUI accepts the imgUrl <imgUrl>
    Given the client runs on the vendor under test
    And the user will share with "lisi"
    When the page shares its app with imgUrl "<imgUrl>"
    Then success is called once
    And the vendor delivered one link card to "lisi" carrying the link

    Examples:
      | imgUrl                                  |
      | http://img.example.com/icon.png         |
      | https://img.example.com:8443/a/icon.png |
      | local:icon.png                          |
      | app_local:4:myapp:/img/icon.png         |
      | https://img.example.com/icon.png        |

  @rule:SHARE-04 @rule:INPUT-02
  Scenario Outline: shareIMUI rejects the imgUrl <imgUrl>
    Given the client runs on the vendor under test
    And the user will share with "lisi"
    When the page shares its app with imgUrl "<imgUrl>"
    Then fail is called once with an errMsg
    And the errMsg names the option "imgUrl"
    And nothing was sent to any vendor

    Examples:
      | imgUrl                          |
      | ftp://img.example.com/icon.png  |
      | icon.png                        |
      | local:                          |
      | app_local:2:myapp:/img/icon.png |
      | app_local:4::/img/icon.png      |
      | app_local:4:myapp:              |
      | http://                         |
      | app_local:1:myapp:/img/icon.png |

  @wire @hook:mplusTckUser @rule:SHARE-05
  Scenario Outline: shareIMUI accepts the link <link>
    Given the client runs on the vendor under test
    And the user will share with "lisi"
    When the page shares its app with link "<link>"
    Then success is called once
    And the vendor delivered one link card to "lisi" carrying the link

    Examples:
      | link                                                                  |
      | app_scheme://1:myapp/param?type=xxx&file=xxx                          |
      | app_scheme://2:com.acme.android##com.acme.ios/param?type=xxx&file=xxx |
      | app_scheme://4:myapp/param/index?type=xxx&file=xxx                    |
      | mplus://4:weekly/param/index.html                                     |
      | mplus://1:exmobi.app/param                                            |
      | mplus://2:com.acme.android##com.acme.ios/param?x=1                    |
      | mplus://4:weekly/param/index?type=week                                |

  @rule:SHARE-06 @rule:INPUT-02
  Scenario Outline: shareIMUI rejects the link <link>
    Given the client runs on the vendor under test
    And the user will share with "lisi"
    When the page shares its app with link "<link>"
    Then fail is called once with an errMsg
    And the errMsg names the option "link"
    And nothing was sent to any vendor

    Examples:
      | link                                      |
      | mplus://3:myapp/param                     |
      | mplus://0:myapp/param                     |
      | mplus://4:/param/index                    |
      | mplus://2:com.acme.android/param?type=xxx |
      | mplus://2:com.acme.android##/param        |
      | mplus://2:##com.acme.ios/param            |
      | mplus:/4:myapp/param                      |
      | ://4:myapp/param                          |
      | 4:myapp/param                             |
      | https://www.example.com/index.html        |
      | mplus://2:com.acme.android/param          |
