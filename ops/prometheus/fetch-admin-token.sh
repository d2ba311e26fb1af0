#!/bin/sh
# Keeps an ADMIN token for Prometheus in $TOKEN_FILE, from the dev token issuer at $ISSUER_URL; renews it every
# $RENEW_EVERY seconds (the issuer's tokens last 12 hours). docker-compose.yml's prometheus-token service runs it.
# Written to a temporary file first: Prometheus rereads the token on every scrape and must never see half of one.
set -u
: "${ISSUER_URL:=http://token-issuer:8080}"
: "${TOKEN_FILE:=/var/run/certexam-token/admin.token}"
: "${RENEW_EVERY:=21600}"

fetch() {
  curl -sf -X POST "$ISSUER_URL/dev/token" -H 'Content-Type: application/json' \
       -d '{"sub":"prometheus","roles":["ADMIN"],"org":"ops"}' \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

while true; do
  token=$(fetch)
  if [ -n "$token" ]; then
    printf '%s' "$token" > "$TOKEN_FILE.tmp" && mv "$TOKEN_FILE.tmp" "$TOKEN_FILE"
    echo "ADMIN token for Prometheus written to $TOKEN_FILE"
    sleep "$RENEW_EVERY"
  else
    echo "token issuer at $ISSUER_URL not answering yet; retrying in 5 s"
    sleep 5
  fi
done
