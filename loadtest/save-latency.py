#!/usr/bin/env python3
"""Save latency as one attempt's stream grows (docs/benchmarks.md, issue 4).

Against a running ./run.sh: creates a one-question exam, starts an attempt as CANDIDATE2 and saves
N times in a row (default 500), printing the mean time per save for every 50 saves.
Usage: python3 loadtest/save-latency.py [N]
"""
import json, os, time, urllib.request, sys
tok = {}
for line in open(os.path.join(os.path.dirname(__file__), '..', '.devstack', 'tokens.env')):
    if line.startswith('export '):
        k, v = line[7:].strip().split('=', 1); tok[k] = v
def call(method, url, token, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json'})
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read() or b'null')
A = tok['AUTHOR_TOKEN']
q = call('POST', 'http://localhost:8081/api/questions', A, {"type": "SINGLE_CHOICE", "stem": "Bench question %d?" % time.time_ns(), "options": [{"id": "A", "text": "yes"}, {"id": "B", "text": "no"}], "answer": {"optionIds": ["A"]}})['id']
call('POST', 'http://localhost:8081/api/questions/%s/publish' % q, A)
ex = call('POST', 'http://localhost:8081/api/exams', A, {"title": "bench", "timeLimitMinutes": 300, "passPercent": 50, "sections": [{"title": "s", "questionIds": [q]}]})['id']
call('POST', 'http://localhost:8081/api/exams/%s/publish' % ex, A)
C = tok['CANDIDATE2_TOKEN']
while True:
    try:
        call('GET', 'http://localhost:8082/api/exams/' + ex, C); break
    except Exception:
        time.sleep(0.5)
att = call('POST', 'http://localhost:8082/api/exams/%s/attempts' % ex, C)['attemptId']
n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
block = 50
seq = 0
for b in range(n // block):
    t0 = time.perf_counter()
    for i in range(block):
        seq += 1
        call('PUT', 'http://localhost:8082/api/attempts/%s/responses/%s' % (att, q), C, {"response": {"optionIds": ["A" if seq % 2 else "B"]}, "clientSeq": seq})
    dt = (time.perf_counter() - t0) / block * 1000
    print("events %4d-%4d: %.1f ms per save" % (b * block + 1, (b + 1) * block, dt))
print("attempt", att)
