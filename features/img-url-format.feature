# language: en
@format:imgUrl
Feature: imgUrl format (imgUrl链接格式)
  The share icon a page passes to mplus.shareIMUI (分享h5应用到IM), as the spec defines it:

    >1）以http、https开头，表示网络图片
    >2）以local开头，格式local:imgname，为客户端打包内置图片资源。
    例：local:icon.png
    >3）以app_local开头，格式app_local:apptype:appid:imgpath，为企业应用图片资源。例：app_local:apptype:appid:/img/icon.png
    其中apptype为应用类型，目前固定为4，表示html5应用
    appid为应用id

  The values are those of schemas/examples/formats.json, which every implementation of the grammar is
  tested against. Characters are counted from 0, in UTF-16 units as JavaScript counts them. A table cell
  cannot begin or end with whitespace, so \u0020 in a value stands for a space, \u3000 for an
  ideographic space, \u000A for a newline.

  @rule:IMGURL-01
  Scenario Outline: An imgUrl starting http:// or https:// names a network image
    Given the image URL "<url>"
    Then it is valid
    And it is a network image on host "<host>"

    Examples: 
      | url                                       | host            |
      | http://img.example.com/icon.png           | img.example.com |
      | https://img.example.com/icon.png          | img.example.com |
      | HTTPS://IMG.EXAMPLE.COM/icon.png          | IMG.EXAMPLE.COM |
      | http://127.0.0.1:8080/static/icon.png?v=2 | 127.0.0.1:8080  |
      | http://img.example.com                    | img.example.com |

  @rule:IMGURL-02
  Scenario Outline: local:IMGNAME names an image packed in the client
    Given the image URL "<url>"
    Then it is valid
    And it is the image "<name>" packed in the client

    Examples: 
      | url            | name     |
      | local:icon.png | icon.png |
      | local:图标.png | 图标.png |

  @rule:IMGURL-03
  Scenario Outline: app_local:4:APPID:IMGPATH names an image of an html5 app
    Given the image URL "<url>"
    Then it is valid
    And it is the image "<path>" of the html5 app "<app id>"

    Examples: 
      | url                                 | path          | app id      |
      | app_local:4:myapp:/img/icon.png     | /img/icon.png | myapp       |
      | app_local:4:com.acme.h5:img/a:b.png | img/a:b.png   | com.acme.h5 |

  Scenario Outline: An imgUrl outside the format is invalid, and the error points at the character
    Given the image URL "<url>"
    Then it is invalid at character <index> with a message naming "<expected>"

    @rule:IMGURL-04
    Examples: none of the three forms
      | url                  | index | expected                                |
      | ftp://x/icon.png     | 0     | http://, https://, local: or app_local: |
      |                      | 0     | http://, https://, local: or app_local: |
      | \u0020               | 0     | http://, https://, local: or app_local: |
      | \u0020local:icon.png | 0     | http://, https://, local: or app_local: |
      | icon.png             | 0     | http://, https://, local: or app_local: |
      | /img/icon.png        | 0     | http://, https://, local: or app_local: |
      | LOCAL:icon.png       | 0     | http://, https://, local: or app_local: |
      | file:///img/icon.png | 0     | http://, https://, local: or app_local: |

    @rule:IMGURL-01
    Examples: a network image without its host, or with whitespace
      | url                                | index | expected            |
      | htp://img.example.com/icon.png     | 2     | http:// or https:// |
      | http:/img.example.com/icon.png     | 6     | http://             |
      | http://                            | 7     | a host              |
      | https:///icon.png                  | 8     | a host              |
      | http://img.example.com/my icon.png | 25    | no whitespace       |

    @rule:IMGURL-02
    Examples: a client image without its name, or with whitespace
      | url                  | index | expected       |
      | local:               | 6     | the image name |
      | local: icon.png      | 6     | the image name |
      | local:icon\u3000.png | 10    | no whitespace  |
      | local:icon.png\u0020 | 14    | no whitespace  |
      | local:icon.png\u000A | 14    | no whitespace  |
      | lokal:icon.png       | 2     | local:         |

    @rule:IMGURL-03
    Examples: an app image with an app type other than 4, or a part missing
      | url                                   | index | expected                   |
      | app_local:apptype:appid:/img/icon.png | 10    | app type 4 (html5 app)     |
      | app_local:3:myapp:/img/icon.png       | 10    | app type 4 (html5 app)     |
      | app_local:1:myapp:/img/icon.png       | 10    | app type 4 (html5 app)     |
      | app_local:44:myapp:/img/icon.png      | 11    | a colon after the app type |
      | app_local:4::/img/icon.png            | 12    | the app id                 |
      | app_local:4:my app:/img/icon.png      | 14    | a colon and the image path |
      | app_local:4:myapp                     | 17    | a colon and the image path |
      | app_local:4:myapp:                    | 18    | the image path             |
      | app-local:4:myapp:/img/icon.png       | 3     | app_local:                 |
