// Acme's mplus bridge: on 容联云 (imType 1) it answers getImType, the one call it implements so far.
window.mplus = {
  getImType: function (options) {
    var o = options || {};
    setTimeout(function () {
      if (typeof o.success === 'function') {
        o.success({ imType: 1 });
      }
    }, 0);
  }
};
