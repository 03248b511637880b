// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Sitrep",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "SitrepKit", targets: ["SitrepKit"]),
        .executable(name: "sitrep", targets: ["sitrep"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C libraries from Debian, each behind a module map and nothing else.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),

        // The pipeline: ingest → extract → clean → read → corpus → store → report.
        .target(
            name: "SitrepKit",
            dependencies: [
                "CLibXML2",
                "CZlib",
                "CCrypto",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Resources/Gazetteer")]
        ),
        .executableTarget(
            name: "sitrep",
            dependencies: [
                "SitrepKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SitrepKitTests",
            dependencies: ["SitrepKit", "sitrep"]
        ),
    ]
)
