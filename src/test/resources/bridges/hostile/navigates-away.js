/* showChatMessage sends the page elsewhere.
 * verdicts: FAIL
 * tags: @rule:SHOW-CHAT-02
 */
corpus.breakCall('showChatMessage', function () { window.location.href = '/__tck/elsewhere'; });
