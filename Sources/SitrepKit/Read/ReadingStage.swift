/// The reading stage: every reader, composed in the one order that gives each what it needs.
///
///     let article = ReadingStage.standard.read(cleanArticle)
///     article.sentences, article.layers.dates, article.layers.quantities …
///
/// Reading replaces every layer it adds, so an article re-cleaned by the corpus pass and read
/// again keeps no annotation pointing into its old text.
public struct ReadingStage: Sendable {
    public let readers: [any Reader]

    /// Checks the order: each reader's needs must be given by cleaning (paragraphs) or by a reader
    /// before it. A wrong order is a programming error, caught the first time the stage is built.
    public init(_ readers: [any Reader]) {
        var given: Set<LayerName> = [.paragraphs]
        for reader in readers {
            let missing = reader.needs.subtracting(given)
            precondition(missing.isEmpty, "\(type(of: reader)) needs \(missing.map(\.rawValue).sorted()) before it")
            given.formUnion(reader.adds)
        }
        self.readers = readers
    }

    /// The version of what the standard readers find. Raise it whenever a reader's output changes:
    /// the corpus pass then reads every article stored by older readers again.
    public static let version = 8

    /// The readers Sitrep runs on every article.
    public static let standard = ReadingStage([
        SentenceReader(),
        TokenReader(),
        EntityReader(),
        DateReader(),
        QuantityReader(),
        FigureContextReader(),
        ClaimReader(),
        FigureOwnerReader(),
        MeasureReader(),
        EventReader(),
    ])

    /// - Parameters:
    ///   - setAside: the texts cleaning set beside the body (captions, embedded posts).
    ///   - timings: when given, each reader's CPU time on this article is added to it.
    public func read(_ article: Article, setAside: [String] = [], timings: StageTimings? = nil) -> Article {
        var clean = article
        clean.sentences = []
        clean.layers = Layers()
        var document = ReadingDocument(clean, setAside: setAside)
        guard let timings else {
            for reader in readers { reader.read(&document) }
            return document.article
        }
        var spent: [(String, Duration)] = []
        spent.reserveCapacity(readers.count)
        for reader in readers {
            let started = ThreadCPUTime.now
            reader.read(&document)
            spent.append((String(describing: type(of: reader)), ThreadCPUTime.now - started))
        }
        timings.add(readers: spent)
        return document.article
    }

    /// The layers the stage adds.
    public var adds: Set<LayerName> { readers.reduce(into: []) { $0.formUnion($1.adds) } }
}

/// Sentences from paragraphs (``SentenceSplitter``).
public struct SentenceReader: Reader {
    public static let needs: Set<LayerName> = [.paragraphs]
    public static let adds: Set<LayerName> = [.sentences]
    public var splitter = SentenceSplitter()

    public init() {}

    public func read(_ document: inout ReadingDocument) {
        document.article.sentences = splitter.split(document.text.scalars, paragraphs: document.article.paragraphs)
    }
}

/// Tokens for every later reader (``Tokenizer``).
public struct TokenReader: Reader {
    public static let needs: Set<LayerName> = []
    public static let adds: Set<LayerName> = [.tokens]

    public init() {}

    public func read(_ document: inout ReadingDocument) {
        document.tokens = Tokenizer().tokens(document.text)
    }
}
