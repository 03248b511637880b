import Foundation
import SitrepKit

/// Shows an ingest run as it goes: a redrawn bar on a terminal, sparse log lines otherwise.
final class ProgressDisplay {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let quiet: Bool
    private var lastLine = ContinuousClock.now
    private var drewBar = false

    init(quiet: Bool) { self.quiet = quiet }

    func show(_ event: IngestEvent) {
        switch event {
        case .planned(let p):
            if !quiet && !isTerminal { log("reading \(p.files) file(s), \(megabytes(p.totalBytes))") }
        case .failed(let error):
            clearBar()
            log("failed: \(error)")
        case .progress(let p):
            guard !quiet else { return }
            if isTerminal {
                drawBar(p)
            } else if ContinuousClock.now - lastLine >= .seconds(2) {
                lastLine = .now
                log(status(p))
            }
        }
    }

    func finish() {
        if drewBar { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private func drawBar(_ p: IngestProgress) {
        let fraction = p.totalBytes > 0 ? min(1, Double(p.bytesDone) / Double(p.totalBytes)) : 0
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r\(bar) \(Int(fraction * 100))% \(status(p))"
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
        drewBar = true
    }

    private func clearBar() {
        if drewBar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func status(_ p: IngestProgress) -> String {
        let seconds = max(0.001, p.elapsed.seconds)
        let rate = Double(p.documentsDone) / seconds
        var text = "\(p.documentsDone) articles (\(p.ingested) new), files \(p.filesDone)/\(p.files), "
            + String(format: "%.0f articles/s, %.1f MB/s", rate, Double(p.bytesDone) / seconds / 1_048_576)
        if p.totalBytes > 0, p.bytesDone > 0, p.bytesDone < p.totalBytes {
            let remaining = seconds * Double(p.totalBytes - p.bytesDone) / Double(p.bytesDone)
            text += String(format: ", ETA %d:%02d", Int(remaining) / 60, Int(remaining) % 60)
        }
        return text
    }

    private func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    private func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
}
