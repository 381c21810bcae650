// A bridge that breaks CALLBACK-04 (SHOULD) only: it calls success before getImType returns.
window.mplus = {
  getImType: function (options) {
    options.success({ imType: 1 });
  }
};
