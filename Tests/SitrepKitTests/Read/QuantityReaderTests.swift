import Foundation
import Testing
@testable import SitrepKit

/// The quantity reader, rule by rule, on sentences written for these tests (other wars, other
/// news): what is a figure, its value or range, qualifier, unit, what it counts and its role.
@Suite struct QuantityReaderTests {
    /// The readers up to the quantity reader: what comes after it (the figure context reader)
    /// has tests of its own.
    static let stage = ReadingStage(Array(ReadingStage.standard.readers.prefix { !($0 is FigureContextReader) }))

    /// The article's text read by the standard readers up to the quantity reader, one paragraph.
    static func read(_ text: String) -> Article {
        let article = Article(id: "t", contentHash: "t", source: "t.txt", format: .text, text: text,
                              paragraphs: [Span(start: 0, end: ScalarText(text).count)])
        return stage.read(article)
    }

    /// Each figure as (its text, its quantity).
    static func figures(_ text: String) -> [(text: String, value: Quantity)] {
        let article = read(text)
        return article.layers.quantities.map { (String(article.text[$0.span]), $0.value) }
    }

    static func only(_ text: String) throws -> (text: String, value: Quantity) {
        let found = figures(text)
        #expect(found.count == 1, "\(text): \(found.map(\.text))")
        return try #require(found.first)
    }

    // MARK: numbers

    static let numbers: [(String, String, Double)] = [
        ("Kyiv said 4,000 drones were shot down.", "4,000", 4000.0),
        ("The fund holds 4.5 million barrels of crude.", "4.5 million barrels", 4_500_000),
        ("Officials counted twenty bodies near Kharkiv.", "twenty", 20),
        ("A dozen trucks crossed into Darfur.", "A dozen", 12),
        ("Turnout reached twenty-eight thousand six hundred forty-two voters.", "twenty-eight thousand six hundred forty-two", 28642),
        ("The militia freed 4 hundred prisoners.", "4 hundred", 400),
        ("Half the ballots were spoiled.", "Half", 0.5),
        ("Rebels hold three quarters of the province.", "three quarters", 0.75),
        ("A third of the workforce is idle.", "A third", 1.0 / 3),
        ("The port handled 35m tonnes last year.", "35m tonnes", 35_000_000),
        ("Troops found .5 tonnes of explosives.", ".5 tonnes", 0.5),
        ("The index closed at -1.3% on Monday.", "-1.3%", -1.3),
        ("The recipe needs 1/2 pound of sugar.", "1/2 pound", 0.5),
        ("The current population is about 8 B people.", "about 8 B", 8e9),
        ("Exports reached $1.89 billion.", "$1.89 billion", 1_890_000_000),
    ]

    @Test(arguments: numbers)
    func readsNumbers(text: String, span: String, value: Double) throws {
        let found = try Self.only(text)
        #expect(found.text == span)
        #expect(abs(found.value.low - value) < 1e-9 * max(1, abs(value)))
        #expect(found.value.low == found.value.high)
    }

    @Test func readsVagueNumbersAsOrdersOfMagnitude() throws {
        let hundreds = try Self.only("Hundreds of families fled El Fasher.")
        #expect(hundreds.value.low == 100 && hundreds.value.high == 1000)
        #expect(hundreds.value.counts == "families")
        let tens = try Self.only("Tens of thousands of people marched in Tbilisi.")
        #expect(tens.text == "Tens of thousands")
        #expect(tens.value.low == 10_000 && tens.value.high == 100_000)
        #expect(tens.value.counts == "people")
        let several = try Self.only("Several thousand protesters gathered.")
        #expect(several.value.low == 3000 && several.value.high == 9000)
    }

    // MARK: ranges

    @Test func readsRanges() throws {
        let dash = try Self.only("There are perhaps 6-7,000 fighters left in Bakhmut.")
        #expect(dash.value.low == 6000 && dash.value.high == 7000)
        #expect(dash.value.counts == "fighters")
        let between = try Self.only("Between 8 and 10 districts were cut off from water.")
        #expect(between.text == "Between 8 and 10")
        #expect(between.value.low == 8 && between.value.high == 10)
        #expect(between.value.counts == "districts")
        let to = try Self.only("The storm brought winds of 15 to 22 miles per hour.")
        #expect(to.value.low == 15 && to.value.high == 22 && to.value.unit == "mile per hour")
        let scaled = try Self.only("Estimates run to 1 to 2 thousand displaced families.")
        #expect(scaled.value.low == 1000 && scaled.value.high == 2000)
        let money = try Self.only("The club expects revenue of 33-35 billion euros.")
        #expect(money.value.low == 33e9 && money.value.high == 35e9 && money.value.unit == "euro")
        let ranging = try Self.only("Fines ranging from $250,000 to $1 million were imposed.")
        #expect(ranging.value.low == 250_000 && ranging.value.high == 1_000_000 && ranging.value.kind == .money)
    }

