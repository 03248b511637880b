import Testing
@testable import SitrepKit

@Suite struct ExtractCharsetTests {
    typealias Pages = ExtractTestPages

    /// A page in windows-1252: 0x93/0x94 are curly double quotes, 0xE9 is é, 0x97 an em dash.
    private func windows1252Page(meta: String) -> [UInt8] {
        var bytes = Array("<html><head>\(meta)</head><body><article><p>".utf8)
        bytes += Array("The mayor said ".utf8) + [0x93] + Array("we will rebuild".utf8) + [0x94]
        bytes += Array(" at the caf".utf8) + [0xE9] + Array(" by the river ".utf8) + [0x97]
        bytes += Array(" and nobody, not even the engineers, doubted her that evening.</p></article></body></html>".utf8)
        return bytes
    }

    private let expected = "The mayor said “we will rebuild” at the café by the river — and nobody, not even the engineers, doubted her that evening."

    @Test func readsWindows1252DeclaredInMetaCharset() {
        let result = Pages.extractor.extract(windows1252Page(meta: "<meta charset=\"windows-1252\">"))
        #expect(result.text == expected)
    }

    @Test func readsWindows1252DeclaredInHTTPEquiv() {
        let meta = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
        #expect(Pages.extractor.extract(windows1252Page(meta: meta)).text == expected)
    }

    @Test func readsTheContainersCharset() {
        let result = Pages.extractor.extract(windows1252Page(meta: ""), hints: .init(charset: "text/html; charset=windows-1252"))
        #expect(result.text == expected)
    }

    @Test func fallsBackToWindows1252ForInvalidUTF8WithoutDeclaration() {
        #expect(Pages.extractor.extract(windows1252Page(meta: "")).text == expected)
    }

    @Test func keepsValidUTF8EvenWhenMislabelledLatin1() {
        let page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Ḩalab café — “quoted” text of the mayor, with commas, and more words.</p></body></html>"
        #expect(Pages.extractor.extract(Array(page.utf8)).text == "Ḩalab café — “quoted” text of the mayor, with commas, and more words.")
    }

    @Test func repairsStrayBytesInUTF8Pages() {
        var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>Caf".utf8) + [0xE9]
        bytes += Array(" and crème brûlée, served at noon by the river, for the volunteers.</p></body></html>".utf8)
        #expect(Pages.extractor.extract(bytes).text == "Café and crème brûlée, served at noon by the river, for the volunteers.")
    }

    @Test func readsUTF16WithByteOrderMark() {
        let page = "<html><body><p>Volunteers filled sandbags, carried them to the levee, and waited.</p></body></html>"
        let bytes: [UInt8] = [0xFF, 0xFE] + page.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(Pages.extractor.extract(bytes).text == "Volunteers filled sandbags, carried them to the levee, and waited.")
    }

    private func legacyPage(_ charset: String, _ body: [UInt8]) -> [UInt8] {
        Array("<html><head><meta charset=\"\(charset)\"></head><body><article><p>".utf8) + body
            + Array(" said the river would crest on Thursday, and roads would stay closed.</p></article></body></html>".utf8)
    }

    private let ending = " said the river would crest on Thursday, and roads would stay closed."

    @Test func decodesLegacyCharsets() {
        // "Мэр" (mayor) in windows-1251, "Москва" in KOI8-R, "日本の首相" in Shift_JIS and in
        // ISO-2022-JP (escape sequences and all), "서울" in EUC-KR, "臺北" in Big5.
        let cases: [(String, [UInt8], String)] = [
            ("windows-1251", [0xCC, 0xFD, 0xF0], "Мэр"),
            ("koi8-r", [0xED, 0xCF, 0xD3, 0xCB, 0xD7, 0xC1], "Москва"),
            ("Shift_JIS", [0x93, 0xFA, 0x96, 0x7B, 0x82, 0xCC, 0x8E, 0xF1, 0x91, 0x8A], "日本の首相"),
            ("iso-2022-jp", Array("\u{1B}$BF|K\\$N<sAj\u{1B}(B".utf8), "日本の首相"),
            ("euc-kr", [0xBC, 0xAD, 0xBF, 0xEF], "서울"),
            ("big5", [0xBB, 0x4F, 0xA5, 0x5F], "臺北"),
        ]
        for (charset, bytes, expected) in cases {
            #expect(Pages.extractor.extract(legacyPage(charset, bytes)).text == expected + ending, "\(charset)")
        }
    }

