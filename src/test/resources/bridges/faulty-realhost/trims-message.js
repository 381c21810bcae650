/* Trims the message before sending it: leading and trailing spaces and line breaks are lost.
 * breaks: SEND-CHAT-01, SEND-GROUP-01
 * also on imType 1: SEND-MSG-01
 * The scenarios that judge it: the message-fidelity ones, which name a SEND-*-01 rule and neither DELIVERY-04 (the
 * plain sends) nor CALLBACK-03 (the callback variations).
 * tags: (@rule:SEND-CHAT-01 or @rule:SEND-GROUP-01 or @rule:SEND-MSG-01) and not @rule:DELIVERY-04 and not @rule:CALLBACK-03
 */
realhostBuild.seams.push = function (own) {
  return function (call, target, text, card, done) {
    own(call, target, text.replace(/^\s+|\s+$/g, ''), card, done);
  };
};