    // MARK: qualifiers

    @Test(arguments: [
        ("More than 120 ships waited off Odesa.", "More than 120", "more than"),
        ("At least 40 people died in Khartoum.", "At least 40", "at least"),
        ("The camp can hold up to 5,000 refugees.", "up to 5,000", "up to"),
        ("Nearly 300 polling stations opened late.", "Nearly 300", "nearly"),
        ("Some 270 villages lost power.", "Some 270", "some"),
        ("About 1,500 ballots were rejected.", "About 1,500", "about"),
        ("Since June 21,000+ residents have left Mariupol.", "21,000+", "+"),
        ("The true toll could be as low as 2,000.", "as low as 2,000", "as low as"),
        ("They hold no more than 4 sq km of the city.", "no more than 4 sq km", "no more than"),
    ])
    func readsQualifiers(text: String, span: String, approx: String) throws {
        let found = try Self.only(text)
        #expect(found.text == span)
        #expect(found.value.approx == approx)
    }

    @Test func aBoundAfterTheFigureWinsOverAVagueOneBefore() throws {
        let found = try Self.only("Since March some 9,000+ families have returned to Kherson.")
        #expect(found.text == "some 9,000+")
        #expect(found.value.approx == "+")
    }

    // MARK: units

    @Test(arguments: [
        ("Inflation hit 98 percent in Sudan.", "98 percent", "percent", Quantity.Kind.percent),
        ("Inflation hit 98 per cent in Sudan.", "98 per cent", "percent", .percent),
        ("Support fell to 41%.", "41%", "percent", .percent),
        ("The spread is 50 basis points.", "50 basis points", "basis point", .percent),
        ("The EU pledged €50 billion to Kyiv.", "€50 billion", "euro", .money),
        ("The IMF lent US$3 billion.", "US$3 billion", "US dollar", .money),
        ("Sales reached HK $3.7 billion.", "HK $3.7 billion", "Hong Kong dollar", .money),
        ("Aid of $1.2m arrived in Gaza.", "$1.2m", "dollar", .money),
        ("The grant was EUR50m.", "EUR50m", "euro", .money),
        ("Bread now costs 92 million yuan in total.", "92 million yuan", "yuan", .money),
        ("The lease is £3,500 a month.", "£3,500 a month", "pound sterling per month", .money),
        ("The army took 3 sq km near Avdiivka.", "3 sq km", "square kilometre", .area),
        ("The army took 3 sq/km near Avdiivka.", "3 sq/km", "square kilometre", .area),
        ("Fires burned 150 hectares of forest.", "150 hectares", "hectare", .area),
        ("The convoy was 200 km from Port Sudan.", "200 km", "kilometre", .distance),
        ("The front line is 1,200 kilometres long.", "1,200 kilometres", "kilometre", .distance),
        ("Talks lasted 18 months.", "18 months", "month", .duration),
        ("A 48-hour truce began.", "48-hour", "hour", .duration),
        ("Farmers stored 12 tonnes of grain.", "12 tonnes", "tonne", .weight),
        ("Gusts reached 155mph on the coast.", "155mph", "mile per hour", .speed),
        ("The plant produces 950 MW.", "950 MW", "megawatt", .other),
        ("The bid was 80 million French francs.", "80 million French francs", "franc", .money),
    ])
    func readsUnits(text: String, span: String, unit: String, kind: Quantity.Kind) throws {
        let found = try Self.only(text)
        #expect(found.text == span)
        #expect(found.value.unit == unit)
        #expect(found.value.kind == kind)
    }

    @Test func readsRangesWithAMinusSign() throws {
        let found = try Self.only("Add 4−5 cloves of garlic.")
        #expect(found.value.low == 4 && found.value.high == 5 && found.value.counts == "cloves")
    }

    @Test func readsAUnitBeforeAHyphen() throws {
        let found = try Self.only("Nissan is 43.4 percent-owned by Renault.")
        #expect(found.value.unit == "percent" && found.value.low == 43.4)
    }

