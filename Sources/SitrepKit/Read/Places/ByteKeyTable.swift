#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A set of byte strings, each numbered in the order it was first added, found by hashing: open
/// addressing with linear probing over one array of ids, the strings themselves in one buffer.
///
/// Half a million place names as Swift `String` keys of a `Dictionary` would take several times
/// the memory (a 16-byte string, a boxed array of postings and the dictionary's own slack each);
/// here a name costs its bytes, a 4-byte offset and about 8 bytes of slots. Keys come in as
/// buffer pointers: generic collections would be left unspecialised, and slow, in debug builds.
struct ByteKeyTable: Sendable {
    private var bytes: [UInt8] = []
    /// The start of each key in `bytes`, plus the end of the last.
    private var starts: [UInt32] = [0]
    /// -1 for an empty slot, else a key's number.
    private var slots: [Int32]

    init(expectedCount: Int) {
        var size = 16
        while size < expectedCount * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        bytes.reserveCapacity(expectedCount * 10)
        starts.reserveCapacity(expectedCount + 1)
    }

    var count: Int { starts.count - 1 }

    func key(_ id: Int) -> [UInt8] { Array(bytes[Int(starts[id])..<Int(starts[id + 1])]) }

    /// The number of `key`, adding it first when it is new.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        if count * 2 >= slots.count { grow() }
        let (slot, found) = probe(key)
        if let found { return (found, false) }
        let id = count
        bytes.append(contentsOf: key)
        starts.append(UInt32(bytes.count))
        slots[slot] = Int32(id)
        return (id, true)
    }

    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? { probe(key).found }

    func find(_ key: [UInt8]) -> Int? { key.withUnsafeBufferPointer { find($0) } }

    /// The slot holding `key`'s number, or the empty slot where it would go.
    private func probe(_ key: UnsafeBufferPointer<UInt8>) -> (slot: Int, found: Int?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        return bytes.withUnsafeBufferPointer { stored in
            slots.withUnsafeBufferPointer { slots in
                while true {
                    let id = Int(slots[slot])
                    if id < 0 { return (slot, nil) }
                    let start = Int(starts[id]), length = Int(starts[id + 1]) - start
                    if length == key.count && (length == 0 || memcmp(stored.baseAddress! + start, key.baseAddress!, length) == 0) {
                        return (slot, id)
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private mutating func grow() {
        var grown = [Int32](repeating: -1, count: slots.count * 2)
        let mask = grown.count - 1
        bytes.withUnsafeBufferPointer { stored in
            for id in 0..<count {
                let start = Int(starts[id])
                let key = UnsafeBufferPointer(rebasing: stored[start..<Int(starts[id + 1])])
                var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
                while grown[slot] >= 0 { slot = (slot + 1) & mask }
                grown[slot] = Int32(id)
            }
        }
        slots = grown
    }

    /// FNV-1a, then a multiply to spread the low bits the mask keeps.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
    }
}
