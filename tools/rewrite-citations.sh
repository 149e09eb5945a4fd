#!/usr/bin/env bash
# Rewrites citations of notes that live outside the repository into the docs/ pages that replace
# them, so that every citation in the tree resolves inside it:
#
#   reference §N, Reference §N.M, shared/domain/jp-law-reference.md → docs/legal-rules.md (§N)
#   shared/seeds/residual-debt-options.ja.txt (事例N), "seeds", the ignored-claims article
#                                                                → docs/legal-rules.md §13 (§13.x)
#   shared/notes/stack-findings.md, stack-findings               → docs/stack-notes.md (§N)
#   shared/spec/case-format-and-cli.md                           → docs/case-format.md (core/case/)
#                                                                  or docs/cli.md (elsewhere)
#
# Only text is touched: in C++ files only the part of a line after "//" (user-visible strings
# such as tr("… reference §12.5 …") are left alone: changing them would change the translation
# catalogue's source texts and the tests that look for them); in the seed case files only the
# "source" value; in Markdown the prose. Idempotent: a second run changes nothing.
#
# Usage (from anywhere inside the clone):
#   bash tools/rewrite-citations.sh            # rewrite in place, list the files changed
#   bash tools/rewrite-citations.sh --check    # change nothing; show the diff, exit 1 if any
#   bash tools/rewrite-citations.sh [--check] FILE...   # only these files
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"

check=false
if [[ ${1:-} == --check ]]; then
    check=true
    shift
fi

self=tools/rewrite-citations.sh

