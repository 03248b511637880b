import Foundation
import Testing
@testable import SitrepKit

/// The entity reader is linear: four times the text takes about four times as long, on the two
/// shapes that would expose a quadratic step (a page of capitalised words, one enormous sentence).
@Suite struct EntityReaderGrowthTests {
    static let capitalised = ["Deputy", "Foreign", "Minister", "Olena", "Kovalenko", "of", "the", "National", "Guard", "Army",
                              "(NGA)", "Ukrainian", "Front", "al-Quds", "Kharkiv", "Radio", "Svoboda", "KIA", "Sahel", "Alliance,"]

    static func page(_ words: Int) -> String {
        (0..<words).map { capitalised[($0 * 7 + $0 / 13) % capitalised.count] }.joined(separator: " ")
    }

    static func sentence(_ bytes: Int) -> String {
        let words = ["the", "convoy", "moved", "toward", "Kramatorsk", "while", "Ukrainian", "officials", "and", "the", "Azov",
                     "Brigade", "said", "President", "Volodymyr", "Zelensky", "met", "envoy", "Ruth", "Mbeki", "in", "Kyiv",
                     "formerly", "known", "as", "Kiev", "near", "Sumy,"]
        var out = ""
        out.reserveCapacity(bytes + 16)
        var i = 0
        while out.utf8.count < bytes {
            out += words[i % words.count]
            out += " "
            i += 1
        }
        return out
    }

    func seconds(_ text: String) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = readEntities(text)
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test func growsLinearlyOnCapitalisedPagesAndOneLongSentence() {
        // A page of 64 KB against 256 KB; a sentence of 256 KB against 1 MB.
        for (make, size) in [({ Self.page($0 / 8) }, 64 * 1024), ({ Self.sentence($0) }, 256 * 1024)] as [((Int) -> String, Int)] {
            let small = make(size), large = make(4 * size)
            _ = seconds(make(16 * 1024))   // warm up the word lists
            let a = seconds(small), b = seconds(large)
            #expect(b / a < 6.5, "4× the text took \(b / a)× as long (\(a) s, \(b) s)")
        }
    }
}
