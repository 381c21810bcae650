/* sendGroupMessage's fail gets an empty errMsg.
 * breaks: CALLBACK-02
 */
corpus.breakCall('sendGroupMessage', function (real, o) {
  real(corpus.copy(o, { fail: function () { corpus.fail(o)({ errMsg: '' }); } }));
});
