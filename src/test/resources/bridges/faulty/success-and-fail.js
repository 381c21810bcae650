/* showChatMessage calls fail after success.
 * breaks: CALLBACK-01
 */
corpus.breakCall('showChatMessage', function (real, o) {
  real(corpus.copy(o, { success: function (res) { corpus.success(o)(res); corpus.fail(o)({ errMsg: '又失败了' }); } }));
});
