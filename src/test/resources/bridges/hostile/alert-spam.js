/* getImType shows 500 alerts and a confirm before answering: the dialogs must not block the kit.
 * verdicts: PASS
 * tags: @rule:GET-IMTYPE-01
 */
corpus.breakCall('getImType', function (real, o) {
  for (var i = 0; i < 500; i++) {
    window.alert('第 ' + i + ' 个提示');
  }
  window.confirm('继续吗？');
  real(o);
});
