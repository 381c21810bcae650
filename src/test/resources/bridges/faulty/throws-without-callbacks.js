/* getImType throws when the page passes no success function (SHOULD).
 * breaks: CALLBACK-03
 */
corpus.breakCall('getImType', function (real, o) {
  if (!o || typeof o.success !== 'function') {
    throw new TypeError('success is not a function');
  }
  real(o);
});
