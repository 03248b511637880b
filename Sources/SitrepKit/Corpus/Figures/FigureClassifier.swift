/// Classes the values of one measure, earliest first (``AlignedFigure/Classification``):
///
/// - disputed: an outlet relays someone's figure and gives its own, incompatible one, in the same
///   article ("UN officials told fairy tales of some 270,000 … the real total could be as low as
///   20,000"): the relayed value is disputed by that outlet;
/// - contradiction: incompatible values from different sources for the same time (within
///   ``sameTimeDays``);
/// - trend: values that differ only between days, with the way they go;
/// - agreement: every value compatible with every other.
///
/// Values are compared as intervals (``FigureBounds``); a fraction is a percentage. Pairs are
/// compared within one article or within a window of days, so a long line-up costs its length
/// times the values of a window, not its square.
struct FigureClassifier {
    var sameTimeDays: Int

    struct Verdict {
        var classification: AlignedFigure.Classification
        var direction: Quantity.Direction?
        /// By value index: the outlet that disputes it.
        var disputedBy: [Int: String]
    }

    func classify(_ values: [MeasuredFigureRecord]) -> Verdict {
        let bounds = values.map { record -> FigureBounds in
            let q = record.figure.quantity
            let scale = q.kind == .fraction ? 100.0 : 1.0
            return FigureBounds(low: q.low * scale, high: q.high * scale, approx: q.approx)
        }
        let days = values.map { $0.day.flatMap(Self.dayNumber) }

        var disputedBy: [Int: String] = [:]
        let byArticle = Dictionary(grouping: values.indices, by: { values[$0].figure.position.article })
        for indices in byArticle.values where indices.count > 1 {
            for i in indices {
                let v = values[i].figure
                guard let outlet = v.position.outlet, let owner = v.owner, owner != outlet else { continue }
                if indices.contains(where: { j in values[j].figure.owner == outlet && !bounds[i].overlaps(bounds[j]) }) {
                    disputedBy[i] = outlet
                }
            }
        }
        if !disputedBy.isEmpty { return Verdict(classification: .disputed, direction: nil, disputedBy: disputedBy) }

        // Dated values in day order (they come sorted), compared within the window.
        let dated = values.indices.filter { days[$0] != nil }
        var contradicts = false, differsAcrossDays = false
        var start = 0
        for (k, i) in dated.enumerated() {
            while days[dated[start]]! < days[i]! - sameTimeDays { start += 1 }
            for j in dated[start..<k] where !bounds[i].overlaps(bounds[j]) {
                if values[i].figure.owner != values[j].figure.owner || values[i].figure.position.article != values[j].figure.position.article {
                    contradicts = true
                }
            }
        }
        if contradicts { return Verdict(classification: .contradiction, direction: nil, disputedBy: [:]) }
        // Across days: compare each day's values with the first day's and with the previous day's.
        let byDay = Dictionary(grouping: dated, by: { days[$0]! })
        let dayOrder = byDay.keys.sorted()
        for (n, day) in dayOrder.enumerated() where n > 0 {
            let previous = byDay[dayOrder[n - 1]]!, first = byDay[dayOrder[0]]!
            if byDay[day]!.contains(where: { i in (previous + first).contains { !bounds[i].overlaps(bounds[$0]) } }) {
                differsAcrossDays = true
                break
            }
        }
        guard differsAcrossDays, let firstDay = dayOrder.first, let lastDay = dayOrder.last else {
            return Verdict(classification: .agreement, direction: nil, disputedBy: [:])
        }
        func mean(_ indices: [Int]) -> Double { indices.map { bounds[$0].middle }.reduce(0, +) / Double(indices.count) }
        let change = mean(byDay[lastDay]!) - mean(byDay[firstDay]!)
        return Verdict(classification: .trend, direction: change == 0 ? nil : (change > 0 ? .up : .down), disputedBy: [:])
    }

    /// A day's number from an ISO value: a day, or the first day of a month or a year.
    static func dayNumber(_ iso: String) -> Int? {
        let parts = iso.prefix(10).split(separator: "-")
        guard let year = parts.first.flatMap({ Int($0) }), parts.first?.count == 4 else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        let day = parts.count > 2 ? Int(parts[2].prefix(2)) ?? 1 : 1
        return CalendarDay.valid(year, month, day)?.dayNumber
    }
}
