/* shareIMUI reports success without sending the card.
 * breaks: SHARE-01, SHARE-03, SHARE-05
 * also: SHARE-02, SHARE-04, SHARE-06, DELIVERY-02, INPUT-01, INPUT-02, INPUT-03, INPUT-06
 * ignores: mplusTckUser
 */
corpus.breakCall('shareIMUI', function (real, o) {
  corpus.later(function () { corpus.success(o)({}); });
});
