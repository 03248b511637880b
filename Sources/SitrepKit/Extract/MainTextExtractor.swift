/// Chooses the part of a page that holds the article's running text.
///
/// Every block with a line of its own text of 25 characters or more is a paragraph; it scores by
/// its commas and length, less its share of link text, and hands the score up to the elements
/// around it (its container fully, their containers by half, then less). The best-scoring
/// container, less its own link density, is the article; sibling blocks that continue the same
/// flow of paragraphs join it. Inside the choice, containers that look like furniture (link lists,
/// tiny boxes) are left out. Page furniture is removed before scoring: hidden elements, `nav`,
/// `aside`, `footer`, a `header` outside the article, and elements whose class or id says
/// sharing, comments, related links, ads and the like. If that leaves almost nothing, the choice is
/// made again without the class vocabulary, then without any removal; a later pass replaces an
/// earlier one only with at least twice its text. A short text inside `<article>` or `<main>` is
/// taken as a brief and kept (the comments under a brief are longer than the brief).
///
///     let selection = MainTextExtractor(tree: tree, traits: traits, layout: layout).select()
///     ParagraphRenderer(tree: tree, layout: layout).render(roots: selection.roots, excluded: selection.excluded)
struct MainTextExtractor {
    let tree: HTMLTree
    let traits: [ElementTraits]
    let layout: TreeLayout

    /// What to drop before scoring; each pass drops less.
    struct Strictness {
        var furniture: Bool
        var hidden: Bool
        var structure: Bool

        static let strict = Strictness(furniture: true, hidden: true, structure: true)
        static let lenient = Strictness(furniture: false, hidden: true, structure: true)
        static let permissive = Strictness(furniture: false, hidden: false, structure: false)
    }

    struct Selection {
        /// The chosen subtrees in document order; empty when the page has no text at all.
        var roots: [Int]
        /// Nodes (subtree tops) to leave out while rendering the roots.
        var excluded: [Bool]
        var rendered: RenderedText
    }

    /// Below this many characters a pass is thought to have missed the article.
    static let shortText = 250

    func select() -> Selection {
        let renderer = ParagraphRenderer(tree: tree, layout: layout)
        var best: Selection?
        for strictness in [Strictness.strict, .lenient, .permissive] {
            let selection = select(strictness, renderer: renderer)
            let length = selection.rendered.characterCount
            if best == nil || length > 2 * best!.rendered.characterCount { best = selection }
            if isPlausibleArticle(best!) { break }
        }
        return best!
    }

    private func isPlausibleArticle(_ selection: Selection) -> Bool {
        let length = selection.rendered.characterCount
        if length >= MainTextExtractor.shortText { return true }
        guard length >= 80, let root = selection.roots.first else { return false }
        let tag = tree[root].tag
        return layout.inArticle[root] || tag == .article || tag == .main
    }

    // MARK: One pass

    private func select(_ strictness: Strictness, renderer: ParagraphRenderer) -> Selection {
        var excluded = removals(strictness)
        let stats = Statistics(tree: tree, layout: layout, excluded: excluded)
        let scores = score(stats, excluded: excluded, strictness: strictness)
        guard let top = topCandidate(scores, stats: stats) else {
            return Selection(roots: [], excluded: excluded, rendered: RenderedText())
        }
        let roots = joinSiblings(of: top, scores: scores, stats: stats, excluded: excluded)
        cleanConditionally(roots: roots, scores: scores, stats: stats, excluded: &excluded, strictness: strictness)
        let rendered = renderer.render(roots: roots, excluded: excluded)
        return Selection(roots: roots, excluded: excluded, rendered: rendered)
    }

