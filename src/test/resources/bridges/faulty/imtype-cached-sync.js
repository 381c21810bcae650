/* getImType answers from a cache after the first call, synchronously: only a page that calls it twice sees it (SHOULD).
 * breaks: CALLBACK-04
 * tags: @rule:GET-IMTYPE-02
 */
var cachedImType = null;
corpus.breakCall('getImType', function (real, o) {
  if (cachedImType !== null) {
    corpus.success(o)({ imType: cachedImType });
    return;
  }
  real(corpus.copy(o, { success: function (res) { cachedImType = res.imType; corpus.success(o)(res); } }));
});
