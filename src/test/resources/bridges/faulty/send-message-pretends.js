/* sendMessage on 先维IM reports success and sends nothing: a delivery that never happened.
 * breaks: SEND-MSG-03
 */
corpus.breakCall('sendMessage', function (real, o) {
  corpus.onVendor(0, function () { corpus.later(function () { corpus.success(o)({}); }); }, function () { real(o); });
});