    @Test func anAcronymIsNoFunctionWord() throws {
        let found = try Self.only("A pint is 1/8 of a US gallon.")
        #expect(found.value.counts == "US gallon")
    }

    @Test func aBareFigureBorrowsTheNounOfAnEarlierOne() {
        let found = Self.figures("There are 68,400 people out of work for one to two years and 95,800 for longer.")
        #expect(found.map(\.value.counts) == ["people", nil, "people"])
    }

    @Test func aPartCountsWhatItsWholeCounts() {
        let found = Self.figures("Pirates kidnapped 13 out of 19 crew members off Bonny Island.")
        #expect(found.map(\.value.counts) == ["crew members", "crew members"])
        #expect(found.map(\.value.role) == [.captured, nil])
    }

    @Test func aSharedUnitReachesBackOverOr() {
        let found = Self.figures("A meal costs eight or nine euros in Faro.")
        #expect(found.map(\.value.unit) == ["euro", "euro"])
        #expect(found.map(\.value.low) == [8, 9])
    }

    // MARK: what is no quantity

    @Test(arguments: [
        "The war began in 2014 and escalated in 2022.",
        "He finished 21st in the third round.",
        "Polls close at 8 p.m. and results come at 11:30.",
        "Results were due at 6PM ET.",
        "A 36-year-old teacher was detained.",
        "The mayor, 65, resigned.",
        "Voters aged 18 to 24 stayed home.",
        "He will be 30 years old next week.",
        "Call 555-123-4567 for details.",
        "Call 0800 123 456 for details.",
        "Call +1 (555) 123-4567 for details.",
        "Call +44 20 7946 0958 for details.",
        "Call 555-1234 for details.",
        "The hotline is 1-800-273-8255.",
        "The office is at 575 Wilbraham Road.",
        "Game 2 was postponed.",
        "The F-16 jets arrived.",
        "Resolution 2254 was adopted.",
        "Lawmakers met on 9 May to vote.",
        "The 3G network went down.",
        "In the 1990s the city grew.",
        "The 2020 Escape is a popular car.",
        "Talks ended two years ago.",
        "Pedro Alves Jr., 55, was charged.",
        "2. Never urged Kyiv to act.",
        "Earlier studies agree [28].",
        "The ID.3 and ID.4 models sold well.",
        "Engineers tried to zero in on the fault.",
        "The Boeing 787 Dreamliner was grounded.",
        "The target for the year 2000 was dropped.",
        "Turnout among 18- to 24-year-old voters fell.",
        "He tweeted at three o’clock in the morning.",
        "A comparison on Zero Hedge went viral.",
        "The post id 1474387200 leaked.",
    ])
    func leavesOutWhatIsNoQuantity(text: String) {
        #expect(Self.figures(text).isEmpty, "\(text): \(Self.figures(text).map(\.text))")
    }

    @Test func numbersInsideDatesAreTheDatesOwn() throws {
        let article = Self.read("On 6 December 2016, 300 militants surrendered in Aleppo.")
        #expect(article.layers.dates.count == 1)
        let figures = article.layers.quantities
        #expect(figures.count == 1)
        let figure = try #require(figures.first)
        #expect(article.text[figure.span] == "300")
        #expect(figure.value.counts == "militants")
        #expect(figure.value.date == AnnotationID(layer: .dates, index: 0))
        #expect(figure.value.place == nil)
        // A date the syntax does not tie to the figure is left to the figure context reader.
        let apart = Self.read("The report of 6 December 2016 said that in the end 300 militants surrendered.")
        #expect(apart.layers.quantities.first?.value.date == nil)
        let after = Self.read("Some 40 houses flooded on 3 May 2024 in Kassala.")
        #expect(after.layers.quantities.first?.value.date == AnnotationID(layer: .dates, index: 0))
    }

    @Test func oneCountsOnlyWhenItNamesWhatItCounts() {
        #expect(Self.figures("One proposal asks the board to stop.").map(\.value.counts) == ["proposal"])
        #expect(Self.figures("She reused the same one across accounts.").isEmpty)
        #expect(Self.figures("They respect one another.").isEmpty)
    }

    // MARK: votes, scores and changes

    @Test func readsVotesAndScores() throws {
        let vote = try Self.only("The motion passed the Senate 61 to 38 on Thursday.")
        #expect(vote.value.kind == .vote)
        #expect(vote.value.sides == [61, 38])
        #expect(vote.value.low == 38 && vote.value.high == 61)
        let score = try Self.only("Porto beat Benfica 3-1 in Lisbon.")
        #expect(score.value.kind == .score)
        #expect(score.value.sides == [3, 1])
    }

