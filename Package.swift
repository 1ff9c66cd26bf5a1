// swift-tools-version: 6.2
import PackageDescription

let strictSwift6: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Accord",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "accord", targets: ["AccordCLI"]),
        .library(name: "AccordCore", targets: ["AccordCore"]),
        .library(name: "BusinessTime", targets: ["BusinessTime"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        // MARK: - Pure domain
        .target(name: "AccordCore", swiftSettings: strictSwift6),
        .target(name: "BusinessTime", swiftSettings: strictSwift6),

        // MARK: - Pure logic
        .target(
            name: "AccordLedger",
            dependencies: ["AccordCore", "BusinessTime", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSwift6
        ),
        .target(
            name: "AccordMapping",
            dependencies: ["AccordCore", "CLibXML2", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSwift6
        ),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "AccordFederation", dependencies: ["AccordCore"], swiftSettings: strictSwift6),
        .target(name: "AccordReconciliation", dependencies: ["AccordCore", "AccordLedger", "BusinessTime", "AccordMapping"], swiftSettings: strictSwift6),

        // MARK: - Connectors (webhooks, inbox processing)
        .target(
            name: "AccordConnectors",
            dependencies: [
                "AccordCore", "AccordMapping",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSwift6
        ),

        // MARK: - Configuration (YAML → validated domain values)
        .target(
            name: "AccordConfig",
            dependencies: ["AccordCore", "BusinessTime", "AccordFederation", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSwift6
        ),

        // MARK: - Business-time queries (RFC 3339 instants, `accord time` requests)
        .target(
            name: "AccordTime",
            dependencies: ["BusinessTime", "AccordConfig"],
            swiftSettings: strictSwift6
        ),

        // MARK: - Storage
        .target(
            name: "AccordStoreSQLite",
            dependencies: ["AccordCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSwift6
        ),

        // MARK: - Composition root and HTTP
        .target(
            name: "AccordServer",
            dependencies: [
                "AccordCore", "AccordConfig", "AccordStoreSQLite", "BusinessTime", "AccordLedger", "AccordConnectors", "AccordMapping", "AccordFederation", "AccordReconciliation",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("OpenAPI/accord-openapi.json")],
            swiftSettings: strictSwift6
        ),
        // MARK: - `accord demo`: simulated supplier systems and a synthetic month
        .target(
            name: "AccordDemo",
            dependencies: [
                "AccordCore", "AccordConfig", "AccordConnectors", "AccordMapping", "AccordReconciliation", "AccordServer", "AccordStoreSQLite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSwift6
        ),
        .executableTarget(
            name: "AccordCLI",
            dependencies: [
                "AccordDemo", "AccordServer", "AccordConfig", "AccordCore", "AccordTime", "AccordMapping", "AccordLedger", "AccordStoreSQLite", "AccordFederation", "AccordReconciliation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSwift6
        ),

        // MARK: - Benchmarks (`swift run -c release AccordBenchmarks [mapping|cmdb|webhooks]`)
        .executableTarget(
            name: "AccordBenchmarks",
            dependencies: [
                "BusinessTime", "AccordMapping", "AccordFederation", "AccordStoreSQLite", "AccordServer", "AccordConfig", "AccordConnectors", "AccordReconciliation", "AccordLedger", "AccordCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/AccordBenchmarks"
        ),

        // MARK: - Test support and tests
        .target(
            name: "AccordTestSupport",
            dependencies: ["AccordCore", "AccordStoreSQLite", "AccordConfig", "BusinessTime"],
            swiftSettings: strictSwift6
        ),
        .testTarget(name: "AccordCoreTests", dependencies: ["AccordCore", "AccordTestSupport"], swiftSettings: strictSwift6),
        .testTarget(name: "BusinessTimeTests", dependencies: ["BusinessTime"], swiftSettings: strictSwift6),
        .testTarget(name: "AccordTimeTests", dependencies: ["AccordTime", "BusinessTime"], swiftSettings: strictSwift6),
        .testTarget(
            name: "AccordConnectorsTests",
            dependencies: ["AccordConnectors", "AccordCore", "AccordMapping", "AccordTestSupport"],
            swiftSettings: strictSwift6
        ),
        .testTarget(name: "AccordFederationTests", dependencies: ["AccordFederation", "AccordCore", "AccordTestSupport"], swiftSettings: strictSwift6),
        .testTarget(name: "AccordLedgerTests", dependencies: ["AccordLedger", "AccordCore", "BusinessTime", "AccordTestSupport"], swiftSettings: strictSwift6),
        .testTarget(
            name: "AccordReconciliationTests",
            dependencies: ["AccordReconciliation", "AccordLedger", "AccordCore", "BusinessTime", "AccordTestSupport"],
            swiftSettings: strictSwift6
        ),
        .testTarget(name: "AccordMappingTests", dependencies: ["AccordMapping", "AccordCore", "AccordTestSupport"], swiftSettings: strictSwift6),
        .testTarget(
            name: "AccordConfigTests",
            dependencies: ["AccordConfig", "AccordCore", "BusinessTime", "AccordTestSupport", "AccordFederation"],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "AccordStoreSQLiteTests",
            dependencies: ["AccordStoreSQLite", "AccordCore", "AccordLedger", "AccordTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "AccordServerTests",
            dependencies: [
                "AccordServer", "AccordTestSupport", "AccordLedger", "AccordConfig", "AccordCore", "BusinessTime", "AccordFederation",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "AccordSyncTests",
            dependencies: [
                "AccordConnectors", "AccordCore", "AccordMapping", "AccordConfig", "AccordStoreSQLite", "AccordTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "AccordDemoTests",
            dependencies: ["AccordDemo", "AccordCore", "AccordConfig", "AccordMapping", "AccordStoreSQLite", "AccordTestSupport"],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "AccordCLITests",
            dependencies: ["AccordCLI", "AccordServer", "AccordConfig", "AccordCore", "AccordStoreSQLite", "AccordTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSwift6
        ),
    ]
)
