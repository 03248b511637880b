/// Where a date sits on the page, which says whose date it is: the article's, or that of a comment,
/// a teaser for another story, a sidebar, or the site header's "today".
///
///     let placement = DatePlacement(tree: tree, layout: layout, headline: facts.headlines.first)
///     placement.isInFurniture(index)    // true inside <div class="comments"> or <aside>
///     placement.isInSiteHeader(index)   // true in a <header> outside the article without the headline
struct DatePlacement {
    let tree: HTMLTree
    let layout: TreeLayout
    /// The article's headline, if the page has one.
    let headline: Int?

    /// Ancestors looked at; deeper nesting than this is read as not furniture.
    private static let depthLimit = 48

    /// Inside comments, related or recommended stories, a sidebar or navigation: dates
    /// there belong to other texts.
    func isInFurniture(_ index: Int) -> Bool {
        var cursor = index
        var steps = 0
        while cursor > 0, steps < DatePlacement.depthLimit {
            if isFurnitureElement(cursor) { return true }
            cursor = Int(tree[cursor].parent)
            steps += 1
        }
        return false
    }

    /// Whether the element itself is a box of furniture (not checking its ancestors).
    func isFurnitureElement(_ index: Int) -> Bool {
        switch tree[index].tag {
        case .aside, .nav: return true
        case .text, .document: return false
        default: break
        }
        for attribute in [HTMLAttribute.class, .id] {
            guard let value = tree.attribute(attribute, of: index), !value.isEmpty else { continue }
            if ASCIIBytes.contains(value, "comment") || ASCIIBytes.contains(value, "related")
                || ASCIIBytes.contains(value, "sidebar") || ASCIIBytes.contains(value, "recommend")
                || ASCIIBytes.contains(value, "popular") || ASCIIBytes.contains(value, "trending")
                || ASCIIBytes.contains(value, "mostread") || ASCIIBytes.contains(value, "most-read")
                || ASCIIBytes.contains(value, "reply")
                || ASCIIBytes.contains(value, "replies") || ASCIIBytes.contains(value, "teaser") {
                return true
            }
        }
        return false
    }

    /// In the site's header: a `<header>` (or a box classed header, masthead or top bar) outside the
    /// article that does not hold the headline. Its date is usually today's, not the article's;
    /// an article's own header, holding the headline and its dateline, does not count.
    func isInSiteHeader(_ index: Int) -> Bool {
        guard !layout.inArticle[index] else { return false }
        var cursor = Int(tree[index].parent)
        var steps = 0
        while cursor > 0, steps < DatePlacement.depthLimit {
            if isHeaderBox(cursor) {
                guard let headline else { return true }
                return !(headline > cursor && headline < Int(tree[cursor].end))
            }
            cursor = Int(tree[cursor].parent)
            steps += 1
        }
        return false
    }

    private func isHeaderBox(_ index: Int) -> Bool {
        if tree[index].tag == .header { return true }
        for attribute in [HTMLAttribute.class, .id] {
            guard let value = tree.attribute(attribute, of: index), !value.isEmpty else { continue }
            if ASCIIBytes.contains(value, "masthead") || ASCIIBytes.contains(value, "topbar")
                || ASCIIBytes.contains(value, "top-bar") || ASCIIBytes.equals(value, "header")
                || ASCIIBytes.contains(value, "site-header") || ASCIIBytes.contains(value, "page-header") {
                return true
            }
        }
        return false
    }
}
