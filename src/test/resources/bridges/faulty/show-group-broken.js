/* showGroupMessage always fails, and opens a user's chat for a user id.
 * breaks: SHOW-GROUP-01, SHOW-GROUP-02
 * also: INPUT-01, INPUT-02
 */
corpus.breakCall('showGroupMessage', function (real, o) {
  if (o && typeof o.imaccount === 'string' && o.imaccount.indexOf('gg') !== 0) {
    corpus.later(function () { corpus.success(o)({}); });
    return;
  }
  corpus.later(function () { corpus.fail(o)({ errMsg: '打不开' }); });
});
