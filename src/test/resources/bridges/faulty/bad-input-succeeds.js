/* sendGroupMessage reports success for a missing, empty or non-string message, without sending.
 * breaks: INPUT-01, INPUT-05, INPUT-06
 * also: INPUT-02
 */
corpus.breakCall('sendGroupMessage', function (real, o) {
  if (o && (typeof o.message !== 'string' || o.message === '')) {
    corpus.later(function () { corpus.success(o)({}); });
    return;
  }
  real(o);
});
