import Foundation

/// Every place Sitrep can name, from GeoNames: 235,000 populated places down to 500 inhabitants,
/// 15,000 second- and 3,600 first-level divisions, 250 countries, the continents and a few
/// regions news names ("the Gulf"), each findable by its names, its alternate names ("Halab",
/// "Kharkov") and the forms news uses ("U.S.", "Ky.", "B.C."), plus the nationality words that
/// mention a country ("Syrian", "Turkish").
///
///     let gazetteer = try Gazetteer.shared()
///     gazetteer.places(named: "Idleb").first?.name          // "Idlib"
///     gazetteer.country(nationality: "Russian")?.geonameID  // 2017370
///     gazetteer.longestName(startingWith: "New")            // words in the longest "New …" name
///
/// Names are matched by key (``PlaceKeyFolding``): case, diacritics, "St."/"Saint",
/// hyphens and periods do not matter, and a leading "the" or Arabic article ("al-", "Ar ")
/// may be left out on either side. Every lookup hashes its key once: no scan of the places.
///
/// Loading (`shared()` loads once, at first use, from the resource bundle) inflates the 6.7 MB
/// gzip file (17.8 MB of text) and builds the hash tables. Measured on a release build on this
/// project's 2-core machine (VmRSS and VmHWM from /proc/self/status, `/usr/bin/time -v`): 0.75 s of
/// CPU (2.4 s of wall time while the machine ran ten other jobs), resident memory from 19 MB to
/// 83 MB, which is also the process's peak: the gazetteer keeps about 63 MB. A debug build takes
/// several seconds. Lookups cost about 5 µs each (8,000 in 0.04 s, release).
public final class Gazetteer: Sendable {
    typealias Record = GazetteerFile.Record

    let records: [Record]
    private let names: [UInt8]
    private let admin1Codes: [String]
    let folding: PlaceKeyFolding
    private let keys: ByteKeyTable
    /// Per key, its first posting; per posting, the next of the same key and its value
    /// (record × 2, + 1 when by an other name). A list per key, without an array per key.
    private let postingHead: [Int32]
    private let postingNext: [Int32]
    private let postingValue: [UInt32]
    private let firstWords: ByteKeyTable
    /// Per first word, the most words a key starting with it has.
    private let longestByFirstWord: [UInt8]
    private let recordByGeonameID: [Int64: Int32]
    private let countryRecord: [UInt16: Int32]
    private let admin1Record: [UInt32: Int32]
    private let nationalityCountries: [[UInt8]: [Int32]]

    /// Loads a gazetteer file; ``shared()`` is the one shipped with Sitrep.
    public init(contentsOf path: String) throws(GazetteerError) {
        let file = try GazetteerFile.read(path: path)
        records = file.records
        names = file.names
        admin1Codes = file.admin1Codes
        let folding = PlaceKeyFolding(folds: file.folds)
        self.folding = folding

        let postingCount = file.records.count + file.otherKeyRanges.count
        var keys = ByteKeyTable(expectedCount: postingCount)
        var firstWords = ByteKeyTable(expectedCount: postingCount / 2)
        var head: [Int32] = [], next: [Int32] = [], value: [UInt32] = [], longest: [UInt8] = []
        head.reserveCapacity(postingCount)
        next.reserveCapacity(postingCount)
        value.reserveCapacity(postingCount)

        func post(_ key: UnsafeBufferPointer<UInt8>, record: Int32, alternate: Bool) {
            guard !key.isEmpty else { return }
            let (id, isNew) = keys.insert(key)
            if isNew {
                head.append(-1)
                var firstEnd = 0, words = 1
                for (index, byte) in key.enumerated() where byte == PlaceKeyFolding.space {
                    if words == 1 { firstEnd = index }
                    words += 1
                }
                let first = UnsafeBufferPointer(rebasing: key[0..<(words == 1 ? key.count : firstEnd)])
                let (word, isNewWord) = firstWords.insert(first)
                let count = UInt8(min(words, 255))
                if isNewWord { longest.append(count) } else { longest[word] = max(longest[word], count) }
            }
            next.append(head[id])
            head[id] = Int32(value.count)
            value.append(UInt32(record) << 1 | (alternate ? 1 : 0))
        }

        var byID: [Int64: Int32] = [:], countries: [UInt16: Int32] = [:], admin1: [UInt32: Int32] = [:]
        byID.reserveCapacity(file.records.count)
        file.names.withUnsafeBufferPointer { nameBytes in
            for (index, record) in file.records.enumerated() {
                let name = UnsafeBufferPointer(rebasing: nameBytes[Int(record.nameStart)..<Int(record.nameStart) + Int(record.nameLength)])
                let recordIndex = Int32(index)
                // The key of a name made here, with the folds of the file: ASCII names (most)
                // skip the String.
                var isASCII = true
                for byte in name where byte >= 0x80 { isASCII = false; break }
                let key = isASCII ? PlaceKeyFolding.asciiKey(name) : folding.key(String(decoding: name, as: UTF8.self))
                key.withUnsafeBufferPointer { post($0, record: recordIndex, alternate: false) }
                byID[record.geonameID] = recordIndex
                switch record.kind {
                case .country: countries[record.country] = recordIndex
                case .firstLevelDivision: admin1[UInt32(record.country) << 16 | UInt32(record.admin1Code)] = recordIndex
                default: break
                }
            }
        }
        file.otherKeys.withUnsafeBufferPointer { keyBytes in
            for (record, start, end) in file.otherKeyRanges {
                post(UnsafeBufferPointer(rebasing: keyBytes[Int(start)..<Int(end)]), record: record, alternate: true)
            }
        }
        var nationalities: [[UInt8]: [Int32]] = [:]
        for (word, codes) in file.nationalities {
            let records = codes.compactMap { countries[Self.packCountry($0)] }
            if !records.isEmpty { nationalities[folding.key(word), default: []].append(contentsOf: records) }
        }

        self.keys = keys
        self.firstWords = firstWords
        postingHead = head
        postingNext = next
        postingValue = value
        longestByFirstWord = longest
        recordByGeonameID = byID
        countryRecord = countries
        admin1Record = admin1
        nationalityCountries = nationalities
    }

