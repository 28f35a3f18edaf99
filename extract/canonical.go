package extract

import (
	"fmt"
	"net"
	"net/url"
	"slices"
	"strings"
)

// Canonical returns the canonical form of an absolute http(s) URL, the key
// under which an article is stored: scheme and host lowercased, default
// ports (80 for http, 443 for https) dropped, the fragment dropped, an empty
// path made "/", and the query's key=value pairs sorted with exact
// duplicates removed (portals repeat parameters such as siteid). The path
// and the escaping of each query pair are kept as they are.
func Canonical(rawURL string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return "", fmt.Errorf("canonical url: %w", err)
	}
	return canonicalURL(u)
}

func canonicalURL(u *url.URL) (string, error) {
	c, err := canonical(u)
	if err != nil {
		return "", err
	}
	return c.String(), nil
}

// canonical returns the canonical form of u (see [Canonical]) as a new URL.
func canonical(u *url.URL) (*url.URL, error) {
	scheme := strings.ToLower(u.Scheme)
	if (scheme != "http" && scheme != "https") || u.Host == "" || u.Opaque != "" {
		return nil, fmt.Errorf("canonical url %q: %w", u.String(), ErrBadURL)
	}
	c := &url.URL{
		Scheme:  scheme,
		Host:    normalizeHost(scheme, u.Host),
		Path:    u.Path,
		RawPath: u.RawPath,
	}
	if c.Path == "" {
		c.Path = "/"
		c.RawPath = ""
	}
	if u.RawQuery != "" {
		var pairs []string
		for p := range strings.SplitSeq(u.RawQuery, "&") {
			if p != "" {
				pairs = append(pairs, p)
			}
		}
		slices.Sort(pairs)
		c.RawQuery = strings.Join(slices.Compact(pairs), "&")
	}
	return c, nil
}

// normalizeHost lowercases host and drops the scheme's default port. With
// an empty scheme both 80 and 443 are dropped.
func normalizeHost(scheme, host string) string {
	host = strings.ToLower(strings.TrimSpace(host))
	h, port, err := net.SplitHostPort(host)
	if err != nil {
		return host
	}
	if (port == "80" && scheme != "https") || (port == "443" && scheme != "http") || port == "" {
		if strings.Contains(h, ":") {
			return "[" + h + "]"
		}
		return h
	}
	return host
}
