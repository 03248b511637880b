import Testing
@testable import SitrepKit

/// Reads `text` as one paragraph of an article published on `published` (a Wednesday,
/// 2016-12-07, unless told), and returns its dates.
func readDates(_ text: String, published: String? = "2016-12-07", language: String? = nil, setAside: [String] = []) -> Article {
    let article = Article(id: "t", contentHash: "t", source: "test.txt", format: .text,
                          published: published.map { PublicationDate(value: $0, source: .container, reliable: true) },
                          language: language, text: text, paragraphs: [Span(start: 0, end: text.unicodeScalars.count)])
    return ReadingStage.standard.read(article, setAside: setAside)
}

/// Each date as "text=value".
func dateValues(_ text: String, published: String? = "2016-12-07", language: String? = nil) -> [String] {
    let article = readDates(text, published: published, language: language)
    return article.layers.dates.map { "\(article.text[$0.span])=\($0.value.value)" }
}

@Suite struct AbsoluteDateTests {
    @Test func fullDatesMonthsAndYears() {
        #expect(dateValues("The ceasefire in Yemen began on April 10, 2016, and collapsed in August 2016.")
                == ["April 10, 2016=2016-04-10", "August 2016=2016-08"])
        #expect(dateValues("Voters in Gambia went to the polls on 1 December 2016.") == ["1 December 2016=2016-12-01"])
        #expect(dateValues("The tribunal was set up in 1993 and closed in 2017.") == ["1993=1993", "2017=2017"])
        #expect(dateValues("Results were posted at 2016-11-09 on the commission's site.") == ["2016-11-09=2016-11-09"])
    }

    @Test func precisionIsTheText() {
        let article = readDates("Mosul fell in June 2014; the offensive to retake it began on 17 October 2016.")
        #expect(article.layers.dates.map(\.value.precision) == [.month, .day])
        #expect(article.layers.dates.map(\.value.relative) == [false, false])
        #expect(article.layers.dates.map(\.value.anchor) == [nil, nil])
    }

    @Test func timeOfDayIsKept() {
        let article = readDates("Polls closed on Nov 8, 7PM ET, in most eastern states.")
        #expect(article.layers.dates.first?.value.value == "2016-11-08")
        #expect(article.layers.dates.first?.value.time == "19:00 ET")
        let court = readDates("The verdict is due at 10:30 GMT on Thursday.")
        #expect(court.layers.dates.first.map { String(court.text[$0.span]) } == "10:30 GMT on Thursday")
        #expect(court.layers.dates.first?.value.time == "10:30 GMT")
        #expect(court.layers.dates.first?.value.value == "2016-12-08")
    }

    @Test func numericDatesFollowTheOutletsLocale() {
        let text = "The referendum was held on 11/12/2016 across the country."
        #expect(dateValues(text, language: "en-US") == ["11/12/2016=2016-11-12"])
        #expect(dateValues(text, language: "en-GB") == ["11/12/2016=2016-12-11"])
        #expect(dateValues(text, language: "fr") == ["11/12/2016=2016-12-11"])
        // Plain English or no language: either order is possible, so it is left alone.
        #expect(dateValues(text, language: "en").isEmpty)
        #expect(dateValues(text).isEmpty)
        // A day above 12 cannot be misread.
        #expect(dateValues("Flooding began on 25/11/2016 in the delta.") == ["25/11/2016=2016-11-25"])
    }

    @Test func decadesCenturiesAndSpansOfYears() {
        #expect(dateValues("The insurgency of the 1990s left 200,000 dead.") == ["1990s=1990/1999"])
        #expect(dateValues("The siege was the longest of the 20th century.") == ["the 20th century=1900/1999"])
        #expect(dateValues("Output grew in 2010-2015 before the sanctions.") == ["2010-2015=2010/2015"])
    }

    @Test func figuresAndNamesAreNoDates() {
        #expect(dateValues("The army sent 2000 troops and 1500 vehicles.").isEmpty)
        #expect(dateValues("Between 1500 and 2000 people fled the floods.").isEmpty)
        #expect(dateValues("Resolution 1973 authorised the no-fly zone.").isEmpty)
        #expect(dateValues("Prime Minister Theresa May said the talks would go on.").isEmpty)
        #expect(dateValues("After the fall of Aleppo, the rebels regrouped.").isEmpty)
        #expect(dateValues("The minister spoke on \"This Week\" about the deal.").isEmpty)
        #expect(dateValues("Flights leave each Thursday and every March.").isEmpty)
        #expect(dateValues("Shops opened early for Black Friday and Good Friday.").isEmpty)
        #expect(dateValues("The prize is awarded in the last weekend of the festival.").isEmpty)
    }
}

