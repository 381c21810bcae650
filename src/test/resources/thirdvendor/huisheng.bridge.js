/*
 * 回声IM's wire client for mplus.js (a test vendor: ThirdVendorRunTest puts this file before mplus.js with the
 * catalog block that names the vendor). Its API is HuishengModel's: POST /hs/v1/send, GET /hs/v1/users/{account} and
 * /hs/v1/groups/{groupId}, the app's key in X-Huisheng-Key; {"code":0,…} or {"code":C,"reason":…}. ES5.
 */
window.mplusWireClients = {
  huisheng: function (info, kit) {
    var KEY = 'hs-key';
    var NO_SUCH_ACCOUNT = 4042;

    function call(method, path, body, deadline, done) {
      var headers = { 'Accept': 'application/json', 'X-Huisheng-Key': KEY };
      if (body) {
        headers['Content-Type'] = 'application/json;charset=utf-8';
      }
      kit.request({
        method: method, url: kit.mock + '/hs/v1' + path, headers: headers, deadline: deadline,
        peer: kit.vendor.name, body: body ? JSON.stringify(body) : undefined
      }, function (problem, status, text) {
        if (problem) {
          return done(problem);
        }
        var json = kit.parseJson(text);
        if (!json || typeof json.code !== 'number') {
          return done({ kind: 'malformed', peer: kit.vendor.name, status: status === 200 ? 0 : status });
        }
        if (json.code !== 0) {
          return done({ kind: 'vendor', code: json.code, message: json.reason || '未知错误',
            notFound: json.code === NO_SUCH_ACCOUNT });
        }
        done(null, json);
      });
    }

    return {
      vendor: kit.vendor,
      send: function (to, chatType, content, card, deadline, done) {
        var body = { from: info.user.account, to: to, chat: chatType === 'group' ? 'group' : 'user', text: content };
        if (card) {
          body.card = card;
        }
        call('POST', '/send', body, deadline, done);
      },
      user: function (account, deadline, done) {
        call('GET', '/users/' + encodeURIComponent(account), null, deadline, done);
      },
      group: function (groupId, deadline, done) {
        call('GET', '/groups/' + encodeURIComponent(groupId), null, deadline, done);
      }
    };
  }
};
