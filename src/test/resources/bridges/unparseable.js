// A bridge the embedded engine cannot parse (class syntax): a harness error, never the bridge's failure.
class Bridge {
  getImType(options) { options.success({ imType: 1 }); }
}
window.mplus = new Bridge();
