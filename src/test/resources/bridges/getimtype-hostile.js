// A bridge whose getImType throws a 5 MB error carrying markup and a control character: the reports must stay
// small, and the markup must stay text.
window.mplus = {
  getImType: function (options) {
    throw new Error("<script>alert('pwned')</script>\u0001" + new Array(5 * 1024 * 1024).join("x"));
  }
};