    /// Which nodes never count as article text under a given strictness; a node is excluded when
    /// it or any ancestor is.
    private func removals(_ strictness: Strictness) -> [Bool] {
        var excluded = [Bool](repeating: false, count: tree.count)
        let wrappers = strictness.furniture ? articleWrappers() : []
        for index in 1..<max(1, tree.count) {
            let node = tree[index]
            if excluded[Int(node.parent)] {
                excluded[index] = true
                continue
            }
            switch node.tag {
            case .text:
                continue
            case .head, .script, .style, .title, .meta, .link, .base:
                excluded[index] = true
                continue
            case .nav, .aside, .footer, .menu, .dialog:
                if strictness.structure {
                    excluded[index] = true
                    continue
                }
            case .header:
                if strictness.structure && !layout.inArticle[index] {
                    excluded[index] = true
                    continue
                }
            default:
                break
            }
            let found = traits[index]
            if strictness.hidden, found.contains(.hidden) {
                excluded[index] = true
            } else if strictness.furniture, found.contains(.popup), !startsWithLink(index) {
                excluded[index] = true
            } else if strictness.furniture, found.isBoilerplate, !found.contains(.articleBody), !wrappers[index] {
                switch node.tag {
                case .html, .body, .main, .article: break
                default: excluded[index] = true
                }
            }
        }
        return excluded
    }

    /// Elements around an `<article>`, `<main>` or `itemprop="articleBody"` element that holds at
    /// least ``articleWrapperText`` characters and is not itself named as furniture. Such an element
    /// is a page wrapper whatever its class says (`Page-ad-margins`, `advertisement-pusher`): a
    /// sidebar or an ad slot does not hold the article.
    private func articleWrappers() -> [Bool] {
        var total = [Int32](repeating: 0, count: tree.count)
        var wraps = [Bool](repeating: false, count: tree.count)
        for index in stride(from: tree.count - 1, through: 1, by: -1) {
            let node = tree[index]
            if node.tag == .text {
                total[index] = layout.characters[index]
            } else if !wraps[index], total[index] >= MainTextExtractor.articleWrapperText,
                      node.tag == .article || node.tag == .main || traits[index].contains(.articleBody),
                      !traits[index].isBoilerplate || traits[index].contains(.articleBody) {
                wraps[index] = true
            }
            let parent = Int(node.parent)
            total[parent] += total[index]
            if wraps[index] { wraps[parent] = true }
        }
        return wraps
    }

    static let articleWrapperText: Int32 = 500

    /// Whether the element's first visible child is a link: the wrapper of a hover card's trigger
    /// (whose link text is part of the sentence), not the card itself.
    private func startsWithLink(_ index: Int) -> Bool {
        for child in tree.children(of: index) {
            let tag = tree[child].tag
            if tag == .text, layout.characters[child] == 0 { continue }
            return tag == .a
        }
        return false
    }

    // MARK: Scoring

    private func score(_ stats: Statistics, excluded: [Bool], strictness: Strictness) -> [Float] {
        var scores = [Float](repeating: -.infinity, count: tree.count)
        for index in 1..<max(1, tree.count) where !excluded[index] {
            let node = tree[index]
            guard node.tag != .text, !node.tag.isHeading else { continue }
            let own = stats.ownCharacters[index]
            guard own >= 25 else { continue }
            let linkShare = Float(stats.ownLinkCharacters[index]) / Float(own)
            var contribution = 1 + Float(stats.ownCommas[index]) + min(Float(own) / 100, 3)
            contribution *= 1 - linkShare
            if node.tag == .li { contribution *= 0.5 }
            guard contribution > 0 else { continue }
            var target = node.tag.isParagraphLike ? Int(node.parent) : index
            for level in 0..<5 {
                guard target > 0 else { break }
                if scores[target] == -.infinity { scores[target] = initialScore(target, strictness: strictness) }
                let divider: Float = level == 0 ? 1 : (level == 1 ? 2 : Float(level) * 3)
                scores[target] += contribution / divider
                target = Int(tree[target].parent)
            }
        }
        for index in 0..<tree.count where scores[index] != -.infinity {
            scores[index] *= 1 - stats.linkDensity(index)
        }
        return scores
    }

