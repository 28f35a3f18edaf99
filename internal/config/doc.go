// Package config loads govwatch's one YAML configuration file.
//
// Loading follows a fixed order: DefaultConfig, a strict decode in which unknown keys
// are errors, explicit ${VAR} expansion in the few fields that may hold secrets or
// paths, and Validate. Every error names the file, the line and the field, so an
// operator can go straight to the mistake. Each package owns the struct of its own
// section (extract.Config, extract.Source, extract.Profile, schedules.Job); this
// package composes them and knows where they sit in the file.
package config
