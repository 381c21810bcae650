/* Sends the message again when the vendor has not answered within 300 ms, and takes whichever answer comes first:
 * a slow vendor delivers it twice. (On a loaded machine a send that is not meant to be slow may take 300 ms too,
 * and be doubled in the scenarios that check one delivery.)
 * breaks: DELIVERY-04
 * under load also: SEND-CHAT-01, SEND-GROUP-01, SEND-MSG-01, SEND-MSG-02, SHARE-01
 * tags: @rule:DELIVERY-04
 */
realhostBuild.seams.push = function (own) {
  return function (call, target, text, card, done) {
    var answered = false;
    function first(result) {
      if (!answered) {
        answered = true;
        window.clearTimeout(retry);
        done(result);
      }
    }
    var retry = window.setTimeout(function () {
      own(call, target, text, card, first);
    }, 300);
    own(call, target, text, card, first);
  };
};
