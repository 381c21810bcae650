/* Cuts a message longer than the vendor takes down to the limit instead of letting the vendor refuse it, and
 * measures 先维IM's characters with String.length (UTF-16 units, two for an emoji): a message one past the limit
 * arrives cut, and on 先维IM the longest message the vendor takes loses its last character.
 * breaks: DELIVERY-02
 * also on imType 0: SEND-CHAT-01, SEND-GROUP-01
 * The scenarios that judge it: the refusals, and the message-fidelity ones (as in trims-message.js).
 * tags: @rule:DELIVERY-02 or ((@rule:SEND-CHAT-01 or @rule:SEND-GROUP-01 or @rule:SEND-MSG-01) and not @rule:DELIVERY-04 and not @rule:CALLBACK-03)
 */
realhostBuild.seams.push = function (own) {
  var ronglian = realhostBuild.imType === 1;
  var limit = ronglian ? 2048 : 4096;
  function size(text) {
    return ronglian ? unescape(encodeURIComponent(text)).length : text.length;
  }
  return function (call, target, text, card, done) {
    while (size(text) > limit) {
      text = text.slice(0, /[\uDC00-\uDFFF]$/.test(text) ? -2 : -1);
    }
    own(call, target, text, card, done);
  };
};
