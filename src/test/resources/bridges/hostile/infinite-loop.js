/* sendChatMessage never returns: an endless loop the engine must stop.
 * verdicts: FAIL
 * tags: @rule:SEND-CHAT-02
 */
corpus.breakCall('sendChatMessage', function () { for (;;) { /* spin */ } });
