/* Reads a reset connection, or an answer it cannot parse, as acceptance: a network fault looks delivered.
 * breaks: DELIVERY-03
 * tags: @rule:DELIVERY-03
 */
realhostBuild.seams.verdict = function (own) {
  return function (outcome) {
    var verdict = own(outcome);
    return verdict.cause === 'network' || verdict.cause === 'malformed' ? { ok: true, data: {} } : verdict;
  };
};
