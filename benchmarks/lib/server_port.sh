# Sourced by the benchmark scripts. server_port LOG: waits (up to 20 s) for
# khonha-server's "listening on http://127.0.0.1:PORT" line in LOG and prints
# PORT; prints the log and returns 1 when it never comes.
server_port() {
  for _ in $(seq 100); do
    port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$1" | head -1)
    [ -n "$port" ] && { echo "$port"; return 0; }
    sleep 0.2
  done
  cat "$1" >&2
  return 1
}
