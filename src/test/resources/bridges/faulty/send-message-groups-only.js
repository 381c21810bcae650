/* sendMessage treats every account as a group: a user id fails.
 * breaks: SEND-MSG-01
 * also: DELIVERY-01
 */
corpus.breakCall('sendMessage', function (real, o) {
  corpus.onVendor(1, function () { window.mplus.sendGroupMessage(o); }, function () { real(o); });
});
