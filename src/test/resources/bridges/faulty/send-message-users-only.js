/* sendMessage treats every account as a user: a group id fails.
 * breaks: SEND-MSG-02
 */
corpus.breakCall('sendMessage', function (real, o) {
  corpus.onVendor(1, function () { window.mplus.sendChatMessage(o); }, function () { real(o); });
});
