/// An element name interned as one byte. Names the extractor has no rule for are `.other`;
/// `.document` is the tree's root and `.text` a text node.
enum HTMLTag: UInt8, CaseIterable {
    case document, text, other
    // document structure and metadata
    case html, head, body, title, meta, link, base, script, style
    // text-level and block elements the extractor reads
    case a, abbr, address, article, aside, b, blockquote, br, caption, center, cite, code, dd, del
    case details, dialog, div, dl, dt, em, fieldset, figcaption, figure, font, footer, form
    case h1, h2, h3, h4, h5, h6, header, hgroup, hr, i, img, ins, label, legend, li, main, mark
    case menu, nav, ol, p, pre, q, s, section, small, span, strong, sub, summary, sup
    case table, tbody, td, tfoot, th, thead, time, tr, u, ul
    // never text: left out of the tree together with everything inside them
    case noscript, template, svg, math, iframe, object, embed, canvas, select, option, textarea
    case button, input, audio, video, picture, source, map, area, frameset, frame, applet, dir

    private static let byName: [PackedName: HTMLTag] = {
        var table: [PackedName: HTMLTag] = [:]
        for tag in allCases where tag != .document && tag != .text && tag != .other {
            table[PackedName(String(describing: tag))!] = tag
        }
        return table
    }()

    /// The tag of a packed name; nil for names the extractor has no rule for.
    init?(_ name: PackedName) {
        guard let found = HTMLTag.byName[name] else { return nil }
        self = found
    }

    init(cName: UnsafePointer<UInt8>) {
        if let packed = PackedName(cString: cName), let found = HTMLTag.byName[packed] {
            self = found
        } else {
            self = .other
        }
    }

    /// Elements whose content is never article text (scripts are handled apart: JSON-LD is kept).
    var isDroppedWithSubtree: Bool {
        switch self {
        case .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas, .select,
             .option, .textarea, .button, .input, .audio, .video, .picture, .source, .map, .area,
             .frameset, .frame, .applet:
            return true
        default:
            return false
        }
    }

    /// Elements that start a new line of text in a browser: the text inside them is its own paragraph.
    var isBlock: Bool {
        switch self {
        case .document, .html, .body, .address, .article, .aside, .blockquote, .center, .dd, .details,
             .dialog, .div, .dl, .dt, .fieldset, .figcaption, .figure, .footer, .form, .h1, .h2, .h3,
             .h4, .h5, .h6, .header, .hgroup, .hr, .legend, .li, .main, .menu, .nav, .ol, .p, .pre,
             .section, .summary, .table, .tbody, .thead, .tfoot, .tr, .td, .th, .ul, .caption, .dir:
            return true
        default:
            return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// Blocks that hold a paragraph of running text rather than other blocks.
    var isParagraphLike: Bool {
        switch self {
        case .p, .pre, .td, .th, .blockquote, .dd, .dt, .li, .h2, .h3, .h4, .h5, .h6, .caption,
             .figcaption, .summary, .legend, .address:
            return true
        default:
            return false
        }
    }
}
