// A bridge that earns a verdict of each kind on 容联云, so that reports can be held against each other: getImType
// answers imType as a string (FAIL, GET-IMTYPE-01), showChatMessage calls success before it returns (WARN,
// CALLBACK-04), showGroupMessage never calls back, though a timer keeps the page busy as a pending native call
// would (TIMEOUT).
window.mplus = {
  getImType: function (options) {
    setTimeout(function () { options.success({ imType: "1" }); }, 0);
  },
  showChatMessage: function (options) {
    options.success({});
  },
  showGroupMessage: function () {
    setTimeout(function () {}, 60000);
  }
};