@Suite struct RelativeDateTests {
    // Published Wednesday 2016-12-07 unless told.

    @Test func weekdaysInThePastAreTheLastSuchDay() {
        #expect(dateValues("Government troops shelled the district on Monday.") == ["Monday=2016-12-05"])
        #expect(dateValues("On Friday, the court rejected the appeal.") == ["Friday=2016-12-02"])
        // The publication's own weekday is that day.
        #expect(dateValues("The electoral commission announced the results on Wednesday.") == ["Wednesday=2016-12-07"])
    }

    @Test func weekdaysInTheFutureAreTheNextSuchDay() {
        #expect(dateValues("The two delegations will meet on Tuesday in Geneva.") == ["Tuesday=2016-12-13"])
        #expect(dateValues("The striker is expected to return on Saturday.") == ["Saturday=2016-12-10"])
        #expect(dateValues("Parliament is to vote on the budget on Friday.") == ["Friday=2016-12-09"])
        // The verb before the date decides: "said on Monday that … will" is past.
        #expect(dateValues("The mayor said on Monday that the curfew will end.") == ["Monday=2016-12-05"])
    }

    @Test func theVerbBeforeTheDateSetsTheTense() {
        // Scheduled before the date: future; a fronted date goes with the verb after it.
        #expect(dateValues("The squad planned to fly to Lagos on Thursday.") == ["Thursday=2016-12-08"])
        #expect(dateValues("On Monday, the ministry planned to reopen the schools.") == ["Monday=2016-12-05"])
        // A deadline lies ahead even after a past verb.
        #expect(dateValues("The judge adjourned the trial until Monday.") == ["Monday=2016-12-12"])
        // "the armed groups" has no verb in it: the one before it decides.
        #expect(dateValues("Talks will resume with the armed groups on Saturday.") == ["Saturday=2016-12-10"])
        // A weekday in the present is the coming one; a present of reporting tells of the past.
        #expect(dateValues("The final is on Sunday in Doha.") == ["Sunday=2016-12-11"])
        #expect(dateValues("The opposition says Monday was the bloodiest day.") == ["Monday=2016-12-05"])
        // The present perfect tells of the past.
        #expect(dateValues("The victory there in March has shown how fragile the truce is.") == ["March=2016-03"])
        // A present passive: the nearest, either way.
        #expect(dateValues("The appeal is heard in January.") == ["January=2017-01"])
    }

    @Test func lastAndNextWeekdays() {
        #expect(dateValues("The polls opened last Wednesday.") == ["last Wednesday=2016-11-30"])
        #expect(dateValues("The hearing moves to next Monday.") == ["next Monday=2016-12-12"])
    }

