import Foundation

/// Decodes text in a legacy character set (windows-1251, Shift_JIS, ISO-2022-JP, Big5, EUC-KR,
/// KOI8-R, …) to UTF-8 through glibc's iconv, the way browsers read such pages: a byte the
/// charset does not define becomes U+FFFD and decoding goes on after it, so one damaged byte
/// costs one character instead of the rest of the page (libxml2 and Foundation both stop there).
///
/// Only the labels of the WHATWG Encoding Standard count, read as browsers read them: Shift_JIS
/// is decoded as windows-31J, EUC-KR as windows-949, Big5 as Big5-HKSCS, GB2312 and GBK as
/// GB18030, TIS-620 as windows-874, ISO-8859-1 as windows-1252. Anything else — EBCDIC, UTF-32,
/// a typo — is no label at all to a browser, and to this decoder.
///
///     LegacyCharset.utf8(bytes[...], label: "windows-1251")   // nil for a label browsers ignore
enum LegacyCharset {
    /// The input as UTF-8, or nil when the label is not a legacy charset's (see above).
    static func utf8(_ input: ArraySlice<UInt8>, label: String) -> [UInt8]? {
        guard let name = iconvName(label) else { return nil }
        let descriptor = iconv_open("UTF-8", name)
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

    /// The iconv name for a web charset label (lowercase); nil for labels the Encoding Standard
    /// does not define and for UTF-8 and UTF-16, which are not legacy charsets.
    static func iconvName(_ label: String) -> String? {
        webLabels[label]
    }

    /// Every label of the Encoding Standard's legacy encodings, by the iconv name that decodes it.
    private static let webLabels: [String: String] = {
        let encodings: [(String, [String])] = [
            ("IBM866", ["866", "cp866", "csibm866", "ibm866"]),
            ("ISO-8859-2", ["csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"]),
            ("ISO-8859-3", ["csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"]),
            ("ISO-8859-4", ["csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"]),
            ("ISO-8859-5", ["csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"]),
            ("ISO-8859-6", ["arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e",
                            "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"]),
            ("ISO-8859-7", ["csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597",
                            "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"]),
            ("ISO-8859-8", ["csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598",
                            "iso_8859-8", "iso_8859-8:1988", "visual", "csiso88598i", "iso-8859-8-i", "logical"]),
            ("ISO-8859-10", ["csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"]),
            ("ISO-8859-13", ["iso-8859-13", "iso8859-13", "iso885913"]),
            ("ISO-8859-14", ["iso-8859-14", "iso8859-14", "iso885914"]),
            ("ISO-8859-15", ["csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"]),
            ("ISO-8859-16", ["iso-8859-16"]),
            ("KOI8-R", ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"]),
            ("KOI8-U", ["koi8-ru", "koi8-u"]),
            ("MACINTOSH", ["csmacintosh", "mac", "macintosh", "x-mac-roman"]),
            ("WINDOWS-874", ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"]),
            ("WINDOWS-1250", ["cp1250", "windows-1250", "x-cp1250"]),
            ("WINDOWS-1251", ["cp1251", "windows-1251", "x-cp1251"]),
            ("WINDOWS-1252", ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
                              "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252"]),
            ("WINDOWS-1253", ["cp1253", "windows-1253", "x-cp1253"]),
            ("WINDOWS-1254", ["cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989",
                              "l5", "latin5", "windows-1254", "x-cp1254"]),
            ("WINDOWS-1255", ["cp1255", "windows-1255", "x-cp1255"]),
            ("WINDOWS-1256", ["cp1256", "windows-1256", "x-cp1256"]),
            ("WINDOWS-1257", ["cp1257", "windows-1257", "x-cp1257"]),
            ("WINDOWS-1258", ["cp1258", "windows-1258", "x-cp1258"]),
            ("MAC-CYRILLIC", ["x-mac-cyrillic", "x-mac-ukrainian"]),
            ("GB18030", ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk", "gb18030",
                         "cp936", "euc-cn"]),
            ("BIG5-HKSCS", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
            ("EUC-JP", ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"]),
            ("ISO-2022-JP", ["csiso2022jp", "iso-2022-jp"]),
            ("WINDOWS-31J", ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"]),
            ("CP949", ["cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601",
                       "ksc_5601", "windows-949"]),
        ]
        var table: [String: String] = [:]
        for (iconv, labels) in encodings {
            for label in labels { table[label] = iconv }
        }
        return table
    }()
}
