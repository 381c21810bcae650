/* showChatMessage also sends a greeting to the user it opens.
 * breaks: SHOW-CHAT-01
 */
corpus.breakCall('showChatMessage', function (real, o) {
  real(corpus.copy(o, { success: function (res) {
    window.mplus.sendChatMessage({ imaccount: o.imaccount, message: '你好', success: function () { corpus.success(o)(res); } });
  } }));
});
