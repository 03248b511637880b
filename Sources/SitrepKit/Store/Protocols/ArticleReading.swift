/// Reading stored articles, whole with their layers: one by id, a page, or all of them streamed.
public protocol ArticleReading: Sendable {
    func articleCount() throws -> Int

    /// Visits every article in publication order (undated last), one at a time, so a report over
    /// a large corpus never holds it all in memory. Articles are loaded in chunks, each layer of
    /// a chunk at once.
    func forEachArticle(_ body: (ProcessedArticle) throws -> Void) throws

    /// The articles with these ids (those that exist), in no particular order.
    func articles(withIDs ids: [String]) throws -> [ProcessedArticle]

    /// Title, outlet and date of every article in publication order: enough for an index.
    func articleSummaries() throws -> [ArticleSummary]

    /// One page of the articles that pass `filter`, in publication order.
    func articleSummaries(matching filter: ArticleFilter, page: Page) throws -> [ArticleSummary]
}

extension ArticleReading {
    /// The article with this id, if it is stored.
    public func article(withID id: String) throws -> ProcessedArticle? { try articles(withIDs: [id]).first }
}
