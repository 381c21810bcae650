/* sendMessage treats every account as a group: a user id fails.
 * breaks: SEND-MSG-01
 * also: DELIVERY-01, DELIVERY-02, DELIVERY-04
 */
corpus.breakCall('sendMessage', function (real, o) {
  window.mplus.getImType({ success: function (res) {
    if (res.imType === 1) {
      window.mplus.sendGroupMessage(o);
    } else {
      real(o);
    }
  } });
});
