/* window.mplus has no sendMessage at all: every scenario of it fails at once, saying so in the page's terms.
 * breaks: CALLBACK-01
 * tags: @rule:SEND-MSG-01 or @rule:SEND-MSG-02 or @rule:SEND-MSG-04
 */
delete window.mplus.sendMessage;
