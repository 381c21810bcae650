/* sendGroupMessage reports success for an empty or missing message, without sending.
 * breaks: INPUT-01
 */
corpus.breakCall('sendGroupMessage', function (real, o) {
  if (o && (typeof o.message !== 'string' || o.message === '')) {
    corpus.later(function () { corpus.success(o)({}); });
    return;
  }
  real(o);
});
