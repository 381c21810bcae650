// A bridge that breaks GET-IMTYPE-01 (MUST): it answers imType as the vendor's name, "ronglian", not the doc's 1.
window.mplus = {
  getImType: function (options) {
    setTimeout(function () { options.success({ imType: "ronglian" }); }, 0);
  }
};
