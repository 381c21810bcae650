/* sendGroupMessage recurses without end.
 * verdicts: FAIL
 * tags: @rule:SEND-GROUP-02
 */
corpus.breakCall('sendGroupMessage', function deeper(real, o) { return deeper(real, o); });
