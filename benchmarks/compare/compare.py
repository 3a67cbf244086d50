#!/usr/bin/env python3
"""khonha vs PostgreSQL FTS vs SQLite FTS5 on the same corpus and query log.

Called by run_compare.sh (which installs packages, builds the index and
starts the servers). Loads the synthetic catalog into PostgreSQL (tsvector
'simple' + GIN) and SQLite FTS5 (unicode61), both fed khonha's own Thai
segmentation (space-joined, from `khonha-analyze segment`), then runs the
query log against each engine and against khonha-server over loopback HTTP:
a top-10 page plus the count and, when the query asks for them, 8 facets
counted over the whole match set (GROUP BY for the SQL engines). Prints a
Markdown table: p50/p99/mean latency, khonha's speed as a ratio to each, and
recall on the Thai queries against a substring ground truth.
"""
import argparse
import http.client
import json
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from urllib.parse import parse_qs

THAI = re.compile("[\u0e00-\u0e7f]")
FACETS = ["organization", "groups", "tags", "res_format", "license_id",
          "data_category", "data_type", "geo_coverage"]
SINGLE = {"organization": "org", "license_id": "license", "data_category": "cat",
          "data_type": "dtype", "geo_coverage": "geo"}
MULTI = {"groups": "groups", "tags": "tags", "res_format": "formats"}


def text_of(v):
    return v if isinstance(v, str) else ""


