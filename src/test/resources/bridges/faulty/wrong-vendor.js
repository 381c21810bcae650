/* sendChatMessage always sends through 先维IM, even on 容联云. Its request has no timeout of its own: on 先维IM, a vendor
 * that does not answer in time leaves the call without a callback past the kit's timeout (CALLBACK-01).
 * breaks: SEND-CHAT-01
 * also: DELIVERY-01, DELIVERY-02, DELIVERY-03, CALLBACK-01
 */
corpus.breakCall('sendChatMessage', function (real, o) {
  var options = o || {};
  var xhr = new XMLHttpRequest();
  var base = document.querySelector('script[src*="__tck/bridge"]').src.replace(/\/__tck\/.*$/, '');
  xhr.open('POST', base + '/im/v1/messages');
  xhr.setRequestHeader('Content-Type', 'application/json;charset=utf-8');
  xhr.setRequestHeader('Authorization', 'Bearer xwt-7f3a9c2e51b84d06a1c5e9b2');
  xhr.setRequestHeader('X-Xianwei-App', 'xw-demo-app');
  xhr.onload = function () {
    var ok = xhr.status === 200;
    if (ok) {
      corpus.success(options)({});
    } else {
      corpus.fail(options)({ errMsg: '发送失败 (' + xhr.status + ')' });
    }
  };
  xhr.onerror = function () { corpus.fail(options)({ errMsg: '网络错误' }); };
  if (typeof options.imaccount !== 'string' || !options.imaccount || typeof options.message !== 'string' || !options.message) {
    corpus.later(function () { corpus.fail(options)({ errMsg: 'imaccount 或 message 无效' }); });
    return;
  }
  xhr.send(JSON.stringify({ from: 'zhangsan', to: options.imaccount, chatType: 'single', msgType: 'text', content: options.message }));
});
