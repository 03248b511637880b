/// UTF-16 text given as bytes: the code units of a page, feed or text file that starts with a
/// byte-order mark. Only the units are read here; each caller decides how strictly to decode them.
///
///     UTF16Bytes.units([0x48, 0x00, 0x69, 0x00][...], bigEndian: false)   // [0x48, 0x69], "Hi"
enum UTF16Bytes {
    /// The code units of `bytes` (the mark already dropped); an odd last byte is left out.
    static func units(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return units
    }
}
