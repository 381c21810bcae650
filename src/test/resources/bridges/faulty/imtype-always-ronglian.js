/* getImType always answers 1 (容联云), whatever the client runs on.
 * breaks: GET-IMTYPE-02
 */
corpus.breakCall('getImType', function (real, o) {
  real(corpus.copy(o, { success: function () { corpus.success(o)({ imType: 1 }); } }));
});
