/*
 * An mplus bridge for the IM chat interface (IM聊天接口), written as a client team would write one: from the
 * interface's document and the vendors' wire contracts, talking to the vendor's real hosts over XMLHttpRequest,
 * signed in as zhangsan with the demo fixture's credentials. A client ships one IM, chosen when it is built: the
 * build puts one line before this file,
 *
 *     var realhostBuild = { imType: 1 };     // 0 先维IM, 1 容联云
 *
 * The build may also wrap two inner steps, `verdict` (what a vendor's answer means) and `push` (send one
 * message), by giving realhostBuild.seams.NAME = function (own) { return replacement; }.
 *
 * ES5 only: old WebViews run it.
 */
(function (window, build) {
  'use strict';

  /**
   * Each call's own deadline, every vendor round trip of the call included. A page waits longer than this for an
   * answer (the kit: 3000 ms), and a vendor that is merely slow (the kit: 400 ms) answers well within it, even on a
   * loaded machine.
   */
  var DEADLINE_MS = 1700;
  var ME = 'zhangsan';

  // ---------------------------------------------------------------------------------------------------------
  // MD5 (RFC 1321) of a string's UTF-8 bytes, as lower-case hex: 容联云 signs every request with it.
  // ---------------------------------------------------------------------------------------------------------

  var MD5_SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
  var MD5_SINES = [];
  for (var s = 0; s < 64; s++) {
    MD5_SINES[s] = Math.floor(Math.abs(Math.sin(s + 1)) * 4294967296) | 0;
  }

  function utf8(text) {
    var binary = unescape(encodeURIComponent(text));
    var bytes = [];
    for (var i = 0; i < binary.length; i++) {
      bytes.push(binary.charCodeAt(i));
    }
    return bytes;
  }

  function md5Hex(text) {
    var bytes = utf8(text);
    var blocks = ((bytes.length + 8) >>> 6) + 1;
    var words = [];
    var i;
    for (i = 0; i < blocks * 16; i++) {
      words[i] = 0;
    }
    for (i = 0; i < bytes.length; i++) {
      words[i >> 2] |= bytes[i] << ((i % 4) * 8);
    }
    words[bytes.length >> 2] |= 0x80 << ((bytes.length % 4) * 8);
    words[blocks * 16 - 2] = bytes.length * 8;
    var h = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476];
    for (var block = 0; block < words.length; block += 16) {
      var a = h[0], b = h[1], c = h[2], d = h[3];
      for (var j = 0; j < 64; j++) {
        var round = j >> 4;
        var f, g;
        if (round === 0) {
          f = (b & c) | (~b & d);
          g = j;
        } else if (round === 1) {
          f = (d & b) | (~d & c);
          g = (5 * j + 1) % 16;
        } else if (round === 2) {
          f = b ^ c ^ d;
          g = (3 * j + 5) % 16;
        } else {
          f = c ^ (b | ~d);
          g = (7 * j) % 16;
        }
        var sum = (a + f + MD5_SINES[j] + words[block + g]) | 0;
        var shift = MD5_SHIFTS[round * 4 + j % 4];
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
  // The two vendors' wire contracts. A target is { account, kind: 'user' | 'group' }.
  // ---------------------------------------------------------------------------------------------------------

  function parseJson(text) {
    try {
      return JSON.parse(text);
    } catch (e) {
      return undefined;
    }
  }

  function accepted(data) {
    return { ok: true, data: data };
  }

  /** cause: 'refused' (the vendor said no), 'malformed' (an answer that is not the vendor's), 'network'. */
  function problem(cause, errMsg, code) {
    return { ok: false, cause: cause, errMsg: errMsg, code: code };
  }

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  /** yyyyMMddHHmmss in China time, whatever the device's time zone. */
  function chinaTimestamp() {
    var t = new Date(new Date().getTime() + 8 * 3600 * 1000);
    return t.getUTCFullYear() + two(t.getUTCMonth() + 1) + two(t.getUTCDate()) + two(t.getUTCHours())
        + two(t.getUTCMinutes()) + two(t.getUTCSeconds());
  }

  var RONGLIAN = {
    name: '容联云',
    origin: 'https://app.cloopen.com:8883',
    accountSid: 'aaf98f8952f7367a0153084e29b80d9c',
    authToken: 'c7e4f5a9b3d24e1f8a6b0c2d4e6f8a1b',
    appId: '8aaf07085f5c54cf015f5c8ca1ab0001',
    groupNotFound: '112120',

    /** A signed POST to the main account's path: sig = MD5(sid + token + time), Authorization = Base64(sid:time). */
    request: function (path, body) {
      var time = chinaTimestamp();
      var sid = this.accountSid;
      return {
        method: 'POST',
        url: this.origin + '/2013-12-26/Accounts/' + sid + path + '?sig='
            + md5Hex(sid + this.authToken + time).toUpperCase(),
        headers: {
          'Accept': 'application/json',
          'Content-Type': 'application/json;charset=utf-8',
          'Authorization': window.btoa(sid + ':' + time)
        },
        body: JSON.stringify(body)
      };
    },
    push: function (target, text, card) {
      var body = { pushType: target.kind === 'group' ? '2' : '1', appId: this.appId, sender: ME,
        receiver: [target.account], msgType: '1', msgContent: text };
      if (card) {
        body.msgDomain = JSON.stringify(card);
      }
      return this.request('/IM/PushMsg', body);
    },
    lookup: function (target) {
      return target.kind === 'group'
          ? this.request('/IM/Group/QueryGroupDetail', { userName: ME, groupId: target.account })
          : this.request('/IM/User/QueryUser', { userName: target.account });
    },
    /** Every answer is HTTP 200 with JSON; statusCode "000000" (a string) is success. */
    read: function (status, text) {
      var json = parseJson(text);
      var code = json && typeof json.statusCode === 'string' ? json.statusCode : null;
      if (code === '000000' && status === 200) {
        return accepted(json);
      }
      if (code !== null) {
        return problem('refused', this.name + ' 拒绝了请求：' + code + ' ' + (json.statusMsg || ''), code);
      }
      if (status !== 200) {
        return problem('refused', this.name + ' 返回 HTTP ' + status, String(status));
      }
      return problem('malformed', this.name + ' 的应答无法解析');
    }
  };

  var XIANWEI = {
    name: '先维IM',
    origin: 'https://api.xianwei-im.example',
    appKey: 'xw-demo-app',
    token: 'xwt-7f3a9c2e51b84d06a1c5e9b2',
    groupNotFound: '40404',

    request: function (method, path, body) {
      var headers = { 'Authorization': 'Bearer ' + this.token, 'X-Xianwei-App': this.appKey };
      if (body) {
        headers['Content-Type'] = 'application/json;charset=utf-8';
      }
      return { method: method, url: this.origin + path, headers: headers, body: body ? JSON.stringify(body) : null };
    },
    push: function (target, text, card) {
      var body = { from: ME, to: target.account, chatType: target.kind === 'group' ? 'group' : 'single',
        msgType: 'text', content: text };
      if (card) {
        body.ext = card;
      }
      return this.request('POST', '/im/v1/messages', body);
    },
    lookup: function (target) {
      var what = target.kind === 'group' ? '/im/v1/groups/' : '/im/v1/users/';
      return this.request('GET', what + encodeURIComponent(target.account), null);
    },
    /** {"code":0,"msg":"ok","data":…} with a 2xx status is success; a failure has a non-zero code and a msg. */
    read: function (status, text) {
      var json = parseJson(text);
      var code = json && typeof json.code === 'number' ? json.code : null;
      var ok = status >= 200 && status < 300;
      if (code === 0 && ok) {
        return accepted(json.data || {});
      }
      if (code !== null && code !== 0) {
        return problem('refused', this.name + ' 拒绝了请求：' + code + ' ' + (json.msg || ''), String(code));
      }
      if (!ok) {
        return problem('refused', this.name + ' 返回 HTTP ' + status, String(status));
      }
      return problem('malformed', this.name + ' 的应答无法解析');
    }
  };

  var IM_TYPE = build && build.imType;
  var VENDOR = IM_TYPE === 0 ? XIANWEI : IM_TYPE === 1 ? RONGLIAN : null;
  var seams = build && build.seams || {};

  function seam(name, own) {
    return typeof seams[name] === 'function' ? seams[name](own) : own;
  }

  // ---------------------------------------------------------------------------------------------------------
  // One call: its callbacks (exactly one, once, after the call returned), its deadline and its open requests.
  // ---------------------------------------------------------------------------------------------------------

  function callback(options, name) {
    return options && typeof options[name] === 'function' ? options[name] : null;
  }

  function Call(name, options) {
    this.name = name;
    this.onSuccess = callback(options, 'success');
    this.onFail = callback(options, 'fail');
    this.over = false;
    this.open = [];
    this.deadline = null;
  }

  Call.prototype.answer = function (fn, res) {
    if (this.over) {
      return;
    }
    this.over = true;
    window.clearTimeout(this.deadline);
    window.setTimeout(function () {
      if (fn) {
        fn(res);
      }
    }, 0);
  };

  Call.prototype.succeed = function (res) {
    res = res || {};
    res.errMsg = this.name + ':ok';
    this.answer(this.onSuccess, res);
  };

  Call.prototype.fail = function (errMsg) {
    if (!this.onFail && window.console) {
      window.console.warn('mplus.' + this.name + ' failed: ' + errMsg);
    }
    this.answer(this.onFail, { errMsg: this.name + ':fail ' + errMsg });
  };

  /** From its first request on, the call has DEADLINE_MS to finish: then it fails, its requests abandoned. */
  Call.prototype.startClock = function () {
    var call = this;
    if (call.deadline !== null) {
      return;
    }
    call.deadline = window.setTimeout(function () {
      call.fail(VENDOR.name + ' 未在 ' + DEADLINE_MS + ' 毫秒内应答');
      while (call.open.length) {
        call.open.pop().abort();
      }
    }, DEADLINE_MS);
  };

  /** Sends a request for the call: done({kind: 'answered', status, text}) or done({kind: 'network'}). */
  function exchange(call, request, done) {
    if (call.over) {
      return;
    }
    call.startClock();
    var xhr = new XMLHttpRequest();
    var settled = false;
    function settle(outcome) {
      if (settled) {
        return;
      }
      settled = true;
      for (var i = 0; i < call.open.length; i++) {
        if (call.open[i] === xhr) {
          call.open.splice(i, 1);
        }
      }
      done(outcome);
    }
    xhr.onreadystatechange = function () {
      if (xhr.readyState === 4) {
        settle(xhr.status === 0 ? { kind: 'network' } : { kind: 'answered', status: xhr.status, text: xhr.responseText });
      }
    };
    call.open.push(xhr);
    try {
      xhr.open(request.method, request.url, true);
      for (var header in request.headers) {
        if (Object.prototype.hasOwnProperty.call(request.headers, header)) {
          xhr.setRequestHeader(header, request.headers[header]);
        }
      }
      xhr.send(request.body);
    } catch (e) {
      settle({ kind: 'network' });
    }
  }

  /** What an exchange's outcome means: accepted(data), or a problem with its cause and an errMsg. */
  var verdict = seam('verdict', function (outcome) {
    if (outcome.kind === 'network') {
      return problem('network', '无法连接' + VENDOR.name + '（网络错误或连接被重置）');
    }
    return VENDOR.read(outcome.status, outcome.text);
  });

  /** Sends one text message (with a card, for a share) to a target: done(verdict). */
  var push = seam('push', function (call, target, text, card, done) {
    exchange(call, VENDOR.push(target, text, card), function (outcome) {
      done(verdict(outcome));
    });
  });

  function lookup(call, target, done) {
    exchange(call, VENDOR.lookup(target), function (outcome) {
      done(verdict(outcome));
    });
  }

  /**
   * Asks the vendor whether an account is a group or a user: done(target), or the call fails. (先维IM documents no
   * form of group id, so a picked account is looked up.)
   */
  function resolve(call, account, done) {
    lookup(call, { account: account, kind: 'group' }, function (group) {
      if (group.ok) {
        done({ account: account, kind: 'group' });
      } else if (group.code !== VENDOR.groupNotFound) {
        call.fail(group.errMsg);
      } else {
        lookup(call, { account: account, kind: 'user' }, function (user) {
          if (user.ok) {
            done({ account: account, kind: 'user' });
          } else {
            call.fail(account + ' 既不是用户也不是群组：' + user.errMsg);
          }
        });
      }
    });
  }

  function sendTo(call, target, text, card) {
    push(call, target, text, card, function (result) {
      if (result.ok) {
        call.succeed({});
      } else {
        call.fail(result.errMsg);
      }
    });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Arguments, as the document lists them.
  // ---------------------------------------------------------------------------------------------------------

  /** The first problem with the options, as an errMsg naming the option; null when they are fine. */
  function problemWith(options, required, optional) {
    var i;
    for (i = 0; i < required.length; i++) {
      var value = options[required[i][0]];
      if (typeof value !== 'string' || value === '') {
        return required[i][0] + '（' + required[i][1] + '）必须是非空字符串，收到 ' + describe(value);
      }
    }
    for (i = 0; optional && i < optional.length; i++) {
      var given = options[optional[i][0]];
      if (given !== undefined && typeof given !== 'string') {
        return optional[i][0] + '（' + optional[i][1] + '）必须是字符串，收到 ' + describe(given);
      }
    }
    return null;
  }

  function describe(value) {
    if (value === undefined) {
      return '（未传）';
    }
    if (value === '') {
      return '空字符串';
    }
    return value === null ? 'null' : typeof value;
  }

  /** http(s)://HOST…, local:NAME, or app_local:4:APPID:PATH; empty means no icon. */
  function validImgUrl(url) {
    return url === '' || /^https?:\/\/[^\/?#\s]+/i.test(url) || /^local:.+/.test(url)
        || /^app_local:4:[^:]+:.+/.test(url);
  }

  /** SCHEME://APPTYPE:APPID/… with APPTYPE 1, 2 or 4; for 2, APPID is ANDROIDAPPID##IOSAPPID. */
  function validLink(link) {
    var m = /^[A-Za-z][A-Za-z0-9+.\-_]*:\/\/([124]):([^\/?]+)\/.*$/.exec(link);
    if (!m) {
      return false;
    }
    if (m[1] === '2') {
      var halves = m[2].split('##');
      return halves.length === 2 && halves[0] !== '' && halves[1] !== '';
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------
  // What only the client shows: the chat screen and the share picker.
  // ---------------------------------------------------------------------------------------------------------

  function openChat(target, name) {
    var panel = window.document.getElementById('mplus-chat');
    if (!panel) {
      panel = window.document.createElement('div');
      panel.id = 'mplus-chat';
      (window.document.body || window.document.documentElement).appendChild(panel);
    }
    panel.setAttribute('data-account', target.account);
    panel.textContent = (target.kind === 'group' ? '群聊：' : '聊天：') + name;
  }

  /**
   * The user picks whom to share with: done(account), or done(null) when they cancel. Test pages play the user
   * through window.mplusTckUser: {shareTo: "lisi"} picks lisi, {shareTo: null} cancels.
   */
  function pick(card, done) {
    var user = window.mplusTckUser;
    if (user && typeof user === 'object' && Object.prototype.hasOwnProperty.call(user, 'shareTo')) {
      window.setTimeout(function () {
        done(user.shareTo === null || user.shareTo === undefined ? null : String(user.shareTo));
      }, 0);
      return;
    }
    var answer = window.prompt('分享「' + card.title + '」给（账号）：', '');
    done(answer ? answer : null);
  }

  function cardText(card) {
    return '[应用分享] ' + card.title + (card.desc ? '\n' + card.desc : '') + '\n' + card.link;
  }

  // ---------------------------------------------------------------------------------------------------------
  // The calls.
  // ---------------------------------------------------------------------------------------------------------

  var ACCOUNT = {
    user: ['imaccount', 'im用户账号'],
    group: ['imaccount', 'im群组账号'],
    either: ['imaccount', 'im用户或群组账号']
  };
  var MESSAGE = ['message', '发送内容'];

  /**
   * Runs a call: without an options object there is nobody to answer, so it does nothing; a call the build's IM
   * cannot do, or bad options, fail before anything is sent.
   */
  function define(name, ronglianOnly, required, optional, work) {
    return function (options) {
      if (options === null || typeof options !== 'object') {
        if (window.console) {
          window.console.warn('mplus.' + name + ' needs an options object');
        }
        return;
      }
      var call = new Call(name, options);
      if (!VENDOR) {
        call.fail('此客户端未配置 IM（imType ' + IM_TYPE + '）');
        return;
      }
      if (ronglianOnly && VENDOR !== RONGLIAN) {
        call.fail(name + ' 仅支持容联云，此客户端的 IM 是' + VENDOR.name);
        return;
      }
      var wrong = problemWith(options, required, optional);
      if (wrong) {
        call.fail(wrong);
        return;
      }
      work(call, options);
    };
  }

  function show(kind) {
    return function (call, o) {
      var target = { account: o.imaccount, kind: kind };
      lookup(call, target, function (found) {
        if (found.ok) {
          openChat(target, o.name);
          call.succeed({});
        } else {
          call.fail(found.errMsg);
        }
      });
    };
  }

  function sendAs(kind) {
    return function (call, o) {
      sendTo(call, { account: o.imaccount, kind: kind }, o.message, null);
    };
  }

  window.mplus = {
    getImType: function (options) {
      var call = new Call('getImType', options);
      if (VENDOR) {
        call.succeed({ imType: IM_TYPE });
      } else {
        call.fail('此客户端未配置 IM（imType ' + IM_TYPE + '）');
      }
    },
    sendMessage: define('sendMessage', true, [ACCOUNT.either, MESSAGE], null, function (call, o) {
      // 容联云 group ids are gg and digits (what CreateGroup hands out): one push, and the vendor refuses a
      // receiver that is not what its form says.
      var kind = /^gg[0-9]+$/.test(o.imaccount) ? 'group' : 'user';
      sendTo(call, { account: o.imaccount, kind: kind }, o.message, null);
    }),
    sendChatMessage: define('sendChatMessage', false, [ACCOUNT.user, MESSAGE], null, sendAs('user')),
    sendGroupMessage: define('sendGroupMessage', false, [ACCOUNT.group, MESSAGE], null, sendAs('group')),
    showMessage: define('showMessage', true, [ACCOUNT.user, ['name', '用户名称']], null, show('user')),
    showChatMessage: define('showChatMessage', false, [ACCOUNT.user, ['name', '用户名称']], null, show('user')),
    showGroupMessage: define('showGroupMessage', false, [ACCOUNT.group, ['name', '群名']], null, show('group')),
    shareIMUI: define('shareIMUI', false,
        [['title', '分享标题'], ['appid', '分享应用id'], ['link', '分享链接']],
        [['desc', '分享描述'], ['appname', '分享应用名'], ['imgUrl', '分享图标']],
        function (call, o) {
          if (!validLink(o.link)) {
            call.fail('link（分享链接）不符合链接格式 SCHEME://APPTYPE:APPID/…：' + o.link);
            return;
          }
          if (o.imgUrl !== undefined && !validImgUrl(o.imgUrl)) {
            call.fail('imgUrl（分享图标）不符合格式 http(s)://…、local:NAME 或 app_local:4:APPID:PATH：' + o.imgUrl);
            return;
          }
          var card = { type: 'h5-app', title: o.title, desc: o.desc || '', appname: o.appname || '', appid: o.appid,
            imgUrl: o.imgUrl || '', link: o.link };
          pick(card, function (account) {
            if (account === null) {
              call.fail('用户取消了分享');
              return;
            }
            resolve(call, account, function (target) {
              sendTo(call, target, cardText(card), card);
            });
          });
        })
  };
})(window, window.realhostBuild);
