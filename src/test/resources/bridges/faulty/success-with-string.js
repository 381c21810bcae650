/* showChatMessage calls success with a string instead of an object (SHOULD).
 * breaks: CALLBACK-05
 */
corpus.breakCall('showChatMessage', function (real, o) {
  real(corpus.copy(o, { success: function () { corpus.success(o)('ok'); } }));
});
