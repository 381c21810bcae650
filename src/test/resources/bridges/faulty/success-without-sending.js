/* sendChatMessage reports success at once and never sends.
 * breaks: SEND-CHAT-01, DELIVERY-01
 * also: DELIVERY-02, DELIVERY-03, SEND-CHAT-02, INPUT-01, INPUT-02, INPUT-05, INPUT-06
 */
corpus.breakCall('sendChatMessage', function (real, o) {
  corpus.later(function () { corpus.success(o)({}); });
});
