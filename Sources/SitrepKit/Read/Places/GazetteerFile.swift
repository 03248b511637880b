/// Reads gazetteer.tsv.gz, as scripts/build_gazetteer.py writes it (its doc string describes the
/// records), into the arrays a ``Gazetteer`` answers from.
struct GazetteerFile {
    /// One place, packed: strings live in `names`, codes in small tables.
    struct Record: Sendable {
        var geonameID: Int64
        var population: Int64
        /// Degrees × 10,000: the file's four decimals, kept exact.
        var latitude: Int32
        var longitude: Int32
        var nameStart: UInt32
        var nameLength: UInt16
        /// Two ASCII letters, or 0 for none.
        var country: UInt16
        /// Into `admin1Codes`.
        var admin1Code: UInt16
        var kind: Place.Kind
        /// The record of the second-level division, or -1.
        var admin2: Int32
    }

    var records: [Record] = []
    var names: [UInt8] = []
    var admin1Codes: [String] = [""]
    var folds: [UInt32: [UInt8]] = [:]
    /// A place's other keys, as the file gives them: (record, key bytes range in `otherKeys`).
    var otherKeys: [UInt8] = []
    var otherKeyRanges: [(record: Int32, start: UInt32, end: UInt32)] = []
    /// Nationality words and their country codes.
    var nationalities: [(word: String, countries: [String])] = []

    static let formatVersion = "1"

    static func read(path: String) throws(GazetteerError) -> GazetteerFile {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stream: FileByteStream
        switch FileByteStream.open(path) {
        case .success(let opened): stream = opened
        case .failure(let failure): throw GazetteerError(path: name, reason: "cannot open: \(failure.reason)")
        }
        let reader = ByteReader(GzipByteStream(source: stream))
        guard let bytes = reader.readToEnd(limit: 1 << 30) else {
            throw GazetteerError(path: name, reason: "decompresses to more than 1 GB")
        }
        if let failure = reader.failure { throw GazetteerError(path: name, reason: failure) }
        var file = GazetteerFile()
        try bytes.withUnsafeBufferPointer { buffer throws(GazetteerError) in
            try file.parse(buffer, name: name)
        }
        return file
    }

    private mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>, name: String) throws(GazetteerError) {
        var admin1CodeIndex: [String: UInt16] = ["": 0]
        var lineNumber = 0
        var lineStart = 0
        var fields: [Range<Int>] = []
        fields.reserveCapacity(12)
        records.reserveCapacity(260_000)
        names.reserveCapacity(3_000_000)
        otherKeys.reserveCapacity(4_000_000)
        otherKeyRanges.reserveCapacity(340_000)
        let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"), bar = UInt8(ascii: "|")

        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
        func fail(_ reason: String) -> GazetteerError {
            GazetteerError(path: name, reason: "line \(lineNumber): \(reason)")
        }

        while lineStart < buffer.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < buffer.count && buffer[lineEnd] != newline { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for index in lineStart..<lineEnd where buffer[index] == tab {
                fields.append(fieldStart..<index)
                fieldStart = index + 1
            }
            fields.append(fieldStart..<lineEnd)
            guard let tag = fields.first, tag.count == 1 else {
                if lineEnd == lineStart { continue }
                throw fail("no record tag")
            }
            switch buffer[tag.lowerBound] {
            case UInt8(ascii: "P"):
                guard fields.count == 11 else { throw fail("a place record has \(fields.count) fields, not 11") }
                guard let id = Self.integer(buffer, fields[1]), let admin2 = Self.integer(buffer, fields[5]),
                      let latitude = Self.fixedPoint(buffer, fields[6]), let longitude = Self.fixedPoint(buffer, fields[7]),
                      let population = Self.integer(buffer, fields[8]),
                      let kind = Self.kinds[text(fields[2])]
                else { throw fail("a place record with a malformed field") }
                let country = fields[3]
                guard country.isEmpty || country.count == 2 else { throw fail("a country code of \(country.count) letters") }
                let admin1 = text(fields[4])
                var code = admin1CodeIndex[admin1]
                if code == nil {
                    code = UInt16(admin1Codes.count)
                    admin1CodeIndex[admin1] = code
                    admin1Codes.append(admin1)
                }
                let nameRange = fields[9]
                let record = Record(
                    geonameID: Int64(id), population: Int64(population), latitude: Int32(latitude),
                    longitude: Int32(longitude), nameStart: UInt32(names.count), nameLength: UInt16(nameRange.count),
                    country: country.isEmpty ? 0 : UInt16(buffer[country.lowerBound]) << 8 | UInt16(buffer[country.lowerBound + 1]),
                    admin1Code: code!, kind: kind, admin2: Int32(admin2))
                names.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[nameRange]))
                let recordIndex = Int32(records.count)
                records.append(record)
                var keyStart = fields[10].lowerBound
                for index in fields[10].lowerBound...fields[10].upperBound where index == fields[10].upperBound || buffer[index] == bar {
                    if index > keyStart {
                        let start = UInt32(otherKeys.count)
                        otherKeys.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[keyStart..<index]))
                        otherKeyRanges.append((recordIndex, start, UInt32(otherKeys.count)))
                    }
                    keyStart = index + 1
                }
            case UInt8(ascii: "F"):
                guard fields.count == 3, let scalar = UInt32(text(fields[1]), radix: 16) else { throw fail("a malformed fold") }
                folds[scalar] = Array(UnsafeBufferPointer(rebasing: buffer[fields[2]]))
            case UInt8(ascii: "D"):
                guard fields.count == 3 else { throw fail("a malformed nationality") }
                nationalities.append((text(fields[1]), text(fields[2]).split(separator: ",").map(String.init)))
            case UInt8(ascii: "G"):
                guard fields.count >= 2, text(fields[1]) == Self.formatVersion else {
                    throw fail("not a version \(Self.formatVersion) gazetteer; rebuild it with scripts/build_gazetteer.py")
                }
            default:
                throw fail("unknown record tag")
            }
        }
        guard !records.isEmpty else { throw GazetteerError(path: name, reason: "no places") }
    }

    static let kinds: [String: Place.Kind] = [
        "K": .continent, "R": .region, "C": .country, "A1": .firstLevelDivision, "A2": .secondLevelDivision, "P": .city,
    ]

    private static func integer(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        let negative = index < range.upperBound && buffer[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < range.upperBound else { return nil }
        var value = 0
        while index < range.upperBound {
            let digit = Int(buffer[index]) - 48
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
            index += 1
        }
        return negative ? -value : value
    }

    /// "36.3350" as 363350: four decimals, as the script writes coordinates.
    private static func fixedPoint(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard let dot = range.firstIndex(where: { buffer[$0] == UInt8(ascii: ".") }), range.upperBound - dot == 5,
              let whole = integer(buffer, range.lowerBound..<dot), let fraction = integer(buffer, (dot + 1)..<range.upperBound)
        else { return nil }
        let negative = buffer[range.lowerBound] == UInt8(ascii: "-")
        return whole * 10_000 + (negative ? -fraction : fraction)
    }
}
