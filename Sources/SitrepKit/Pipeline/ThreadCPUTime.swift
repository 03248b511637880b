#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The calling thread's CPU time: what stage timings add up, and what the tests' growth checks
/// compare. On a shared machine a document's wall time includes the time its thread waited for a
/// core, which grows with the neighbours' load, not with the work.
///
///     let started = ThreadCPUTime.now
///     work()                                  // on this thread only
///     let spent = ThreadCPUTime.now - started
public enum ThreadCPUTime {
    public static var now: Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }
}
