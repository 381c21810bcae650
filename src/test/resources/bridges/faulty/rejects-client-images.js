/* shareIMUI rejects local: images.
 * breaks: SHARE-03
 * also: INPUT-02
 */
corpus.breakCall('shareIMUI', function (real, o) {
  if (o && typeof o.imgUrl === 'string' && o.imgUrl.indexOf('local:') === 0) {
    corpus.later(function () { corpus.fail(o)({ errMsg: 'imgUrl 不支持' }); });
    return;
  }
  real(o);
});