    @Test func daysAroundThePublication() {
        #expect(dateValues("Yesterday the match was abandoned; today the league meets; tomorrow it rules.")
                == ["Yesterday=2016-12-06", "today=2016-12-07", "tomorrow=2016-12-08"])
        let night = readDates("Militias fought overnight and again last night.")
        #expect(night.layers.dates.map(\.value.value) == ["2016-12-07", "2016-12-06"])
        #expect(night.layers.dates.map(\.value.modifier) == ["overnight", "night"])
    }

    @Test func weeksMonthsAndYears() {
        #expect(dateValues("Fighting resumed last week.") == ["last week=2016-11-28/2016-12-04"])
        #expect(dateValues("Inflation doubled last month.") == ["last month=2016-11"])
        #expect(dateValues("The party won more seats this year than last year.") == ["this year=2016", "last year=2015"])
        #expect(dateValues("The league expands next year.") == ["next year=2017"])
        #expect(dateValues("Exports fell over the past year.") == ["the past year=2015"])
    }

    @Test func partsOfPeriods() {
        let article = readDates("Talks stalled earlier this month; a deal may come later this week.")
        #expect(article.layers.dates.map(\.value.value) == ["2016-12", "2016-12-05/2016-12-11"])
        #expect(article.layers.dates.map(\.value.modifier) == ["earlier", "later"])
        let siege = readDates("Late on December 6 and early on Wednesday the army advanced.")
        #expect(siege.layers.dates.map(\.value.value) == ["2016-12-06", "2016-12-07"])
        #expect(siege.layers.dates.map(\.value.modifier) == ["late", "early"])
        #expect(dateValues("The drought peaked in late November.") == ["late November=2016-11"])
    }

    @Test func countsFromThePublication() {
        #expect(dateValues("The president was elected three years ago.") == ["three years ago=2013"])
        #expect(dateValues("The mine collapsed two months ago.") == ["two months ago=2016-10"])
        #expect(dateValues("The suspect vanished 11 days ago.") == ["11 days ago=2016-11-26"])
    }

    @Test func aDayWithoutItsYearIsTheNearestOneOnTheTensesSide() {
        // Past: the nearest December 20 before the anchor is last year's.
        #expect(dateValues("The plant closed on December 20.", published: "2017-01-10") == ["December 20=2016-12-20"])
        // Future: the next one.
        #expect(dateValues("The treaty will take effect on January 5.", published: "2016-12-07") == ["January 5=2017-01-05"])
        // No tense: the nearest either way.
        #expect(dateValues("The dividend is payable Jan. 3 to holders of record.", published: "2016-12-07")
                == ["Jan. 3=2017-01-03"])
        // A day of the publication's month keeps its year.
        #expect(dateValues("The deadline was extended to December 20.") == ["December 20=2016-12-20"])
        #expect(dateValues("He was shot dead last Oct. 23 at his home.") == ["last Oct. 23=2016-10-23"])
    }

    @Test func aMonthAloneFollowsTheTenseToo() {
        #expect(dateValues("The army retook Palmyra in March.") == ["March=2016-03"])
        #expect(dateValues("The country will hold elections in March.") == ["March=2017-03"])
        #expect(dateValues("Sales fell last April and rose in June last year.") == ["last April=2016-04", "June last year=2015-06"])
    }

    @Test func quartersSeasonsHolidaysAndWeekends() {
        #expect(dateValues("Profit rose 5% in the third quarter.") == ["the third quarter=2016-07/2016-09"])
        #expect(dateValues("The fourth quarter of 2015 was the worst for exports.") == ["The fourth quarter of 2015=2015-10/2015-12"])
        // In a match report a quarter is no date.
        #expect(dateValues("The Lakers scored 30 points in the fourth quarter.").isEmpty)
        #expect(dateValues("The offensive began last summer.") == ["last summer=2016-06/2016-08"])
        #expect(dateValues("The prisoners will be freed on Christmas Day.") == ["Christmas Day=2016-12-25"])
        #expect(dateValues("Turnout on Election Day was high.", published: "2016-11-10") == ["Election Day=2016-11-08"])
        #expect(dateValues("Protests spread over the weekend.") == ["the weekend=2016-12-03/2016-12-04"])
    }

    @Test func rangesOfDays() {
        let article = readDates("Aid convoys entered between 5 and 7 December.")
        #expect(article.layers.dates.map(\.value.value) == ["2016-12-05/2016-12-07"])
        #expect(article.layers.dates.map(\.value.precision) == [.range])
        #expect(dateValues("The summit runs from Monday to Wednesday.") == ["from Monday to Wednesday=2016-12-05/2016-12-07"])
        #expect(dateValues("Both sides fought from 2011 to 2013.") == ["from 2011 to 2013=2011/2013"])
        #expect(dateValues("The festival runs December 5-7 each year.") == ["December 5-7=2016-12-05/2016-12-07"])
    }
}

