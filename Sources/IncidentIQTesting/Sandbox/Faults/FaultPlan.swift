import Foundation
import IncidentIQ

/// The faults scripted on a sandbox, and which one the next request gets.
struct FaultPlan: Sendable {
    private enum Source: Sendable {
        case scripted([IIQSandboxFault])
        case random([IIQSandboxFault], probability: Double, generator: SeededRandom)
    }

    private struct Rule: Sendable {
        var pathPrefix: String
        var method: IIQHTTPMethod?
        var source: Source

        func applies(to path: String, _ method: IIQHTTPMethod) -> Bool {
            (self.method == nil || self.method == method) && path.lowercased().hasPrefix(pathPrefix.lowercased())
        }
    }

    private var rules: [Rule] = []

    mutating func script(_ faults: [IIQSandboxFault], on path: String, method: IIQHTTPMethod?) {
        rules.append(Rule(pathPrefix: Self.normalized(path), method: method, source: .scripted(faults)))
    }

    mutating func randomize(_ faults: [IIQSandboxFault], probability: Double, seed: UInt64, on path: String) {
        guard !faults.isEmpty else { return }
        rules.append(
            Rule(
                pathPrefix: Self.normalized(path), method: nil,
                source: .random(faults, probability: min(max(probability, 0), 1), generator: SeededRandom(seed: seed))))
    }

    mutating func removeAll() { rules.removeAll() }

    /// The fault for a request to `path`, if any; a scripted fault is used up.
    mutating func next(for path: String, _ method: IIQHTTPMethod) -> IIQSandboxFault? {
        for index in rules.indices where rules[index].applies(to: path, method) {
            switch rules[index].source {
            case .scripted(var faults):
                guard !faults.isEmpty else { continue }
                let fault = faults.removeFirst()
                rules[index].source = .scripted(faults)
                return fault
            case .random(let faults, let probability, var generator):
                let roll = generator.chance(probability)
                let fault = generator.pick(faults)
                rules[index].source = .random(faults, probability: probability, generator: generator)
                if roll { return fault }
            }
        }
        return nil
    }

    private static func normalized(_ path: String) -> String {
        path.hasPrefix("/") ? path : "/" + path
    }
}
