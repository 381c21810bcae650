/* sendChatMessage answers 10 s late, whatever the vendor does: slow on purpose, past any timeout.
 * breaks: CALLBACK-01
 * tags: @rule:SEND-CHAT-02
 */
corpus.breakCall('sendChatMessage', function (real, o) {
  setTimeout(function () { real(o); }, 10000);
});
