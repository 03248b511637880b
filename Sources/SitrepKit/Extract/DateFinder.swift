import Foundation

/// Finds when an article was published, where the date came from and how far to trust it.
///
/// Sources in order of trust: the container's date; JSON-LD `datePublished`; publication-date meta
/// tags; a `<time>` inside the article or marked as the publication time; a full date in the URL
/// path; a date in a dateline element or in the visible text near the headline; a date line
/// anywhere on the page (a section front's "today"); a year and month in the URL. Modification
/// dates are never used, nor dates in comments, teasers for other stories or sidebars
/// (``DatePlacement``); dates before 1995 or after tomorrow are rejected as copyright lines,
/// archives or typos. All-numeric dates such as `07/12/2016` are read in the page's language's
/// order (``NumericDateOrder``).
///
///     let finder = DateFinder(today: DateFinder.today())
///     finder.find(in: page)?.value   // "2016-12-07T14:23:00Z"
struct DateFinder {
    /// Today as `YYYYMMDD`; dates after tomorrow are rejected.
    let today: Int

    /// Meta keys that name the publication date (lowercase), most specific first; generic and
    /// creation dates last.
    static let metaKeys = [
        "article:published_time", "og:published_time", "og:article:published_time", "article:published_date",
        "article:publicationdate", "article:post_date", "article.published", "og:article:published",
        "shareaholic:article_published_time", "vr:published_time", "mediator_published_time",
        "article_date_original", "datepublished", "og:datepublished", "publishdate", "publish-date", "publish_date",
        "og:publish_date", "publish_time", "pubdate", "og:pubdate", "bt:pubdate", "rbpubdate", "publication_date",
        "published_time", "published-date", "published_date", "publisheddate", "date_published", "dateposted",
        "parsely-pub-date", "sailthru.date", "dcsext.articlefirstpublished", "twt-published-at",
        "analyticsattributes.articledate", "displaydate", "dc.date.issued", "dcterms.issued", "dc.date.publication",
        "citation_publication_date", "citation_date", "originalpublicationdate", "cxenseparse:recs:publishtime",
        "article:published", "rnews:datepublished", "dc.date.created", "dcterms.created", "dc.created", "dc:created",
        "article.created", "dc.date", "dcterms.date", "dc:date", "date", "doc_date", "release_date", "pdate", "ptime",
        "content_create_date", "date_created", "datecreated",
    ]

    /// Meta keys read by ``declaredDate(facts:jsonLD:hints:)``: the publication keys and those
    /// that say the page's language (for the order of numeric dates).
    static let declarationKeys = Set(metaKeys + numericOrderKeys)

    static let numericOrderKeys = ["content-language", "og:locale", "language"]

    /// - Parameter urls: the URLs to read a date from: the canonical URL and the one the page
    ///   was fetched from.
    func find(in page: ReadPage, urls: [String]) -> PublicationDate? {
        if let declared = declaredDate(facts: page.facts, jsonLD: page.jsonLD, hints: page.hints) { return declared }
        let order = DateFinder.numericOrder(page.facts)
        let placement = DatePlacement(tree: page.tree, layout: page.layout, headline: page.facts.headlines.first)
        if let date = permalinkDate(page, urls: urls, order: order) ?? timeElementDate(page, placement: placement, order: order) {
            return PublicationDate(value: date.iso, source: .timeElement, reliable: true)
        }
        var partial: ParsedDate?
        for url in urls {
            guard let (date, dayKnown) = DateParser.dateInURL(url), accept(date) != nil else { continue }
            if dayKnown { return PublicationDate(value: date.iso, source: .url, reliable: true) }
            if partial == nil { partial = date }
        }
        let visible = datelineDate(page, placement: placement, order: order, nearHeadline: true)
            .map { ($0, PublicationDate.Source.byline) }
            ?? textDate(page, placement: placement, order: order).map { ($0, PublicationDate.Source.text) }
        if let (date, source) = visible {
            if let partial, partial.year != date.year || partial.month != date.month {
                return PublicationDate(value: partial.iso, source: .url, reliable: false)
            }
            return PublicationDate(value: date.iso, source: source, reliable: false)
        }
        // Last, a date line anywhere on the page, the site header's included: on a section front
        // or a page with nothing else, the day it shows is the best guess left.
        if let date = datelineDate(page, placement: placement, order: order, nearHeadline: false), partial == nil || (partial!.year == date.year && partial!.month == date.month) {
            return PublicationDate(value: date.iso, source: .byline, reliable: false)
        }
        if let partial { return PublicationDate(value: partial.iso, source: .url, reliable: false) }
        return nil
    }

