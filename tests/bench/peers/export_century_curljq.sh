#!/usr/bin/env bash
# Peer for bench_export: a curl + jq loop doing what `sessionscope export` does.
#
# usage: export_century_curljq.sh BASE_URL KEY_ENV OUT.csv
#
# Pages GET BASE_URL/smart-ia/sessions (limit 100, newest first) through nextCursor to the
# end, one curl per page, and has jq spell the export's default columns with @csv (times as
# the API sends them, durations in seconds). The key is read from the variable KEY_ENV.
# Prints the row count.
set -euo pipefail
base=$1 key_env=$2 out=$3
key=${!key_env}
page=$(mktemp)
trap 'rm -f "$page"' EXIT

echo 'Status,Pupil,Username,Subject,Assessment,Started,Finished,Duration,Level' >"$out"
rows_filter='.data[] | [
  (if .status == "COMPLETED" then "Completed" elif .status == "IN_PROGRESS" then "Live" else .status end),
  .user.fullName, .user.username, .test.subject, .test.name, .startDate, (.endDate // ""),
  ((.result.duration // "") | if . == "" then "" else
     (capture("^PT(?:(?<h>[0-9]+)H)?(?:(?<m>[0-9]+)M)?(?:(?<s>[0-9]+)S)?$")
      | (((.h // "0") | tonumber) * 3600 + ((.m // "0") | tonumber) * 60 + ((.s // "0") | tonumber))) end),
  (.result.level // "")
] | @csv'

cursor=""
while :; do
  url="$base/smart-ia/sessions?limit=100&sort%5Bfield%5D=startDate&sort%5Bdirection%5D=desc"
  [ -n "$cursor" ] && url="$url&cursor=$cursor"
  curl -sS --fail --noproxy '*' -H "x-api-key: $key" "$url" -o "$page"
  jq -r "$rows_filter" "$page" >>"$out"
  cursor=$(jq -r '.pagination.nextCursor // empty | @uri' "$page")
  [ -z "$cursor" ] && break
done
sync "$out"
echo $(($(wc -l <"$out") - 1))
