/* window.mplus is a getter that throws.
 * verdicts: FAIL
 * tags: @rule:GET-IMTYPE-01
 */
Object.defineProperty(window, 'mplus', { get: function () { throw new Error('mplus is not ready'); } });
