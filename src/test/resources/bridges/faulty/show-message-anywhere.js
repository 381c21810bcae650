/* showMessage opens a chat on 先维IM too, and for anyone.
 * breaks: SHOW-MSG-02, SHOW-MSG-03
 * also: INPUT-01
 */
corpus.breakCall('showMessage', function (real, o) {
  corpus.later(function () { corpus.success(o)({}); });
});
