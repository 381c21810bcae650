/* sendChatMessage sends to a group when given a group id.
 * breaks: SEND-CHAT-02
 */
corpus.breakCall('sendChatMessage', function (real, o) {
  if (o && typeof o.imaccount === 'string' && o.imaccount.indexOf('gg') === 0) {
    window.mplus.sendGroupMessage(o);
    return;
  }
  real(o);
});