def load_corpus(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            org = d.get("organization") or {}
            res = d.get("resources") or []
            out.append({
                "id": d["id"], "name": d.get("name", ""),
                "visible": not d.get("private", False) and d.get("state", "active") == "active",
                "org": org.get("name", ""), "org_title": org.get("title", ""),
                "license": text_of(d.get("license_id")), "cat": text_of(d.get("data_category")),
                "dtype": text_of(d.get("data_type")), "geo": text_of(d.get("geo_coverage")),
                "modified": d.get("metadata_modified", ""),
                "tags": [t.get("name", "") for t in d.get("tags") or []],
                "groups": [g.get("name", "") for g in d.get("groups") or []],
                "formats": sorted({r.get("format", "") for r in res if r.get("format")}),
                "text": " ".join([text_of(d.get("title")), text_of(d.get("notes")),
                                  " ".join(t.get("name", "") for t in d.get("tags") or []),
                                  org.get("title", ""),
                                  " ".join(text_of(r.get("name")) for r in res)]).replace("\n", " "),
            })
    return out


def segment(analyze_exe, texts):
    """khonha's segmentation of each text, words joined by single spaces."""
    p = subprocess.run([analyze_exe, "segment"], input="\n".join(texts) + "\n",
                       capture_output=True, text=True, check=True)
    lines = p.stdout.split("\n")[:len(texts)]
    return [" ".join(w for w in line.split("|") if w.strip()).lower() for line in lines]


def parse_queries(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = parse_qs(line.strip())
            q = p.get("q", [""])[0]
            fq = None
            if "fq" in p:
                m = re.match(r'(\w+):"(.*)"$', p["fq"][0])
                if m:
                    fq = (m.group(1), m.group(2))
            out.append({"q": q, "fq": fq, "facets": "facet.field" in p,
                        "sort": "sort" in p, "start": int(p.get("start", ["0"])[0])})
    return out


# ---- PostgreSQL ----

def pg_load(conn, docs, seg):
    cur = conn.cursor()
    cur.execute("DROP TABLE IF EXISTS ds")
    cur.execute("""CREATE TABLE ds (rid int PRIMARY KEY, id text, name text, visible bool,
                   org text, license text, cat text, dtype text, geo text, modified text,
                   tags text[], groups text[], formats text[], body text, tsv tsvector)""")
    rows = [(i, d["id"], d["name"], d["visible"], d["org"], d["license"], d["cat"], d["dtype"],
             d["geo"], d["modified"], d["tags"], d["groups"], d["formats"], seg[i])
            for i, d in enumerate(docs)]
    cur.executemany("""INSERT INTO ds (rid,id,name,visible,org,license,cat,dtype,geo,modified,
                       tags,groups,formats,body) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)""",
                    rows)
    cur.execute("UPDATE ds SET tsv = to_tsvector('simple', body)")
    cur.execute("CREATE INDEX ds_tsv ON ds USING gin (tsv)")
    for c in ("org", "dtype", "modified"):
        cur.execute(f"CREATE INDEX ds_{c} ON ds ({c})")
    cur.execute("CREATE INDEX ds_formats ON ds USING gin (formats)")
    conn.commit()
    cur.execute("VACUUM ANALYZE ds") if conn.autocommit else None


def sql_filter(q, fq, col_multi_any):
    """WHERE parts and parameters common to both SQL engines (text match excluded)."""
    where, params = [], []
    if fq:
        field, value = fq
        if field in SINGLE:
            where.append(f"{SINGLE[field]} = ?")
            params.append(value)
        elif field in MULTI:
            where.append(col_multi_any(MULTI[field]))
            params.append(value)
    return where, params


def pg_search(cur, query, qseg):
    where = ["visible"]
    params = []
    if qseg:
        where.append("tsv @@ plainto_tsquery('simple', %s)")
        params.append(qseg)
    fw, fp = sql_filter(query["q"], query["fq"], lambda col: f"%s = ANY({col})")
    where += [w.replace("?", "%s") for w in fw]
    params += fp
    cond = " AND ".join(where)
    order = "modified DESC" if query["sort"] or not qseg else "ts_rank(tsv, plainto_tsquery('simple', %s)) DESC"
    order_params = [] if query["sort"] or not qseg else [qseg]
    cur.execute(f"SELECT id FROM ds WHERE {cond} ORDER BY {order} LIMIT 10 OFFSET %s",
                params + order_params + [query["start"]])
    page = cur.fetchall()
    parts = ["SELECT 'count', NULL, count(*) FROM m"]
    if query["facets"]:
        for f in FACETS:
            if f in SINGLE:
                parts.append(f"SELECT '{f}', {SINGLE[f]}, count(*) FROM m GROUP BY {SINGLE[f]}")
            else:
                parts.append(f"SELECT '{f}', v, count(*) FROM m, unnest(m.{MULTI[f]}) v GROUP BY v")
    cur.execute(f"WITH m AS MATERIALIZED (SELECT * FROM ds WHERE {cond}) " + " UNION ALL ".join(parts),
                params)
    rows = cur.fetchall()
    return page, rows[0][2]


def pg_ids(cur, query, qseg):
    where, params = ["visible"], []
    if qseg:
        where.append("tsv @@ plainto_tsquery('simple', %s)")
        params.append(qseg)
    fw, fp = sql_filter(query["q"], query["fq"], lambda col: f"%s = ANY({col})")
    cur.execute(f"SELECT id FROM ds WHERE {' AND '.join(where + [w.replace('?', '%s') for w in fw])}",
                params + fp)
    return {r[0] for r in cur.fetchall()}


# ---- SQLite FTS5 ----

def sqlite_load(path, docs, seg):
    db = sqlite3.connect(path)
    db.executescript("""
      DROP TABLE IF EXISTS ds; DROP TABLE IF EXISTS fts; DROP TABLE IF EXISTS mv;
      CREATE TABLE ds (rid INTEGER PRIMARY KEY, id TEXT, visible INT, org TEXT, license TEXT,
                       cat TEXT, dtype TEXT, geo TEXT, modified TEXT);
      CREATE TABLE mv (rid INT, field TEXT, v TEXT);
      CREATE VIRTUAL TABLE fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 0');
    """)
    db.executemany("INSERT INTO ds VALUES (?,?,?,?,?,?,?,?,?)",
                   [(i, d["id"], int(d["visible"]), d["org"], d["license"], d["cat"], d["dtype"],
                     d["geo"], d["modified"]) for i, d in enumerate(docs)])
    db.executemany("INSERT INTO mv VALUES (?,?,?)",
                   [(i, f, v) for i, d in enumerate(docs) for f in ("tags", "groups", "formats")
                    for v in d[f]])
    db.executemany("INSERT INTO fts (rowid, body) VALUES (?,?)", [(i, s) for i, s in enumerate(seg)])
    db.executescript("""
      CREATE INDEX mv_rid ON mv (rid, field); CREATE INDEX mv_fv ON mv (field, v);
      CREATE INDEX ds_org ON ds (org); CREATE INDEX ds_dtype ON ds (dtype);
      CREATE INDEX ds_modified ON ds (modified); ANALYZE;
    """)
    db.commit()
    return db


def fts5_match(qseg):
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in qseg.split())


def sqlite_matches(db, query, qseg):
    """Fills temp table m with the visible matching rowids."""
    db.execute("DELETE FROM m")
    where, params = ["ds.visible = 1"], []
    src = "ds"
    if qseg:
        src = "fts JOIN ds ON ds.rid = fts.rowid"
        where.append("fts MATCH ?")
        params.append(fts5_match(qseg))
    fw, fp = sql_filter(query["q"], query["fq"],
                        lambda col: f"ds.rid IN (SELECT rid FROM mv WHERE field = '{col}' AND v = ?)")
    where += fw
    params += fp
    db.execute(f"INSERT INTO m SELECT ds.rid FROM {src} WHERE {' AND '.join(where)}", params)
    return where, params, src


def sqlite_search(db, query, qseg):
    where, params, src = sqlite_matches(db, query, qseg)
    order = "ds.modified DESC" if query["sort"] or not qseg else "fts.rank"
    page = db.execute(f"SELECT ds.id FROM {src} WHERE {' AND '.join(where)} ORDER BY {order} "
                      "LIMIT 10 OFFSET ?", params + [query["start"]]).fetchall()
    count = db.execute("SELECT count(*) FROM m").fetchone()[0]
    if query["facets"]:
        for f in FACETS:
            if f in SINGLE:
                db.execute(f"SELECT {SINGLE[f]}, count(*) FROM ds JOIN m ON m.rid = ds.rid "
                           f"GROUP BY {SINGLE[f]}").fetchall()
            else:
                db.execute("SELECT v, count(*) FROM mv JOIN m ON m.rid = mv.rid "
                           "WHERE mv.field = ? GROUP BY v", (MULTI[f],)).fetchall()
    return page, count


def sqlite_ids(db, query, qseg):
    sqlite_matches(db, query, qseg)
    return {r[0] for r in db.execute("SELECT ds.id FROM m JOIN ds ON ds.rid = m.rid")}


# ---- khonha ----

def khonha_body(query, rows=10, start=None, fl=None):
    body = {"rows": rows, "start": query["start"] if start is None else start}
    if query["q"]:
        body["q"] = query["q"]
    if query["fq"]:
        body["fq"] = f'{query["fq"][0]}:"{query["fq"][1]}"'
    if query["facets"]:
        body["facet.field"] = FACETS
    if query["sort"]:
        body["sort"] = "metadata_modified desc"
    if fl:
        body["fl"] = fl
    return json.dumps(body, ensure_ascii=False).encode()


def khonha_post(conn, body):
    # POST: not served from the whole-response cache (GET only).
    try:
        conn.request("POST", "/api/3/action/package_search", body,
                     {"Content-Type": "application/json"})
        r = conn.getresponse()
    except (ConnectionError, http.client.HTTPException):
        conn.close()  # the server closed an idle keep-alive connection: reconnect once
        conn.request("POST", "/api/3/action/package_search", body,
                     {"Content-Type": "application/json"})
        r = conn.getresponse()
    data = r.read()
    if r.status != 200:
        raise RuntimeError(f"khonha answered {r.status}: {data[:200]!r}")
    return data


def khonha_ids(conn, query):
    ids, start = set(), 0
    while True:
        res = json.loads(khonha_post(conn, khonha_body(query, rows=1000, start=start, fl="id")))["result"]
        ids.update(p["id"] for p in res["results"])
        start += 1000
        if start >= res["count"] or not res["results"]:
            return ids


# ---- measurement ----

def timed(fn, queries):
    lat = []
    for q in queries:
        t = time.perf_counter()
        fn(q)
        lat.append((time.perf_counter() - t) * 1000)
    return lat


def summary(lat):
    s = sorted(lat)
    return {"p50": s[len(s) // 2], "p99": s[min(len(s) - 1, int(len(s) * 0.99))],
            "mean": statistics.fmean(s)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--queries", required=True, help="timed query log")
    ap.add_argument("--warmup", required=True, help="a different query log, run first on every engine")
    ap.add_argument("--analyze", required=True, help="khonha-analyze binary")
    ap.add_argument("--khonha-port", type=int, required=True)
    ap.add_argument("--pg-socket-dir", required=True)
    ap.add_argument("--pg-port", type=int, default=5432)
    ap.add_argument("--sqlite", required=True, help="SQLite database file to create")
    args = ap.parse_args()
    import psycopg2

    t0 = time.time()
    docs = load_corpus(args.corpus)
    seg = segment(args.analyze, [d["text"] for d in docs])
    queries = parse_queries(args.queries)
    warm = parse_queries(args.warmup)
    qsegs = dict(zip([q["q"] for q in queries + warm],
                     segment(args.analyze, [q["q"] or "-" for q in queries + warm])))
    qsegs[""] = ""
    print(f"# corpus {len(docs)} datasets, {len(queries)} timed queries "
          f"(segmented in {time.time() - t0:.1f} s)", file=sys.stderr)

    t = time.time()
    pg = psycopg2.connect(host=args.pg_socket_dir, port=args.pg_port, dbname="postgres")
    pg_load(pg, docs, seg)
    pg.autocommit = True
    pg.cursor().execute("VACUUM ANALYZE ds")
    print(f"# PostgreSQL loaded in {time.time() - t:.1f} s", file=sys.stderr)
    t = time.time()
    lite = sqlite_load(args.sqlite, docs, seg)
    lite.execute("CREATE TEMP TABLE m (rid INTEGER PRIMARY KEY)")
    print(f"# SQLite loaded in {time.time() - t:.1f} s", file=sys.stderr)
    kh = http.client.HTTPConnection("127.0.0.1", args.khonha_port, timeout=60)

    pgcur = pg.cursor()
    engines = {
        "khonha (HTTP POST, JSON of 10 packages)": lambda q: khonha_post(kh, khonha_body(q)),
        "PostgreSQL 15 FTS (GIN, GROUP BY)": lambda q: pg_search(pgcur, q, qsegs[q["q"]]),
        "SQLite FTS5 (GROUP BY)": lambda q: sqlite_search(lite, q, qsegs[q["q"]]),
    }
    facet_queries = [q for q in queries if q["facets"]]
    results = {}
    for name, fn in engines.items():
        timed(fn, warm)
        # One pass: a second pass would be answered from khonha's caches.
        lat = timed(fn, queries)
        results[name] = (summary(lat), summary([t for t, q in zip(lat, queries) if q["facets"]]))
        print(f"# {name}: {results[name]}", file=sys.stderr, flush=True)

    # Recall on Thai text queries: relevant = visible datasets whose text holds
    # the query as a substring (and that pass the fq).
    thai = [q for q in queries if q["q"] and THAI.search(q["q"])]
    seen, thai_unique = set(), []
    for q in thai:
        key = (q["q"], q["fq"])
        if key not in seen:
            seen.add(key)
            thai_unique.append(q)
    lower_text = [d["text"].lower() for d in docs]

    def passes(d, fq):
        if not fq:
            return True
        f, v = fq
        return d[SINGLE[f]] == v if f in SINGLE else v in d[MULTI[f]]

    recall = {"khonha": [0, 0], "PostgreSQL": [0, 0], "SQLite": [0, 0]}
    for q in thai_unique:
        needle = q["q"].lower()
        rel = {d["id"] for d, t in zip(docs, lower_text) if d["visible"] and needle in t and passes(d, q["fq"])}
        if not rel:
            continue
        got = {"khonha": khonha_ids(kh, q), "PostgreSQL": pg_ids(pgcur, q, qsegs[q["q"]]),
               "SQLite": sqlite_ids(lite, q, qsegs[q["q"]])}
        for k, ids in got.items():
            recall[k][0] += len(rel & ids)
            recall[k][1] += len(rel)

    kh_all, kh_fac = results[next(iter(engines))]
    print(f"\n{len(docs)} datasets; {len(queries)} queries ({len(facet_queries)} with 8 facets); "
          f"warm-up with {len(warm)} other queries\n")
    print("| engine | all queries p50 / p99 / mean (ms) | with 8 facets p50 / p99 / mean (ms) "
          "| khonha faster by (mean, all / facets) |")
    print("|---|---|---|---|")
    for name, (a, f) in results.items():
        ratio = ("—" if name.startswith("khonha") else
                 f"{a['mean'] / kh_all['mean']:.1f}× / {f['mean'] / kh_fac['mean']:.1f}×")
        print(f"| {name} | {a['p50']:.2f} / {a['p99']:.2f} / {a['mean']:.2f} "
              f"| {f['p50']:.2f} / {f['p99']:.2f} / {f['mean']:.2f} | {ratio} |")
    print(f"\nRecall on {len(thai_unique)} distinct Thai queries (substring ground truth, "
          f"{next(iter(recall.values()))[1]} relevant datasets in all):\n")
    print("| engine | recall |\n|---|---|")
    for k, (hit, tot) in recall.items():
        print(f"| {k} | {hit / tot if tot else 1:.4f} |")


if __name__ == "__main__":
    main()
