/* Trims the message before sending it: leading and trailing spaces and line breaks are lost.
 * breaks: SEND-CHAT-01, SEND-GROUP-01
 * also: SEND-MSG-01
 * tags: @rule:SEND-CHAT-01 or @rule:SEND-GROUP-01 or @rule:SEND-MSG-01
 */
realhostBuild.seams.push = function (own) {
  return function (call, target, text, card, done) {
    own(call, target, text.replace(/^\s+|\s+$/g, ''), card, done);
  };
};
