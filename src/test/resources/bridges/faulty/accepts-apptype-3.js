/* shareIMUI accepts links of app type 3 (it rewrites them to 4 and shares).
 * breaks: SHARE-06
 */
corpus.breakCall('shareIMUI', function (real, o) {
  var link = o && o.link;
  real(typeof link === 'string' ? corpus.copy(o, { link: link.replace('://3:', '://4:') }) : o);
});
