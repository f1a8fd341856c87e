//! The argument table: every accepted and refused form.

use super::*;

fn parsed(args: &[&str]) -> Result<Command, String> {
    parse(args.iter().map(OsString::from)).map_err(|e| e.to_string())
}

fn paths(names: &[&str]) -> Vec<PathBuf> {
    names.iter().map(PathBuf::from).collect()
}

#[test]
fn parses_the_two_commands_and_their_options() {
    let cases: Vec<(&[&str], Result<Command, String>)> = vec![
        (
            &["check", "metadata"],
            Ok(Command::Check {
                inputs: paths(&["metadata"]),
                options: Options::default(),
                format: Format::Text,
            }),
        ),
        (
            &["build", "a.yaml", "--out", "c.json", "b"],
            Ok(Command::Build {
                inputs: paths(&["a.yaml", "b"]),
                out: PathBuf::from("c.json"),
                options: Options::default(),
                stats: false,
                format: Format::Text,
                content: None,
                dcat: DcatFlags::default(),
            }),
        ),
        (
            &["build", "--out=c.json", "--", "--odd.yaml"],
            Ok(Command::Build {
                inputs: paths(&["--odd.yaml"]),
                out: PathBuf::from("c.json"),
                options: Options::default(),
                stats: false,
                format: Format::Text,
                content: None,
                dcat: DcatFlags::default(),
            }),
        ),
        (&["check", "x", "--help"], Ok(Command::Help)),
        (&["-h"], Ok(Command::Help)),
        (&[], Err("no command given".into())),
        (
            &["publish", "x"],
            Err("unknown command \"publish\"; the commands are build and check".into()),
        ),
        (
            &["check"],
            Err("no metadata files or directories given".into()),
        ),
        (
            &["build", "x"],
            Err("build needs --out <catalog.json or dir>".into()),
        ),
        (
            &["build", "x", "--out"],
            Err("--out needs a file or directory name".into()),
        ),
        (
            &["build", "x", "--out="],
            Err("--out needs a file or directory name".into()),
        ),
        (
            &["build", "x", "--out", "a", "--out", "b"],
            Err("--out is given more than once".into()),
        ),
        (
            &["check", "x", "--out", "a"],
            Err("--out is only for build; check writes nothing".into()),
        ),
        (&["check", "-v", "x"], Err("unknown option \"-v\"".into())),
        (
            &["check", "--", "--help"],
            Ok(Command::Check {
                inputs: paths(&["--help"]),
                options: Options::default(),
                format: Format::Text,
            }),
        ),
        (
            &["check", "m", "--provider", "ssb", "--format=json"],
            Ok(Command::Check {
                inputs: paths(&["m"]),
                options: Options {
                    provider: Some("ssb".into()),
                },
                format: Format::Json,
            }),
        ),
        (
            &["build", "m", "--provider=novari-iks", "--out", "c.json"],
            Ok(Command::Build {
                inputs: paths(&["m"]),
                out: PathBuf::from("c.json"),
                options: Options {
                    provider: Some("novari-iks".into()),
                },
                stats: false,
                format: Format::Text,
                content: None,
                dcat: DcatFlags::default(),
            }),
        ),
        (
            &["build", "--stats", "m", "--out", "dist"],
            Ok(Command::Build {
                inputs: paths(&["m"]),
                out: PathBuf::from("dist"),
                options: Options::default(),
                stats: true,
                format: Format::Text,
                content: None,
                dcat: DcatFlags::default(),
            }),
        ),
        (
            &["build", "m", "--out", "dist", "--content", "site"],
            Ok(Command::Build {
                inputs: paths(&["m"]),
                out: PathBuf::from("dist"),
                options: Options::default(),
                stats: false,
                format: Format::Text,
                content: Some(PathBuf::from("site")),
                dcat: DcatFlags::default(),
            }),
        ),
        (
            &["build", "m", "--out", "d", "--content=a", "--content", "b"],
            Err("--content is given more than once".into()),
        ),
        (
            &["check", "m", "--content", "site"],
            Err("--content is only for build".into()),
        ),
        (
            &["check", "m", "--stats"],
            Err("--stats is only for build".into()),
        ),
        (
            &["build", "m", "--out", "d", "--base-url", "https://data.example.no/butikk", "--publisher=921 693 230"],
            Ok(Command::Build {
                inputs: paths(&["m"]),
                out: PathBuf::from("d"),
                options: Options::default(),
                stats: false,
                format: Format::Text,
                content: None,
                dcat: DcatFlags {
                    base_url: ::dcat::BaseUrl::parse("https://data.example.no/butikk/").ok(),
                    publisher: Some("921693230".into()),
                },
            }),
        ),
        (
            &["build", "m", "--out", "d", "--base-url", "javascript:alert(1)"],
            Err("--base-url: the base URL must start with https:// or http://, not \"javascript:alert(1)\"".into()),
        ),
        (
            &["build", "m", "--out", "d", "--publisher", "12345"],
            Err("--publisher needs the nine-digit organisation number of whoever publishes the shop, not \"12345\"".into()),
        ),
        (
            &["build", "m", "--out", "d", "--publisher", "921693230", "--publisher=921693230"],
            Err("--publisher is given more than once".into()),
        ),
        (
            &["check", "m", "--base-url", "https://a.no/"],
            Err("--base-url and --publisher are only for build".into()),
        ),
        (
            &["check", "m", "--dcat"],
            Err("unknown option \"--dcat\"".into()),
        ),
        (
            &["check", "m", "--provider", "Novari IKS"],
            Err("--provider needs a provider id such as ssb or novari-iks (lowercase letters, digits and -), not \"Novari IKS\"".into()),
        ),
        (&["check", "m", "--provider"], Err("--provider needs a provider id".into())),
        (
            &["check", "m", "--format", "xml"],
            Err("--format is text or json, not \"xml\"".into()),
        ),
        (
            &["build", "m", "--out", "c", "--format", "json"],
            Ok(Command::Build {
                inputs: paths(&["m"]),
                out: PathBuf::from("c"),
                options: Options::default(),
                stats: false,
                format: Format::Json,
                content: None,
                dcat: DcatFlags::default(),
            }),
        ),
        (
            &["build", "m", "--out", "c", "--format=json", "--stats"],
            Err("--stats prints text and cannot be combined with --format json".into()),
        ),
        (&["--version"], Ok(Command::Version)),
        (&["check", "m", "-V"], Ok(Command::Version)),
        (&["-V", "--help"], Ok(Command::Help)),
    ];
    for (args, expected) in cases {
        assert_eq!(parsed(args), expected, "{args:?}");
    }
}
