/// A unit as the reader names it: a normalised name and the kind of figure it makes.
///
///     Units.after.match(tokens, at: i, limit: end)?.value   // "sq / km" → square kilometre, area
///
/// Names are the unit's English name in the singular ("percent", "square kilometre", "US dollar"),
/// the vocabulary of quantity ontologies (and of the NewsQuant gold set), so a figure reads back
/// as "3 square kilometre" and two outlets' "3 sq km" and "three square kilometers" compare equal.
/// A bare "$" is "dollar": which dollar it is the text does not say.
struct QuantityUnit: Sendable, Hashable {
    var name: String
    var kind: Quantity.Kind
    /// Written against the digits only ("1.0l", "164p"): as a separate word it is something else.
    var touching = false
    /// Only in lower case ("5g" grams, but "5G" a network).
    var lowercaseOnly = false
}

enum Units {
    /// Currency written before the figure: "$", "US$", "HK $", "€", "Y=" (yen in wire copy), "EUR".
    static let before = PhraseTable<QuantityUnit>(currencyBefore.map { ($0.0, QuantityUnit(name: $0.1, kind: .money)) })

    /// Units written after the figure, longest first.
    static let after = PhraseTable<QuantityUnit>(
        percents.map { ($0.0, QuantityUnit(name: $0.1, kind: .percent)) }
            + currencyAfter.map { ($0.0, QuantityUnit(name: $0.1, kind: .money)) }
            + areas.map { ($0.0, QuantityUnit(name: $0.1, kind: .area)) }
            + distances.map { ($0.0, QuantityUnit(name: $0.1, kind: .distance)) }
            + durations.map { ($0.0, QuantityUnit(name: $0.1, kind: .duration)) }
            + weights.map { ($0.0, QuantityUnit(name: $0.1, kind: .weight)) }
            + speeds.map { ($0.0, QuantityUnit(name: $0.1, kind: .speed)) }
            + others.map { ($0.0, QuantityUnit(name: $0.1, kind: .other)) }
            + touchingOnly.map { ($0.0, QuantityUnit(name: $0.1, kind: $0.2, touching: true,
                                                     lowercaseOnly: ["g", "t", "p", "pc", "x"].contains($0.0))) })

    /// A unit written as the first part of a hyphenated word: "43.4 percent-owned", "10 mile-long".
    static func hyphenated(_ token: Token) -> QuantityUnit? {
        guard token.kind == .word, let dash = token.norm.firstIndex(of: "-") else { return nil }
        guard let unit = single[String(token.norm[..<dash])], !unit.touching else { return nil }
        return unit
    }

    /// The units written as one token, by that token.
    private static let single: [String: QuantityUnit] = {
        var units: [String: QuantityUnit] = [:]
        let all: [(String, String, Quantity.Kind)] = percents.map { ($0.0, $0.1, .percent) } + distances.map { ($0.0, $0.1, .distance) }
            + durations.map { ($0.0, $0.1, .duration) } + weights.map { ($0.0, $0.1, .weight) }
            + currencyAfter.map { ($0.0, $0.1, .money) }
        for (phrase, name, kind) in all where !phrase.contains(" ") { units[phrase] = QuantityUnit(name: name, kind: kind) }
        return units
    }()

    /// What "per …" or "a …" after a unit divides it by ("$3,500 a month", "$2.11 per gallon").
    static let per = PhraseTable<String>([
        "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week", "month": "month",
        "year": "year", "annum": "year", "night": "night", "game": "game", "share": "share", "head": "head",
        "person": "person", "capita": "person", "barrel": "barrel", "gallon": "gallon", "litre": "litre",
        "liter": "litre", "tonne": "tonne", "ton": "ton", "kilogram": "kilogram", "kg": "kilogram",
        "pound": "pound", "ounce": "ounce", "square foot": "square foot", "sq ft": "square foot",
        "square metre": "square metre", "square meter": "square metre", "sq m": "square metre",
        "kilowatt-hour": "kilowatt hour", "kwh": "kilowatt hour", "mile": "mile", "kilometre": "kilometre",
        "kilometer": "kilometre", "km": "kilometre", "hectare": "hectare", "acre": "acre", "unit": "unit",
    ])

