/*
 * mplus-tck remote runner: the page an app's WebView opens so that the kit can judge the app's own window.mplus.
 * It holds a request open to the kit (long polling) for the next command: evaluate a script of the kit's (through
 * the instrumentation loaded before it), or load a fresh copy of this page; and it posts back the answers, the
 * page's errors and dialogs, and its leaving. ES5 only: it runs in old WebViews too.
 */
(function (window) {
  'use strict';
  var stringify = window.JSON.stringify;
  var parse = window.JSON.parse;
  var setTimer = window.setTimeout;
  var Request = window.XMLHttpRequest;
  var globalEval = window.eval;
  var CHANNEL = '/__tck/runner/channel';
  var RETRY_MS = 1000;
  var REFUSED_RETRY_MS = 1000;

  var ids = read(window.location.search);
  var answers = [];
  var events = [];
  var leaving = false;   // the kit asked for a fresh page: not the bridge navigating away
  var stopped = false;
  var telling = false;   // news on its way to the kit: one at a time, since the kit reads the whole record anyway

  function read(search) {
    var out = {};
    var pairs = search.replace(/^\?/, '').split('&');
    for (var i = 0; i < pairs.length; i++) {
      var eq = pairs[i].indexOf('=');
      if (eq > 0) {
        out[decodeURIComponent(pairs[i].substring(0, eq))] = decodeURIComponent(pairs[i].substring(eq + 1));
      }
    }
    return out;
  }

  function status(text) {
    var el = window.document.getElementById('status');
    if (el) {
      el.textContent = text;
    }
  }

  function record(kind, text) {
    events.push({ kind: kind, text: String(text) });
  }

  window.addEventListener('error', function (e) {
    var where = e.filename ? ' (' + e.filename.replace(/.*\//, '') + ' line ' + e.lineno + ')' : '';
    record('SCRIPT_ERROR', 'Uncaught ' + (e.error && e.error.name && e.message.indexOf(e.error.name) < 0
        ? e.error.name + ': ' : '') + (e.message || 'error').replace(/^Uncaught /, '') + where);
  });
  window.addEventListener('unhandledrejection', function (e) {
    record('SCRIPT_ERROR', 'Uncaught (in promise) ' + String(e.reason));
  });
  // Dialogs never block the page: recorded, then dismissed (confirm answers false, prompt null).
  window.alert = function (text) {
    record('ALERT', text);
  };
  window.confirm = function (text) {
    record('CONFIRM', text);
    return false;
  };
  window.prompt = function (text) {
    record('PROMPT', text);
    return null;
  };
  window.addEventListener('pagehide', function () {
    if (!leaving && !stopped) {
      var body = stringify(message({ left: true }));
      if (window.navigator.sendBeacon) {
        window.navigator.sendBeacon(channel(), body);
      } else {
        var xhr = new Request();
        xhr.open('POST', channel(), false);
        xhr.send(body);
      }
    }
  });

  function channel() {
    return CHANNEL + '?page=' + encodeURIComponent(ids.page || '') + (ids.token ? '&token='
        + encodeURIComponent(ids.token) : '');
  }

  function mplusType() {
    try {
      return window.mplus === null ? 'null' : typeof window.mplus;
    } catch (e) {
      return 'unreadable';
    }
  }

  function message(more) {
    var m = { device: ids.device || null, page: ids.page || null, userAgent: window.navigator.userAgent,
      mplus: mplusType(), answers: answers, events: events, left: !!more.left };
    answers = [];
    events = [];
    return m;
  }

  // Sends a message on the channel; done(xhr) once it is answered or has failed.
  function post(body, done) {
    var xhr = new Request();
    xhr.open('POST', channel(), true);
    xhr.setRequestHeader('Content-Type', 'application/json; charset=utf-8');
    xhr.onreadystatechange = function () {
      if (xhr.readyState === 4 && done) {
        done(xhr);
      }
    };
    xhr.send(stringify(body));
  }

  // A callback was recorded: the kit looks at the call now rather than at its next look.
  function news() {
    if (stopped || telling || !ids.page) {
      return;
    }
    telling = true;
    post({ device: ids.device || null, page: ids.page || null, news: true }, function () {
      telling = false;
    });
  }

  if (window.__mplusTckWork && window.__mplusTckWork.tell) {
    window.__mplusTckWork.tell.news = news;
  }

  // The kit waits for this before it closes: its stop reached the page, and the page no longer needs it.
  function heardStop() {
    post({ device: ids.device || null, page: ids.page || null, stopped: true }, null);
  }

  function poll() {
    if (stopped) {
      return;
    }
    var sent = message({});
    post(sent, function (xhr) {
      var command = null;
      try {
        command = xhr.status === 200 ? parse(xhr.responseText) : null;
      } catch (e) {
        command = null;
      }
      if (command === null) {
        // the kit is not there (yet), or the network dropped: keep what it has not seen, and try again
        answers = sent.answers.concat(answers);
        events = sent.events.concat(events);
        status('cannot reach the kit (HTTP ' + xhr.status + '); trying again…');
        setTimer(poll, RETRY_MS);
        return;
      }
      run(command);
    });
  }

  // A request for a vendor's host, which reaches the kit only through its proxy: tells the kit whether the
  // device's traffic comes to it, even from a bridge that sends nothing.
  function probe(url) {
    if (url) {
      var xhr = new Request();
      xhr.open('GET', url, true);
      xhr.send();
    }
  }

  function run(command) {
    if (command.kind === 'eval') {
      var answer = { id: command.id, value: null, error: null };
      try {
        var value = globalEval(command.script);
        answer.value = value === undefined ? null : value;
      } catch (e) {
        answer.error = String(e);
      }
      answers.push(answer);
      poll();
    } else if (command.kind === 'navigate') {
      leaving = true;
      status('loading the next scenario…');
      window.location.replace(command.url);
    } else if (command.kind === 'adopt') {
      ids.device = command.device;
      ids.page = command.page;
      probe(command.probe);
      status('connected: the kit is judging this app\'s window.mplus');
      poll();
    } else if (command.kind === 'refused') {
      status(command.message);
      setTimer(poll, REFUSED_RETRY_MS);
    } else if (command.kind === 'stop') {
      stopped = true;
      status(command.message);
      heardStop();
    } else {
      poll();
    }
  }

  poll();
})(window);
