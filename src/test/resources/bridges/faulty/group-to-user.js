/* sendGroupMessage sends to a user when given a user id.
 * breaks: SEND-GROUP-02
 */
corpus.breakCall('sendGroupMessage', function (real, o) {
  if (o && typeof o.imaccount === 'string' && o.imaccount.indexOf('gg') !== 0 && o.imaccount !== '') {
    window.mplus.sendChatMessage(o);
    return;
  }
  real(o);
});