    /// The date the page or its container declares: the container's date, JSON-LD
    /// `datePublished`, publication-date meta tags. `find` tries these first; they need no tree,
    /// so a ``DeclarationScan`` of the bytes can stand in for a parse.
    func declaredDate(facts: PageFacts, jsonLD: JSONLDArticle, hints: SourceDocument.Hints) -> PublicationDate? {
        let order = DateFinder.numericOrder(facts)
        if let value = hints.published, let date = accept(DateParser.parseValue(value, order: order)) {
            return PublicationDate(value: date.iso, source: .container, reliable: true)
        }
        for value in [jsonLD.datePublished, jsonLD.pageDatePublished].compactMap({ $0 }) {
            if let date = accept(DateParser.parseValue(value)) {
                return PublicationDate(value: date.iso, source: .jsonLD, reliable: true)
            }
        }
        for key in DateFinder.metaKeys {
            for meta in facts.metas where meta.key == key {
                if let date = accept(DateParser.parseValue(meta.content, order: order)) {
                    return PublicationDate(value: date.iso, source: .meta, reliable: true)
                }
            }
        }
        return nil
    }

    /// How to read `07/12/2016` on this page: day first unless the page says it is American
    /// English; unknown for plain "en", which both orders share.
    static func numericOrder(_ facts: PageFacts) -> NumericDateOrder? {
        guard let value = facts.htmlLanguage ?? facts.meta(numericOrderKeys) else { return nil }
        let code = MarkupText.trimmed(value).lowercased().replacingOccurrences(of: "_", with: "-")
        guard code.count >= 2 else { return nil }
        if code == "en" || code.hasPrefix("en,") { return nil }
        if code.hasPrefix("en-us") || code.hasPrefix("en-ph") || code.hasPrefix("en-ca") { return .monthFirst }
        return .dayFirst
    }

    private func accept(_ date: ParsedDate?) -> ParsedDate? {
        guard let date, date.year >= DateParser.earliestYear else { return nil }
        let tomorrow = DateFinder.dayNumber(daysSinceEpoch: DateFinder.daysSinceEpoch(today) + 1)
        return date.dayNumber <= tomorrow ? date : nil
    }

    /// A `<time datetime>` (or `itemprop="datePublished"` element) inside the article, marked
    /// `pubdate`, or classed as a publication date; never one inside an "updated" line.
    /// Attributes holding a Unix timestamp for the element they sit on.
    static let epochAttributes: [HTMLAttribute] = [.dataTime, .dataTimestamp, .dataUtime]

    private func timeElementDate(_ page: ReadPage, placement: DatePlacement, order: NumericDateOrder?) -> ParsedDate? {
        let tree = page.tree
        for index in page.facts.timeElements {
            let parent = Int(tree[index].parent)
            if page.traits[index].contains(.modified) || (parent > 0 && page.traits[parent].contains(.modified)) { continue }
            if placement.isInFurniture(index) { continue }
            // A machine timestamp on an element marks it as a date stamp as plainly as `pubdate`.
            let epochStamped = Self.epochAttributes.contains { tree.attribute($0, of: index) != nil }
            let marked = epochStamped || tree.attribute(.pubdate, of: index) != nil || page.traits[index].contains(.dateline)
                || (parent > 0 && page.traits[parent].contains(.dateline))
            let inside = page.layout.inArticle[index] || page.roots.contains { index > $0 && index < Int(tree[$0].end) }
            guard marked || inside else { continue }
            if let date = stampDate(page, index, order: order) { return date }
        }
        return nil
    }

    /// The date a stamp element carries: its `datetime`, `content` or epoch attribute, else its text.
    private func stampDate(_ page: ReadPage, _ index: Int, order: NumericDateOrder?) -> ParsedDate? {
        let tree = page.tree
        let value = tree.string(.datetime, of: index) ?? tree.string(.content, of: index)
            ?? Self.epochAttributes.lazy.compactMap { tree.string($0, of: index) }.first ?? tree.text(of: index, limit: 200)
        // A date value is short: a huge attribute is not read past its start.
        let start = String(decoding: value.utf8.prefix(300), as: UTF8.self)
        return accept(DateParser.parseValue(start, order: order) ?? DateParser.firstDate(in: start, order: order))
    }

