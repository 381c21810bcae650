/* getImType never calls back (a timer keeps the page busy, as a pending native call would).
 * breaks: CALLBACK-01
 * tags: @rule:GET-IMTYPE-01
 */
corpus.breakCall('getImType', function () { setTimeout(function () {}, 60000); });
