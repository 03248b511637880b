/// A parsed page with what the extractor's first passes read from it: element traits, layout,
/// page-wide facts, JSON-LD and the subtrees chosen as the article. Metadata and date finding
/// both read from this one value.
struct ReadPage {
    var tree: HTMLTree
    var traits: [ElementTraits]
    var layout: TreeLayout
    var facts: PageFacts
    var jsonLD: JSONLDArticle
    /// The subtrees chosen as the article.
    var roots: [Int]
    /// What the container said about the page (its URL, its date).
    var hints: SourceDocument.Hints
}
