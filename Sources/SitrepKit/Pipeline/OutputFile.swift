import Foundation

/// Writes whole files with plain POSIX calls.
///
///     try OutputFile.save(Array("body".utf8), to: "out/a.txt")
///     // or throws: "out/a.txt: cannot write: No such file or directory"
///
/// Foundation's writes sync every file to disk, which costs more than extracting the page it
/// holds; a half-written output of a killed batch is simply written again by the next run.
enum OutputFile {
    static func save(_ bytes: [UInt8], to path: String) throws(OutputFileError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputFileError(path: path, reason: String(cString: strerror(errno))) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw OutputFileError(path: path, reason: reason)
            }
            written += result
        }
        // A full disk or a network file system may report the failure only on close.
        guard close(descriptor) == 0 else { throw OutputFileError(path: path, reason: String(cString: strerror(errno))) }
    }
}