    /// A date stamp inside a link to the page itself (a permalink): the stamp of the page's own
    /// post, wherever the layout puts it. Replies and teasers link to their own pages, so a
    /// thread's or a feed's many stamps are told apart by where they point.
    private func permalinkDate(_ page: ReadPage, urls: [String], order: NumericDateOrder?) -> ParsedDate? {
        let own = Set(urls.compactMap(Permalink.init(page:)))
        guard !own.isEmpty else { return nil }
        let tree = page.tree
        for index in page.facts.timeElements {
            var cursor = index
            var steps = 0
            while cursor > 0, steps < 4, tree[cursor].tag != .a {
                cursor = Int(tree[cursor].parent)
                steps += 1
            }
            guard cursor > 0, tree[cursor].tag == .a, let href = tree.string(.href, of: cursor),
                  let target = Permalink(url: href), own.contains(where: { $0.matches(target) }) else { continue }
            // Still never an "updated" stamp: on the stamp, between it and the link, or on the
            // line around the link (`<div class="updated">Updated <a href=…><time>`).
            var modified = false
            var step = index
            var aboveLink = 0
            while step > 0, aboveLink <= 2 {
                if page.traits[step].contains(.modified) { modified = true }
                if step <= cursor { aboveLink += 1 }
                step = Int(tree[step].parent)
            }
            if modified { continue }
            if let date = stampDate(page, index, order: order) { return date }
        }
        return nil
    }

    /// A date in a short dateline or byline element. With `nearHeadline`, only one near the
    /// headline (a little before it, where kicker lines sit, or after it) or inside the article,
    /// and not in the site header; else any, the site header's included. Never one in comments,
    /// teasers or sidebars.
    private func datelineDate(_ page: ReadPage, placement: DatePlacement, order: NumericDateOrder?, nearHeadline: Bool) -> ParsedDate? {
        let tree = page.tree
        let headline = page.facts.headlines.first ?? -1
        for index in page.facts.datelineElements {
            guard Int(tree[index].end) - index < 60 else { continue }
            if nearHeadline {
                let near = page.layout.inArticle[index] || page.roots.contains { index > $0 && index < Int(tree[$0].end) }
                    || (headline >= 0 && index > headline - 60 && index < headline + 400)
                guard near, !placement.isInSiteHeader(index) else { continue }
            }
            let text = tree.text(of: index, limit: 300)
            guard text.utf8.count < 200, !DateFinder.isCopyrightLine(text), !placement.isInFurniture(index) else { continue }
            if let date = accept(DateParser.firstDate(in: text, order: order)) { return date }
        }
        return nil
    }

    /// A date in the visible text from the headline (or the article's start) on, within about
    /// 1,500 characters: preferably a short line that is little more than a date (a dateline),
    /// else the first date in the running text (which may sit in a photo caption).
    private func textDate(_ page: ReadPage, placement: DatePlacement, order: NumericDateOrder?) -> ParsedDate? {
        let tree = page.tree
        let starts = [page.facts.headlines.first, page.roots.first].compactMap { $0 }
        guard let start = starts.min() else { return nil }
        var collected = 0
        var index = start
        var pieces: [String] = []
        while index < tree.count, collected < 1500 {
            let node = tree[index]
            if node.tag == .script || node.tag == .head || page.traits[index].contains(.hidden)
                || page.traits[index].contains(.modified) || placement.isFurnitureElement(index) {
                index = Int(node.end)
                continue
            }
            if node.tag == .text {
                let text = String(decoding: tree.textBytes(of: index).prefix(2000), as: UTF8.self)
                if !DateFinder.isCopyrightLine(text) {
                    if page.layout.characters[index] <= 40, let date = accept(DateParser.firstDate(in: text, order: order)) {
                        return date
                    }
                    pieces.append(text)
                    collected += Int(page.layout.characters[index])
                }
            } else if node.tag.isBlock || node.tag == .br {
                pieces.append("\n")
            }
            index += 1
        }
        return accept(DateParser.firstDate(in: pieces.joined(separator: " "), order: order))
    }

    static func isCopyrightLine(_ text: String) -> Bool {
        text.contains("©") || text.lowercased().contains("copyright")
    }

    // MARK: Days

    /// Today's date (UTC) as `YYYYMMDD`.
    static func today() -> Int {
        let seconds = Int(Date().timeIntervalSince1970)
        return dayNumber(daysSinceEpoch: seconds / 86_400)
    }

    static func dayNumber(daysSinceEpoch days: Int) -> Int {
        let (year, month, day) = DateParser.civilDate(daysSinceEpoch: days)
        return year * 10_000 + month * 100 + day
    }

    /// Days since 1970-01-01 of a `YYYYMMDD` number (Howard Hinnant's algorithm, inverted).
    static func daysSinceEpoch(_ dayNumber: Int) -> Int {
        DateParser.daysSinceEpoch(year: dayNumber / 10_000, month: dayNumber / 100 % 100, day: dayNumber % 100)
    }
}
