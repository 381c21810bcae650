/* sendMessage also works on 先维IM (as sendChatMessage), though the doc makes it 容联云-only.
 * breaks: SEND-MSG-04
 */
corpus.breakCall('sendMessage', function (real, o) {
  corpus.onVendor(0, function () { window.mplus.sendChatMessage(o); }, function () { real(o); });
});
