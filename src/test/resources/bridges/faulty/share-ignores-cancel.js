/* shareIMUI shares to lisi when the user cancels.
 * breaks: SHARE-02
 */
corpus.breakCall('shareIMUI', function (real, o) {
  if (window.mplusTckUser && window.mplusTckUser.shareTo === null) {
    window.mplusTckUser = { shareTo: 'lisi' };
  }
  real(o);
});
