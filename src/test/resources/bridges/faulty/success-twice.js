/* sendChatMessage calls success twice.
 * breaks: CALLBACK-01
 */
corpus.breakCall('sendChatMessage', function (real, o) {
  real(corpus.copy(o, { success: function (res) { corpus.success(o)(res); corpus.success(o)(res); } }));
});
