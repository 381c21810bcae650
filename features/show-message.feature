@rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: showMessage — 显示聊天界面（容联云）

  The spec, section 显示聊天界面（容联云） (line 177):

      mplus.showMessage({ imaccount: '', name: '', success: function (res) {}, fail: function (res) { alert(res.errMsg); } });

      参数说明: imaccount — im用户账号; name — 用户名称

  Opening a chat sends nothing. The kit cannot see a native chat screen; it judges that the chat opens
  for a user that exists (the vendor's directory says so) and not for anyone else. The scenarios tagged
  offered:showMessage are judged on the vendors the catalog gives the call; those tagged lacking:showMessage
  on the others.

  @offered:showMessage @wire @rule:SHOW-MSG-01
  Scenario: showMessage for a known user succeeds and sends nothing
    Given the client runs on the vendor under test
    When the page calls showMessage with imaccount "lisi" and name "李四"
    Then success is called once
    And nothing was sent to any vendor

  @offered:showMessage @wire @rule:SHOW-MSG-02
  Scenario Outline: showMessage for <who> fails and sends nothing
    Given the client runs on the vendor under test
    When the page calls showMessage with imaccount "<imaccount>" and name "<name>"
    Then fail is called once with an errMsg
    And nothing was sent to any vendor

    Examples:
      | who             | imaccount   | name   |
      | an unknown user | zhaoliu     | 赵六   |
      | a group         | gg800895384 | 研发部 |

  @lacking:showMessage @rule:SHOW-MSG-03
  Scenario: showMessage on a vendor that lacks it fails and sends nothing
    Given the client runs on the vendor under test
    When the page calls showMessage with imaccount "lisi" and name "李四"
    Then fail is called once with an errMsg
    And nothing was sent to any vendor