    private func initialScore(_ index: Int, strictness: Strictness) -> Float {
        var score: Float
        switch tree[index].tag {
        case .div: score = 5
        case .article: score = 8
        case .pre, .td, .blockquote: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        let found = traits[index]
        if found.contains(.positive) { score += 25 }
        if found.contains(.negative) { score -= 25 }
        if found.contains(.articleBody) { score += 30 }
        return score
    }

    private func topCandidate(_ scores: [Float], stats: Statistics) -> Int? {
        var ranked: [(index: Int, score: Float)] = []
        for index in 1..<max(1, tree.count) where scores[index] != -.infinity {
            ranked.append((index, scores[index]))
        }
        guard !ranked.isEmpty else { return stats.totalCharacters[0] > 0 ? bodyOrRoot() : nil }
        ranked.sort { $0.score > $1.score || ($0.score == $1.score && $0.index < $1.index) }
        var top = ranked[0].index
        let topScore = ranked[0].score

        // Several near-best candidates inside one ancestor: the article is that ancestor.
        let alternatives = ranked.dropFirst().prefix(4).filter { $0.score >= topScore * 0.75 }.map(\.index)
        if alternatives.count >= 3 {
            var ancestor = Int(tree[top].parent)
            while ancestor > 0, !isPageRoot(ancestor) {
                let inside = alternatives.filter { $0 > ancestor && $0 < Int(tree[ancestor].end) }.count
                if inside >= 3 {
                    top = ancestor
                    break
                }
                ancestor = Int(tree[ancestor].parent)
            }
        }

        // A parent that scores better holds more of the article.
        var lastScore = scores[top]
        var parent = Int(tree[top].parent)
        while parent > 0, !isPageRoot(parent) {
            if scores[parent] == -.infinity {
                parent = Int(tree[parent].parent)
                continue
            }
            if scores[parent] < lastScore / 3 { break }
            if scores[parent] > lastScore {
                top = parent
                break
            }
            lastScore = scores[parent]
            parent = Int(tree[parent].parent)
        }

        // A wrapper around nothing else is the same choice, one level up.
        while true {
            let parent = Int(tree[top].parent)
            guard parent > 0, !isPageRoot(parent) else { break }
            var elements = 0
            for child in tree.children(of: parent) where tree[child].tag != .text || stats.totalCharacters[child] > 0 {
                elements += 1
            }
            guard elements == 1 else { break }
            top = parent
        }
        return top
    }

    private func isPageRoot(_ index: Int) -> Bool {
        let tag = tree[index].tag
        return tag == .body || tag == .html || tag == .document
    }

    private func bodyOrRoot() -> Int {
        for index in 0..<tree.count where tree[index].tag == .body { return index }
        return 0
    }

    // MARK: Siblings

    /// The top candidate and the siblings that continue its flow of paragraphs.
    private func joinSiblings(of top: Int, scores: [Float], stats: Statistics, excluded: [Bool]) -> [Int] {
        let parent = Int(tree[top].parent)
        guard parent >= 0, !isPageRoot(top) else { return [top] }
        let topScore = max(scores[top], 0)
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.attribute(.class, of: top)
        var chosen: [Int] = []
        var included: [Bool] = []
        var siblings: [Int] = []
        for child in tree.children(of: parent) where !excluded[child] {
            siblings.append(child)
            var take = child == top
            if !take, tree[child].tag != .text {
                var bonus: Float = 0
                if let topClass, !topClass.isEmpty, let own = tree.attribute(.class, of: child), own.elementsEqual(topClass) {
                    bonus = topScore * 0.2
                }
                if scores[child] != -.infinity, scores[child] + bonus >= threshold {
                    take = true
                } else if tree[child].tag == .p || tree[child].tag == .blockquote || tree[child].tag == .pre {
                    let length = stats.totalCharacters[child]
                    let density = stats.linkDensity(child)
                    if length > 80 && density < 0.25 {
                        take = true
                    } else if length > 0 && length <= 80 && density == 0 && endsSentence(child) {
                        take = true
                    }
                }
            }
            included.append(take)
        }
        // Headings and short blocks between two chosen siblings belong to the same flow.
        if let first = included.firstIndex(of: true), let last = included.lastIndex(of: true) {
            for position in first...last where !included[position] {
                let child = siblings[position]
                let tag = tree[child].tag
                if tag.isHeading || tag == .p || tag == .ul || tag == .ol || tag == .blockquote || tag == .pre
                    || tag == .table || tag == .dl,
                   stats.linkDensity(child) < 0.5 {
                    included[position] = true
                }
            }
        }
        for (position, child) in siblings.enumerated() where included[position] && tree[child].tag != .text {
            chosen.append(child)
        }
        return chosen.isEmpty ? [top] : chosen
    }

    private func endsSentence(_ index: Int) -> Bool {
        let text = tree.text(of: index, limit: 400)
        return text.hasSuffix(".") || text.contains(". ")
    }

    // MARK: Cleaning inside the choice

    /// Drops boxes inside the chosen subtrees that look like furniture: lists and boxes made of
    /// links, and boxes with almost no text of their own, unless they read like prose (many commas).
    private func cleanConditionally(roots: [Int], scores: [Float], stats: Statistics, excluded: inout [Bool],
                                    strictness: Strictness) {
        for root in roots {
            var index = root + 1
            let stop = Int(tree[root].end)
            while index < stop {
                let node = tree[index]
                if excluded[index] || node.tag == .text {
                    index = excluded[index] ? Int(node.end) : index + 1
                    continue
                }
                if shouldDrop(index, scores: scores, stats: stats, strictness: strictness) {
                    excluded[index] = true
                    index = Int(node.end)
                } else {
                    index += 1
                }
            }
        }
    }

    private func shouldDrop(_ index: Int, scores: [Float], stats: Statistics, strictness: Strictness) -> Bool {
        let tag = tree[index].tag
        switch tag {
        case .div, .section, .ul, .ol, .table, .form, .dl, .header, .fieldset, .figure, .center, .other:
            break
        default:
            return false
        }
        let found = traits[index]
        if found.contains(.articleBody) { return false }
        var weight: Float = 0
        if found.contains(.positive) { weight += 25 }
        if found.contains(.negative) { weight -= 25 }
        let score = scores[index] == -.infinity ? 0 : scores[index]
        if strictness.furniture, weight < 0, weight + score < 0 { return true }
        guard stats.totalCommas[index] < 10 else { return false }
        let length = stats.totalCharacters[index]
        if length == 0 { return false }
        let density = stats.linkDensity(index)
        if tag == .ul || tag == .ol {
            return density > 0.3
        }
        if weight < 25, density > 0.4 { return true }
        if weight >= 25, density > 0.6 { return true }
        if tag == .form, length < 500 { return true }
        return false
    }
}

/// Per-node character, link and comma counts for one pass (excluded nodes count zero).
struct MainTextStatistics {
    /// Characters of text whose nearest block is this element ("own" text, not nested blocks').
    var ownCharacters: [Int32]
    var ownLinkCharacters: [Int32]
    var ownCommas: [Int32]
    /// Characters, link characters and commas of the whole subtree.
    var totalCharacters: [Int32]
    var totalLinkCharacters: [Int32]
    var totalCommas: [Int32]

