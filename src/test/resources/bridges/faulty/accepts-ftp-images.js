/* shareIMUI accepts any imgUrl (it drops the ones it cannot read).
 * breaks: SHARE-04
 * also: INPUT-02
 */
corpus.breakCall('shareIMUI', function (real, o) {
  real(o && typeof o.imgUrl === 'string' ? corpus.copy(o, { imgUrl: '' }) : o);
});
