package pipeline

// Attribute keys used in structured logs across govwatch.
const (
	KeyRunID  = "run_id"
	KeyJob    = "job"
	KeyStage  = "stage"
	KeyTarget = "target"
	KeyURL    = "url"
	KeyDocID  = "doc_id"
	KeyCause  = "cause"
	KeySource = "source"
)
