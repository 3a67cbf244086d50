#!/usr/bin/env python3
"""Synthetic data.go.th-style catalogs at any size, for benchmarks.

Scales the vocabulary and shape of real records to N datasets:

  * text (titles, notes, tags, resource names) is recombined from phrases of
    the real data.go.th records (../shared/data/datagoth/datagoth-1236.jsonl by
    default; read at run time, never copied into the repository), so term
    frequencies stay Zipf-like and Thai stays Thai;
  * agencies are the real ones, plus regional offices ("<agency> จังหวัด<X>")
    as the catalog grows (about one agency per 400 datasets, as data.go.th);
  * GD-Catalog fields (data_type, data_category, objective[], data_format[],
    data_language[], disaggregate[], geo_coverage, update_frequency_*,
    high_value_dataset, data_classification) and groups follow the value
    distributions of our own sample catalog (data/sample/catalog.jsonl);
  * resource formats and licences follow the real records' distributions;
    metadata_modified is spread over 2017-01 … 2025-12; ~1% private, ~0.5%
    drafts.

Deterministic: the same --seed, --count and inputs give byte-identical output
(Python's random.Random is stable across versions for these calls).

Usage:
  scripts/gen_synthetic_catalog.py --count 100000 --seed 1 > /tmp/cat-100k.jsonl
  scripts/gen_synthetic_catalog.py --count 500 --queries > /tmp/queries.txt
The second form prints package_search query strings (one per line: a URL
query after "?") drawn from the same vocabulary: the benchmark query log.
"""

import argparse
import json
import os
import random
import re
import sys
import uuid
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_REAL = os.path.normpath(
    os.path.join(REPO, "..", "shared", "data", "datagoth", "datagoth-1236.jsonl"))
DEFAULT_SAMPLE = os.path.join(REPO, "data", "sample", "catalog.jsonl")

GDC_SCALAR = ["data_type", "data_category", "geo_coverage", "update_frequency_unit",
              "update_frequency_interval", "high_value_dataset", "data_classification"]
GDC_LIST = ["objective", "data_format", "data_language", "disaggregate"]

PROVINCES = [
    "กรุงเทพมหานคร", "เชียงใหม่", "เชียงราย", "ขอนแก่น", "นครราชสีมา", "อุดรธานี", "อุบลราชธานี",
    "ภูเก็ต", "สงขลา", "สุราษฎร์ธานี", "นครศรีธรรมราช", "ชลบุรี", "ระยอง", "พิษณุโลก", "ลำปาง",
    "นครสวรรค์", "กาญจนบุรี", "ราชบุรี", "เพชรบุรี", "ประจวบคีรีขันธ์", "ยะลา", "ปัตตานี", "นราธิวาส",
    "ตรัง", "กระบี่", "พังงา", "น่าน", "แพร่", "เลย", "สกลนคร", "นครพนม", "มุกดาหาร", "ร้อยเอ็ด",
    "บุรีรัมย์", "สุรินทร์", "ศรีสะเกษ", "ชัยภูมิ", "ลพบุรี", "สระบุรี", "อยุธยา",
]
ENGLISH = [
    "statistics", "population", "budget", "tourism", "air quality", "health", "education",
    "school", "hospital", "road", "traffic", "accident", "water", "rainfall", "agriculture",
    "rice", "rubber", "energy", "electricity", "tax", "revenue", "export", "import", "COVID-19",
    "GDP", "labour", "employment", "land use", "forest", "map", "open data", "census", "price",
]
_SPLIT = re.compile(r"[\s,;:()\[\]{}\"'“”/|]+")


def phrases(text):
    """Chunks of a Thai/English text between spaces and punctuation."""
    return [p for p in _SPLIT.split(text or "") if 2 <= len(p) <= 60]


