import Foundation

/// An element or attribute name packed into 128 bits, six bits a character, so a lookup hashes two
/// integers instead of building a `String` for every element of a page.
///
/// Only names of up to 21 characters from `a-z 0-9 - : _` pack; anything else is a name the
/// extractor does not care about.
struct PackedName: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Packs a NUL-terminated C string (as libxml2 hands names over), folding ASCII case.
    init?(cString pointer: UnsafePointer<UInt8>) {
        // Names longer than 21 characters do not pack: no need to measure further.
        let length = pointer.withMemoryRebound(to: CChar.self, capacity: 22) { strnlen($0, 22) }
        self.init(bytes: UnsafeBufferPointer(start: pointer, count: length))
    }

    /// Packs a name given as bytes, folding ASCII case.
    init?<Bytes: Collection>(bytes: Bytes) where Bytes.Element == UInt8 {
        var index = 0
        for byte in bytes {
            guard index < 21, let code = PackedName.code(byte) else { return nil }
            if index < 10 {
                low |= UInt64(code) << (6 * UInt64(index))
            } else {
                high |= UInt64(code) << (6 * UInt64(index - 10))
            }
            index += 1
        }
        if index == 0 { return nil }
    }

    init?(_ name: String) {
        self.init(bytes: name.utf8)
    }

    private static func code(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte - UInt8(ascii: "a") + 1
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte - UInt8(ascii: "A") + 1
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0") + 27
        case UInt8(ascii: "-"): return 37
        case UInt8(ascii: ":"): return 38
        case UInt8(ascii: "_"): return 39
        default: return nil
        }
    }
}

/// The attributes the extractor reads. All others are dropped while the tree is built.
enum HTMLAttribute: UInt8, CaseIterable {
    case `class`, id, style, hidden, ariaHidden, role, itemprop, rel, href, content, name, property
    case datetime, lang, xmlLang, httpEquiv, charset, type, pubdate, title
    /// Epoch timestamps that social-media permalinks and some CMSs put on their time stamps.
    case dataTime, dataTimestamp, dataUtime

    var markupName: String {
        switch self {
        case .ariaHidden: return "aria-hidden"
        case .xmlLang: return "xml:lang"
        case .httpEquiv: return "http-equiv"
        case .dataTime: return "data-time"
        case .dataTimestamp: return "data-timestamp"
        case .dataUtime: return "data-utime"
        default: return String(describing: self)
        }
    }

    private static let byName: [PackedName: HTMLAttribute] = {
        var table: [PackedName: HTMLAttribute] = [:]
        for attribute in allCases { table[PackedName(attribute.markupName)!] = attribute }
        return table
    }()

    /// Whether an attribute of this name is one the extractor reads.
    static func isRead(_ name: PackedName) -> Bool { byName[name] != nil }

    init?(cName: UnsafePointer<UInt8>) {
        guard let packed = PackedName(cString: cName), let found = HTMLAttribute.byName[packed] else { return nil }
        self = found
    }
}
