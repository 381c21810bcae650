/* Reads every answer it can parse as acceptance, whatever its statusCode or code: a vendor refusal looks delivered.
 * breaks: DELIVERY-02
 * tags: @rule:DELIVERY-02
 */
realhostBuild.seams.verdict = function (own) {
  return function (outcome) {
    var verdict = own(outcome);
    return verdict.cause === 'refused' ? { ok: true, data: {} } : verdict;
  };
};