    init(tree: HTMLTree, layout: TreeLayout, excluded: [Bool]) {
        let count = tree.count
        ownCharacters = [Int32](repeating: 0, count: count)
        ownLinkCharacters = ownCharacters
        ownCommas = ownCharacters
        totalCharacters = ownCharacters
        totalLinkCharacters = ownCharacters
        totalCommas = ownCharacters
        for index in stride(from: count - 1, through: 1, by: -1) where !excluded[index] {
            let node = tree[index]
            let parent = Int(node.parent)
            if node.tag == .text {
                let characters = layout.characters[index]
                guard characters > 0 else { continue }
                let owner = Int(layout.blockOwner[index])
                let link = layout.inLink[index] ? characters : 0
                ownCharacters[owner] += characters
                ownLinkCharacters[owner] += link
                ownCommas[owner] += layout.commas[index]
                totalCharacters[index] = characters
                totalLinkCharacters[index] = link
                totalCommas[index] = layout.commas[index]
            }
            totalCharacters[parent] += totalCharacters[index]
            totalLinkCharacters[parent] += totalLinkCharacters[index]
            totalCommas[parent] += totalCommas[index]
        }
    }

    func linkDensity(_ index: Int) -> Float {
        let total = totalCharacters[index]
        return total > 0 ? Float(totalLinkCharacters[index]) / Float(total) : 0
    }
}

extension MainTextExtractor {
    typealias Statistics = MainTextStatistics
}
