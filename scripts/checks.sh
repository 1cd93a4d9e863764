# Shared by the shell test scripts (sourced): one "ok" or "FAIL" line per check, and their
# counts in $passed and $failed for the summary line.
passed=0
failed=0
ok() { echo "ok   - $1"; passed=$((passed + 1)); }
fail() { echo "FAIL - $1"; failed=$((failed + 1)); }
check() { # check NAME COMMAND...: passes when the command succeeds
  local name=$1
  shift
  if "$@"; then ok "$name"; else fail "$name"; fi
}
