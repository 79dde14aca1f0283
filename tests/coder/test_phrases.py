"""The phrase view (spec §3.1, §4.1, §5.2) on sentences written for these tests."""
from __future__ import annotations

from communique.coder.phrases import phrase_view


def view_of(nlp, text):
    doc = nlp(text)
    return phrase_view(next(iter(doc.sents)))


def words(view, np):
    return [view.words[i] for i in np.words]


def test_svo_clause_subject_object_and_upper(nlp):
    v = view_of(nlp, "Xland accused Yland of aggression.")
    (top,) = v.top
    assert top.form == "ACCUSED" and top.dep == "ROOT"
    assert [words(v, n) for n in top.upper] == [["XLAND"]]
    assert [words(v, n) for n in top.objects] == [["YLAND"]]
    assert [(p.text, words(v, p.obj)) for p in top.pps] == [("OF", ["AGGRESSION"])]


def test_passive_with_agent_by(nlp):
    v = view_of(nlp, "Yland was attacked by Xland troops.")
    (top,) = v.top
    assert top.passive and [v.words[a] for a in top.auxiliaries] == ["WAS"]
    assert top.pps[0].text == "BY" and words(v, top.pps[0].obj) == ["XLAND", "TROOPS"]


def test_got_is_not_passive(nlp):
    v = view_of(nlp, "The Yland convoy got attacked near the border.")
    clause = v.clauses[next(i for i, w in enumerate(v.words) if w == "ATTACKED")]
    assert not clause.passive and clause.got_passive


def test_negation_only_for_not_after_first_auxiliary(nlp):
    (top,) = view_of(nlp, "Xland did not surrender to Yland.").top
    assert top.negated
    (top,) = view_of(nlp, "Xland didn't surrender to Yland.").top
    assert not top.negated
    (top,) = view_of(nlp, "Xland never surrendered to Yland.").top
    assert not top.negated


def test_auxiliary_chain_includes_to(nlp):
    v = view_of(nlp, "Xland wants to attack Yland.")
    (top,) = v.top
    (comp,) = top.complements
    assert comp.dep == "xcomp" and [v.words[a] for a in comp.auxiliaries] == ["TO"]
    assert comp.upper == [] and [words(v, n) for n in comp.subject_candidates] == [["XLAND"]]


def test_bare_conjunct_shares_subject_and_coordinator(nlp):
    v = view_of(nlp, "Xland attacked Yland and killed Zland soldiers.")
    (top,) = v.top
    (conj,) = top.conjuncts
    assert top.coordinator == "AND" and conj.form == "KILLED"
    assert conj.upper == [] and conj.subject_candidates == top.subjects
    assert [words(v, n) for n in conj.objects] == [["ZLAND", "SOLDIERS"]]


def test_conjunct_with_own_subject_is_a_top_level_clause(nlp):
    v = view_of(nlp, "Xland attacked Yland and Zland condemned the attack.")
    assert [c.form for c in v.top] == ["ATTACKED", "CONDEMNED"]
    assert v.top[0].conjuncts == []


def test_complements_and_fronted_clauses(nlp):
    v = view_of(nlp, "Xland said that Yland attacked Zland.")
    (top,) = v.top
    assert [c.form for c in top.complements] == ["ATTACKED"]
    v = view_of(nlp, '"Yland attacked Zland," Xland said.')
    assert sorted(c.form for c in v.top) == ["ATTACKED", "SAID"]
    said = next(c for c in v.top if c.form == "SAID")
    assert said.complements == []
    v = view_of(nlp, "After Yland attacked Zland, Xland condemned the raid.")
    (top,) = v.top
    assert top.form == "CONDEMNED" and top.complements == []  # fronted advcl ignored


def test_post_verbal_advcl_is_a_complement(nlp):
    v = view_of(nlp, "Xland condemned Yland after it attacked Zland.")
    (top,) = v.top
    assert [c.form for c in top.complements] == ["ATTACKED"]


def test_existential_conversion(nlp):
    v = view_of(nlp, "There were Xland soldiers attacking Yland.")
    (top,) = v.top
    assert top.form == "ATTACKING" and top.existential
    assert [v.words[a] for a in top.auxiliaries] == ["WERE"]
    assert [words(v, n) for n in top.upper] == [["XLAND", "SOLDIERS"]]
    assert top.upper[0].acl == []


def test_noun_phrase_parts(nlp):
    v = view_of(nlp, "A spokesman for the Xland army, who was in Zland, criticized Yland's leaders and officials.")
    (top,) = v.top
    subject = top.subjects[0]
    assert words(v, subject) == ["A", "SPOKESMAN"]
    assert [(p.text, words(v, p.obj)) for p in subject.pps] == [("FOR", ["THE", "XLAND", "ARMY"])]
    obj = top.objects[0]
    assert words(v, obj) == ["LEADERS"]
    assert sorted(v.words[n.head] for n in obj.nested) == ["OFFICIALS", "YLAND"]
    yland = next(n for n in obj.nested if v.words[n.head] == "YLAND")
    assert words(v, yland) == ["YLAND"]  # the possessive 's is left out


def test_acl_participle_clause_with_modified_noun_as_upper(nlp):
    v = view_of(nlp, "People living in Xland attacked Yland.")
    (top,) = v.top
    subject = top.subjects[0]
    (acl,) = subject.acl
    assert acl.form == "LIVING" and acl.upper == [subject]


def test_pronoun_antecedents(nlp):
    v = view_of(nlp, "Xland said it would attack Zland.")
    inner = v.top[0].complements[0]
    it = inner.subjects[0]
    assert it.is_pronoun and words(v, it.antecedent) == ["XLAND"]
    v = view_of(nlp, "Xland told Yland that it would attack Zland.")
    inner = v.top[0].complements[0]
    assert words(v, inner.subjects[0].antecedent) == ["YLAND"]
    v = view_of(nlp, "Xland attacked them.")
    assert v.top[0].objects[0].antecedent is None
    v = view_of(nlp, "Xland defended itself.")
    itself = v.top[0].objects[0]
    assert itself.is_reflexive and words(v, itself.antecedent) == ["XLAND"]


def test_headline_noun_with_participle(nlp):
    v = view_of(nlp, "Xland troops killed in Yland raid")
    (top,) = v.top
    assert top.form == "KILLED" and top.passive and v.words[top.upper[0].head] == "TROOPS"


def test_post_compound_particles(nlp):
    v = view_of(nlp, "Xland forces carried out raids in Yland.")
    (top,) = v.top
    assert top.particles == ["OUT"]
    assert [(p.text, words(v, p.obj)) for p in top.pps] == []  # "in Yland" belongs to "raids"
    assert [(p.text, words(v, p.obj)) for p in top.objects[0].pps] == [("IN", ["YLAND"])]


def test_a_pp_before_the_verb_is_not_a_vp_pp(nlp):
    v = view_of(nlp, "In Zland, Xland police arrested protesters.")
    (top,) = v.top
    assert top.pps == [] and [p.text for p in top.fronted_pps] == ["IN"]


def test_coordinated_nouns_are_nested_once_in_the_first_conjunct(nlp):
    v = view_of(nlp, "Xland attacked Yland, Zland and Wland.")
    obj = v.top[0].objects[0]
    assert [v.words[n.head] for n in obj.nested] == ["ZLAND", "WLAND"]
    assert all(n.nested == [] for n in obj.nested)
