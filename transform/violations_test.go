package transform

import "testing"

// violationWordSets are the word sets the violation rules look up;
// TestWordSets checks that each one is in lexicons/words_violations.tsv.
var violationWordSets = []wordSet{
	setIndividual, setObligation, setTraining, setSubgroup, setLead, setGenericOffice, setOfficeRef,
	setPastVerb, setParticiple, setPresentStem, setNegatedPast, setCopula, setSubjunctive,
	setAuthority, setNear, setClassifier, setCountWord,
	setAgenda, setAgendaGap, setNegation, setNegatedVerb, setCaseFiled, setSentenced, setMoney,
	setFutureAux, setGeneralRule, setCopulaVerb, setDealing, setCleanFinding, setInspection, setHedge, setDegree, setRefute, setPurpose, setCheckWord, setMust, setRemark, setExhort, setActivity, setArticleEnd, setInspectStem, setReportSource, setRevoke, setDeed, setExamined, setVerbPrefix, setMarketPlace, setNeutralActivity,
}

// TestCountWords checks that every count word has its number.
func TestCountWords(t *testing.T) {
	lx := loadLexicon()
	if lx.loadErr != nil {
		t.Fatalf("lexicon: %v", lx.loadErr)
	}
	if got, want := len(countWordValues()), len(lx.words[setCountWord]); got != want {
		t.Errorf("count words: %d with a number, %d in the set: every count_word needs its number", got, want)
	}
}
