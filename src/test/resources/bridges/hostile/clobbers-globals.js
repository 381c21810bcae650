/* After loading, the bridge replaces setTimeout, JSON and Array.prototype.push: the kit's records must survive.
 * verdicts: FAIL, TIMEOUT
 * tags: @rule:GET-IMTYPE-01
 */
window.setTimeout = function () { return 0; };
window.JSON = { stringify: function () { return '"clobbered"'; }, parse: function () { return {}; } };
Array.prototype.push = function () { return 0; };
