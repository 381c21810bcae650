// A bridge that earns a verdict of each kind on 容联云, so that reports can be held against each other: getImType
// answers imType as the vendor's name (FAIL, GET-IMTYPE-01), showChatMessage calls success before it returns (WARN,
// CALLBACK-04), showGroupMessage never calls back, though a timer keeps the page busy as a pending native call
// would (TIMEOUT), sendChatMessage refuses a group account as the doc asks (PASS).
window.mplus = {
  getImType: function (options) {
    setTimeout(function () { options.success({ imType: "ronglian" }); }, 0);
  },
  sendChatMessage: function (options) {
    setTimeout(function () { options.fail({ errMsg: "发送失败：" + options.imaccount + " 是群组，不是用户" }); }, 0);
  },
  showChatMessage: function (options) {
    options.success({});
  },
  showGroupMessage: function () {
    setTimeout(function () {}, 60000);
  }
};
