/* showChatMessage opens a chat with anyone, known or not, user or group.
 * breaks: SHOW-CHAT-02
 * also: INPUT-01, INPUT-02, INPUT-04, INPUT-06
 */
corpus.breakCall('showChatMessage', function (real, o) {
  corpus.later(function () { corpus.success(o)({}); });
});
