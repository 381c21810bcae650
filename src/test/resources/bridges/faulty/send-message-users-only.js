/* sendMessage treats every account as a user: a group id fails.
 * breaks: SEND-MSG-02
 * also: DELIVERY-01, DELIVERY-04
 */
corpus.breakCall('sendMessage', function (real, o) {
  window.mplus.getImType({ success: function (res) {
    if (res.imType === 1) {
      window.mplus.sendChatMessage(o);
    } else {
      real(o);
    }
  } });
});
