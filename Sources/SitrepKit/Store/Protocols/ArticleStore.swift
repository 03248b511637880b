/// Where processed articles live: SQLite by default, PostgreSQL for shared deployments.
///
///     let store = try SQLiteStore(path: "sitrep.sqlite")
///     let fresh = try store.storedHashes(among: hashes)   // skip what is already there
///     try store.save(processed)                           // one transaction per batch
///     try store.forEachArticle { print($0.article.title ?? "") }
///
/// A store is the sum of narrow protocols, so a command or a stage asks for only what it uses
/// and a second backend implements each with its own engine: nothing in them names SQLite
/// (no rank scores, no snippet markup, no SQL). Every implementation keeps the same behaviour;
/// the pipeline and the reports only ever see these protocols.
public typealias ArticleStore = ArticleWriting & ArticleReading & ArticleSearching & LayerReading & CorpusWorking & StoryStoring & StoryLayerReading