    @Test func readsChanges() throws {
        let rise = try Self.only("The hryvnia rose by 20 percent.")
        #expect(rise.value.kind == .change && rise.value.direction == .up && rise.value.unit == "percent")
        let fall = try Self.only("The Dax fell 0.4 per cent.")
        #expect(fall.value.direction == .down && fall.value.low == 0.4)
        // Money a campaign raised is no change; a rate raised by a margin is.
        #expect(try Self.only("The campaign raised more than $525,000.").value.direction == nil)
        #expect(try Self.only("The bank raised rates by 50 basis points.").value.direction == .up)
        let levels = Self.figures("Bread prices jumped from 240 to 273 pounds, then rose 6.5% to 300 pounds.")
        #expect(levels.map(\.text) == ["from 240 to 273 pounds", "6.5%", "300 pounds"])
        #expect(levels[0].value.sides == [240, 273] && levels[0].value.direction == .up)
        #expect(levels[1].value.direction == .up)
        #expect(levels[2].value.direction == nil)
    }

    // MARK: what is counted, and what happened to it

    @Test func readsTheCountedNounPhrase() {
        let found = Self.figures("The 25,000 Ukrainian soldiers and 1,100 public housing properties, plus 14 first-team players left.")
        #expect(found.map(\.value.counts) == ["Ukrainian soldiers", "public housing properties", "first-team players"])
        #expect(Self.figures("Of the 480 of them, most were local.").first?.value.counts == nil)
        #expect(Self.figures("Two senior officials Monday denied it.").first?.value.counts == "senior officials")
        #expect(Self.figures("Kyiv needs 800,000 local police officers.").first?.value.counts == "local police officers")
        #expect(Self.figures("One senior official Monday denied it.").first?.value.counts == "senior official")
    }

    @Test(arguments: [
        ("Drone strikes killed 300 militants near Bakhmut.", "militants", Quantity.Role.killed) as (String, String?, Quantity.Role),
        ("At least 12 people were killed in Omdurman.", "people", .killed),
        ("Some 5,000 civilians were displaced by the flooding.", "civilians", .displaced),
        ("Police arrested 40 protesters in Tbilisi.", "protesters", .arrested),
        ("Some 300 residents have been evacuated from the valley.", "residents", .evacuated),
        ("The clashes left 17 dead.", nil, .killed),
        ("Officials reported 23 deaths.", "deaths", .killed),
    ])
    func readsCasualtyRoles(text: String, counts: String?, role: Quantity.Role) throws {
        let found = try Self.only(text)
        #expect(found.value.counts == counts)
        #expect(found.value.role == role)
    }

    @Test func aLaterCasualtyFigureSharesTheNounOfTheFirst() {
        let found = Self.figures("Shelling in Kherson left 6 people killed and 19 wounded.")
        #expect(found.map(\.value.counts) == ["people killed", "people"])
        #expect(found.map(\.value.role) == [.killed, .wounded])
        let text = "Shelling in Kherson left 6 people killed and 19 wounded."
        let article = Self.read(text)
        #expect(article.layers.quantities.map { $0.value.countsSpan.map { String(article.text[$0]) } } == ["people killed", "people"])
    }

    // MARK: speed

    @Test func readsInLinearTime() {
        /// The quantity reader alone, on tokens read untimed.
        func reading(_ unit: String) -> (Int) -> () -> Void {
            { n in
                let text = String(repeating: unit, count: n)
                let article = Article(id: "t", contentHash: "t", source: "t.txt", format: .text, text: text,
                                      paragraphs: [Span(start: 0, end: ScalarText(text).count)])
                var document = ReadingDocument(article)
                SentenceReader().read(&document)
                TokenReader().read(&document)
                return {
                    var copy = document
                    QuantityReader().read(&copy)
                }
            }
        }
        // 100,000 numbers in a row (figures each, then one long digit group), and a sentence of a
        // megabyte without punctuation.
        GrowthCheck().expectLinear(base: 25_000, "figures in a row", reading("4,000 "))
        GrowthCheck().expectLinear(base: 25_000, "one digit group", reading("7 "))
        GrowthCheck().expectLinear(base: 4_000, "a megabyte sentence", reading("more than 300 civilians fled the two cities of Kherson and some "))
    }
}