if (($# > 0)); then
    files=("$@")
else
    mapfile -t files < <(git ls-files -- core ui app tests bench tools \
        docs/advice-model.md docs/option-ranking.md docs/disputed-points.md \
        README.md CONTRIBUTING.md)
fi

# --- C++: comments only -------------------------------------------------------------------------
# Every rule has the form  s#\(//.*\)PATTERN#\1REPLACEMENT#  so that it matches only after "//";
# "ta" repeats the whole list until no rule matches (several citations on one line). No
# replacement contains its own pattern, so the loop ends and a second run is a no-op.
read -r -d '' cpp_common <<'SED' || true
:a
s#\(//.*\)The three case examples of shared/seeds/residual-debt-options\.ja\.txt#\1The three case examples of docs/legal-rules.md §13.11#
ta
s#\(//.*\)shared/seeds/residual-debt-options\.ja\.txt#\1docs/legal-rules.md §13#
ta
s#\(//.*\)shared/domain/jp-law-reference\.md#\1docs/legal-rules.md#
ta
s#\(//.*\)1\.5×, shared/notes/stack-findings\.md#\11.5×, docs/stack-notes.md §6#
ta
s#\(//.*\)See shared/notes/stack-findings\.md#\1See docs/stack-notes.md §4#
ta
s#\(//.*\)shared/notes/stack-findings\.md#\1docs/stack-notes.md#
ta
s#\(//.*\)start-up time, stack-findings\.md#\1start-up time, docs/stack-notes.md §6#
ta
s#\(//.*\)stack-findings\.md#\1docs/stack-notes.md#
ta
s#\(//.*\)stack-findings: the PDF trap#\1docs/stack-notes.md §5#
ta
s#\(//.*\)stack-findings trap#\1docs/stack-notes.md §5 trap#
ta
s#\(//.*\)stack-findings#\1docs/stack-notes.md#
ta
s#\(//.*\)[Rr]eference T\([0-9][0-9]*\)#\1docs/legal-rules.md §1.4 T\2#
ta
s#\(//.*\)[Rr]eference §#\1docs/legal-rules.md §#
ta
s#\(//.*\)the reference (§#\1docs/legal-rules.md (§#
ta
s#\(//.*\)(reference$#\1(docs/legal-rules.md#
ta
s#\(//.*\); reference$#\1; docs/legal-rules.md#
ta
s#\(//.*\)the reference's source#\1the source named in docs/legal-rules.md §5#
ta
s#\(//.*\)the reference's 2026 vector#\1the 2026 vector of docs/legal-rules.md#
ta
s#\(//.*\)the reference's projections#\1the projections of docs/legal-rules.md#
ta
s#\(//.*\)the ignored-claims article#\1§13.10#
ta
s#\(//.*\)(practice, seeds: #\1(practice, docs/legal-rules.md §13.4: #
ta
s#\(//.*\)The seeds' outcomes#\1The seed cases' outcomes (docs/legal-rules.md §13.11)#
ta
s#\(//.*\)(spec: "The$#\1(docs/cli.md §3: "The#
ta
SED

# Per-file rules, run before the common ones.
read -r -d '' cpp_bankruptcy_h <<'SED' || true
s#\(//.*\)Reference vector:#\1docs/legal-rules.md §5 vector:#
SED
read -r -d '' cpp_garnishment_test <<'SED' || true
s#\(//.*\)[Rr]eference: #\1docs/legal-rules.md §3: #
SED
read -r -d '' cpp_spec_case <<'SED' || true
s#\(//.*\)shared/spec/case-format-and-cli\.md#\1docs/case-format.md#g
SED
read -r -d '' cpp_spec_other <<'SED' || true
s#\(//.*\)shared/spec/case-format-and-cli\.md#\1docs/cli.md#g
SED

# --- Seed case files: the "source" value only ---------------------------------------------------
read -r -d '' json_rules <<'SED' || true
s#"shared/seeds/residual-debt-options\.ja\.txt \(事例[0-9]\)"#"docs/legal-rules.md §13.11 \1"#
SED

# --- Markdown prose -------------------------------------------------------------------------------
read -r -d '' md_rules <<'SED' || true
s#the consultants of `shared/seeds/residual-debt-options\.ja\.txt`#the consultants' seed cases (`docs/legal-rules.md` §13.11)#g
s#^`shared/seeds/residual-debt-options\.ja\.txt` did)#`docs/legal-rules.md` §13.11 did)#
s#shared/seeds/residual-debt-options\.ja\.txt#docs/legal-rules.md §13#g
s#shared/domain/jp-law-reference\.md#docs/legal-rules.md#g
s#shared/notes/stack-findings\.md#docs/stack-notes.md#g
s#shared/spec/case-format-and-cli\.md#docs/cli.md#g
s#[Rr]eference §#docs/legal-rules.md §#g
SED

program_for() {
    local f=$1
    case $f in
    *.h | *.cpp)
        case $f in
        core/law/Bankruptcy.h) printf '%s\n' "$cpp_bankruptcy_h" ;;
        tests/core/law/GarnishmentLimitTest.cpp) printf '%s\n' "$cpp_garnishment_test" ;;
        esac
        case $f in
        core/case/*) printf '%s\n' "$cpp_spec_case" ;;
        *) printf '%s\n' "$cpp_spec_other" ;;
        esac
        printf '%s\n' "$cpp_common"
        ;;
    tests/data/cases/*.json | tests/fuzz/corpus/*.json) printf '%s\n' "$json_rules" ;;
    *.md) printf '%s\n' "$md_rules" ;;
    esac
}

status=0
changed=()
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for f in "${files[@]}"; do
    [[ $f == "$self" || ! -f $f ]] && continue
    program=$(program_for "$f")
    [[ -z $program ]] && continue
    sed -e "$program" -- "$f" >"$tmp"
    if ! cmp -s "$f" "$tmp"; then
        changed+=("$f")
        if $check; then
            diff -u --label "a/$f" --label "b/$f" "$f" "$tmp" || true
            status=1
        else
            cat "$tmp" >"$f" # keeps the file's mode
        fi
    fi
done

if ((${#changed[@]})); then
    if $check; then
        echo "rewrite-citations: ${#changed[@]} file(s) would change" >&2
    else
        printf 'rewrote %s\n' "${changed[@]}"
    fi
fi
exit "$status"
