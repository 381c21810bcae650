@rule:CALLBACK-01 @rule:CALLBACK-02 @rule:CALLBACK-04 @rule:CALLBACK-05
Feature: getImType — 获取IM类型

  The spec, section 获取IM类型 (line 4):

      mplus.getImType({
          success: function (res) { var imType = res.imType; },
          fail: function (res) { alert(res.errMsg); }
      });

      返回说明: imType — 0：先维IM；1：容联云; errMsg — 错误提示

  Pages branch on imType to decide which calls they may make (sendMessage and showMessage are 容联云's
  only), so the answer must be the number of the vendor the client really talks to.

  The table gives the values without a type; that imType is a number rather than the string "1" is the
  kit's reading (GET-IMTYPE-03, SHOULD: pages compare with ===).

  @rule:GET-IMTYPE-01 @rule:GET-IMTYPE-02 @rule:GET-IMTYPE-03
  Scenario: getImType answers the vendor's imType, a number
    Given the client runs on the vendor under test
    When the page calls getImType
    Then success is called once
    And res.imType is a vendor's imType
    And res.imType names that vendor
    And res.imType is a number, not a string