    private static let currencyBefore: [(String, String)] = [
        ("$", "dollar"), ("us $", "US dollar"), ("u.s. $", "US dollar"), ("usd", "US dollar"),
        ("a $", "Australian dollar"), ("au $", "Australian dollar"), ("aud", "Australian dollar"),
        ("c $", "Canadian dollar"), ("ca $", "Canadian dollar"), ("cad", "Canadian dollar"),
        ("nz $", "New Zealand dollar"), ("nzd", "New Zealand dollar"), ("hk $", "Hong Kong dollar"),
        ("hkd", "Hong Kong dollar"), ("s $", "Singapore dollar"), ("sgd", "Singapore dollar"),
        ("€", "euro"), ("eur", "euro"), ("£", "pound sterling"), ("gbp", "pound sterling"), ("¥", "yen"),
        ("y =", "yen"), ("jpy", "yen"), ("cny", "yuan"), ("rmb", "yuan"), ("₹", "rupee"), ("rs", "rupee"),
        ("rs .", "rupee"), ("inr", "rupee"), ("₽", "ruble"), ("rub", "ruble"), ("₩", "won"), ("krw", "won"),
        ("₪", "shekel"), ("nis", "shekel"), ("ils", "shekel"), ("₺", "lira"), ("try", "lira"),
        ("chf", "Swiss franc"), ("rm", "ringgit"), ("₦", "naira"), ("r $", "real"), ("brl", "real"),
        ("sar", "riyal"), ("aed", "dirham"), ("egp", "Egyptian pound"), ("₴", "hryvnia"), ("uah", "hryvnia"),
    ]

    /// Codes that glue onto their digits in wire copy ("$US113", "EUR50m", "RM23.50"); a two-letter
    /// country prefix only after a dollar sign, so "G20" and "US113" alone stay names.
    static let gluedCodes: [String: String] = [
        "us": "US dollar", "usd": "US dollar", "au": "Australian dollar",
        "nz": "New Zealand dollar", "hk": "Hong Kong dollar", "eur": "euro",
        "gbp": "pound sterling", "rm": "ringgit", "rs": "rupee", "inr": "rupee", "chf": "Swiss franc",
        "jpy": "yen", "cny": "yuan", "rmb": "yuan", "nis": "shekel", "aud": "Australian dollar", "cad": "Canadian dollar",
    ]

    private static let percents: [(String, String)] = [
        ("%", "percent"), ("percent", "percent"), ("per cent", "percent"), ("pct", "percent"),
        ("percentage points", "percentage point"), ("percentage point", "percentage point"),
        ("percent points", "percentage point"), ("points percentage", "percentage point"),
        ("basis points", "basis point"), ("basis point", "basis point"), ("bps", "basis point"), ("bp", "basis point"),
    ]

    private static let currencyAfter: [(String, String)] = [
        ("dollars", "dollar"), ("dollar", "dollar"), ("us dollars", "US dollar"), ("u.s. dollars", "US dollar"),
        ("american dollars", "US dollar"), ("australian dollars", "Australian dollar"),
        ("canadian dollars", "Canadian dollar"), ("new zealand dollars", "New Zealand dollar"),
        ("hong kong dollars", "Hong Kong dollar"), ("singapore dollars", "Singapore dollar"),
        ("euros", "euro"), ("euro", "euro"), ("eur", "euro"), ("usd", "US dollar"), ("gbp", "pound sterling"),
        ("jpy", "yen"), ("cny", "yuan"), ("chf", "Swiss franc"), ("aud", "Australian dollar"),
        ("pounds sterling", "pound sterling"), ("sterling", "pound sterling"), ("yen", "yen"), ("yuan", "yuan"),
        ("renminbi", "yuan"), ("rupees", "rupee"), ("rupee", "rupee"), ("roubles", "ruble"), ("rubles", "ruble"),
        ("shekels", "shekel"), ("shekel", "shekel"), ("dinars", "dinar"), ("dinar", "dinar"),
        ("riyals", "riyal"), ("dirhams", "dirham"), ("lira", "lira"), ("liras", "lira"), ("francs", "franc"),
        ("pesos", "peso"), ("rand", "rand"), ("naira", "naira"), ("ringgit", "ringgit"), ("baht", "baht"),
        ("rupiah", "rupiah"), ("hryvnias", "hryvnia"), ("hryvnia", "hryvnia"), ("zloty", "zloty"),
        ("kroner", "krone"), ("kronor", "krona"), ("krona", "krona"), ("pounds", "pound"), ("cents", "cent"),
        ("cent", "cent"), ("pence", "penny"), ("sen", "sen"), ("bitcoins", "bitcoin"), ("bitcoin", "bitcoin"),
        ("btc", "bitcoin"),
    ]

