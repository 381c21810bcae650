/* shareIMUI never reads window.mplusTckUser: it shows its own picker and waits for a person, as a bridge
 * written without the kit's test hook does. The share scenarios that rest on the pick are NOT-PLAYABLE,
 * never failed, and the report says the hook is not honoured.
 * ignores: mplusTckUser
 * tags: @since:5.2.0
 */
corpus.breakCall('shareIMUI', function (real, o) {
  delete window.mplusTckUser; // gone unread: the reference bridge's picker then waits for a click
  real(o);
});
