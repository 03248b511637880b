#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file, or standard input for the path `-`, straight from its file descriptor.
///
/// It counts the bytes taken from the descriptor, which is what a progress bar over a compressed
/// file must show: the decompressed size is not known in advance, the file size is.
final class FileByteStream: ByteStream {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private(set) var failure: String?
    /// Bytes read from the descriptor so far.
    private(set) var bytesConsumed = 0
    /// The size of a regular file, nil for pipes, terminals and standard input.
    let regularFileSize: Int?

    private init(descriptor: Int32, ownsDescriptor: Bool) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
            regularFileSize = Int(status.st_size)
        } else {
            regularFileSize = nil
        }
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Opens `path` for reading (`-` is standard input), or returns the operating system's reason.
    static func open(_ path: String) -> Result<FileByteStream, OpenFailure> {
        if path == "-" { return .success(FileByteStream(descriptor: STDIN_FILENO, ownsDescriptor: false)) }
        let descriptor = path.withCString { openForReading($0) }
        if descriptor < 0 { return .failure(OpenFailure(reason: systemErrorDescription(errno))) }
        return .success(FileByteStream(descriptor: descriptor, ownsDescriptor: true))
    }

    struct OpenFailure: Error {
        var reason: String
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard failure == nil, let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = readDescriptor(descriptor, base, buffer.count)
            if count >= 0 {
                bytesConsumed += count
                return count
            }
            if errno == EINTR { continue }
            failure = systemErrorDescription(errno)
            return 0
        }
    }
}

// File-scope wrappers: inside the class, `open` and `read` would name its own methods.
private func openForReading(_ path: UnsafePointer<CChar>) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC)
}

private func readDescriptor(_ descriptor: Int32, _ base: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, base, count)
}
