#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The operating system's wording for an `errno`, lower-cased to sit inside a sentence.
func systemErrorDescription(_ code: Int32) -> String {
    guard let message = strerror(code) else { return "error \(code)" }
    let text = String(cString: message)
    guard let first = text.first else { return "error \(code)" }
    return first.lowercased() + text.dropFirst()
}
