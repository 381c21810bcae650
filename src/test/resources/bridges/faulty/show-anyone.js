/* showChatMessage opens a chat with anyone, known or not, user or group.
 * breaks: SHOW-CHAT-02
 * also: INPUT-01
 */
corpus.breakCall('showChatMessage', function (real, o) {
  corpus.later(function () { corpus.success(o)({}); });
});
