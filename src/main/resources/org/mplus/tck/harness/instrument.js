/*
 * mplus-tck page instrumentation. Loaded before the bridge under test, so it keeps its own references to
 * the built-ins it needs: a bridge that replaces JSON, setTimeout or Array methods cannot blind the kit.
 * ES5 only: it runs in HtmlUnit as well as in Chromium.
 */
(function (window) {
  'use strict';
  var stringify = window.JSON.stringify;
  var now = window.Date.now;
  var hasOwn = Object.prototype.hasOwnProperty;
  var keys = Object.keys;
  var MAX_TEXT = 2000;      // longer strings are cut in what the kit records, with their full length kept
  var MAX_CALLBACKS = 20;   // a bridge calling back in a loop is recorded 20 times, then only counted

  var calls = {};

  function cut(text) {
    return text.length > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  // A JSON-safe picture of a callback argument: huge strings cut, cycles and functions survived.
  function picture(value, depth) {
    var type = value === null ? 'null' : typeof value;
    if (type === 'string') {
      return cut(value);
    }
    if (type === 'number' || type === 'boolean' || type === 'null') {
      return value;
    }
    if (type === 'undefined') {
      return { '(undefined)': true };
    }
    if (type === 'function') {
      return { '(function)': true };
    }
    if (depth > 3) {
      return { '(deeper)': true };
    }
    var out = {};
    var names;
    try {
      names = keys(value);
    } catch (e) {
      return { '(unreadable)': String(e) };
    }
    for (var i = 0; i < names.length && i < 50; i++) {
      try {
        out[names[i]] = picture(value[names[i]], depth + 1);
      } catch (e2) {
        out[names[i]] = { '(unreadable)': true };
      }
    }
    return out;
  }

  function recorder(call, name) {
    return function (res) {
      call.count[name] += 1;
      if (call.callbacks.length >= MAX_CALLBACKS) {
        return;
      }
      var entry = {
        name: name,
        beforeReturn: !call.returned,
        atMs: now() - call.startedAt,
        argType: res === null ? 'null' : typeof res,
        arg: null,
        errMsgType: 'undefined',
        errMsgLength: 0,
        errMsg: null,
        imTypeType: 'undefined',
        imType: null
      };
      try {
        entry.arg = picture(res, 0);
        if (res !== null && typeof res === 'object') {
          entry.errMsgType = res.errMsg === null ? 'null' : typeof res.errMsg;
          if (typeof res.errMsg === 'string') {
            entry.errMsgLength = res.errMsg.length;
            entry.errMsg = cut(res.errMsg);
          }
          entry.imTypeType = res.imType === null ? 'null' : typeof res.imType;
          entry.imType = picture(res.imType, 3);
        }
      } catch (e) {
        entry.arg = { '(unreadable)': String(e) };
      }
      call.callbacks.push(entry);
    };
  }

  var tck = {
    /*
     * Calls mplus[name] the way a page would. mode: 'both' (the usual), 'success-only', 'fail-only',
     * 'none' (no callbacks), 'not-functions' (success and fail given, but not functions), 'no-options'
     * (the call gets no argument at all). options: a plain object, or undefined.
     */
    call: function (id, name, options, mode) {
      var call = {
        id: id, name: name, mode: mode, returned: false, thrown: null, startedAt: now(),
        count: { success: 0, fail: 0 }, callbacks: []
      };
      calls[id] = call;
      var opts = {};
      if (options) {
        for (var k in options) {
          if (hasOwn.call(options, k)) {
            opts[k] = options[k];
          }
        }
      }
      if (mode === 'both' || mode === 'success-only') {
        opts.success = recorder(call, 'success');
      }
      if (mode === 'both' || mode === 'fail-only') {
        opts.fail = recorder(call, 'fail');
      }
      if (mode === 'not-functions') {
        opts.success = 'success';
        opts.fail = 42;
      }
      try {
        var bridge = window.mplus;
        if (mode === 'no-options') {
          bridge[name]();
        } else {
          bridge[name](opts);
        }
      } catch (e) {
        call.thrown = cut(String(e && e.message !== undefined ? (e.name || 'Error') + ': ' + e.message : e));
      }
      call.returned = true;
      return true;
    },

    /* What happened to call id so far, as JSON text. */
    result: function (id) {
      var call = calls[id];
      if (!call) {
        return null;
      }
      return stringify({
        id: call.id, name: call.name, mode: call.mode, returned: call.returned, thrown: call.thrown,
        count: call.count, callbacks: call.callbacks
      });
    },

    /* Whether window.mplus exists and which of the named functions it has. */
    bridgeShape: function () {
      var m = window.mplus;
      var out = { type: m === null ? 'null' : typeof m, functions: [] };
      if (m) {
        for (var k in m) {
          try {
            if (typeof m[k] === 'function') {
              out.functions.push(k);
            }
          } catch (e) { /* a hostile getter: not a function for the kit */ }
        }
      }
      return stringify(out);
    }
  };

  Object.defineProperty(window, '__mplusTck', { value: tck, writable: false, configurable: false, enumerable: false });
})(window);