    private static let areas: [(String, String)] = [
        ("sq km", "square kilometre"), ("sq / km", "square kilometre"), ("sq . km", "square kilometre"),
        ("sq.km", "square kilometre"), ("sqkm", "square kilometre"), ("km2", "square kilometre"),
        ("km ²", "square kilometre"), ("square kilometres", "square kilometre"), ("square kilometers", "square kilometre"),
        ("square kilometre", "square kilometre"), ("square kilometer", "square kilometre"), ("square km", "square kilometre"),
        ("sq mi", "square mile"), ("square miles", "square mile"), ("square mile", "square mile"),
        ("sq m", "square metre"), ("sqm", "square metre"), ("m2", "square metre"), ("m ²", "square metre"),
        ("square metres", "square metre"), ("square meters", "square metre"), ("square metre", "square metre"),
        ("square meter", "square metre"), ("sq ft", "square foot"), ("sq . ft", "square foot"), ("sq . ft .", "square foot"),
        ("sqft", "square foot"), ("square feet", "square foot"), ("square foot", "square foot"),
        ("hectares", "hectare"), ("hectare", "hectare"), ("ha", "hectare"), ("acres", "acre"), ("acre", "acre"),
        ("dunums", "dunam"), ("dunams", "dunam"), ("donums", "dunam"),
    ]

    private static let distances: [(String, String)] = [
        ("km", "kilometre"), ("kms", "kilometre"), ("kilometres", "kilometre"), ("kilometers", "kilometre"),
        ("kilometre", "kilometre"), ("kilometer", "kilometre"), ("miles", "mile"), ("mile", "mile"), ("mi", "mile"),
        ("nautical miles", "nautical mile"), ("metres", "metre"), ("meters", "metre"), ("metre", "metre"),
        ("meter", "metre"), ("m", "metre"), ("cm", "centimetre"), ("centimetres", "centimetre"),
        ("centimeters", "centimetre"), ("mm", "millimetre"), ("millimetres", "millimetre"), ("millimeters", "millimetre"),
        ("millimetre", "millimetre"), ("millimeter", "millimetre"), ("μm", "micrometre"), ("µm", "micrometre"),
        ("microns", "micrometre"), ("micrometres", "micrometre"), ("nanometres", "nanometre"), ("nanometers", "nanometre"),
        ("nanometer", "nanometre"), ("nm", "nanometre"), ("yards", "yard"), ("yard", "yard"), ("yds", "yard"),
        ("feet", "foot"), ("foot", "foot"), ("ft", "foot"), ("inches", "inch"), ("inch", "inch"), ("″", "inch"),
("light years", "light year"), ("light-years", "light year"),
    ]

    private static let durations: [(String, String)] = [
        ("seconds", "second"), ("second", "second"), ("secs", "second"), ("minutes", "minute"), ("minute", "minute"),
        ("mins", "minute"), ("hours", "hour"), ("hour", "hour"), ("hrs", "hour"), ("days", "day"), ("day", "day"),
        ("nights", "night"), ("weeks", "week"), ("week", "week"), ("months", "month"), ("month", "month"),
        ("years", "year"), ("year", "year"), ("yrs", "year"), ("decades", "decade"), ("decade", "decade"),
        ("centuries", "century"), ("century", "century"), ("millennia", "millennium"),
    ]

    private static let weights: [(String, String)] = [
        ("kg", "kilogram"), ("kgs", "kilogram"), ("kilograms", "kilogram"), ("kilogrammes", "kilogram"),
        ("kilogram", "kilogram"), ("kilos", "kilogram"), ("grams", "gram"), ("gram", "gram"), ("mg", "milligram"),
        ("milligrams", "milligram"), ("tonnes", "tonne"), ("tonne", "tonne"), ("metric tons", "tonne"),
        ("tons", "ton"), ("ton", "ton"), ("pound", "pound"), ("lbs", "pound"), ("lb", "pound"), ("ounces", "ounce"),
        ("ounce", "ounce"), ("oz", "ounce"), ("carats", "carat"),
    ]

