/* shareIMUI rejects every native-app link (ANDROIDAPPID##IOSAPPID), as a URL parser that takes # for a fragment would.
 * breaks: SHARE-05
 */
corpus.breakCall('shareIMUI', function (real, o) {
  if (o && typeof o.link === 'string' && o.link.indexOf('##') >= 0) {
    corpus.later(function () { corpus.fail(o)({ errMsg: 'link 格式错误' }); });
    return;
  }
  real(o);
});