class Vocabulary:
    """What the generator draws from, built from the real and sample records."""

    def __init__(self, real_path, sample_path):
        self.title_phrases, self.note_phrases, self.tags, self.formats = [], [], [], []
        self.licences, self.agencies, self.res_names = [], [], []
        with open(real_path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                self.title_phrases += phrases(d.get("title"))
                self.note_phrases += phrases(d.get("notes"))
                self.tags += [t["name"] for t in d.get("tags", []) if t.get("name")]
                for r in d.get("resources", []):
                    if r.get("format"):
                        self.formats.append(r["format"])
                    self.res_names += phrases(r.get("name"))[:3]
                if d.get("license_id"):
                    self.licences.append((d["license_id"], d.get("license_title") or d["license_id"]))
                org = (d.get("organization") or {}).get("title")
                if org:
                    self.agencies.append(org)
        self.distinct_agencies = sorted(set(self.agencies))
        self.gdc = {k: [] for k in GDC_SCALAR + GDC_LIST}
        self.groups = []
        with open(sample_path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                for k in GDC_SCALAR + GDC_LIST:
                    if d.get(k) not in (None, "", []):
                        self.gdc[k].append(d[k])
                for g in d.get("groups", []):
                    self.groups.append({k: g.get(k, "") for k in ("name", "title", "display_name", "id")})
        if not self.title_phrases or not self.gdc["data_type"]:
            raise SystemExit("vocabulary is empty: check --real and --sample")


def slug(rng, n):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def make_agencies(vocab, count):
    """Real agencies, then regional offices, ~1 per 400 datasets."""
    n = max(len(vocab.distinct_agencies), count // 400)
    out = []
    for i in range(n):
        base = vocab.distinct_agencies[i % len(vocab.distinct_agencies)]
        k = i // len(vocab.distinct_agencies)
        title = base if k == 0 else f"{base} จังหวัด{PROVINCES[(k - 1) % len(PROVINCES)]}" + (
            "" if k <= len(PROVINCES) else f" เขต {k // len(PROVINCES)}")
        out.append({"id": str(uuid.UUID(int=random.Random(f"org{i}").getrandbits(128), version=4)),
                    "name": f"agency-{i:05d}", "title": title, "type": "organization",
                    "is_organization": True, "state": "active"})
    return out


def make_dataset(rng, i, vocab, agencies):
    did = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    org = agencies[min(int(rng.paretovariate(1.1)) - 1, len(agencies) - 1)
                   if rng.random() < 0.5 else rng.randrange(len(agencies))]
    words = [rng.choice(vocab.title_phrases) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.3:
        words.append(rng.choice(PROVINCES))
    if rng.random() < 0.15:
        words.append(rng.choice(ENGLISH))
    if rng.random() < 0.4:
        words.append(f"ปี {rng.randint(2555, 2568)}")
    title = " ".join(words)[:300]
    notes = " ".join(rng.choice(vocab.note_phrases) for _ in range(rng.randint(4, 40)))[:600]
    tags = sorted(set(rng.choice(vocab.tags) for _ in range(rng.randint(0, 8))))
    modified = datetime(2017, 1, 1) + timedelta(seconds=rng.randrange(9 * 365 * 86400))
    created = modified - timedelta(seconds=rng.randrange(3 * 365 * 86400))
    lic_id, lic_title = rng.choice(vocab.licences)
    resources = []
    for p in range(rng.randint(1, 6)):
        rid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        fmt = rng.choice(vocab.formats)
        resources.append({
            "id": rid, "package_id": did, "position": p,
            "name": " ".join(rng.choice(vocab.res_names) for _ in range(rng.randint(1, 3))),
            "format": fmt,
            "url": f"https://data.go.th/dataset/{did}/resource/{rid}/download/file{p}.{fmt.lower()}",
        })
    d = {
        "id": did, "name": f"ds{i:07d}-{slug(rng, 6)}", "title": title, "notes": notes,
        "organization": org, "owner_org": org["id"],
        "tags": [{"name": t} for t in tags], "num_tags": len(tags),
        "groups": [dict(g) for g in {g["name"]: g for g in
                                     (rng.choice(vocab.groups) for _ in range(rng.randint(0, 2)))}.values()],
        "license_id": lic_id, "license_title": lic_title,
        "metadata_created": created.strftime("%Y-%m-%dT%H:%M:%S.%f"),
        "metadata_modified": modified.strftime("%Y-%m-%dT%H:%M:%S.%f"),
        "num_resources": len(resources), "resources": resources,
        "type": "dataset", "state": "draft" if rng.random() < 0.005 else "active",
        "private": rng.random() < 0.01,
    }
    for k in GDC_SCALAR:
        if rng.random() < 0.95:
            d[k] = rng.choice(vocab.gdc[k])
    for k in GDC_LIST:
        if rng.random() < 0.9:
            d[k] = rng.choice(vocab.gdc[k])
    return d


def facet_param(fields):
    return "facet.field=" + json.dumps(fields, ensure_ascii=False)


def make_queries(rng, vocab, count, agencies):
    """package_search query strings: Thai and English text, facets, filters, sorts."""
    from urllib.parse import quote
    facets8 = ["organization", "groups", "tags", "res_format", "license_id",
               "data_category", "data_type", "geo_coverage"]
    out = []
    for _ in range(count):
        parts = []
        r = rng.random()
        if r < 0.45:
            parts.append("q=" + quote(rng.choice(vocab.title_phrases)[:30]))
        elif r < 0.6:
            parts.append("q=" + quote(rng.choice(vocab.tags)))
        elif r < 0.75:
            parts.append("q=" + quote(rng.choice(ENGLISH)))
        # else: browse (no q)
        if rng.random() < 0.6:
            parts.append(quote(facet_param(facets8), safe="=&"))
        f = rng.random()
        if f < 0.15:
            parts.append("fq=" + quote(f'res_format:"{rng.choice(vocab.formats)}"'))
        elif f < 0.25:
            parts.append("fq=" + quote(f'organization:"{rng.choice(agencies)["name"]}"'))
        elif f < 0.32:
            parts.append("fq=" + quote(f'data_type:"{rng.choice(vocab.gdc["data_type"])}"'))
        if rng.random() < 0.15:
            parts.append("sort=" + quote("metadata_modified desc"))
        if rng.random() < 0.1:
            parts.append(f"start={rng.choice([10, 20, 40])}")
        out.append("&".join(parts))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, required=True, help="datasets (or queries) to write")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--real", default=DEFAULT_REAL, help="real data.go.th records (JSONL)")
    ap.add_argument("--sample", default=DEFAULT_SAMPLE, help="GD-Catalog value distributions (JSONL)")
    ap.add_argument("--queries", action="store_true", help="write package_search queries instead")
    ap.add_argument("--agencies-for", type=int, default=0,
                    help="with --queries: catalog size the agency names are drawn for")
    args = ap.parse_args()
    vocab = Vocabulary(args.real, args.sample)
    rng = random.Random(args.seed)
    out = sys.stdout
    if args.queries:
        agencies = make_agencies(vocab, args.agencies_for or args.count)
        for q in make_queries(rng, vocab, args.count, agencies):
            out.write(q + "\n")
        return
    agencies = make_agencies(vocab, args.count)
    for i in range(args.count):
        out.write(json.dumps(make_dataset(rng, i, vocab, agencies), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