@Suite struct AnchoredDateTests {
    @Test func countsFromTheDateToldBefore() {
        let article = readDates("The jury retired on March 3, 2015. It returned its verdict the next day. A year earlier, the trial had been delayed.")
        let dates = article.layers.dates
        #expect(dates.map(\.value.value) == ["2015-03-03", "2015-03-04", "2014-03-03"])
        #expect(dates[1].value.anchor == .date(AnnotationID(layer: .dates, index: 0)))
        #expect(dates[2].value.anchor == .date(AnnotationID(layer: .dates, index: 0)))
        #expect(dates[0].value.anchor == nil)
    }

    @Test func laterInTheDayIsTheDayToldOf() {
        #expect(dateValues("The count began on Monday. Later in the day, the first results came in.")
                == ["Monday=2016-12-05", "Later in the day=2016-12-05"])
        let plan = readDates("The merger should close by year end.")
        #expect(plan.layers.dates.map(\.value.value) == ["2016"])
        #expect(plan.layers.dates.map(\.value.modifier) == ["end"])
    }

    @Test func thatDayAndThatYear() {
        #expect(dateValues("The dam broke on 2 May 2012. Earlier that day, engineers had warned. Later that year, it was rebuilt.")
                == ["2 May 2012=2012-05-02", "Earlier that day=2012-05-02", "Later that year=2012"])
    }

    @Test func aReferenceTooCoarseGivesWayToThePublication() {
        // "The previous week" cannot count from a year: it is the week before the publication's.
        #expect(dateValues("The firm was founded in 2010. Its chief resigned the previous week.")
                == ["2010=2010", "the previous week=2016-11-28/2016-12-04"])
    }

    @Test func relativeDatesPointAtThePublication() {
        let article = readDates("The rebels withdrew on Sunday.")
        #expect(article.layers.dates.first?.value.anchor == .publication)
        #expect(article.layers.dates.first?.value.relative == true)
    }

    @Test func undatedArticlesLeaveRelativeDatesOut() {
        #expect(dateValues("The rebels withdrew on Sunday, a year after the siege of 10 May 2015.", published: nil)
                == ["10 May 2015=2015-05-10"])
    }
}

@Suite struct PublicationInferenceTests {
    @Test func aDatedEventReportedAsToday() {
        let text = "Today, 4 March 2018, Italians vote in a general election. Polls close at 11 p.m. tonight."
        let article = readDates(text, published: nil)
        #expect(article.published?.day == "2018-03-04")
        #expect(article.published?.source == .inferred)
        #expect(article.published?.reliable == false)
        #expect(article.published?.evidence.map { String(article.text[$0]) } == "Today, 4 March 2018")
        #expect(article.layers.dates.last?.value.value == "2018-03-04")
    }

    @Test func aDatedCaptionOnTheWeekdayTheNewsHappened() {
        let text = "Police fired tear gas at protesters on Saturday, witnesses said. The crowds dispersed on Saturday night."
        let article = readDates(text, published: nil, setAside: ["Protesters run from tear gas in the capital, November 19, 2016. REUTERS/Staff"])
        // 2016-11-19 was a Saturday.
        #expect(article.published?.day == "2016-11-19")
        #expect(article.published?.isInferred == true)
        #expect(article.published?.evidence.map { String(article.text[$0]) } == "Saturday")
        #expect(article.layers.dates.map(\.value.value) == ["2016-11-19", "2016-11-19"])
    }

    @Test func aDateInTheBodyOnItsWeekday() {
        let text = "The verdict came on Thursday. Judges had heard the case on Thursday, 9 February 2017, in The Hague."
        let article = readDates(text, published: nil)
        #expect(article.published?.day == "2017-02-09")
        #expect(article.layers.dates.first?.value.value == "2017-02-09")
    }

    @Test func aDateInTheBodyAloneDatesNothing() {
        #expect(readDates("The war began on 24 February 2022 and still goes on.", published: nil).published == nil)
    }

    @Test func aDeclaredDateIsNeverReplaced() {
        let text = "Today, 4 March 2018, Italians vote."
        let article = readDates(text, published: "2018-03-05")
        #expect(article.published?.day == "2018-03-05")
        #expect(article.published?.source == .container)
    }
}
