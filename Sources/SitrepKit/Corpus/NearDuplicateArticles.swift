/// Articles grouped with their near-duplicates (copies, syndications, light edits), each group
/// in the order its articles were added. A store gives them in publication order, so there the
/// first of a group is the earliest copy.
///
///     let found = try NearDuplicateArticles(store: store, threshold: 0.5)
///     found.groups()   // [[earliest, copy, …], …]: ArticleSummary values, largest group first
///     found.articles.count   // every article compared
public struct NearDuplicateArticles: Sendable {
    private var clusters: NearDuplicateClusters
    /// Every article added, in order; groups name them by their place here.
    public private(set) var articles: [ArticleSummary] = []

    public init(threshold: Double = 0.5) {
        clusters = NearDuplicateClusters(threshold: threshold)
    }

    /// Compares the article's clean text with every one added before it.
    public mutating func add(_ article: Article) {
        clusters.add(articles.count, text: article.text)
        articles.append(ArticleSummary(id: article.id, title: article.title, outlet: article.outlet,
                                       published: article.published?.day, source: article.source))
    }

    /// Groups of two or more, largest first, each in the order its articles were added.
    public func groups() -> [[ArticleSummary]] {
        clusters.groups().map { group in group.map { articles[$0] } }
    }
}

extension NearDuplicateArticles {
    /// Compares every stored article, in the store's publication order.
    public init(store: any ArticleStore, threshold: Double = 0.5) throws {
        self.init(threshold: threshold)
        try store.forEachArticle { add($0.article) }
    }
}
