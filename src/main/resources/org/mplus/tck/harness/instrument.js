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
  var ownNames = Object.getOwnPropertyNames;
  var protoOf = Object.getPrototypeOf;
  var defineProperty = Object.defineProperty;
  var objectProto = Object.prototype;
  var functionProto = Function.prototype;
  var MAX_TEXT = 2000;      // longer strings are cut in what the kit records, with their full length kept
  var MAX_CALLBACKS = 20;   // a bridge calling back in a loop is recorded 20 times, then only counted

  // Chromium's count of pending work (chromium/page-work.js), or the remote runner, when the page has one, hears of
  // every callback at once, so that the kit need not keep reading the page to notice it.
  var work = window.__mplusTckWork;
  var heard = work && typeof work.heard === 'function' ? work.heard : function () {};

  var calls = {};
  // The kit's test hooks offered to this page, by name: their value, and how often the bridge read them.
  var hooks = {};

  function hookReads() {
    var reads = {};
    for (var name in hooks) {
      if (hasOwn.call(hooks, name)) {
        reads[name] = hooks[name].reads;
      }
    }
    return reads;
  }

  // The hooks read since a call began: the ones its bridge consulted while the kit watched it.
  function consulted(call) {
    var names = [];
    for (var name in hooks) {
      if (hasOwn.call(hooks, name) && hooks[name].reads > (call.hookReads[name] || 0)) {
        names[names.length] = name;
      }
    }
    return names;
  }

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
      heard();
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
        count: { success: 0, fail: 0 }, callbacks: [], hookReads: hookReads()
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
        if (bridge === null || bridge === undefined) {
          call.thrown = 'window.mplus is not defined';
        } else if (typeof bridge[name] !== 'function') {
          call.thrown = 'mplus.' + name + ' is not defined';   // in the page's terms, not the kit's
        } else if (mode === 'no-options') {
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
        count: call.count, callbacks: call.callbacks, consulted: consulted(call)
      });
    },

    /*
     * Offers a test hook: window[name] holds value (the bridge may replace or delete it), and every read of
     * window[name] by the bridge is counted, so that the kit knows whether the bridge consulted it.
     */
    offer: function (name, value) {
      var hook = { value: value, reads: hooks[name] ? hooks[name].reads : 0 };
      hooks[name] = hook;
      defineProperty(window, name, {
        configurable: true,
        enumerable: false,
        get: function () {
          hook.reads += 1;
          return hook.value;
        },
        set: function (replaced) {
          hook.value = replaced;
        }
      });
    },

    /*
     * Whether window.mplus exists, which functions it has (its own, and its prototypes' but Object's, so that
     * a class's methods count) and what type each of its other members is.
     */
    bridgeShape: function () {
      var m;
      try {
        m = window.mplus;
      } catch (e) {
        return stringify({ type: 'unreadable', error: cut(String(e)), functions: [], members: {} });
      }
      var out = { type: m === null ? 'null' : typeof m, functions: [], members: {} };
      if (m === null || (typeof m !== 'object' && typeof m !== 'function')) {
        return stringify(out);
      }
      for (var o = m; o && o !== objectProto && o !== functionProto; o = protoOf(o)) {
        var names = ownNames(o);
        for (var i = 0; i < names.length; i++) {
          var k = names[i];
          if (k === 'constructor' || hasOwn.call(out.members, k)) {
            continue;
          }
          var type;
          try {
            type = m[k] === null ? 'null' : typeof m[k];
          } catch (e2) {
            type = 'unreadable';   // a hostile getter: not a function for the kit
          }
          out.members[k] = type;
          if (type === 'function') {
            out.functions[out.functions.length] = k;
          }
        }
      }
      return stringify(out);
    }
  };

  defineProperty(window, '__mplusTck', { value: tck, writable: false, configurable: false, enumerable: false });
})(window);
