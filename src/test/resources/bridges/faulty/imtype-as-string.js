/* getImType answers imType as a string ("1"), which breaks pages that compare with === (SHOULD: the doc names no type).
 * breaks: GET-IMTYPE-03
 */
corpus.breakCall('getImType', function (real, o) {
  real(corpus.copy(o, { success: function (res) { corpus.success(o)({ imType: String(res.imType) }); } }));
});
