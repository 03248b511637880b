#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// memchr and memcmp scan at memory speed; a Swift loop over bytes in a debug build does not.

/// The index of the first `byte` in `count` bytes at `base`, if any.
func findByte(_ byte: UInt8, in base: UnsafePointer<UInt8>, count: Int) -> Int? {
    guard count > 0, let hit = memchr(base, Int32(byte), count) else { return nil }
    return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
}

func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    memcmp(a, b, count) == 0
}

extension Array where Element == UInt8 {
    /// The index of the first occurrence of `needle` at or after `from`.
    func index(ofBytes needle: [UInt8], from: Int = 0) -> Int? {
        guard let first = needle.first, count - from >= needle.count, from >= 0 else { return nil }
        return withUnsafeBufferPointer { haystack -> Int? in
            needle.withUnsafeBufferPointer { pattern -> Int? in
                let base = haystack.baseAddress!
                var position = from
                let last = count - needle.count
                while position <= last {
                    guard let hit = findByte(first, in: base + position, count: last - position + 1) else { return nil }
                    position += hit
                    if memoryEqual(base + position, pattern.baseAddress!, needle.count) { return position }
                    position += 1
                }
                return nil
            }
        }
    }

    /// Whether the array starts with `prefix`, compared byte for byte.
    func hasBytePrefix(_ prefix: [UInt8]) -> Bool {
        count >= prefix.count && self[..<prefix.count].elementsEqual(prefix)
    }
}
