import Foundation

/// Where a report goes: a file or standard output, written through a buffer so a report over a
/// large corpus streams out article by article.
public final class ReportOutput: TextOutputStream {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let closesHandle: Bool

    public static func standardOutput() -> ReportOutput { ReportOutput(handle: .standardOutput, closes: false) }

    public init(path: String) throws {
        // Foundation's own error names the path and says why (no such folder, no permission).
        try Data().write(to: URL(fileURLWithPath: path))
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        closesHandle = true
    }

    deinit { close() }

    private init(handle: FileHandle, closes: Bool) {
        self.handle = handle
        closesHandle = closes
    }

    public func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    private var closed = false

    /// Writes what is buffered and, for a file, closes it. Safe to call twice.
    public func close() {
        guard !closed else { return }
        flush()
        if closesHandle { try? handle.close() }
        closed = true
    }
}

/// A report renderer: reads the store, writes one format.
public protocol ReportRenderer {
    func render(_ store: any ArticleStore, to output: ReportOutput) throws
}

public enum ReportFormat: String, CaseIterable, Sendable {
    case html, md, json

    public var renderer: any ReportRenderer {
        switch self {
        case .html: return HTMLReport()
        case .md: return MarkdownReport()
        case .json: return JSONReport()
        }
    }

    /// The format a file name asks for, if its extension names one.
    public init?(fileName: String) {
        switch (fileName as NSString).pathExtension.lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .md
        case "json": self = .json
        default: return nil
        }
    }
}
