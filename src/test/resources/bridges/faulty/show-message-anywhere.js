/* showMessage opens a chat on 先维IM too, and for anyone.
 * breaks: SHOW-MSG-02, SHOW-MSG-03
 * also: INPUT-01, INPUT-02, INPUT-04, INPUT-06
 */
corpus.breakCall('showMessage', function (real, o) {
  corpus.later(function () { corpus.success(o)({}); });
});
