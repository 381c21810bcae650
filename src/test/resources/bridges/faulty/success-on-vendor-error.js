/* sendChatMessage turns every fail into success: vendor refusals and network faults look delivered.
 * breaks: DELIVERY-02, DELIVERY-03
 * also: SEND-CHAT-02, INPUT-01, INPUT-02, INPUT-05, INPUT-06
 */
corpus.breakCall('sendChatMessage', function (real, o) {
  real(corpus.copy(o, { fail: function () { corpus.success(o)({}); } }));
});
