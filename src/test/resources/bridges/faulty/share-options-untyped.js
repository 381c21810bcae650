/* shareIMUI does not type-check its optional options: it drops an imgUrl and an appname that are not strings (SHOULD).
 * breaks: INPUT-06
 * also: INPUT-02
 */
corpus.breakCall('shareIMUI', function (real, o) {
  var drop = {};
  if (o && o.imgUrl !== undefined && typeof o.imgUrl !== 'string') {
    drop.imgUrl = '';
  }
  if (o && o.appname !== undefined && typeof o.appname !== 'string') {
    drop.appname = '';
  }
  real(o ? corpus.copy(o, drop) : o);
});
