import Foundation
import Testing
import SitrepKit

/// Checks that work grows about linearly with its input, by timing it on an input of size `n` and
/// on one of `4n` within one test: linear work takes about 4 times as long on the larger input,
/// quadratic work 16 times. A fixed limit in seconds fails whenever the machine is busy; a ratio
/// of two timings taken side by side does not, since load slows both.
///
///     GrowthCheck().expectLinear(base: 20_000) { n in
///         let page = Array(String(repeating: "<svg>", count: n).utf8)   // built untimed
///         return { _ = ParserGuard.prepared(page) }                      // timed
///     }
///
/// What keeps it steady on a shared machine:
/// - the time is the thread's CPU time, not the wall clock: on a busy machine a run longer than a
///   scheduler slice spends most of its wall time waiting for a core, the longer run the more;
/// - the work runs once before any timing (lazy tables, first-touch memory);
/// - the two sizes are timed in turn, so cache-hungry neighbours slow both alike;
/// - only the best time of each counts, since load only ever adds time;
/// - a run too short to time well is repeated within one timing;
/// - while the ratio is over the limit, rounds go on (up to a count and a time), so a noisy start
///   gets more chances, but real growth never passes.
///
/// Choose `base` so the smaller input takes a few milliseconds: large enough that fixed costs do
/// not hide the growth, small enough that the suite stays quick.
struct GrowthCheck {
    /// How much larger the second input is.
    var factor = 4
    /// The largest ratio accepted: the geometric middle of linear (4) and quadratic (16) growth,
    /// as far from each. `n log n` work gives about 5; the linear checks of this suite, timed on a
    /// 2-core machine under a load of 10, gave 3 to 5.5.
    var limit = 8.0
    /// A larger input done in less than this passes whatever the ratio: such times are mostly
    /// fixed costs and the clock's grain, and work so quick harms no one.
    var floor: Duration = .milliseconds(1)
    /// A single timing is at least this long: quicker work is repeated within it.
    var shortestTiming: Duration = .milliseconds(1)
    var minimumRounds = 3
    /// Rounds stop here, or once this much time has gone into them: enough chances for noise to
    /// clear, without a run of minutes when the work really did go quadratic.
    var maximumRounds = 12
    var patience: Duration = .seconds(4)

    struct Measurement: CustomStringConvertible {
        var base: Int
        var factor: Int
        /// The best time of one run on each input.
        var small: Duration
        var large: Duration
        var rounds: Int

        var ratio: Double { large / max(small, .nanoseconds(1)) }

        var description: String {
            "\(format(ratio))× from n = \(base) to \(base * factor) (best \(milliseconds(small)) → \(milliseconds(large)) ms, \(rounds) rounds)"
        }

        private func format(_ value: Double) -> String { String(format: "%.1f", value) }
        private func milliseconds(_ duration: Duration) -> String { format(duration / .milliseconds(1)) }
    }

    func passes(_ measurement: Measurement) -> Bool {
        measurement.large < floor || measurement.ratio <= limit
    }

    /// Times the work `make` builds for `base` and for `factor × base`; building is not timed.
    func measure(base: Int, _ make: (Int) -> () -> Void) -> Measurement {
        let clock = ContinuousClock()
        let smallWork = make(base)
        let largeWork = make(base * factor)
        // The larger input needs no run of its own to warm up: its first timing is one of several,
        // and only the best counts.
        let warmUp = Self.cpuTime(of: smallWork)
        let repeats = max(1, Int((shortestTiming / max(warmUp, .nanoseconds(1))).rounded(.up)))
        func best(_ work: () -> Void, _ sofar: Duration) -> Duration {
            min(sofar, Self.cpuTime { for _ in 0..<repeats { work() } } / repeats)
        }
        var measurement = Measurement(base: base, factor: factor, small: .seconds(1_000_000), large: .seconds(1_000_000), rounds: 0)
        let started = clock.now
        while measurement.rounds < maximumRounds && (measurement.rounds < minimumRounds || clock.now - started < patience) {
            measurement.small = best(smallWork, measurement.small)
            measurement.large = best(largeWork, measurement.large)
            measurement.rounds += 1
            if measurement.rounds >= minimumRounds && passes(measurement) { break }
        }
        return measurement
    }

    /// The calling thread's CPU time spent in `work`, which must not hand its work to other threads.
    static func cpuTime(of work: () -> Void) -> Duration {
        let start = ThreadCPUTime.now
        work()
        return ThreadCPUTime.now - start
    }

    /// Records an issue when the work on the larger input takes more than `limit` times as long.
    func expectLinear(base: Int, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation,
                      _ make: (Int) -> () -> Void) {
        let measurement = measure(base: base, make)
        #expect(passes(measurement), "linear work grows about \(factor)×, and at most \(limit)× passes\(comment.map { ": \($0.rawValue)" } ?? "")",
                sourceLocation: sourceLocation)
    }
}