    /// How many places it holds.
    public var count: Int { records.count }

    /// The places `name` may mean, most populous first.
    public func places(named name: String) -> [Place] { candidates(named: name).map(\.place) }

    /// The places `name` may mean, most populous first, each with whether its own name matched.
    /// - Parameters:
    ///   - limit: at most this many, the most populous (a common name has hundreds).
    ///   - kinds: only places of these kinds, when given.
    public func candidates(named name: String, limit: Int = .max, kinds: Set<Place.Kind>? = nil) -> [PlaceCandidate] {
        candidates(forKey: folding.key(name), limit: limit, kinds: kinds)
    }

    /// ``candidates(named:limit:kinds:)`` for a name already folded by ``key(_:)``.
    public func candidates(forKey key: String, limit: Int = .max, kinds: Set<Place.Kind>? = nil) -> [PlaceCandidate] {
        candidates(forKey: Array(key.utf8), limit: limit, kinds: kinds)
    }

    private func candidates(forKey key: [UInt8], limit: Int, kinds: Set<Place.Kind>?) -> [PlaceCandidate] {
        var found = candidateRecords(forKey: key)
        if let kinds { found.removeAll { !kinds.contains(records[Int($0.record)].kind) } }
        return found.prefix(limit).map { PlaceCandidate(place: place(at: $0.record), byAlternateName: $0.alternate) }
    }

    /// The most populous place `name` may mean: ``candidates(named:limit:)``'s first, without
    /// building the others.
    public func topCandidate(named name: String) -> PlaceCandidate? { candidates(named: name, limit: 1).first }

    /// Whether `name` names any place: one lookup, nothing built.
    public func isPlaceName(_ name: String) -> Bool {
        let key = folding.key(name)
        if keys.find(key) != nil { return true }
        return PlaceKeyFolding.withoutArticle(key).map { keys.find($0) != nil } ?? false
    }

    /// Whether `name` is some place's own name, not only an other name of it.
    public func isOwnPlaceName(_ name: String) -> Bool {
        candidateRecords(forKey: folding.key(name)).contains { !$0.alternate }
    }

    /// The places a key names, the key written as ``key(_:)`` makes it.
    func candidateRecords(forKey key: [UInt8]) -> [(record: Int32, alternate: Bool)] {
        var found: [(record: Int32, alternate: Bool)] = []
        func collect(_ key: [UInt8], alternate: Bool) {
            guard let id = keys.find(key) else { return }
            var posting = postingHead[id]
            while posting >= 0 {
                let value = postingValue[Int(posting)]
                found.append((Int32(value >> 1), alternate || value & 1 == 1))
                posting = postingNext[Int(posting)]
            }
        }
        collect(key, alternate: false)
        if let bare = PlaceKeyFolding.withoutArticle(key) { collect(bare, alternate: true) }
        found.sort {
            let (a, b) = (records[Int($0.record)].population, records[Int($1.record)].population)
            return a != b ? a > b : $0.record != $1.record ? $0.record < $1.record : !$0.alternate && $1.alternate
        }
        // A place reached by two of its names is one candidate, by its own name if either is:
        // sorted, its postings are side by side, the own-name one first.
        var kept = 0
        for i in found.indices where kept == 0 || found[i].record != found[kept - 1].record {
            found[kept] = found[i]
            kept += 1
        }
        found.removeLast(found.count - kept)
        return found
    }

