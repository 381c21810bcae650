// A bridge that answers getImType as the spec says, on 容联云 (imType 1), and implements nothing else.
window.mplus = {
  getImType: function (options) {
    setTimeout(function () { options.success({ imType: 1 }); }, 0);
  }
};