    private static let speeds: [(String, String)] = [
        ("mph", "mile per hour"), ("m.p.h.", "mile per hour"), ("miles per hour", "mile per hour"),
        ("miles an hour", "mile per hour"), ("km / h", "kilometre per hour"), ("km / hr", "kilometre per hour"),
        ("kph", "kilometre per hour"), ("kmh", "kilometre per hour"), ("kmph", "kilometre per hour"),
        ("kilometres per hour", "kilometre per hour"), ("kilometers per hour", "kilometre per hour"),
        ("kilometres an hour", "kilometre per hour"), ("kilometers an hour", "kilometre per hour"),
        ("knots", "knot"), ("metres per second", "metre per second"), ("meters per second", "metre per second"),
        ("m / s", "metre per second"), ("mpg", "mile per gallon"), ("miles per gallon", "mile per gallon"),
    ]

    private static let others: [(String, String)] = [
        ("litres", "litre"), ("liters", "litre"), ("litre", "litre"), ("liter", "litre"), ("ml", "millilitre"),
        ("millilitres", "millilitre"), ("gallons", "gallon"), ("gallon", "gallon"), ("barrels", "barrel"),
        ("barrel", "barrel"), ("bpd", "barrel per day"), ("cubic feet", "cubic foot"), ("cubic metres", "cubic metre"),
        ("cubic meters", "cubic metre"), ("bcm", "billion cubic metre"), ("pints", "pint"), ("pint", "pint"),
        ("quarts", "quart"), ("quart", "quart"),
        ("kw", "kilowatt"), ("kilowatts", "kilowatt"), ("mw", "megawatt"), ("megawatts", "megawatt"),
        ("gw", "gigawatt"), ("gigawatts", "gigawatt"), ("kwh", "kilowatt hour"), ("mwh", "megawatt hour"),
        ("gwh", "gigawatt hour"), ("twh", "terawatt hour"), ("watts", "watt"), ("volts", "volt"), ("kv", "kilovolt"),
        ("hp", "horsepower"), ("bhp", "brake horsepower"), ("horsepower", "horsepower"), ("mah", "milliampere hour"),
        ("gb", "gigabyte"), ("tb", "terabyte"), ("mb", "megabyte"), ("kb", "kilobyte"), ("gigabytes", "gigabyte"),
        ("terabytes", "terabyte"), ("megabytes", "megabyte"), ("mbps", "megabit per second"),
        ("gbps", "gigabit per second"), ("hz", "hertz"), ("khz", "kilohertz"), ("mhz", "megahertz"),
        ("ghz", "gigahertz"), ("db", "decibel"), ("decibels", "decibel"), ("ppm", "part per million"),
        ("ppb", "part per billion"), ("gpa", "gigapascal"), ("gigapascals", "gigapascal"), ("ksi", "kilopound per square inch"),
        ("calories", "calorie"), ("kcal", "kilocalorie"), ("°", "degree"), ("° c", "degree Celsius"),
        ("° f", "degree Fahrenheit"), ("°c", "degree Celsius"), ("°f", "degree Fahrenheit"), ("degf", "degree Fahrenheit"),
        ("degc", "degree Celsius"), ("deg c", "degree Celsius"), ("deg f", "degree Fahrenheit"),
        ("degrees celsius", "degree Celsius"), ("degrees centigrade", "degree Celsius"),
        ("degrees fahrenheit", "degree Fahrenheit"), ("degrees c", "degree Celsius"), ("degrees f", "degree Fahrenheit"),
        ("degree celsius", "degree Celsius"), ("degree fahrenheit", "degree Fahrenheit"),
        ("degrees", "degree"), ("degree", "degree"), ("megatons", "megaton"), ("kilotons", "kiloton"),
    ]

    private static let touchingOnly: [(String, String, Quantity.Kind)] = [
        ("l", "litre", .other), ("g", "gram", .weight), ("t", "tonne", .weight), ("p", "penny", .money),
        ("pc", "percent", .percent), ("v", "volt", .other), ("w", "watt", .other), ("c", "degree Celsius", .other),
        ("f", "degree Fahrenheit", .other), ("x", "times", .other),
    ]
}
