/* sendGroupMessage sends every message twice (a retry that does not wait for the answer).
 * breaks: DELIVERY-04, SEND-GROUP-01
 */
corpus.breakCall('sendGroupMessage', function (real, o) {
  real(o);
  real(corpus.copy(o, { success: null, fail: null }));
});
