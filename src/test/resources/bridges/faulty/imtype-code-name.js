/* getImType answers the vendor's code name ("ronglian") instead of the doc's value.
 * breaks: GET-IMTYPE-01
 * tags: @rule:GET-IMTYPE-01
 */
corpus.breakCall('getImType', function (real, o) {
  real(corpus.copy(o, { success: function (res) {
    corpus.success(o)({ imType: res.imType === 1 ? 'ronglian' : 'xianwei' });
  } }));
});
