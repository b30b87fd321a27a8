#!/usr/bin/env bash
# The action's second step: checks the posts three ways from one set of
# arguments. The `github` format annotates the findings (at most 10 of each
# kind, GitHub's limit per step; the rest listed in the log and counted) and
# gives the exit code; `markdown` is the job summary ($GITHUB_STEP_SUMMARY);
# the report (INPUT_FORMAT) goes to $RUNNER_TEMP/presence-report/ for the
# upload step. Inputs arrive as environment variables, never in the script's
# text, so no input can become shell code.
set -uo pipefail
bin="${PRESENCE_BIN:-$RUNNER_TEMP/presence-lint/node_modules/.bin/presence}"

paths=()
while IFS= read -r line; do
  line="${line#"${line%%[![:space:]]*}"}"
  line="${line%"${line##*[![:space:]]}"}"
  [ -n "$line" ] && paths+=("$line")
done <<< "${INPUT_PATHS:-.}"
[ "${#paths[@]}" -eq 0 ] && paths=(.)

opts=(check --no-color)
[ -n "${INPUT_CONFIG:-}" ] && opts+=(--config "$INPUT_CONFIG")
case "${INPUT_FAIL_LEVEL:-error}" in
  error | never) ;;
  warning) opts+=(--max-warnings 0) ;;
  *)
    echo "::error title=presence::fail-level must be error, warning or never, not '${INPUT_FAIL_LEVEL//[$'\r\n']/ }'"
    exit 2
    ;;
esac
format="${INPUT_FORMAT:-html}"
case "$format" in
  html) extension=html ;;
  sarif) extension=sarif ;;
  json) extension=json ;;
  junit) extension=xml ;;
  markdown) extension=md ;;
  none) extension='' ;;
  *)
    echo "::error title=presence::format must be html, sarif, json, junit, markdown or none, not '${format//[$'\r\n']/ }'"
    exit 2
    ;;
esac
# The paths after `--`: a path may start with a dash.
"$bin" "${opts[@]}" --format github -- "${paths[@]}"
code=$?
echo "exit-code=$code" >> "$GITHUB_OUTPUT"

if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  "$bin" "${opts[@]}" --format markdown -- "${paths[@]}" >> "$GITHUB_STEP_SUMMARY" 2> /dev/null
fi

if [ -n "$extension" ]; then
  folder="$RUNNER_TEMP/presence-report"
  mkdir -p "$folder"
  report="$folder/presence-report.$extension"
  "$bin" "${opts[@]}" --format "$format" -- "${paths[@]}" > "$report" 2> /dev/null
  echo "report=$report" >> "$GITHUB_OUTPUT"
fi

if [ "$code" -eq 2 ]; then
  exit 2
fi
if [ "$code" -ne 0 ] && [ "${INPUT_FAIL_LEVEL:-error}" != never ]; then
  exit "$code"
fi
exit 0
