extension String {
    /// The text made safe for HTML element content and quoted attribute values: `&`, `<`, `>`,
    /// `"` and `'` become entities, so nothing in it can open a tag or close an attribute.
    ///
    ///     "<b>\"x\" & y</b>".htmlEscaped   // "&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;"
    var htmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
