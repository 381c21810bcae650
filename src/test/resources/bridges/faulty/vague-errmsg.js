/* showGroupMessage answers bad input with a vague errMsg that names no option (SHOULD).
 * breaks: INPUT-02
 */
corpus.breakCall('showGroupMessage', function (real, o) {
  real(corpus.copy(o, { fail: function (res) {
    corpus.fail(o)({ errMsg: /imaccount|name/.test(res.errMsg) ? '参数错误' : res.errMsg });
  } }));
});
