/* A class: HtmlUnit cannot parse it, so the kit cannot judge here (and says to use --engine chromium).
 * verdicts: HARNESS-ERROR
 * tags: @rule:GET-IMTYPE-01
 */
class ModernBridge {}
