/*
 * Shared by the corpus overlays: replace one mplus call, keeping the reference bridge's own as `real`.
 * breakCall(name, function (real, options) { ... }) installs the broken version.
 */
var corpus = (function (mplus) {
  function copy(options, changes) {
    var out = {};
    var k;
    for (k in options) {
      if (Object.prototype.hasOwnProperty.call(options, k)) {
        out[k] = options[k];
      }
    }
    for (k in changes || {}) {
      if (Object.prototype.hasOwnProperty.call(changes, k)) {
        out[k] = changes[k];
      }
    }
    return out;
  }
  function callback(options, name) {
    return options && typeof options[name] === 'function' ? options[name] : function () {};
  }
  return {
    copy: copy,
    success: function (options) { return callback(options, 'success'); },
    fail: function (options) { return callback(options, 'fail'); },
    breakCall: function (name, broken) {
      var real = mplus[name];
      mplus[name] = function (options) {
        return broken(function (o) { return real.call(mplus, o); }, options);
      };
    },
    later: function (fn) { setTimeout(fn, 0); },
    // Runs broken() when the client runs on imType, real() otherwise: a fault on one vendor only.
    onVendor: function (imType, broken, real) {
      mplus.getImType({ success: function (res) {
        if (res.imType === imType) {
          broken();
        } else {
          real();
        }
      } });
    }
  };
})(window.mplus);
