//! Links taken from metadata.

use leptos::prelude::*;

/// True for a URL that is safe to make clickable: only `http:` and
/// `https:`, so metadata can never smuggle in `javascript:` or `data:`.
pub fn is_web_url(url: &str) -> bool {
    let url = url.trim_start();
    let scheme = url.split(':').next().unwrap_or("").to_ascii_lowercase();
    (scheme == "http" || scheme == "https") && url.contains("://")
}

/// A link to `url` when it is a web address, otherwise the address as
/// plain text. External links name themselves in full.
#[component]
pub fn SafeLink(
    /// The address from the metadata.
    url: String,
) -> impl IntoView {
    if is_web_url(&url) {
        let href = url.trim().to_string();
        view! {
            <a class="ds-link" href=href rel="noopener noreferrer external">
                {url}
            </a>
        }
        .into_any()
    } else {
        view! { <span class="unsafe-url">{url}</span> }.into_any()
    }
}

/// An e-mail link, when the address looks like one.
#[component]
pub fn MailLink(
    /// The address from the metadata, with or without `mailto:`.
    email: String,
) -> impl IntoView {
    let address = email.trim().trim_start_matches("mailto:").to_string();
    let plausible = address.contains('@')
        && !address
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"'?&/\\".contains(c));
    if plausible {
        let href = format!("mailto:{address}");
        view! {
            <a class="ds-link" href=href>
                {address}
            </a>
        }
        .into_any()
    } else {
        view! { <span>{email}</span> }.into_any()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_urls_are_links() {
        let cases = [
            ("https://example.no/x", true),
            ("HTTP://example.no", true),
            ("  https://a.b", true),
            ("javascript:alert(1)", false),
            ("JaVaScRiPt:alert(1)", false),
            ("data:text/html,<script>", false),
            ("//evil.example", false),
            ("ftp://example.no", false),
            ("https:evil", false),
            ("", false),
        ];
        for (url, web) in cases {
            assert_eq!(is_web_url(url), web, "{url}");
        }
    }
}
