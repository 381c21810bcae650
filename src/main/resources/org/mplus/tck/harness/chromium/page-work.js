/*
 * mplus-tck page work, Chromium only. Chromium has no job manager to ask, so this counts what HtmlUnit's counts:
 * timers (setTimeout, setInterval, requestAnimationFrame) until they fire or are cleared, and requests
 * (XMLHttpRequest, fetch and the reading of a fetched body) until they end. With it the kit can tell a quiet page
 * from a slow one. It runs before any of the page's scripts, keeping its own references to what it wraps, and tells
 * the kit at once, through the DevTools binding, when a callback is recorded and when the page runs out of work,
 * so that the kit waits for news rather than reading the page over and over.
 * Other ways a page can wait (postMessage, WebSocket, an image or script loading) are not counted.
 */
(function (window) {
  'use strict';
  var BINDING = '__mplusTckNotify';
  var notify = window[BINDING];
  try {
    delete window[BINDING];
  } catch (e) {
    // kept: the page may see the binding, it cannot take it from the kit
  }
  var tell = typeof notify === 'function' ? function (what) { notify(what); } : function () {};
  var now = window.Date.now;
  var apply = Function.prototype.apply;
  var hasOwn = Object.prototype.hasOwnProperty;
  var defineProperty = Object.defineProperty;
  var addListener = window.EventTarget.prototype.addEventListener;
  var FRAME_MS = 16;
  var FLUSH_MS = 1;
  var nativeSetTimeout = window.setTimeout;

  var timers = {};      // timer id (rAF ids prefixed "f") -> when it is next due
  var timerCount = 0;
  var requests = 0;
  var errors = 0;       // uncaught errors and unhandled rejections: each also reaches the kit as a DevTools event

  function countError() {
    errors += 1;
  }
  // on the window, not in capture: a resource's load error does not bubble here, a script's error does
  call(addListener, window, ['error', countError]);
  call(addListener, window, ['unhandledrejection', countError]);

  function call(fn, self, args) {
    return apply.call(fn, self, args);
  }

  function idle() {
    if (timerCount === 0 && requests === 0) {
      tell('idle');
    }
  }

  function remember(key, due) {
    if (!hasOwn.call(timers, key)) {
      timerCount += 1;
    }
    timers[key] = due;
  }

  function forget(key) {
    if (hasOwn.call(timers, key)) {
      delete timers[key];
      timerCount -= 1;
      idle();
    }
  }

  function begin() {
    requests += 1;
  }

  function end() {
    requests -= 1;
    idle();
  }

  function delayOf(ms) {
    var n = Number(ms);
    return n > 0 ? n : 0;
  }

  // What a timer runs: its function, or its string of code (run as the page would run it: globally).
  function handler(fn) {
    return typeof fn === 'function' ? fn : function () { (0, window.eval)(String(fn)); };
  }

  function wrapTimer(name, clearName, repeats) {
    var set = window[name];
    window[name] = function (fn, ms) {
      var run = handler(fn);
      var delay = delayOf(ms);
      var args = [];
      for (var i = 0; i < arguments.length; i++) {
        args[i] = arguments[i];
      }
      var id;
      args[0] = function () {
        try {
          return call(run, this, arguments);
        } finally {
          if (repeats) {
            if (hasOwn.call(timers, id)) {
              timers[id] = now() + delay;
            }
          } else {
            forget(id);
          }
        }
      };
      id = call(set, window, args);
      remember(id, now() + delay);
      return id;
    };
    var clear = window[clearName];
    window[clearName] = function (id) {
      call(clear, window, arguments);
      forget(id);
    };
  }

  wrapTimer('setTimeout', 'clearTimeout', false);
  wrapTimer('setInterval', 'clearInterval', true);

  if (typeof window.requestAnimationFrame === 'function') {
    var frame = window.requestAnimationFrame;
    var cancelFrame = window.cancelAnimationFrame;
    window.requestAnimationFrame = function (fn) {
      var id;
      id = call(frame, window, [function () {
        try {
          return call(fn, this, arguments);
        } finally {
          forget('f' + id);
        }
      }]);
      remember('f' + id, now() + FRAME_MS);
      return id;
    };
    window.cancelAnimationFrame = function (id) {
      call(cancelFrame, window, arguments);
      forget('f' + id);
    };
  }

  var xhrProto = window.XMLHttpRequest.prototype;
  var send = xhrProto.send;
  var reopen = xhrProto.open;
  // Each request's end, until it ends: open() on a request in flight drops it without a loadend event.
  var sending = new window.WeakMap();
  xhrProto.open = function () {
    var over = sending.get(this);
    if (over) {
      over();
    }
    return call(reopen, this, arguments);
  };
  xhrProto.send = function () {
    var xhr = this;
    var open = true;
    function over() {
      if (open) {
        open = false;
        sending['delete'](xhr);
        end();
      }
    }
    begin();
    sending.set(xhr, over);
    call(addListener, this, ['loadend', over]);
    try {
      return call(send, this, arguments);
    } catch (e) {
      over();
      throw e;
    }
  };

  // A promise-returning request: counted from its start until it settles.
  function counted(start) {
    return function () {
      begin();
      var promise;
      try {
        promise = call(start, this, arguments);
      } catch (e) {
        end();
        throw e;
      }
      return promise.then(function (value) {
        end();
        return value;
      }, function (reason) {
        end();
        throw reason;
      });
    };
  }

  if (typeof window.fetch === 'function') {
    window.fetch = counted(window.fetch);
    var bodies = ['json', 'text', 'arrayBuffer', 'blob', 'formData', 'bytes'];
    for (var b = 0; b < bodies.length; b++) {
      if (typeof window.Response.prototype[bodies[b]] === 'function') {
        window.Response.prototype[bodies[b]] = counted(window.Response.prototype[bodies[b]]);
      }
    }
  }

  defineProperty(window, '__mplusTckWork', {
    value: {
      /* The instrumentation's callbacks report here: the kit hears of each at once. */
      heard: function () {
        tell('callback');
      },
      /*
       * Settles after the page's next tasks have run, with nothing counted: what they report (an unhandled
       * rejection, say) has reached the kit before the call is judged.
       */
      flush: function () {
        return new window.Promise(function (resolve) {
          call(nativeSetTimeout, window, [function () {
            call(nativeSetTimeout, window, [resolve, FLUSH_MS]);
          }, 0]);
        });
      },
      /* How many script errors the page has seen: the kit waits until as many DevTools events have reached it. */
      errors: function () {
        return errors;
      },
      /*
       * What the kit reads while it waits for call id: the call's record (JSON text, null when this page never
       * made the call), the timers and requests pending, and in how many ms the earliest timer is due (-1: none).
       */
      look: function (id) {
        var record = window.__mplusTck.result(id);
        var next = -1;
        var t = now();
        for (var key in timers) {
          if (hasOwn.call(timers, key) && (next < 0 || timers[key] - t < next)) {
            next = Math.max(0, timers[key] - t);
          }
        }
        return [record, timerCount, requests, next];
      }
    },
    writable: false,
    configurable: false,
    enumerable: false
  });
})(window);