    @Test func labelsBrowsersDoNotKnowAreNoLabelAtAll() {
        // UTF-32, UCS-2 and EBCDIC labels on an ASCII page: a browser reads the page as UTF-8
        // (or ignores the label), never as those encodings.
        for label in ["utf-32", "ucs-2", "ibm037", "ebcdic-cp-us", "x-made-up"] {
            #expect(Pages.extractor.extract(legacyPage(label, Array("Officials".utf8))).text == "Officials" + ending, "\(label)")
        }
        #expect(LegacyCharset.iconvName("ibm037") == nil)
        #expect(LegacyCharset.iconvName("latin1") == "WINDOWS-1252")
        #expect(LegacyCharset.iconvName("iso-8859-9") == "WINDOWS-1254")
    }

    @Test func anUndefinedByteInALegacyCharsetCostsOneCharacter() {
        // 0x98 is undefined in windows-1251, and 0x85 starts no Shift_JIS character: the text
        // after either is read on, not lost.
        let cyrillic = Pages.extractor.extract(legacyPage("windows-1251", [0xCC, 0xFD, 0xF0, 0x98, 0xCC, 0xFD, 0xF0])).text
        #expect(cyrillic == "Мэр\u{FFFD}Мэр" + ending)
        let japanese = Pages.extractor.extract(legacyPage("shift_jis", [0x93, 0xFA, 0x85, 0x20, 0x96, 0x7B])).text
        #expect(japanese.hasPrefix("日\u{FFFD}"))
        #expect(japanese.hasSuffix("本" + ending))
        #expect(LegacyCharset.utf8([0x93, 0xFA, 0x96][...], label: "shift_jis") == Array("日\u{FFFD}".utf8))
        #expect(LegacyCharset.utf8([0x41][...], label: "x-made-up-charset") == nil)
    }

    @Test func findsTheDeclaredLabel() {
        #expect(HTMLCharset.metaCharset(in: Array("<meta http-equiv='content-type' content='text/html;charset=Shift_JIS'>".utf8)) == "Shift_JIS")
        #expect(HTMLCharset.canonical("ISO-8859-1") == "windows-1252")
        #expect(HTMLCharset.canonical("UTF8") == "utf-8")
    }
}

extension ExtractCharsetTests {
    @Test func fallsBackWhenTheDeclaredCharsetIsUnknown() {
        let page = "<html><head><meta charset=\"x-made-up-charset\"></head><body><p>Volunteers filled sandbags, carried them to the levee, and waited.</p></body></html>"
        #expect(ExtractTestPages.extractor.extract(Array(page.utf8)).text == "Volunteers filled sandbags, carried them to the levee, and waited.")
    }
}

@Suite struct ExtractChineseCharsetTests {
    @Test func pagesLabelledGB2312ReadAsGB18030() {
        #expect(HTMLCharset.canonical("GB2312") == "gb18030")
        #expect(HTMLCharset.canonical("gbk") == "gb18030")
        // "中文" in GB2312, then 镕 (0xE946), which only GBK and GB18030 have, then more text.
        let body: [UInt8] = Array("<html><head><meta charset=\"gb2312\"></head><body><article><p>".utf8)
            + [0xD6, 0xD0, 0xCE, 0xC4, 0xE9, 0x46, 0xD6, 0xD0, 0xCE, 0xC4]
            + Array(" and the rest of a long enough paragraph to count as the article body, said officials.</p></article></body></html>".utf8)
        let text = HTMLExtractor().extract(body).text
        #expect(text.contains("中文镕中文"))
        #expect(text.hasSuffix("said officials."))
    }
}
