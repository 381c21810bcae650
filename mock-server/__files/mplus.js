/*
 * mplus.js: the mplus-tck reference bridge. It implements window.mplus (IM聊天接口) over the kit's vendor mock,
 * so that an H5 page works in a desktop browser:
 *
 *     <script src="http://127.0.0.1:8080/mplus.js"></script>
 *     document.addEventListener('plusready', function () { mplus.getImType({ success: … }); });
 *
 * It finds the mock from its own script URL (or from a data-mock="http://host:port" attribute on its tag), so a
 * page on any origin works. ES5 only (no class, arrow functions, let/const, template literals, async/await or
 * fetch): it runs in HtmlUnit and in every WebView.
 */
(function (window, document) {
  'use strict';

  // ---------------------------------------------------------------------------------------------------------
  // Catalog: the calls and their options, as schemas/catalog.json says.
  // ---------------------------------------------------------------------------------------------------------

  // <catalog>
  // Generated from schemas/catalog.json by org.mplus.tck.spec.BridgeCatalog; do not edit by hand
  // (regenerate: mvn -B test -Dtest=BridgeCatalogTest -Dmplus.tck.writeDocs=true).
  var CATALOG = {
    vendors: [
      {"imType":0,"code":"xianwei","name":"先维IM","english":"Xianwei IM"},
      {"imType":1,"code":"ronglian","name":"容联云","english":"Ronglian (Yuntongxun)"}
    ],
    calls: {
      getImType: {"kind":"query","vendors":[0,1],"since":null,"options":[]},
      sendMessage: {"kind":"send","vendors":[1],"since":null,"options":[
        {"name":"imaccount","description":"im用户或群组账号","required":true,"account":"user-or-group"},
        {"name":"message","description":"发送内容","required":true}]},
      sendChatMessage: {"kind":"send","vendors":[0,1],"since":null,"options":[
        {"name":"imaccount","description":"im用户账号","required":true,"account":"user"},
        {"name":"message","description":"发送内容","required":true}]},
      sendGroupMessage: {"kind":"send","vendors":[0,1],"since":null,"options":[
        {"name":"imaccount","description":"im群组账号","required":true,"account":"group"},
        {"name":"message","description":"发送内容","required":true}]},
      showMessage: {"kind":"show","vendors":[1],"since":null,"options":[
        {"name":"imaccount","description":"im用户账号","required":true,"account":"user"},
        {"name":"name","description":"用户名称","required":true}]},
      showChatMessage: {"kind":"show","vendors":[0,1],"since":null,"options":[
        {"name":"imaccount","description":"im用户账号","required":true,"account":"user"},
        {"name":"name","description":"用户名称","required":true}]},
      showGroupMessage: {"kind":"show","vendors":[0,1],"since":null,"options":[
        {"name":"imaccount","description":"im群组账号","required":true,"account":"group"},
        {"name":"name","description":"群名","required":true}]},
      shareIMUI: {"kind":"share","vendors":[0,1],"since":"5.2.0","options":[
        {"name":"title","description":"分享标题","required":true},
        {"name":"desc","description":"分享描述","required":false},
        {"name":"appname","description":"分享应用名","required":false},
        {"name":"appid","description":"分享应用id","required":true},
        {"name":"imgUrl","description":"分享图标，见imgUrl链接格式定义","required":false,"format":"imgUrl"},
        {"name":"link","description":"分享链接，见link链接格式","required":true,"format":"link"}]}
    }
  };
  // </catalog>

  // ---------------------------------------------------------------------------------------------------------
  // Config: where the mock is and how long a call may wait for it.
  // ---------------------------------------------------------------------------------------------------------

  // Well under the suite's 3000 ms scenario timeout, so that "the vendor does not answer" becomes fail in time.
  var DEFAULT_TIMEOUT_MS = 2000;
  var MOCK = mockOrigin();
  var LOG_PREFIX = '[mplus] ';

  function mockOrigin() {
    var script = document.currentScript;
    var scripts = document.getElementsByTagName('script');
    for (var i = scripts.length - 1; !script && i >= 0; i--) {
      if (/mplus\.js([?#]|$)/.test(scripts[i].src)) {
        script = scripts[i];
      }
    }
    var src = (script && (script.getAttribute('data-mock') || script.src)) || window.location.href;
    var origin = /^https?:\/\/[^\/?#]+/i.exec(src);
    return origin ? origin[0] : '';
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------------------

  function now() {
    return new Date().getTime();
  }

  // A deadline ms from now; a call's requests share one, so the whole call answers in time.
  function within(ms) {
    return { at: now() + ms, ms: ms };
  }

  function hasOwn(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function isFunction(value) {
    return typeof value === 'function';
  }

  // A property read that survives hostile getters: the bridge never throws.
  function read(object, key) {
    try {
      return object[key];
    } catch (e) {
      return undefined;
    }
  }

  function warn(message) {
    if (window.console && isFunction(window.console.warn)) {
      window.console.warn(LOG_PREFIX + message);
    }
  }

  // The catalog's vendor whose field (imType, code) has the value, or null.
  function vendorWhere(field, value) {
    for (var i = 0; i < CATALOG.vendors.length; i++) {
      if (CATALOG.vendors[i][field] === value) {
        return CATALOG.vendors[i];
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------------------
  // HTTP: one request, one answer, never after the deadline.
  // ---------------------------------------------------------------------------------------------------------

  /*
   * spec: {method, url, headers, body, deadline (from within()), peer (who answers, for messages)}.
   * done(problem, status, text): problem is null or {kind: 'network'|'timeout', peer, ms}.
   */
  function request(spec, done) {
    var finished = false;
    var timer = null;
    var xhr = null;
    var waited = spec.deadline.at - now();

    function finish(problem, status, text) {
      if (finished) {
        return;
      }
      finished = true;
      if (timer !== null) {
        window.clearTimeout(timer);
      }
      done(problem, status, text);
    }

    function timedOut() {
      finish({ kind: 'timeout', peer: spec.peer, ms: spec.deadline.ms });
      try {
        xhr.abort();
      } catch (e) { /* already closed */ }
    }

    if (waited <= 0) {
      window.setTimeout(timedOut, 0);
      return;
    }
    try {
      xhr = new window.XMLHttpRequest();
      xhr.open(spec.method, spec.url, true);
      for (var name in spec.headers) {
        if (hasOwn(spec.headers, name)) {
          xhr.setRequestHeader(name, spec.headers[name]);
        }
      }
      // Engines that run the request on their script thread (HtmlUnit) honour only xhr.timeout; the timer
      // covers the others.
      xhr.timeout = waited;
      xhr.onload = function () {
        finish(null, xhr.status, xhr.responseText);
      };
      xhr.onerror = function () {
        finish({ kind: 'network', peer: spec.peer });
      };
      xhr.onabort = xhr.onerror;
      xhr.ontimeout = timedOut;
      timer = window.setTimeout(timedOut, waited);
      xhr.send(spec.body === undefined ? null : spec.body);
    } catch (e) {
      window.setTimeout(function () {
        finish({ kind: 'network', peer: spec.peer, detail: String(e && e.message) });
      }, 0);
    }
  }

  // GET or POST JSON to the kit's own endpoints (/__tck/…): done(problem, json).
  function kitRequest(method, path, body, deadline, done) {
    request({
      method: method, url: MOCK + path, deadline: deadline, peer: 'mplus-tck 模拟服务 ' + MOCK,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json;charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body)
    }, function (problem, status, text) {
      if (problem) {
        return done(problem);
      }
      var json = parseJson(text);
      if (status < 200 || status > 299 || json === undefined) {
        return done({ kind: 'malformed', peer: 'mplus-tck 模拟服务 ' + MOCK, status: status });
      }
      done(null, json);
    });
  }

  function parseJson(text) {
    try {
      return JSON.parse(text);
    } catch (e) {
      return undefined;
    }
  }

  // A problem as a person reads it, Chinese first: "接收方不存在 (112110)".
  function describe(problem) {
    switch (problem.kind) {
      case 'vendor':
        return problem.message + ' (' + problem.code + ')';
      case 'timeout':
        return problem.peer + ' 在 ' + problem.ms + ' 毫秒内没有应答 (timeout)';
      case 'malformed':
        return problem.peer + ' 的应答无法识别' + (problem.status ? '，HTTP ' + problem.status : '')
            + ' (malformed response)';
      case 'no-client':
        return 'mplus.js 不支持' + problem.vendor.name + '（imType ' + problem.vendor.imType + '） (mplus.js has no wire '
            + 'client for ' + problem.vendor.english + ')';
      default:
        return '无法连接' + problem.peer + ' (network error' + (problem.detail ? ': ' + problem.detail : '') + ')';
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // MD5 (RFC 1321), for the 容联云 sig: hex of the UTF-8 bytes of text.
  // ---------------------------------------------------------------------------------------------------------

  var MD5_K = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391
  ];
  var MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

  function utf8Bytes(text) {
    var encoded = unescape(encodeURIComponent(text));
    var bytes = [];
    for (var i = 0; i < encoded.length; i++) {
      bytes.push(encoded.charCodeAt(i));
    }
    return bytes;
  }

  function md5Hex(text) {
    var bytes = utf8Bytes(text);
    var n = bytes.length;
    var blocks = ((n + 8) >> 6) + 1;
    var words = [];
    var i;
    for (i = 0; i < blocks * 16; i++) {
      words.push(0);
    }
    for (i = 0; i < n; i++) {
      words[i >> 2] |= bytes[i] << ((i % 4) * 8);
    }
    words[n >> 2] |= 0x80 << ((n % 4) * 8);
    words[blocks * 16 - 2] = n * 8;
    var h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
    for (var block = 0; block < words.length; block += 16) {
      var a = h[0], b = h[1], c = h[2], d = h[3];
      for (i = 0; i < 64; i++) {
        var round = i >> 4;
        var f, g;
        if (round === 0) {
          f = (b & c) | (~b & d);
          g = i;
        } else if (round === 1) {
          f = (d & b) | (~d & c);
          g = (5 * i + 1) % 16;
        } else if (round === 2) {
          f = b ^ c ^ d;
          g = (3 * i + 5) % 16;
        } else {
          f = c ^ (b | ~d);
          g = (7 * i) % 16;
        }
        var shift = MD5_S[round * 4 + (i % 4)];
        var sum = (a + f + MD5_K[i] + words[block + g]) | 0;
        a = d;
        d = c;
        c = b;
        b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
      }
      h[0] = (h[0] + a) | 0;
      h[1] = (h[1] + b) | 0;
      h[2] = (h[2] + c) | 0;
      h[3] = (h[3] + d) | 0;
    }
    var hex = '';
    for (i = 0; i < 16; i++) {
      var octet = (h[i >> 2] >>> ((i % 4) * 8)) & 0xff;
      hex += (octet < 16 ? '0' : '') + octet.toString(16);
    }
    return hex;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Wire clients: each vendor's API as a client of it would call it. Both offer
  // send(to, chatType 'user'|'group', content, card|null, deadline, done), user(account, …) and group(id, …);
  // done(problem, result), where a lookup's problem has notFound: true when the vendor says "no such account".
  // ---------------------------------------------------------------------------------------------------------

  function pad2(n) {
    return (n < 10 ? '0' : '') + n;
  }

  // yyyyMMddHHmmss in Beijing time, the vendor's zone.
  function ronglianTimestamp() {
    var t = new Date(now() + 8 * 3600 * 1000);
    return t.getUTCFullYear() + pad2(t.getUTCMonth() + 1) + pad2(t.getUTCDate()) + pad2(t.getUTCHours())
        + pad2(t.getUTCMinutes()) + pad2(t.getUTCSeconds());
  }

  function ronglianClient(info) {
    var vendor = vendorWhere('code', 'ronglian');
    var account = info.ronglian;
    var me = info.user.account;
    var NO_SUCH_USER = '112121';
    var NO_SUCH_GROUP = '112120';

    function call(path, body, deadline, done) {
      var timestamp = ronglianTimestamp();
      var sig = md5Hex(account.accountSid + account.authToken + timestamp).toUpperCase();
      request({
        method: 'POST', deadline: deadline, peer: vendor.name,
        url: MOCK + '/2013-12-26/Accounts/' + encodeURIComponent(account.accountSid) + path + '?sig=' + sig,
        headers: {
          'Accept': 'application/json',
          'Content-Type': 'application/json;charset=utf-8',
          'Authorization': window.btoa(account.accountSid + ':' + timestamp)
        },
        body: JSON.stringify(body)
      }, function (problem, status, text) {
        if (problem) {
          return done(problem);
        }
        var json = parseJson(text);
        if (!json || typeof json.statusCode !== 'string') {
          return done({ kind: 'malformed', peer: vendor.name, status: status === 200 ? 0 : status });
        }
        if (json.statusCode !== '000000') {
          return done({ kind: 'vendor', code: json.statusCode, message: json.statusMsg || '未知错误',
            notFound: json.statusCode === NO_SUCH_USER || json.statusCode === NO_SUCH_GROUP });
        }
        done(null, json);
      });
    }

    return {
      vendor: vendor,
      send: function (to, chatType, content, card, deadline, done) {
        var body = {
          pushType: chatType === 'group' ? '2' : '1', appId: account.appId, sender: me, receiver: [to],
          msgType: '1', msgContent: content
        };
        if (card) {
          body.msgDomain = JSON.stringify(card);
        }
        call('/IM/PushMsg', body, deadline, done);
      },
      user: function (userName, deadline, done) {
        call('/IM/User/QueryUser', { userName: userName }, deadline, done);
      },
      group: function (groupId, deadline, done) {
        call('/IM/Group/QueryGroupDetail', { userName: me, groupId: groupId }, deadline, done);
      }
    };
  }

  function xianweiClient(info) {
    var vendor = vendorWhere('code', 'xianwei');
    var app = info.xianwei;
    var me = info.user.account;
    var NO_SUCH_USER = 40403;
    var NO_SUCH_GROUP = 40404;

    function call(method, path, body, deadline, done) {
      var headers = {
        'Accept': 'application/json',
        'Authorization': 'Bearer ' + app.token,
        'X-Xianwei-App': app.appKey
      };
      if (body) {
        headers['Content-Type'] = 'application/json;charset=utf-8';
      }
      request({
        method: method, url: MOCK + '/im/v1' + path, headers: headers, deadline: deadline, peer: vendor.name,
        body: body ? JSON.stringify(body) : undefined
      }, function (problem, status, text) {
        if (problem) {
          return done(problem);
        }
        var json = parseJson(text);
        if (!json || typeof json.code !== 'number') {
          return done({ kind: 'malformed', peer: vendor.name, status: status === 200 ? 0 : status });
        }
        if (json.code !== 0) {
          return done({ kind: 'vendor', code: json.code, message: json.msg || '未知错误',
            notFound: json.code === NO_SUCH_USER || json.code === NO_SUCH_GROUP });
        }
        done(null, json.data);
      });
    }

    return {
      vendor: vendor,
      send: function (to, chatType, content, card, deadline, done) {
        var body = { from: me, to: to, chatType: chatType === 'group' ? 'group' : 'single', msgType: 'text',
          content: content };
        if (card) {
          body.ext = card;
        }
        call('POST', '/messages', body, deadline, done);
      },
      user: function (account, deadline, done) {
        call('GET', '/users/' + encodeURIComponent(account), null, deadline, done);
      },
      group: function (groupId, deadline, done) {
        call('GET', '/groups/' + encodeURIComponent(groupId), null, deadline, done);
      }
    };
  }

  // Each vendor's wire client by imType: the catalog's vendor list joined with the clients above, by vendor code.
  // A vendor added to the catalog that mplus.js has no client for may bring its own: a page that sets
  // window.mplusWireClients = {code: function (info, kit) {…}} before loading mplus.js, where kit is
  // {mock, request, parseJson, vendor} and the function returns a client like the ones above.
  var WIRE_CLIENTS = (function (byCode, added) {
    var byImType = {};
    for (var i = 0; i < CATALOG.vendors.length; i++) {
      var code = CATALOG.vendors[i].code;
      var make = byCode[code]
          || (added && hasOwn(added, code) && isFunction(added[code]) ? added[code] : null);
      if (make) {
        byImType[CATALOG.vendors[i].imType] = make;
      }
    }
    return byImType;
  })({ xianwei: xianweiClient, ronglian: ronglianClient }, read(window, 'mplusWireClients'));

  // ---------------------------------------------------------------------------------------------------------
  // The mock client: who is signed in, on which vendor (asked on every call: the console can switch it).
  // ---------------------------------------------------------------------------------------------------------

  function loadClient(done) {
    kitRequest('GET', '/__tck/client.json', undefined, within(DEFAULT_TIMEOUT_MS), function (problem, info) {
      if (!problem && (!info.user || !vendorWhere('imType', info.imType))) {
        problem = { kind: 'malformed', peer: 'mplus-tck 模拟服务 ' + MOCK };
      }
      if (problem) {
        return done(problem);
      }
      info.timeoutMs = typeof info.timeoutMs === 'number' && info.timeoutMs > 0 ? info.timeoutMs : DEFAULT_TIMEOUT_MS;
      info.vendor = vendorWhere('imType', info.imType);
      if (!WIRE_CLIENTS.hasOwnProperty(info.imType)) {
        return done({ kind: 'no-client', vendor: info.vendor });
      }
      info.wire = WIRE_CLIENTS[info.imType](info,
          { mock: MOCK, request: request, parseJson: parseJson, vendor: info.vendor });
      done(null, info);
    });
  }

  // Tells the console what only the bridge sees (a chat opened, a share made); best effort.
  function report(event) {
    kitRequest('POST', '/__tck/events', event, within(DEFAULT_TIMEOUT_MS), function () { });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Grammar: imgUrl and link, as schemas/formats/*.json and the kit's Java parsers define them, with the same
  // error index (the first character at which the value leaves the format) and rule.
  // parse(value) -> {valid: true, parts, warnings} or {valid: false, index, rule, expected, found}.
  // ---------------------------------------------------------------------------------------------------------

  // ECMAScript's \s, spelt out: the Java parser and the JSON Schemas use this very set.
  var WHITESPACE = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
  var NO_WHITESPACE = 'no whitespace (a space in a URL is written %20)';

  function isWhitespace(c) {
    return WHITESPACE.test(c);
  }

  function Scanner(input) {
    this.input = input;
    this.pos = 0;
  }

  Scanner.prototype = {
    atEnd: function () {
      return this.pos >= this.input.length;
    },
    at: function (c) {
      return !this.atEnd() && this.input.charAt(this.pos) === c;
    },
    atWhitespace: function () {
      return !this.atEnd() && isWhitespace(this.input.charAt(this.pos));
    },
    current: function () {
      return this.input.charAt(this.pos);
    },
    // Moves over as much of literal as the input has; true if it had all of it.
    take: function (literal) {
      for (var i = 0; i < literal.length; i++) {
        if (!this.at(literal.charAt(i))) {
          return false;
        }
        this.pos++;
      }
      return true;
    },
    takeWhile: function (test) {
      var from = this.pos;
      while (!this.atEnd() && test(this.input.charAt(this.pos))) {
        this.pos++;
      }
      return this.input.substring(from, this.pos);
    },
    // Moves to the first whitespace or the end; true if it stopped at whitespace.
    skipToWhitespace: function () {
      this.takeWhile(function (c) {
        return !isWhitespace(c);
      });
      return !this.atEnd();
    },
    fail: function (expected, rule) {
      var found = this.atEnd() ? 'the end of the input'
          : this.atWhitespace() ? 'U+' + ('000' + this.input.charCodeAt(this.pos).toString(16).toUpperCase()).slice(-4)
          : '"' + this.current() + '"';
      return { valid: false, index: this.pos, rule: rule, expected: expected, found: found };
    }
  };

  // The prefix's (lower-case) character b, or its ASCII capital where any case goes. ASCII only, as the schema's
  // [Hh][Tt][Tt][Pp][Ss] is: toUpperCase would take "\u017f" (long s) for "s", so "http\u017f://" passed for https.
  function sameLetter(a, b, anyCase) {
    return a === b || anyCase && a >= 'A' && a <= 'Z' && a.toLowerCase() === b;
  }

  var IMG_STARTS = [
    { prefix: 'http://', anyCase: true, rule: 'IMGURL-01', form: 'network' },
    { prefix: 'https://', anyCase: true, rule: 'IMGURL-01', form: 'network' },
    { prefix: 'local:', anyCase: false, rule: 'IMGURL-02', form: 'local' },
    { prefix: 'app_local:', anyCase: false, rule: 'IMGURL-03', form: 'app_local' }
  ];

  function parseImgUrl(input) {
    var s = new Scanner(input);
    var longest = 0;
    var matched = [];
    for (var i = 0; i < IMG_STARTS.length; i++) {
      var start = IMG_STARTS[i];
      var n = 0;
      while (n < start.prefix.length && n < input.length
          && sameLetter(input.charAt(n), start.prefix.charAt(n), start.anyCase)) {
        n++;
      }
      if (n > longest) {
        longest = n;
        matched = [];
      }
      if (n === longest) {
        matched.push(start);
      }
    }
    if (matched.length > 1 || longest < matched[0].prefix.length) {
      s.pos = longest;
      var rules = {};
      var prefixes = [];
      for (var j = 0; j < matched.length; j++) {
        rules[matched[j].rule] = true;
        prefixes.push(matched[j].prefix);
      }
      // Once the value has begun one form, the error belongs to that form's rule.
      return s.fail(prefixes.join(', '), Object.keys(rules).length === 1 ? matched[0].rule : 'IMGURL-04');
    }
    s.pos = longest;
    return IMG_FORMS[matched[0].form](s, input, matched[0]);
  }

  var IMG_FORMS = {
    network: function (s, input, start) {
      var authority = s.takeWhile(function (c) {
        return c !== '/' && c !== '?' && c !== '#' && !isWhitespace(c);
      });
      if (!authority) {
        return s.fail('a host, as in ' + start.prefix + 'img.example.com/icon.png', 'IMGURL-01');
      }
      if (s.skipToWhitespace()) {
        return s.fail(NO_WHITESPACE, 'IMGURL-01');
      }
      return { valid: true, warnings: [],
        parts: { form: 'network', scheme: start.prefix.slice(0, -3), authority: authority } };
    },
    local: function (s, input) {
      var from = s.pos;
      if (s.atEnd() || s.atWhitespace()) {
        return s.fail('the image name, as in local:icon.png', 'IMGURL-02');
      }
      if (s.skipToWhitespace()) {
        return s.fail(NO_WHITESPACE, 'IMGURL-02');
      }
      return { valid: true, warnings: [], parts: { form: 'local', name: input.substring(from) } };
    },
    app_local: function (s, input) {
      if (!s.take('4')) {
        return s.fail('app type 4 (html5 app), the only one app_local has', 'IMGURL-03');
      }
      if (!s.take(':')) {
        return s.fail('":" after the app type', 'IMGURL-03');
      }
      var appId = s.takeWhile(function (c) {
        return c !== ':' && !isWhitespace(c);
      });
      if (!appId) {
        return s.fail('the app id, as in app_local:4:myapp:/img/icon.png', 'IMGURL-03');
      }
      if (!s.take(':')) {
        return s.fail('":" and the image path after the app id', 'IMGURL-03');
      }
      var from = s.pos;
      if (s.atEnd() || s.atWhitespace()) {
        return s.fail('the image path, as in app_local:4:myapp:/img/icon.png', 'IMGURL-03');
      }
      if (s.skipToWhitespace()) {
        return s.fail(NO_WHITESPACE, 'IMGURL-03');
      }
      return { valid: true, warnings: [],
        parts: { form: 'app_local', appType: 4, appId: appId, path: input.substring(from) } };
    }
  };

  var APP_TYPES = '1 (ExMobi app), 2 (native app) or 4 (html5 app)';

  function isLetter(c) {
    return /[A-Za-z]/.test(c);
  }

  // RFC 3986 scheme characters, plus the _ of the doc's own app_scheme (LINK-06).
  function isSchemeChar(c) {
    return /[A-Za-z0-9+\-._]/.test(c);
  }

  // Not a generic URL grammar: a URL parser reads the ## of ANDROIDAPPID##IOSAPPID as a fragment.
  function isAppIdChar(c) {
    return c !== '/' && c !== '?' && c !== '#' && c !== ':' && !isWhitespace(c);
  }

  function parseLink(input) {
    var s = new Scanner(input);
    if (s.atEnd() || !isLetter(s.current())) {
      return s.fail('a letter, the start of the scheme (as in app_scheme://…)', 'LINK-06');
    }
    var scheme = s.takeWhile(isSchemeChar);
    if (!s.at(':')) {
      return s.fail('a letter, digit, +, -, . or _ (the scheme) or "://"', 'LINK-06');
    }
    if (!s.take('://')) {
      return s.fail('"://" after the scheme', 'LINK-01');
    }
    var appType = s.atEnd() ? '' : s.current();
    if (appType !== '1' && appType !== '2' && appType !== '4') {
      return s.fail('app type ' + APP_TYPES, 'LINK-01');
    }
    s.pos++;
    if (!s.take(':')) {
      return s.fail('":" after the app type', 'LINK-01');
    }
    var idStart = s.pos;
    var parts = { scheme: scheme, appType: Number(appType) };
    if (appType === '2') {
      var halves = 'a native app\'s APPID is ANDROIDAPPID##IOSAPPID';
      if (!(parts.androidAppId = s.takeWhile(isAppIdChar))) {
        return s.fail('the Android app id (' + halves + ')', 'LINK-02');
      }
      if (!s.take('##')) {
        return s.fail('"##" and the iOS app id (' + halves + ')', 'LINK-02');
      }
      if (!(parts.iosAppId = s.takeWhile(isAppIdChar))) {
        return s.fail('the iOS app id (' + halves + ')', 'LINK-02');
      }
    } else if (!s.takeWhile(isAppIdChar)) {
      return s.fail('the app id', 'LINK-01');
    }
    parts.appId = input.substring(idStart, s.pos);
    if (!s.atEnd() && !s.at('/') && !s.at('?')) {
      return s.fail('"/param…", "?" or the end of the link after the app id', 'LINK-01');
    }
    var restStart = s.pos;
    if (s.skipToWhitespace()) {
      return s.fail(NO_WHITESPACE, 'LINK-01');
    }
    var rest = input.substring(restStart);
    var q = rest.indexOf('?');
    parts.path = q < 0 ? rest : rest.substring(0, q);
    parts.query = q < 0 ? null : rest.substring(q + 1);
    var hasParam = parts.path === '/param' || parts.path.indexOf('/param/') === 0;
    return { valid: true, parts: parts, warnings: hasParam ? [] : ['LINK-05'] };
  }

  var FORMATS = { imgUrl: parseImgUrl, link: parseLink };

  // ---------------------------------------------------------------------------------------------------------
  // Validation: every call's options against the catalog, before any request. Mistakes go to the browser
  // console in plain words; the first one becomes the errMsg.
  // ---------------------------------------------------------------------------------------------------------

  function typeWord(value) {
    if (value === null) {
      return 'null';
    }
    if (Object.prototype.toString.call(value) === '[object Array]') {
      return 'an array';
    }
    var type = typeof value;
    return (/^[aeiou]/.test(type) ? 'an ' : 'a ') + type;
  }

  // One option's problem as {zh, en}, or null.
  function optionProblem(option, options) {
    var label = option.name + '（' + option.description + '）';
    if (!hasOwn(options, option.name) || options[option.name] === undefined) {
      return option.required ? { zh: '缺少 ' + label, en: option.name + ' is missing' } : null;
    }
    var value = options[option.name];
    if (typeof value !== 'string') {
      return { zh: label + ' 必须是字符串', en: option.name + ' must be a string, not ' + typeWord(value) };
    }
    if (value === '') {
      return option.required ? { zh: label + ' 不能为空', en: option.name + ' is empty' } : null;
    }
    var parsed = option.format ? FORMATS[option.format](value) : { valid: true, warnings: [] };
    if (!parsed.valid) {
      return { zh: label + ' 格式错误，问题在第 ' + (parsed.index + 1) + ' 个字符',
        en: option.name + ' is not a valid ' + option.format + ': expected ' + parsed.expected + ' at index '
            + parsed.index + ', found ' + parsed.found + ' (' + parsed.rule + ')' };
    }
    if (parsed.warnings.length) {
      warn(option.name + ' "' + value + '" has no /param segment, unlike every example of the spec (LINK-05): '
          + 'a client may not open it');
    }
    return null;
  }

  // Hints that do not fail the call: unknown options (typos), callbacks that are not functions.
  function hints(name, call, options) {
    for (var key in options) {
      if (!hasOwn(options, key)) {
        continue;
      }
      if (key === 'success' || key === 'fail') {
        if (options[key] !== undefined && !isFunction(options[key])) {
          warn(name + ': ' + key + ' is ' + typeWord(options[key]) + ', not a function — it will not be called');
        }
        continue;
      }
      var known = false;
      var near = null;
      for (var i = 0; i < call.options.length; i++) {
        known = known || call.options[i].name === key;
        if (call.options[i].name.toLowerCase() === key.toLowerCase()) {
          near = call.options[i].name;
        }
      }
      if (!known) {
        warn(name + ': unknown option ' + key + (near ? ' (did you mean ' + near + '?)' : '') + ' — it is ignored');
      }
    }
  }

  // The errMsg of bad input, or null; logs every mistake.
  function validate(name, options) {
    var call = CATALOG.calls[name];
    var problems = [];
    if (options === null || typeof options !== 'object') {
      if (call.options.length) {
        problems.push({ zh: '缺少参数对象，应为 mplus.' + name + '({ … })', en: 'there is no options object' });
      }
    } else {
      hints(name, call, options);
      for (var i = 0; i < call.options.length; i++) {
        var problem = optionProblem(call.options[i], options);
        if (problem) {
          problems.push(problem);
        }
      }
    }
    for (var j = 0; j < problems.length; j++) {
      warn(name + ': ' + problems[j].en + ' — this call will fail');
    }
    return problems.length ? '参数错误：' + problems[0].zh + ' (' + problems[0].en + ')' : null;
  }

  // ---------------------------------------------------------------------------------------------------------
  // UI: the chat panel and the share picker, drawn into the page (no native screen in a browser).
  // ---------------------------------------------------------------------------------------------------------

  var PANEL_ID = 'mplus-chat-panel';
  var PICKER_ID = 'mplus-share-picker';
  var FONT = 'font:14px/1.5 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;';

  function element(tag, css, text) {
    var node = document.createElement(tag);
    if (css) {
      node.style.cssText = css;
    }
    if (text !== undefined) {
      node.appendChild(document.createTextNode(text));
    }
    return node;
  }

  function button(text, css, onClick) {
    var node = element('button', 'cursor:pointer;border:0;border-radius:4px;padding:4px 10px;' + css, text);
    node.type = 'button';
    node.onclick = onClick;
    return node;
  }

  function remove(id) {
    var old = document.getElementById(id);
    if (old && old.parentNode) {
      old.parentNode.removeChild(old);
    }
  }

  function mount(node) {
    (document.body || document.documentElement).appendChild(node);
  }

  // target: {account, name, chatType 'user'|'group'}; one panel at a time.
  function openChatPanel(info, target) {
    remove(PANEL_ID);
    var panel = element('div', FONT + 'position:fixed;right:16px;bottom:16px;width:320px;z-index:2147483000;'
        + 'background:#fff;border:1px solid #cfd6e0;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);'
        + 'display:flex;flex-direction:column;color:#1f2329;');
    panel.id = PANEL_ID;
    panel.setAttribute('data-account', target.account);
    panel.setAttribute('data-vendor', info.vendor.code);
    var header = element('div', 'display:flex;align-items:center;padding:8px 12px;background:#2b6de8;color:#fff;'
        + 'border-radius:8px 8px 0 0;');
    header.appendChild(element('div', 'flex:1;font-weight:bold;', (target.chatType === 'group' ? '群聊 ' : '聊天 ')
        + target.name + ' (' + target.account + ') · ' + info.vendor.name));
    var close = button('×', 'background:transparent;color:#fff;font-size:18px;padding:0 4px;', function () {
      remove(PANEL_ID);
    });
    close.className = 'mplus-close';
    close.title = '关闭 Close';
    header.appendChild(close);
    var list = element('div', 'height:220px;overflow-y:auto;padding:8px 12px;background:#f5f7fa;');
    list.className = 'mplus-messages';
    var form = element('div', 'display:flex;gap:6px;padding:8px;border-top:1px solid #e5e8ed;');
    var input = element('input', 'flex:1;padding:4px 6px;border:1px solid #cfd6e0;border-radius:4px;');
    input.className = 'mplus-input';
    input.placeholder = '输入消息 Type a message';
    var status = element('div', 'padding:0 12px 6px;color:#c0392b;font-size:12px;');
    status.className = 'mplus-status';
    var send = button('发送 Send', 'background:#2b6de8;color:#fff;', function () {
      if (!input.value) {
        return;
      }
      status.innerHTML = '';
      info.wire.send(target.account, target.chatType, input.value, null, within(info.timeoutMs), function (problem) {
        if (problem) {
          status.appendChild(document.createTextNode('发送失败：' + describe(problem)));
          return;
        }
        input.value = '';
        showConversation(info, target.account, list);
      });
    });
    send.className = 'mplus-send';
    form.appendChild(input);
    form.appendChild(send);
    panel.appendChild(header);
    panel.appendChild(list);
    panel.appendChild(form);
    panel.appendChild(status);
    mount(panel);
    showConversation(info, target.account, list);
    report({ type: 'chat-opened', vendor: info.vendor.code, account: target.account, name: target.name,
      chatType: target.chatType });
  }

  function showConversation(info, account, list) {
    var path = '/__tck/conversations/' + info.vendor.code + '/' + encodeURIComponent(account);
    kitRequest('GET', path, undefined, within(info.timeoutMs), function (problem, json) {
      list.innerHTML = '';
      if (problem) {
        list.appendChild(element('div', 'color:#c0392b;', '无法读取会话：' + describe(problem)));
        return;
      }
      if (!json.messages || !json.messages.length) {
        list.appendChild(element('div', 'color:#8a939f;', '还没有消息 No messages yet'));
      }
      for (var i = 0; json.messages && i < json.messages.length; i++) {
        var m = json.messages[i];
        var mine = m.from === info.user.account;
        var row = element('div', 'margin:4px 0;text-align:' + (mine ? 'right' : 'left') + ';');
        row.appendChild(element('div', 'font-size:11px;color:#8a939f;', m.from));
        row.appendChild(element('span', 'display:inline-block;max-width:85%;padding:4px 8px;border-radius:6px;'
            + 'white-space:pre-wrap;word-break:break-all;text-align:left;background:' + (mine ? '#d4e4ff' : '#fff')
            + ';', m.content));
        row.className = 'mplus-message';
        list.appendChild(row);
      }
      list.scrollTop = list.scrollHeight;
    });
  }

  // Lets the user pick a contact or group: done(target) or done(null) when cancelled. In a test page the kit
  // plays the user through window.mplusTckUser: {shareTo: "lisi"} picks lisi, {shareTo: null} cancels.
  function pickShareTarget(info, card, done) {
    var user = read(window, 'mplusTckUser');
    var targets = [];
    var i;
    for (i = 0; i < info.contacts.length; i++) {
      targets.push({ account: info.contacts[i].account, name: info.contacts[i].name, chatType: 'user' });
    }
    for (i = 0; i < info.groups.length; i++) {
      targets.push({ account: info.groups[i].groupId, name: info.groups[i].name, chatType: 'group' });
    }
    if (user && typeof user === 'object' && hasOwn(user, 'shareTo')) {
      var account = user.shareTo;
      var picked = null;
      for (i = 0; account !== null && i < targets.length; i++) {
        if (targets[i].account === account) {
          picked = targets[i];
        }
      }
      window.setTimeout(function () {
        done(account === null ? null : picked || { account: String(account), name: String(account), chatType: 'user' });
      }, 0);
      return;
    }
    showPicker(targets, card, done);
  }

  function showPicker(targets, card, done) {
    remove(PICKER_ID);
    var overlay = element('div', FONT + 'position:fixed;left:0;top:0;right:0;bottom:0;z-index:2147483001;'
        + 'background:rgba(0,0,0,.35);display:flex;align-items:center;justify-content:center;');
    overlay.id = PICKER_ID;
    var box = element('div', 'background:#fff;border-radius:8px;padding:16px;width:300px;color:#1f2329;');
    box.appendChild(element('div', 'font-weight:bold;margin-bottom:8px;', '分享到 Share to…'));
    var preview = element('div', 'border:1px solid #e5e8ed;border-radius:6px;padding:8px;margin-bottom:10px;'
        + 'background:#f5f7fa;');
    preview.appendChild(element('div', 'font-weight:bold;', card.title));
    preview.appendChild(element('div', 'color:#5c6570;font-size:12px;', card.desc || card.appname || card.appid));
    preview.appendChild(element('div', 'color:#2b6de8;font-size:12px;word-break:break-all;', card.link));
    box.appendChild(preview);
    function choose(target) {
      return function () {
        remove(PICKER_ID);
        done(target);
      };
    }
    for (var i = 0; i < targets.length; i++) {
      var t = targets[i];
      var pick = button((t.chatType === 'group' ? '群组 ' : '联系人 ') + t.name + ' (' + t.account + ')',
          'display:block;width:100%;margin:4px 0;text-align:left;background:#eef3fd;color:#1f2329;', choose(t));
      pick.className = 'mplus-pick';
      pick.setAttribute('data-account', t.account);
      box.appendChild(pick);
    }
    var cancel = button('取消 Cancel', 'margin-top:8px;background:#e5e8ed;color:#1f2329;', choose(null));
    cancel.className = 'mplus-cancel';
    box.appendChild(cancel);
    overlay.appendChild(box);
    mount(overlay);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Calls
  // ---------------------------------------------------------------------------------------------------------

  /*
   * The page's callbacks, read once at call time: exactly one of them, once, always after the call returned.
   * A missing or non-function callback is simply not called.
   */
  function replier(name, options) {
    var hasOptions = options !== null && typeof options === 'object';
    var onSuccess = hasOptions ? read(options, 'success') : undefined;
    var onFail = hasOptions ? read(options, 'fail') : undefined;
    var answered = false;

    function answer(callback, res) {
      if (answered) {
        return;
      }
      answered = true;
      window.setTimeout(function () {
        if (isFunction(callback)) {
          callback(res);
        }
      }, 0);
    }

    return {
      success: function (res) {
        res = res || {};
        res.errMsg = name + ':ok';
        answer(onSuccess, res);
      },
      fail: function (errMsg) {
        if (!isFunction(onFail)) {
          warn(name + ' failed, and the page passed no fail callback to hear it: ' + errMsg);
        }
        answer(onFail, { errMsg: errMsg });
      }
    };
  }

  // Loads the mock client and checks the call is the current vendor's; then next(info).
  function onVendor(name, action, reply, next) {
    loadClient(function (problem, info) {
      if (problem) {
        return reply.fail(action + '：' + describe(problem));
      }
      var vendors = CATALOG.calls[name].vendors;
      if (vendors.indexOf(info.imType) < 0) {
        var only = vendorWhere('imType', vendors[0]);
        return reply.fail(name + ' 仅支持' + only.name + '（imType ' + only.imType + '），当前客户端是' + info.vendor.name
            + '（imType ' + info.imType + '） (' + name + ' is ' + only.english + ' only)');
      }
      next(info);
    });
  }

  // Sends options.message to the user or group, reporting to the page after the vendor answered; never retried.
  function sendText(info, options, chatType, deadline, reply) {
    info.wire.send(options.imaccount, chatType, options.message, null, deadline, function (problem) {
      if (problem) {
        return reply.fail('发送失败：' + describe(problem));
      }
      reply.success();
    });
  }

  // Looks the account up (lookup: 'user' or 'group'), then opens the chat panel.
  function showChat(info, options, chatType, reply) {
    var lookup = chatType === 'group' ? info.wire.group : info.wire.user;
    lookup(options.imaccount, within(info.timeoutMs), function (problem) {
      if (problem) {
        return reply.fail('打开聊天失败：' + describe(problem) + (problem.notFound ? '：' + options.imaccount : ''));
      }
      openChatPanel(info, { account: options.imaccount, name: options.name, chatType: chatType });
      reply.success();
    });
  }

  // A send to one kind of account (chatType 'user' or 'group'), once the call is known to be the vendor's.
  function sendTo(chatType) {
    return function (name, options, reply) {
      onVendor(name, '发送失败', reply, function (info) {
        sendText(info, options, chatType, within(info.timeoutMs), reply);
      });
    };
  }

  // Opening the chat with one kind of account.
  function showFor(chatType) {
    return function (name, options, reply) {
      onVendor(name, '打开聊天失败', reply, function (info) {
        showChat(info, options, chatType, reply);
      });
    };
  }

  // Each call: function (name, options, reply), options already valid.
  var CALLS = {
    getImType: function (name, options, reply) {
      loadClient(function (problem, info) {
        if (problem) {
          return reply.fail('获取IM类型失败：' + describe(problem));
        }
        reply.success({ imType: info.imType });
      });
    },

    sendMessage: function (name, options, reply) {
      onVendor(name, '发送失败', reply, function (info) {
        var deadline = within(info.timeoutMs);
        // imaccount is a user or a group: the vendor's directory tells which.
        info.wire.user(options.imaccount, deadline, function (problem) {
          if (!problem) {
            return sendText(info, options, 'user', deadline, reply);
          }
          if (!problem.notFound) {
            return reply.fail('发送失败：' + describe(problem));
          }
          info.wire.group(options.imaccount, deadline, function (groupProblem) {
            if (groupProblem) {
              return reply.fail('发送失败：' + (groupProblem.notFound
                  ? '接收方不存在：' + options.imaccount + ' 既不是用户也不是群组 (' + problem.code + ', '
                      + groupProblem.code + ')'
                  : describe(groupProblem)));
            }
            sendText(info, options, 'group', deadline, reply);
          });
        });
      });
    },

    sendChatMessage: sendTo('user'),
    sendGroupMessage: sendTo('group'),
    showMessage: showFor('user'),
    showChatMessage: showFor('user'),
    showGroupMessage: showFor('group'),

    shareIMUI: function (name, options, reply) {
      onVendor(name, '分享失败', reply, function (info) {
        var card = { type: 'mplus.share', title: options.title, desc: options.desc || '',
          appname: options.appname || '', appid: options.appid, imgUrl: options.imgUrl || '', link: options.link,
          appType: parseLink(options.link).parts.appType };
        pickShareTarget(info, card, function (target) {
          if (!target) {
            return reply.fail('分享失败：用户取消 (cancelled by the user)');
          }
          // The link goes in the text too, so that a client that cannot draw the card still shows it.
          var text = '[应用分享] ' + card.title + (card.desc ? '\n' + card.desc : '') + '\n' + card.link;
          info.wire.send(target.account, target.chatType, text, card, within(info.timeoutMs), function (problem) {
            if (problem) {
              return reply.fail('分享失败：' + describe(problem));
            }
            report({ type: 'shared', vendor: info.vendor.code, to: target.account, chatType: target.chatType,
              title: card.title, link: card.link });
            reply.success();
          });
        });
      });
    }
  };

  // The page's options, copied at call time: a page that changes them later does not change the call.
  function snapshot(options) {
    var copy = {};
    for (var key in options) {
      if (hasOwn(options, key)) {
        copy[key] = read(options, key);
      }
    }
    return copy;
  }

  function define(name) {
    return function (options) {
      var reply = replier(name, options);
      try {
        var problem = validate(name, options);
        if (problem) {
          return reply.fail(problem);
        }
        CALLS[name](name, options !== null && typeof options === 'object' ? snapshot(options) : {}, reply);
      } catch (e) {
        reply.fail('mplus 内部错误 (internal error in mplus.js: ' + String(e && e.message) + ')');
      }
    };
  }

  // ---------------------------------------------------------------------------------------------------------
  // window.mplus, then the plusready event pages wait for.
  // ---------------------------------------------------------------------------------------------------------

  var mplus = {};
  for (var name in CALLS) {
    if (hasOwn(CALLS, name)) {
      mplus[name] = define(name);
    }
  }
  // Not a call: the grammar, for the kit's tests and for checking a value in the browser's console,
  // e.g. mplus.formats.link('mplus://2:a##b/param').
  mplus.formats = { imgUrl: parseImgUrl, link: parseLink };
  window.mplus = mplus;

  function ready() {
    var event = document.createEvent('Event');
    event.initEvent('plusready', false, false);
    document.dispatchEvent(event);
  }

  // After the page's own scripts have run, so that a listener added below this script hears it.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready, false);
  } else {
    window.setTimeout(ready, 0);
  }
})(window, document);
