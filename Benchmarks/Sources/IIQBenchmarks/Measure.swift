import Foundation

/// Timing and memory readings.
enum Measure {
    /// The median wall time of each of `bodies`, run in turns (one round runs each once) after one
    /// warm-up round, so drift in the machine's speed falls on all of them alike.
    static func interleavedMedians(runs: Int, _ bodies: [() async throws -> Void]) async throws -> [Duration] {
        for body in bodies { try await body() }
        var times = Array(repeating: [Duration](), count: bodies.count)
        for _ in 0..<runs {
            for (index, body) in bodies.enumerated() {
                let start = ContinuousClock.now
                try await body()
                times[index].append(ContinuousClock.now - start)
            }
        }
        return times.map { $0.sorted()[runs / 2] }
    }

    /// Like ``interleavedMedians(runs:_:)``, with the median process CPU time of each body beside
    /// its wall time: a decode that waits on nothing should spend one in the other. `warmUp: false`
    /// skips the warm-up round, for bodies that mostly wait.
    static func interleavedMediansWithCPU(runs: Int, warmUp: Bool = true, _ bodies: [() async throws -> Void])
        async throws
        -> [(wall: Duration, cpu: Duration)]
    {
        if warmUp { for body in bodies { try await body() } }
        var walls = Array(repeating: [Duration](), count: bodies.count)
        var cpus = Array(repeating: [Duration](), count: bodies.count)
        for _ in 0..<runs {
            for (index, body) in bodies.enumerated() {
                let cpuStart = processCPUTime()
                let start = ContinuousClock.now
                try await body()
                walls[index].append(ContinuousClock.now - start)
                cpus[index].append(processCPUTime() - cpuStart)
            }
        }
        return zip(walls, cpus).map { ($0.sorted()[runs / 2], $1.sorted()[runs / 2]) }
    }

    /// CPU time this process has used, all threads.
    static func processCPUTime() -> Duration {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return .seconds(Int64(spec.tv_sec)) + .nanoseconds(Int64(spec.tv_nsec))
    }

    /// Peak resident memory of this process (VmHWM), in bytes; nil where /proc is missing.
    static func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return line.split(separator: " ").compactMap { Int($0) }.first.map { $0 * 1024 }
    }
}

extension Duration {
    var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }
    var microseconds: Double { milliseconds * 1000 }
}

/// The machine and build, for the report's header.
enum Machine {
    static var description: String {
        let cpu =
            (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        #if DEBUG
            let configuration = "debug (figures are not meaningful: run with -c release)"
        #else
            let configuration = "release"
        #endif
        return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, "
            + "\(ProcessInfo.processInfo.physicalMemory >> 30) GiB; \(ProcessInfo.processInfo.operatingSystemVersionString); "
            + "build: \(configuration)"
    }
}
