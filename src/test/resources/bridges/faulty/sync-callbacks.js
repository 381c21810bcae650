/* sendChatMessage calls fail synchronously on bad input, before the call returns (SHOULD).
 * breaks: CALLBACK-04
 */
corpus.breakCall('sendChatMessage', function (real, o) {
  if (o && (typeof o.imaccount !== 'string' || o.imaccount === '')) {
    corpus.fail(o)({ errMsg: 'imaccount 无效' });
    return;
  }
  real(o);
});
