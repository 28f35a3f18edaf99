package extract_test

import (
	"errors"
	"testing"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/google/go-cmp/cmp"

	"govwatch/extract"
)

func TestCanonical(t *testing.T) {
	tests := []struct {
		in, want string
		wantErr  bool
	}{
		{in: "HTTP://Kavar.Gov.IR:80/News/ShowNews.aspx?Code=1#top", want: "http://kavar.gov.ir/News/ShowNews.aspx?Code=1"},
		{in: "https://behdasht.gov.ir:443/index.jsp?siteid=1&fkeyid=&siteid=1&pageid=54782&newsview=174188",
			want: "https://behdasht.gov.ir/index.jsp?fkeyid=&newsview=174188&pageid=54782&siteid=1"},
		{in: "http://127.0.0.1:8080", want: "http://127.0.0.1:8080/"},
		{in: "https://example.ir:80/a", want: "https://example.ir:80/a"},
		{in: "http://example.ir/a/../b/%D8%A7?b=2&a=1&b=1", want: "http://example.ir/a/../b/%D8%A7?a=1&b=1&b=2"},
		{in: "ftp://example.ir/x", wantErr: true},
		{in: "/relative/path", wantErr: true},
		{in: "mailto:a@b.ir", wantErr: true},
		{in: "http://[::1", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := extract.Canonical(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Canonical(%q) err = %v, wantErr %v", tt.in, err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if err == nil {
				again, _ := extract.Canonical(got)
				if again != got {
					t.Errorf("not idempotent: %q -> %q", got, again)
				}
			}
		})
	}
}

func TestConfigValidate(t *testing.T) {
	if err := extract.DefaultConfig().Validate(); err != nil {
		t.Fatalf("default config invalid: %v", err)
	}
	tests := []struct {
		name   string
		mutate func(*extract.Config)
		field  string
		want   error
	}{
		{"no user agent", func(c *extract.Config) { c.UserAgent = " " }, "user_agent", extract.ErrRequired},
		{"zero timeout", func(c *extract.Config) { c.Timeout = 0 }, "timeout", extract.ErrOutOfRange},
		{"negative body cap", func(c *extract.Config) { c.MaxBodyBytes = -1 }, "max_body_bytes", extract.ErrOutOfRange},
		{"zero rate", func(c *extract.Config) { c.Rate = 0 }, "rate", extract.ErrOutOfRange},
		{"zero concurrency", func(c *extract.Config) { c.Concurrency = 0 }, "concurrency", extract.ErrOutOfRange},
		{"backoff max below base", func(c *extract.Config) { c.BackoffMax = time.Millisecond }, "backoff_max", extract.ErrOutOfRange},
		{"tiny archive files", func(c *extract.Config) { c.ArchiveDir = "x"; c.ArchiveMaxBytes = 10 }, "archive_max_bytes", extract.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := extract.DefaultConfig()
			tt.mutate(&c)
			err := c.Validate()
			var ce *extract.ConfigError
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want *ConfigError", err)
			}
			if ce.Field != tt.field || !errors.Is(err, tt.want) {
				t.Errorf("got field %q err %v, want field %q wrapping %v", ce.Field, err, tt.field, tt.want)
			}
		})
	}
}

func TestConfigYAML(t *testing.T) {
	src := `
user_agent: "govwatch-test/1"
timeout: 1500ms
max_body_bytes: 1048576
rate: 0.5
respect_robots: false
backoff_max: 1m
`
	c := extract.DefaultConfig()
	if err := yaml.UnmarshalWithOptions([]byte(src), &c, yaml.Strict()); err != nil {
		t.Fatal(err)
	}
	want := extract.DefaultConfig()
	want.UserAgent = "govwatch-test/1"
	want.Timeout = 1500 * time.Millisecond
	want.MaxBodyBytes = 1 << 20
	want.Rate = 0.5
	want.RespectRobots = false
	want.BackoffMax = time.Minute
	if diff := cmp.Diff(want, c); diff != "" {
		t.Errorf("decoded config (-want +got):\n%s", diff)
	}
	if err := yaml.UnmarshalWithOptions([]byte("tiemout: 1s\n"), &c, yaml.Strict()); err == nil {
		t.Error("unknown key accepted")
	}
}

func TestSourceValidate(t *testing.T) {
	profiles := extract.BuiltinProfiles()
	ok := extract.Source{ID: "kavar", StartURLs: []string{"http://127.0.0.1:8080/kavar/News/List.aspx?page=1"}}
	if err := ok.Validate(profiles); err != nil {
		t.Fatalf("valid source: %v", err)
	}
	if diff := cmp.Diff([]string{"127.0.0.1:8080"}, ok.Hosts()); diff != "" {
		t.Errorf("Hosts (-want +got):\n%s", diff)
	}
	tests := []struct {
		name  string
		src   extract.Source
		field string
		want  error
	}{
		{"no id", extract.Source{StartURLs: ok.StartURLs}, "id", extract.ErrRequired},
		{"no start urls", extract.Source{ID: "a"}, "start_urls", extract.ErrRequired},
		{"relative start url", extract.Source{ID: "a", StartURLs: []string{"/news"}, AllowedHosts: []string{"a.ir"}}, "start_urls[0]", extract.ErrBadURL},
		{"start url off the allowed hosts", extract.Source{ID: "a", StartURLs: []string{"http://b.ir/"}, AllowedHosts: []string{"a.ir"}}, "start_urls[0]", extract.ErrHostNotAllowed},
		{"unknown profile", extract.Source{ID: "a", StartURLs: ok.StartURLs, Profile: "nope"}, "profile", extract.ErrUnknownProfile},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.src.Validate(profiles)
			var ce *extract.ConfigError
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want *ConfigError", err)
			}
			if ce.Field != tt.field || !errors.Is(err, tt.want) {
				t.Errorf("got field %q err %v, want field %q wrapping %v", ce.Field, err, tt.field, tt.want)
			}
		})
	}
}

func TestProfileValidate(t *testing.T) {
	for name, p := range extract.BuiltinProfiles() {
		t.Run(name, func(t *testing.T) {
			if err := p.Validate(); err != nil {
				t.Errorf("builtin profile invalid: %v", err)
			}
			if p.Name != name {
				t.Errorf("profile %q has Name %q", name, p.Name)
			}
		})
	}
	bad := extract.BuiltinProfiles()["iran_gov_cms"]
	bad.Article.Title = "div[["
	bad.Article.Body = ""
	bad.DefaultCharset = "klingon"
	err := bad.Validate()
	for _, want := range []error{extract.ErrBadSelector, extract.ErrRequired, extract.ErrUnknownCharset} {
		if !errors.Is(err, want) {
			t.Errorf("Validate() = %v, want it to wrap %v", err, want)
		}
	}
}
