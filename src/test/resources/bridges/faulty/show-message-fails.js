/* showMessage never opens a chat: it fails even for a known user on 容联云.
 * breaks: SHOW-MSG-01
 * also: INPUT-02
 */
corpus.breakCall('showMessage', function (real, o) {
  corpus.later(function () { corpus.fail(o)({ errMsg: '聊天界面打不开' }); });
});