    /// The place with this GeoNames id (or derived, negative id).
    public func place(geonameID: Int) -> Place? {
        recordByGeonameID[Int64(geonameID)].map { place(at: $0) }
    }

    /// A country by its ISO 3166 alpha-2 code ("SY").
    public func country(code: String) -> Place? {
        let letters = Array(code.uppercased().utf8)
        guard letters.count == 2 else { return nil }
        return countryRecord[UInt16(letters[0]) << 8 | UInt16(letters[1])].map { place(at: $0) }
    }

    /// The countries a nationality word mentions ("Syrian", "Americans", "Saudi"), the most populous
    /// first; most words have one. Ethnic words ("Kurdish", "Arab") mention no country.
    public func countries(nationality word: String) -> [Place] {
        (nationalityCountries[folding.key(word)] ?? []).map { place(at: $0) }
    }

    /// The country a nationality word mentions: the most populous, when several share it.
    public func country(nationality word: String) -> Place? { countries(nationality: word).first }

    /// The most words a name starting with `token` has (its key's words: "Winston-Salem" is
    /// two), 0 when no name starts with it. A reader scanning capitalised words asks it first.
    public func longestName(startingWith token: String) -> Int {
        let key = folding.key(token)
        guard !key.isEmpty else { return 0 }
        let first = Array(key.prefix { $0 != PlaceKeyFolding.space })
        return firstWords.find(first).map { Int(longestByFirstWord[$0]) } ?? 0
    }

    /// Whether some name, or a nationality word, starts with `token`.
    public func canStartName(_ token: String) -> Bool {
        longestName(startingWith: token) > 0 || nationalityCountries[folding.key(token)] != nil
    }

    /// The key a name is looked up by ("Saint-Étienne" → "saint etienne").
    public func key(_ name: String) -> String { String(decoding: folding.key(name), as: UTF8.self) }

    func place(at index: Int32) -> Place {
        let record = records[Int(index)]
        let admin1Code = admin1Codes[Int(record.admin1Code)]
        var admin1: String?
        if record.kind == .firstLevelDivision {
            admin1 = name(of: record)
        } else if !admin1Code.isEmpty, let division = admin1Record[UInt32(record.country) << 16 | UInt32(record.admin1Code)] {
            admin1 = name(of: records[Int(division)])
        }
        return Place(
            geonameID: Int(record.geonameID), name: name(of: record), kind: record.kind,
            countryCode: record.country == 0 ? "" : String(decoding: [UInt8(record.country >> 8), UInt8(record.country & 0xFF)], as: UTF8.self),
            admin1Code: admin1Code, admin1: admin1,
            admin2: record.admin2 >= 0 ? name(of: records[Int(record.admin2)]) : nil,
            latitude: Double(record.latitude) / 10_000, longitude: Double(record.longitude) / 10_000,
            population: Int(record.population))
    }

    private func name(of record: Record) -> String {
        String(decoding: names[Int(record.nameStart)..<Int(record.nameStart) + Int(record.nameLength)], as: UTF8.self)
    }

    private static func packCountry(_ code: String) -> UInt16 {
        let letters = Array(code.utf8)
        return letters.count == 2 ? UInt16(letters[0]) << 8 | UInt16(letters[1]) : 0
    }
}

extension Gazetteer {
    /// The gazetteer shipped with Sitrep, loaded at the first call (once, whichever thread calls).
    public static func shared() throws(GazetteerError) -> Gazetteer { try sharedLoad.get() }

    private static let sharedLoad: Result<Gazetteer, GazetteerError> = {
        do throws(GazetteerError) {
            return .success(try Gazetteer(contentsOf: bundledPath()))
        } catch {
            return .failure(error)
        }
    }()

    /// Where the shipped gazetteer is: `$SITREP_GAZETTEER` when set, else the resource bundle
    /// SwiftPM puts beside the executable (Sitrep_SitrepKit.resources), else the bundle's build
    /// folder, which `Bundle.module` knows.
    public static func bundledPath() -> String {
        if let path = ProcessInfo.processInfo.environment["SITREP_GAZETTEER"], !path.isEmpty { return path }
        let beside = Bundle.main.bundleURL.appendingPathComponent("Sitrep_SitrepKit.resources/Gazetteer/gazetteer.tsv.gz").path
        if FileManager.default.fileExists(atPath: beside) { return beside }
        return Bundle.module.url(forResource: "gazetteer.tsv", withExtension: "gz", subdirectory: "Gazetteer")?.path
            ?? Bundle.module.bundlePath + "/Gazetteer/gazetteer.tsv.gz"
    }
}
