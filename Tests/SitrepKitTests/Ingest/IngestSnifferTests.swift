import Testing
@testable import SitrepKit

@Suite struct IngestSnifferTests {
    private func sniff(_ text: String) -> InputFormat? {
        FormatSniffer.sniff(Array(text.utf8))
    }

    @Test func recognisesHTMLByItsOpening() {
        #expect(sniff("<!DOCTYPE html>\n<html lang=en>") == .html)
        #expect(sniff("\u{FEFF}  <!-- saved page --> <html><body>") == .html)
        #expect(sniff("<head><meta charset=utf-8>") == .html)
        #expect(sniff("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">") == .html)
        #expect(sniff("<div class=a><p>One</p><p>Two</p><span>3</span></div>") == .html)
    }

    @Test func recognisesHTMLFragmentsByTagDensity() {
        #expect(sniff("Breaking: <b>talks</b> resume<br>\n<p>More soon</p>") == .html)
        #expect(sniff("The result was 3 < 4 and 5 > 2, as expected in plain prose.") == .text)
    }

    @Test func recognisesContainers() {
        #expect(sniff("WARC/1.0\r\nWARC-Type: warcinfo\r\n") == .warc)
        #expect(sniff("WARC/1.1\r\nWARC-Type: response\r\n") == .warc)
        #expect(sniff("{\"url\": \"https://a.example\", \"text\": \"x\"}\n{\"url\": 2}") == .jsonl)
        #expect(sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>") == .rss)
        #expect(sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>") == .atom)
        #expect(sniff("<rdf:RDF xmlns=\"http://purl.org/rss/1.0/\">") == .rss)
    }

    @Test func aFeedWithAnInternalSubsetIsAFeed() {
        let items = String(repeating: "<item><title>Ceasefire <b>holds</b></title><description>&lt;p&gt;Calm&lt;/p&gt;</description></item>", count: 30)
        #expect(sniff("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY nbsp \"&#160;\">]>\n<rss version=\"2.0\"><channel>" + items) == .rss)
        // A `>` inside a declaration's literal or a comment does not close the doctype.
        #expect(sniff("<!DOCTYPE feed [\n<!-- entities > below -->\n<!ENTITY arrow \"->\">\n]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">") == .atom)
        #expect(sniff("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/rss-0.91.dtd\">\n<rss version=\"0.91\">") == .rss)
        // A subset running past the prefix: the doctype's name decides.
        let long = "<!DOCTYPE rss [" + String(repeating: "<!ENTITY e \"<p>x</p>\">\n", count: 600) + "]>\n<rss>"
        #expect(sniff(long) == .rss)
        #expect(sniff("<!DOCTYPE html [<!ENTITY x \"y\">]><html><body>") == .html)
    }

    @Test func aBraceIsNotEnoughForJSONL() {
        #expect(sniff("{ this is a note in braces }\nand more text") == .text)
        // A first line longer than the prefix cannot be parsed; an opening key must do.
        let longLine = "{\"html\": \"" + String(repeating: "a", count: 9000)
        #expect(sniff(longLine) == .jsonl)
    }

    @Test func tellsMarkdownFromText() {
        #expect(sniff("# Aleppo\n\nThe [report](https://example.org) says.\n") == .markdown)
        #expect(sniff("Plain words.\n\nBy [Outlet](#)\nMore words.\n") == .text)
        #expect(sniff("") == .text)
    }

    @Test func recognisesGzipAndBinary() {
        #expect(FormatSniffer.isGzip(Gzip.compress(Array("hello".utf8))))
        #expect(!FormatSniffer.isGzip(Array("hello".utf8)))
        #expect(FormatSniffer.sniff([0x1F, 0x8B, 0x08, 0x00]) == nil)
        #expect(FormatSniffer.sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]) == nil)
        #expect(FormatSniffer.sniff(Array("text with a NUL\u{0}inside".utf8)) == nil)
        // One stray NUL in a long page leaves it a page; UTF-16 with its mark is read as what it holds.
        let page = "<!doctype html><html><body>" + String(repeating: "<p>The river rose overnight.</p>", count: 40)
        #expect(FormatSniffer.sniff(Array((page + "\u{0}" + page).utf8)) == .html)
        let utf16: [UInt8] = [0xFF, 0xFE] + page.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(FormatSniffer.sniff(utf16) == .html)
        let utf16BigEndian: [UInt8] = [0xFE, 0xFF] + "Plain notes, written in UTF-16.".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(FormatSniffer.sniff(utf16BigEndian) == .text)
        let utf16Feed: [UInt8] = [0xFF, 0xFE] + #"<?xml version="1.0"?><rss version="2.0"><channel>"#.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(FormatSniffer.sniff(utf16Feed) == nil)
        let controls = (0..<200).map { UInt8($0 % 31 + 1) }
        #expect(FormatSniffer.sniff(controls) == nil)
        // Latin-1 text is not UTF-8, but it is text.
        #expect(FormatSniffer.sniff(Array("Caf".utf8) + [0xE9] + Array(" au lait, d".utf8) + [0xE9, 0x6A, 0xE0]) == .text)
    }
}
