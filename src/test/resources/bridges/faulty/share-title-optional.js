/* shareIMUI reads title and appid as optional (the doc marks none optional) and shares without them (SHOULD).
 * breaks: INPUT-03
 * also: INPUT-02
 */
corpus.breakCall('shareIMUI', function (real, o) {
  var blank = function (v) { return v === undefined || v === ''; };
  real(o && (blank(o.title) || blank(o.appid))
    ? corpus.copy(o, { title: blank(o.title) ? '分享' : o.title, appid: blank(o.appid) ? 'app' : o.appid }) : o);
});
