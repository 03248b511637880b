import Foundation

/// Decodes text in a legacy character set (windows-1251, Shift_JIS, ISO-2022-JP, Big5, EUC-KR,
/// KOI8-R, …) to UTF-8 through glibc's iconv, the way browsers read such pages: a byte the
/// charset does not define becomes U+FFFD and decoding goes on after it, so one damaged byte
/// costs one character instead of the rest of the page (libxml2 and Foundation both stop there).
///
/// Web labels name the superset browsers actually decode: Shift_JIS is read as windows-31J,
/// EUC-KR as windows-949, Big5 as Big5-HKSCS, GB2312 and GBK as GB18030, TIS-620 as windows-874.
///
///     LegacyCharset.utf8(bytes[...], label: "windows-1251")   // nil if iconv knows no such charset
enum LegacyCharset {
    /// The input as UTF-8, or nil when the label names no charset iconv knows.
    static func utf8(_ input: ArraySlice<UInt8>, label: String) -> [UInt8]? {
        let descriptor = iconv_open("UTF-8", iconvName(label))
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 2)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        Array(input).withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            var cursor: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
            var remaining = source.count
            // Converts what it can into `chunk`; returns false once the input has no more to give.
            func step(flush: Bool) -> Bool {
                chunk.withUnsafeMutableBufferPointer { buffer in
                    var out: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var room = buffer.count
                    let result = flush ? iconv(descriptor, nil, nil, &out, &room)
                                       : iconv(descriptor, &cursor, &remaining, &out, &room)
                    output.append(contentsOf: buffer[0..<(buffer.count - room)])
                    guard result == -1 else { return false }
                    let failure = errno
                    if failure == E2BIG { return true }
                    // An undefined sequence: one replacement character, then on; a sequence cut
                    // off by the end of the input: one replacement character for all of it.
                    output.append(contentsOf: replacement)
                    guard !flush, failure != EINVAL, remaining > 0 else { return false }
                    cursor = cursor.map { $0 + 1 }
                    remaining -= 1
                    return remaining > 0
                }
            }
            while remaining > 0, step(flush: false) {}
            while step(flush: true) {}
        }
        return output
    }

    /// The iconv name for a web charset label (lowercase), taking the superset browsers decode.
    static func iconvName(_ label: String) -> String {
        switch label {
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "ms932", "cp932":
            return "WINDOWS-31J"
        case "euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "korean", "csksc56011987",
             "iso-ir-149", "windows-949", "cp949", "uhc":
            return "CP949"
        case "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5":
            return "BIG5-HKSCS"
        case "gb18030", "gb2312", "gbk", "x-gbk", "cp936", "euc-cn", "csgb2312", "chinese", "iso-ir-58", "gb_2312-80":
            return "GB18030"
        case "tis-620", "windows-874", "iso-8859-11", "dos-874", "iso8859-11":
            return "WINDOWS-874"
        case "iso-8859-8-i", "csiso88598i", "logical":
            return "ISO-8859-8"
        case "x-mac-cyrillic", "x-mac-ukrainian":
            return "MAC-CYRILLIC"
        case "x-user-defined":
            return "WINDOWS-1252"
        default:
            return label.uppercased()
        }
    }
}
