/* showGroupMessage fails with a 5 MB errMsg: the reports must stay small.
 * verdicts: PASS, FAIL
 * tags: @rule:SHOW-GROUP-02
 */
corpus.breakCall('showGroupMessage', function (real, o) {
  var text = '错';
  while (text.length < 5 * 1024 * 1024) {
    text += text;
  }
  corpus.later(function () { corpus.fail(o)({ errMsg: text }); });
});
