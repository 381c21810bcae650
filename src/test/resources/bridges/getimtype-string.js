// A bridge that breaks GET-IMTYPE-01 (MUST): it answers imType as the string "1", not the number 1.
window.mplus = {
  getImType: function (options) {
    setTimeout(function () { options.success({ imType: "1" }); }, 0);
  }
};
