/* The show calls read name as optional and open the chat without it (SHOULD).
 * breaks: INPUT-04
 * also: INPUT-02
 */
['showMessage', 'showChatMessage', 'showGroupMessage'].forEach(function (call) {
  corpus.breakCall(call, function (real, o) {
    real(o && (o.name === undefined || o.name === '') ? corpus.copy(o, { name: String(o.imaccount) }) : o);
  });
});
