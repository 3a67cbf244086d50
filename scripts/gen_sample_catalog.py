#!/usr/bin/env python3
"""Generate khonha's bundled sample catalog (data/sample/).

The sample is synthetic: every title, description, number and file below was
written for khonha to exercise Thai/English search, facets and downloads. It
imitates the *shape* of a data.go.th (CKAN + ckanext-thai_gdc / GD-Catalog)
catalog; it is not an extract of any real catalog and its figures are
illustrative, not official statistics.

Output (deterministic for a given SEED; stdlib only):
  data/sample/catalog.jsonl   one CKAN package dict per line (package_show shape)
  data/sample/files/*         small real files that "upload" resources point to
  data/sample/README.md

Usage:  python3 scripts/gen_sample_catalog.py [--out data/sample]
"""

import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import sys
import uuid

SEED = 20240517
NS = uuid.uuid5(uuid.NAMESPACE_URL, f"https://khonha.invalid/sample/{SEED}")
DOWNLOAD_BASE = "http://localhost:8080"
FIRST_DAY = dt.datetime(2019, 1, 7)
LAST_DAY = dt.datetime(2026, 6, 30, 18, 0)


def uid(kind, key):
    """Stable UUID for an object: same seed + same key -> same id."""
    return str(uuid.uuid5(NS, f"{kind}/{key}"))


# ---------------------------------------------------------------------------
# Reference tables
# ---------------------------------------------------------------------------

# Thai name -> (slug, province code, region, lat, lon, English name)
PROVINCES = {
    "กรุงเทพมหานคร": ("bangkok", "10", "ภาคกลาง", 13.7563, 100.5018, "Bangkok"),
    "พระนครศรีอยุธยา": ("ayutthaya", "14", "ภาคกลาง", 14.3532, 100.5689, "Phra Nakhon Si Ayutthaya"),
    "ชลบุรี": ("chon-buri", "20", "ภาคตะวันออก", 13.3611, 100.9847, "Chon Buri"),
    "ระยอง": ("rayong", "21", "ภาคตะวันออก", 12.6814, 101.2816, "Rayong"),
    "นครราชสีมา": ("nakhon-ratchasima", "30", "ภาคตะวันออกเฉียงเหนือ", 14.9799, 102.0978, "Nakhon Ratchasima"),
    "อุบลราชธานี": ("ubon-ratchathani", "34", "ภาคตะวันออกเฉียงเหนือ", 15.2287, 104.8564, "Ubon Ratchathani"),
    "ขอนแก่น": ("khon-kaen", "40", "ภาคตะวันออกเฉียงเหนือ", 16.4322, 102.8236, "Khon Kaen"),
    "อุดรธานี": ("udon-thani", "41", "ภาคตะวันออกเฉียงเหนือ", 17.4138, 102.7872, "Udon Thani"),
    "เชียงใหม่": ("chiang-mai", "50", "ภาคเหนือ", 18.7883, 98.9853, "Chiang Mai"),
    "น่าน": ("nan", "55", "ภาคเหนือ", 18.7756, 100.7730, "Nan"),
    "เชียงราย": ("chiang-rai", "57", "ภาคเหนือ", 19.9105, 99.8406, "Chiang Rai"),
    "ตาก": ("tak", "63", "ภาคเหนือ", 16.8839, 99.1258, "Tak"),
    "สุโขทัย": ("sukhothai", "64", "ภาคเหนือ", 17.0056, 99.8264, "Sukhothai"),
    "พิษณุโลก": ("phitsanulok", "65", "ภาคเหนือ", 16.8211, 100.2659, "Phitsanulok"),
    "กาญจนบุรี": ("kanchanaburi", "71", "ภาคตะวันตก", 14.0228, 99.5328, "Kanchanaburi"),
    "ประจวบคีรีขันธ์": ("prachuap-khiri-khan", "77", "ภาคตะวันตก", 11.8124, 99.7973, "Prachuap Khiri Khan"),
    "นครศรีธรรมราช": ("nakhon-si-thammarat", "80", "ภาคใต้", 8.4304, 99.9631, "Nakhon Si Thammarat"),
    "กระบี่": ("krabi", "81", "ภาคใต้", 8.0863, 98.9063, "Krabi"),
    "ภูเก็ต": ("phuket", "83", "ภาคใต้", 7.8804, 98.3923, "Phuket"),
    "สุราษฎร์ธานี": ("surat-thani", "84", "ภาคใต้", 9.1382, 99.3215, "Surat Thani"),
    "สงขลา": ("songkhla", "90", "ภาคใต้", 7.1898, 100.5954, "Songkhla"),
}

# name, title, description (our own wording)
GROUPS = [
    ("public-health", "สาธารณสุข", "ข้อมูลสุขภาพ การแพทย์ สถานพยาบาล และการเฝ้าระวังโรค (Public Health)"),
    ("tourism", "การท่องเที่ยวและกีฬา", "สถิตินักท่องเที่ยว แหล่งท่องเที่ยว ที่พัก และสถานที่กีฬา (Tourism and Sports)"),
    ("environment", "ทรัพยากรธรรมชาติและสิ่งแวดล้อม", "คุณภาพอากาศ คุณภาพน้ำ ขยะ ป่าไม้ และสภาพภูมิอากาศ (Environment)"),
    ("education", "การศึกษา", "สถานศึกษา นักเรียน ครู และผลสัมฤทธิ์ทางการศึกษา (Education)"),
    ("transport", "คมนาคมและโลจิสติกส์", "ถนน การจราจร ยานพาหนะ และระบบขนส่งสาธารณะ (Transport and Logistics)"),
    ("economy", "เศรษฐกิจและการเงิน", "ผลิตภัณฑ์มวลรวม ราคาสินค้า การจ้างงาน และงบประมาณแผ่นดิน (Economy and Finance)"),
    ("agriculture", "เกษตรกรรม", "การผลิต ราคา พื้นที่เพาะปลูกสินค้าเกษตร และระบบชลประทาน (Agriculture)"),
    ("society", "สังคมและสวัสดิการ", "ประชากร ผู้สูงอายุ สวัสดิการสังคม และความมั่นคงของมนุษย์ (Society and Welfare)"),
    ("government", "การบริหารราชการ", "การบริหารภาครัฐ องค์กรปกครองส่วนท้องถิ่น และบริการดิจิทัลภาครัฐ (Government)"),
    ("research", "วิทยาศาสตร์ เทคโนโลยี และนวัตกรรม", "งานวิจัย ทรัพย์สินทางปัญญา และเทคโนโลยีดิจิทัล (Science, Technology and Innovation)"),
    ("energy", "พลังงาน", "การผลิตและการใช้ไฟฟ้า พลังงานทดแทน และสถานีอัดประจุ (Energy)"),
    ("public-safety", "ความปลอดภัยและภัยพิบัติ", "อุบัติเหตุ อาชญากรรม อุทกภัย ภัยแล้ง และการบรรเทาสาธารณภัย (Public Safety and Disaster)"),
    ("culture", "ศาสนา ศิลปะ และวัฒนธรรม", "โบราณสถาน พิพิธภัณฑ์ และมรดกทางวัฒนธรรม (Religion, Arts and Culture)"),
]

# Organization kinds (our own labels for organization.description)
K_DEPT = "ส่วนกลาง: ระดับกรม"
K_OFFICE = "ส่วนกลาง: สำนักงานในสังกัดสำนักนายกรัฐมนตรี"
K_MINISTRY = "ส่วนกลาง: ระดับกระทรวง"
K_SOE = "รัฐวิสาหกิจ"
K_PUBLIC_ORG = "องค์การมหาชน"
K_LOCAL = "ราชการส่วนท้องถิ่น"
K_PROVINCE = "ราชการส่วนภูมิภาค: จังหวัด"


class Org:
    def __init__(self, slug, title, kind, domain, phone, units, email_local="opendata", web=None):
        self.slug, self.title, self.kind, self.domain = slug, title, kind, domain
        self.phone, self.units, self.email_local = phone, units, email_local
        self.web = web or f"https://www.{domain}"
        self.id = uid("org", slug)


ORGS = [
    Org("ddc", "กรมควบคุมโรค", K_DEPT, "ddc.moph.go.th", "1422",
        ["กองระบาดวิทยา", "กองโรคติดต่อทั่วไป", "ศูนย์สารสนเทศ"], "epidata"),
    Org("moph", "สำนักงานปลัดกระทรวงสาธารณสุข", K_MINISTRY, "moph.go.th", "0 2590 1000",
        ["กองยุทธศาสตร์และแผนงาน", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"], "hdc"),
    Org("tat", "การท่องเที่ยวแห่งประเทศไทย (ททท.)", K_SOE, "tat.or.th", "1672",
        ["กองวิจัยการตลาด", "ศูนย์ข้อมูลการท่องเที่ยว"], "tatdata"),
    Org("mots", "กระทรวงการท่องเที่ยวและกีฬา", K_MINISTRY, "mots.go.th", "0 2283 1500",
        ["กองเศรษฐกิจการท่องเที่ยวและกีฬา", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"], "stat"),
    Org("tmd", "กรมอุตุนิยมวิทยา", K_DEPT, "tmd.go.th", "1182",
        ["กองเครื่องมือและสถานีอุตุนิยมวิทยา", "ศูนย์ภูมิอากาศ", "ศูนย์เฝ้าระวังแผ่นดินไหว"], "climate"),
    Org("nso", "สำนักงานสถิติแห่งชาติ", K_OFFICE, "nso.go.th", "0 2142 1234",
        ["กองสถิติสังคม", "กองสถิติเศรษฐกิจ", "กองสถิติพยากรณ์"], "services"),
    Org("dopa", "กรมการปกครอง", K_DEPT, "dopa.go.th", "1548",
        ["สำนักบริหารการทะเบียน", "กองการเจ้าหน้าที่"], "bora"),
    Org("bangkok", "กรุงเทพมหานคร", K_LOCAL, "bangkok.go.th", "1555",
        ["สำนักยุทธศาสตร์และประเมินผล", "สำนักการระบายน้ำ", "สำนักสิ่งแวดล้อม", "สำนักอนามัย"], "opendata"),
    Org("pcd", "กรมควบคุมมลพิษ", K_DEPT, "pcd.go.th", "1650",
        ["กองจัดการคุณภาพอากาศและเสียง", "กองจัดการคุณภาพน้ำ", "กองจัดการกากของเสียและสารอันตราย"], "air"),
    Org("obec", "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน (สพฐ.)", K_DEPT, "obec.go.th", "0 2288 5511",
        ["สำนักนโยบายและแผนการศึกษาขั้นพื้นฐาน", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"], "ict"),
    Org("pea", "การไฟฟ้าส่วนภูมิภาค (กฟภ.)", K_SOE, "pea.co.th", "1129",
        ["ฝ่ายวางแผนระบบไฟฟ้า", "กองสถิติและข้อมูลธุรกิจ"], "data"),
    Org("mea", "การไฟฟ้านครหลวง (กฟน.)", K_SOE, "mea.or.th", "1130",
        ["ฝ่ายวางแผนการจำหน่ายไฟฟ้า", "ฝ่ายบริการลูกค้า"], "opendata"),
    Org("doh", "กรมทางหลวง", K_DEPT, "doh.go.th", "1586",
        ["สำนักอำนวยความปลอดภัย", "สำนักสำรวจและออกแบบ", "ศูนย์เทคโนโลยีสารสนเทศ"], "traffic"),
    Org("bb", "สำนักงบประมาณ", K_OFFICE, "bb.go.th", "0 2265 1000",
        ["กองมาตรฐานงบประมาณ", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"], "budget"),
    Org("rid", "กรมชลประทาน", K_DEPT, "rid.go.th", "1460",
        ["สำนักอุทกวิทยาและบริหารน้ำ", "ศูนย์ปฏิบัติการน้ำอัจฉริยะ"], "water"),
    Org("oae", "สำนักงานเศรษฐกิจการเกษตร", K_DEPT, "oae.go.th", "0 2940 7000",
        ["ศูนย์สารสนเทศการเกษตร", "กองนโยบายและแผนพัฒนาการเกษตร"], "info"),
    Org("nesdc", "สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ", K_OFFICE, "nesdc.go.th", "0 2280 4085",
        ["กองบัญชีประชาชาติ", "กองยุทธศาสตร์การพัฒนาสังคม"], "nationalaccounts"),
    Org("dlt", "กรมการขนส่งทางบก", K_DEPT, "dlt.go.th", "1584",
        ["กลุ่มสถิติการขนส่ง", "สำนักการขนส่งผู้โดยสาร"], "stat"),
    Org("disaster", "กรมป้องกันและบรรเทาสาธารณภัย", K_DEPT, "disaster.go.th", "1784",
        ["ศูนย์อำนวยการความปลอดภัยทางถนน", "กองมาตรการป้องกันสาธารณภัย"], "center"),
    Org("dga", "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) (สพร.)", K_PUBLIC_ORG, "dga.or.th", "0 2612 6000",
        ["ฝ่ายนโยบายข้อมูลภาครัฐ", "ฝ่ายบริการดิจิทัลภาครัฐ"], "gdc"),
    Org("dnp", "กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช", K_DEPT, "dnp.go.th", "1362",
        ["สำนักอุทยานแห่งชาติ", "ส่วนควบคุมไฟป่า", "ศูนย์สารสนเทศ"], "park"),
    Org("dit", "กรมการค้าภายใน", K_DEPT, "dit.go.th", "1569",
        ["กองติดตามและประเมินผลราคาสินค้า", "กองส่งเสริมการค้าสินค้าเกษตร"], "price"),
    Org("doe", "กรมการจัดหางาน", K_DEPT, "doe.go.th", "1694",
        ["กองบริหารแรงงานต่างด้าว", "กองส่งเสริมการมีงานทำ"], "labour"),
    Org("dsdw", "กรมพัฒนาสังคมและสวัสดิการ", K_DEPT, "dsdw.go.th", "1300",
        ["กองคุ้มครองสวัสดิภาพและพัฒนาคนไร้ที่พึ่ง", "กองพัฒนาศักยภาพผู้ปฏิบัติงานด้านสวัสดิการสังคม"], "welfare"),
    Org("finearts", "กรมศิลปากร", K_DEPT, "finearts.go.th", "0 2221 4817",
        ["กองโบราณคดี", "กองพิพิธภัณฑสถานแห่งชาติ", "สำนักหอสมุดแห่งชาติ"], "archive"),
    Org("nstda", "สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ (สวทช.)", K_PUBLIC_ORG, "nstda.or.th", "0 2564 7000",
        ["ฝ่ายบริหารทรัพย์สินทางปัญญา", "ศูนย์เทคโนโลยีอิเล็กทรอนิกส์และคอมพิวเตอร์แห่งชาติ"], "info"),
    Org("dla", "กรมส่งเสริมการปกครองท้องถิ่น", K_DEPT, "dla.go.th", "0 2241 9000",
        ["กองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น", "ศูนย์สารสนเทศเพื่อการพัฒนาท้องถิ่น"], "info"),
    Org("rtp", "สำนักงานตำรวจแห่งชาติ", K_OFFICE, "royalthaipolice.go.th", "191",
        ["กองสารนิเทศ", "ศูนย์เทคโนโลยีสารสนเทศกลาง"], "data"),
    Org("chiangmai-pao", "องค์การบริหารส่วนจังหวัดเชียงใหม่", K_LOCAL, "chiangmaipao.go.th", "0 5311 1000",
        ["กองยุทธศาสตร์และงบประมาณ", "กองการท่องเที่ยว"], "saraban"),
    Org("phuket-province", "สำนักงานจังหวัดภูเก็ต", K_PROVINCE, "phuket.go.th", "0 7635 4875",
        ["กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด"], "strategy"),
]
ORG_BY_SLUG = {o.slug: o for o in ORGS}

# (license_id, license_title, weight, is-open)
LICENSES = [
    ("Creative Commons Attributions", "Creative Commons Attributions", 55, True),
    ("Open Data Common", "Open Data Common", 18, True),
    ("Creative Commons Attribution Share-Alike", "Creative Commons Attribution Share-Alike", 7, True),
    ("Creative Commons Attribution Non-Commercial", "Creative Commons Attribution Non-Commercial", 7, False),
    ("License not specified", "License not specified", 10, False),
    ("อื่นๆ", "อื่นๆ", 3, False),
]

DATA_TYPES = {
    "rec": "ข้อมูลระเบียน",
    "stat": "ข้อมูลสถิติ",
    "geo": "ข้อมูลภูมิสารสนเทศเชิงพื้นที่",
    "multi": "ข้อมูลหลากหลายประเภท",
    "other": "ข้อมูลประเภทอื่นๆ",
}

# resource format -> (mimetype, GD-Catalog data_format choice, file extension)
FORMATS = {
    "CSV": ("text/csv", "CSV", "csv"),
    "csv": ("text/csv", "CSV", "csv"),
    "XLSX": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLS", "xlsx"),
    "XLS": ("application/vnd.ms-excel", "XLS", "xls"),
    "JSON": ("application/json", "JSON", "json"),
    "GeoJSON": ("application/geo+json", "JSON", "geojson"),
    "PDF": ("application/pdf", "PDF", "pdf"),
    "XML": ("application/xml", "XML", "xml"),
    "SHP": ("application/zip", "Shapefile", "zip"),
    "API": (None, "Database", None),
    "ZIP": ("application/zip", "อื่นๆ", "zip"),
    "DOCX": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOC/DOCX", "docx"),
}

OBJECTIVE_EXTRA = [
    "เพื่อการให้บริการประชาชน", "ยุทธศาสตร์ชาติ", "แผนแม่บทภายใต้ยุทธศาสตร์ชาติ",
    "นโยบายรัฐบาล/ข้อสั่งการนายกรัฐมนตรี", "กฎหมายที่เกี่ยวข้อง", "แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ",
    "ดัชนี/ตัวชี้วัดระดับนานาชาติ", "มติคณะรัฐมนตรี", "แผนปฏิรูปประเทศ",
]
HIGH_FREQ = {"วัน", "วันทำการ", "ชั่วโมง", "นาที", "ตามเวลาจริง", "สัปดาห์"}


# ---------------------------------------------------------------------------
# Topics: one entry per dataset "family". `vary` expands a family into one
# dataset per year (Buddhist Era, {y}; {ce} = Common Era) or per province
# ({prov}; {p} = province slug). Resources are (name, format) or
# (name, format, local file under files/).
# ---------------------------------------------------------------------------

def T(org, slug, title, notes, tags, groups, dtype="stat", freq="ปี", geo="ประเทศ",
      res=(), vary=None, lang=("ไทย",), hvd=False, disagg=(), obj=None, when=1,
      collect="ไม่มี", extra=None):
    unit, interval = (freq, "1") if isinstance(freq, str) else freq
    if unit == "ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล":
        interval = ""
    return dict(org=org, slug=slug, title=title, notes=list(notes), tags=list(tags),
                groups=list(groups), dtype=dtype, unit=unit, interval=interval, geo=geo,
                res=list(res), vary=vary, lang=list(lang), hvd=hvd, disagg=list(disagg),
                obj=obj, when=when, collect=collect, extra=extra or {})


def Y(*years):
    return ("y", list(years))


def P(*provinces):
    return ("prov", list(provinces))


NOUPDATE = "ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล"
GEO_PROV, GEO_DIST, GEO_TAMBON, GEO_POINT = "จังหวัด", "อำเภอ", "ตำบล", "พิกัด"
BOTH = ("ไทย", "อังกฤษ")
EN = ("อังกฤษ",)
AREA = "ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่"

TOPICS = [
    # --- กรมควบคุมโรค -------------------------------------------------------
    T("ddc", "covid19-daily-cases-{y}", "สถิติผู้ป่วย COVID-19 รายวัน ปี {y}",
      ["จำนวนผู้ป่วยยืนยันติดเชื้อไวรัสโคโรนา 2019 (COVID-19) รายวัน จำแนกตามจังหวัดที่รายงาน ข้อมูลปี พ.ศ. {y}",
       "คอลัมน์ประกอบด้วยวันที่รายงาน จังหวัด กลุ่มอายุ จำนวนผู้ป่วยใหม่ และจำนวนผู้ป่วยสะสม",
       "คำอธิบายโครงสร้างข้อมูลอยู่ที่ https://ddc.moph.go.th/opendata/covid19"],
      ["COVID-19", "โควิด", "โรคติดต่อ", "ระบาดวิทยา"], ["public-health"], freq="วัน",
      geo=GEO_PROV, res=[("ผู้ป่วยยืนยันรายวัน ปี {y}", "CSV"), ("ผู้ป่วยยืนยันรายวัน ปี {y} (Excel)", "XLSX"),
                        ("API ข้อมูลผู้ป่วยรายวัน", "API")],
      vary=Y(2563, 2564, 2565), hvd=True, disagg=["เพศ", "อายุ/กลุ่มอายุ", AREA], collect="บุคคล"),
    T("ddc", "covid19-weekly-cases-2565", "จำนวนผู้ติดเชื้อและผู้เสียชีวิตจาก COVID-19 รายสัปดาห์ ปี 2565",
      ["สรุปจำนวนผู้ติดเชื้อรายใหม่ ผู้เสียชีวิต และผู้ป่วยที่รักษาหายรายสัปดาห์ของประเทศไทย ตั้งแต่สัปดาห์ที่ 1 ถึงสัปดาห์ที่ 20 ของปี 2565",
       "ตัวเลขเป็นค่าตัวอย่างเพื่อการสาธิต (illustrative) ไม่ใช่สถิติทางการ"],
      ["COVID-19", "โควิด", "ผู้เสียชีวิต", "weekly"], ["public-health"], freq="สัปดาห์",
      res=[("ผู้ติดเชื้อ COVID-19 รายสัปดาห์ (JSON)", "JSON", "covid19-weekly-2565.json"),
           ("คำอธิบายโครงสร้างข้อมูล", "PDF")], hvd=True),
    T("ddc", "dengue-situation-{y}", "สถานการณ์โรคไข้เลือดออก รายจังหวัด ปี {y}",
      ["จำนวนผู้ป่วยและอัตราป่วยต่อประชากรแสนคนของโรคไข้เลือดออก (Dengue) แยกรายจังหวัดและรายเดือน",
       "ใช้ประกอบการวางแผนควบคุมลูกน้ำยุงลายในช่วงฤดูฝน"],
      ["ไข้เลือดออก", "ยุงลาย", "โรคติดต่อนำโดยแมลง", "dengue"], ["public-health"], freq="สัปดาห์",
      geo=GEO_PROV, res=[("ผู้ป่วยไข้เลือดออกรายจังหวัด ปี {y}", "XLSX"), ("อัตราป่วยต่อแสนประชากร", "CSV")],
      vary=Y(2565, 2566, 2567), disagg=[AREA, "อายุ/กลุ่มอายุ"]),
    T("ddc", "disease-surveillance-506", "รายงานโรคที่ต้องเฝ้าระวังทางระบาดวิทยา (รง.506) ประจำสัปดาห์",
      ["ข้อมูลสรุปจำนวนผู้ป่วยโรคที่ต้องเฝ้าระวังทางระบาดวิทยาจากบัตรรายงาน 506 ของสถานพยาบาลทั่วประเทศ",
       "ครอบคลุมโรคอุจจาระร่วง ไข้หวัดใหญ่ มือเท้าปาก และโรคติดต่ออื่นรวม 50 โรค"],
      ["ระบาดวิทยา", "รง.506", "เฝ้าระวังโรค"], ["public-health"], freq="สัปดาห์", geo=GEO_PROV,
      res=[("สรุปรายสัปดาห์", "CSV"), ("สรุปรายสัปดาห์ (XML)", "XML"), ("คู่มือรหัสโรค", "PDF")],
      disagg=["เพศ", "อายุ/กลุ่มอายุ", AREA], hvd=True),
    T("ddc", "child-vaccine-coverage", "ความครอบคลุมการได้รับวัคซีนพื้นฐานในเด็กอายุต่ำกว่า 5 ปี",
      ["ร้อยละความครอบคลุมของวัคซีน BCG, HB, DTP-HB-Hib, OPV, MMR และ JE ในเด็กแต่ละช่วงอายุ",
       "ข้อมูลจากการสำรวจความครอบคลุมการได้รับวัคซีนระดับอำเภอ"],
      ["วัคซีน", "เด็ก", "สร้างเสริมภูมิคุ้มกันโรค", "EPI"], ["public-health", "society"], geo=GEO_DIST,
      res=[("ความครอบคลุมวัคซีนรายอำเภอ", "XLSX")], disagg=["อายุ/กลุ่มอายุ", AREA]),
    T("ddc", "ili-weekly-surveillance", "Influenza-like Illness (ILI) Weekly Surveillance",
      ["Weekly share of outpatient visits for influenza-like illness reported by sentinel hospitals in Thailand.",
       "ข้อมูลจากโรงพยาบาลเครือข่ายเฝ้าระวังไข้หวัดใหญ่ (sentinel sites) ทั่วประเทศ"],
      ["influenza", "ILI", "ไข้หวัดใหญ่", "surveillance"], ["public-health"], freq="สัปดาห์",
      res=[("ILI weekly series", "CSV"), ("ILI weekly series (JSON)", "JSON")], lang=BOTH),
    T("ddc", "pm25-respiratory-impact", "ผลกระทบต่อสุขภาพจากฝุ่นละออง PM2.5: ผู้ป่วยโรคระบบทางเดินหายใจ",
      ["จำนวนผู้ป่วยโรคระบบทางเดินหายใจ โรคหัวใจและหลอดเลือด และโรคตาอักเสบ ในช่วงที่ค่า PM2.5 เกินมาตรฐาน",
       "ใช้ประเมินผลกระทบทางสุขภาพจากมลพิษทางอากาศในพื้นที่ภาคเหนือและกรุงเทพมหานคร"],
      ["PM2.5", "ฝุ่นละออง", "ผลกระทบต่อสุขภาพ", "ทางเดินหายใจ"], ["public-health", "environment"],
      freq="เดือน", geo=GEO_PROV, res=[("ผู้ป่วยรายเดือนจำแนกกลุ่มโรค", "CSV"), ("รายงานวิเคราะห์", "PDF")],
      disagg=[AREA, "อายุ/กลุ่มอายุ"]),
    # --- สำนักงานปลัดกระทรวงสาธารณสุข ---------------------------------------
    T("moph", "health-promoting-hospitals", "รายชื่อโรงพยาบาลส่งเสริมสุขภาพตำบล (รพ.สต.) พร้อมพิกัดที่ตั้ง",
      ["ทะเบียนโรงพยาบาลส่งเสริมสุขภาพตำบลตัวอย่าง พร้อมรหัสหน่วยบริการ 5 หลัก ที่อยู่ และพิกัดละติจูด/ลองจิจูด",
       "ไฟล์นี้เป็นชุดตัวอย่างขนาดเล็กที่จัดทำขึ้นเพื่อการทดสอบระบบสืบค้น"],
      ["โรงพยาบาลส่งเสริมสุขภาพตำบล", "รพ.สต.", "สถานพยาบาล", "hospital"], ["public-health"],
      dtype="rec", freq="ปี", geo=GEO_TAMBON,
      res=[("ทะเบียน รพ.สต. (JSON)", "JSON", "health-promoting-hospitals.json")],
      hvd=True, collect="อาคาร/สิ่งปลูกสร้าง"),
    T("moph", "hospital-beds-{p}", "ข้อมูลโรงพยาบาลและจำนวนเตียง จังหวัด{prov}",
      ["รายชื่อโรงพยาบาลศูนย์ โรงพยาบาลทั่วไป และโรงพยาบาลชุมชนใน จังหวัด{prov} พร้อมจำนวนเตียงที่เปิดให้บริการจริง",
       "ปรับปรุงจากระบบรายงานทรัพยากรสาธารณสุขประจำปี"],
      ["โรงพยาบาล", "จำนวนเตียง", "สถานพยาบาล"], ["public-health"], dtype="rec", geo=GEO_PROV,
      res=[("รายชื่อโรงพยาบาลและจำนวนเตียง", "XLSX"), ("รายชื่อโรงพยาบาลและจำนวนเตียง", "CSV")],
      vary=P("เชียงใหม่", "ขอนแก่น", "สงขลา", "นครราชสีมา"), collect="อาคาร/สิ่งปลูกสร้าง"),
    T("moph", "health-workforce-fy{y}", "จำนวนบุคลากรทางการแพทย์และสาธารณสุข ปีงบประมาณ {y}",
      ["จำนวนแพทย์ ทันตแพทย์ เภสัชกร พยาบาลวิชาชีพ และนักวิชาการสาธารณสุข จำแนกรายจังหวัดและเขตสุขภาพ",
       "ใช้คำนวณอัตราส่วนบุคลากรต่อประชากรในแผนกำลังคนด้านสุขภาพ"],
      ["บุคลากรทางการแพทย์", "แพทย์", "พยาบาล", "เขตสุขภาพ"], ["public-health"], geo=GEO_PROV,
      res=[("บุคลากรสาธารณสุขรายจังหวัด", "XLSX"), ("บุคลากรสาธารณสุขรายจังหวัด", "CSV")],
      vary=Y(2566, 2567), disagg=[AREA, "อาชีพ"]),
    T("moph", "opd-top10-{y}", "10 อันดับโรคผู้ป่วยนอก (OPD) ปี{y}",
      ["สรุปสาเหตุการป่วยของผู้ป่วยนอก 10 อันดับแรก ตามรหัส ICD-10 จากสถานบริการในสังกัดกระทรวงสาธารณสุข"],
      ["ผู้ป่วยนอก", "OPD", "ICD-10", "สาเหตุการป่วย"], ["public-health"],
      res=[("สาเหตุการป่วยผู้ป่วยนอก ปี{y}", "PDF"), ("ตารางข้อมูล", "XLS")], vary=Y(2565, 2566)),
    T("moph", "health-service-unit-codes", "Health Service Units Registry (Hospital Codes)",
      ["Registry of public and private health service units with their 5-digit unit codes, affiliation and service level.",
       "Updated whenever a unit opens, closes or changes affiliation. รหัสสถานพยาบาลใช้อ้างอิงในระบบเบิกจ่าย"],
      ["hospital code", "registry", "รหัสสถานพยาบาล"], ["public-health", "government"], dtype="rec",
      freq="เดือน", res=[("Health unit registry", "CSV"), ("Health unit registry API", "API")], lang=BOTH,
      collect="อาคาร/สิ่งปลูกสร้าง"),
    T("moph", "elderly-screening", "ผลการคัดกรองสุขภาพผู้สูงอายุ 10 เรื่อง ระดับตำบล",
      ["ผลการคัดกรองภาวะสมองเสื่อม ภาวะซึมเศร้า การหกล้ม สุขภาพช่องปาก และภาวะโภชนาการในผู้สูงอายุ อายุ 60 ปีขึ้นไป",
       "ดำเนินการโดยเจ้าหน้าที่โรงพยาบาลส่งเสริมสุขภาพตำบลและอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.)"],
      ["ผู้สูงอายุ", "คัดกรองสุขภาพ", "อสม."], ["public-health", "society"], geo=GEO_TAMBON,
      res=[("ผลการคัดกรองรายตำบล", "CSV")], disagg=["เพศ", "อายุ/กลุ่มอายุ", AREA]),
    # --- ททท. ------------------------------------------------------------------
    T("tat", "tourist-arrivals-by-province-2566", "สถิตินักท่องเที่ยวรายจังหวัด ปี 2566",
      ["จำนวนนักท่องเที่ยวชาวไทยและชาวต่างชาติ และรายได้จากการท่องเที่ยว จำแนกรายจังหวัด ปี 2566",
       "ไฟล์ตัวอย่างนี้มี 20 จังหวัดท่องเที่ยวหลัก ตัวเลขจัดทำขึ้นเพื่อการสาธิตเท่านั้น"],
      ["ท่องเที่ยว", "นักท่องเที่ยว", "สถิติการท่องเที่ยว", "tourism"], ["tourism", "economy"],
      geo=GEO_PROV, res=[("นักท่องเที่ยวรายจังหวัด ปี 2566", "CSV", "tourist-arrivals-by-province-2566.csv"),
                         ("นักท่องเที่ยวรายจังหวัด ปี 2566 (Excel)", "XLSX")],
      hvd=True, disagg=[AREA], extra={"unit_of_measure": "คน", "unit_of_multiplier": "หน่วย"}),
    T("tat", "tourism-provinces-geojson", "ตำแหน่งจังหวัดท่องเที่ยวหลักของประเทศไทย (GeoJSON)",
      ["จุดที่ตั้งศาลากลางจังหวัดของจังหวัดท่องเที่ยวหลัก พร้อมภาคและจำนวนนักท่องเที่ยวโดยประมาณ ในรูปแบบ GeoJSON FeatureCollection",
       "เหมาะสำหรับแสดงผลบนแผนที่ Leaflet หรือ QGIS"],
      ["ท่องเที่ยว", "แผนที่", "GeoJSON", "จังหวัด"], ["tourism"], dtype="geo", freq=NOUPDATE,
      geo=GEO_POINT, res=[("จังหวัดท่องเที่ยวหลัก (GeoJSON)", "GeoJSON", "tourism-provinces.geojson")],
      lang=BOTH, collect=AREA),
    T("tat", "attractions-{p}", "ข้อมูลแหล่งท่องเที่ยว จังหวัด{prov}",
      ["รายชื่อแหล่งท่องเที่ยวทางธรรมชาติ ประวัติศาสตร์ และวัฒนธรรมใน จังหวัด{prov} พร้อมพิกัด เวลาเปิด-ปิด และค่าเข้าชม",
       "ข้อมูลจากสำนักงาน ททท. ในพื้นที่"],
      ["ท่องเที่ยว", "แหล่งท่องเที่ยว", "attraction"], ["tourism"], dtype="rec", freq="ไตรมาส",
      geo=GEO_PROV, res=[("แหล่งท่องเที่ยว จังหวัด{prov}", "CSV"), ("แหล่งท่องเที่ยว จังหวัด{prov}", "JSON")],
      vary=P("เชียงใหม่", "ภูเก็ต", "กระบี่", "น่าน", "กาญจนบุรี"), lang=BOTH, collect="อาคาร/สิ่งปลูกสร้าง"),
    T("tat", "tat-events-{y}", "ปฏิทินกิจกรรมและเทศกาลท่องเที่ยว ททท.ประจำปี {y}",
      ["กำหนดการเทศกาล งานประเพณี และกิจกรรมส่งเสริมการท่องเที่ยวทั่วประเทศไทยตลอดปี {y}",
       "วันที่อาจเปลี่ยนแปลงตามประกาศของจังหวัด"],
      ["ท่องเที่ยว", "เทศกาล", "ประเพณี", "event"], ["tourism", "culture"], dtype="rec", freq="เดือน",
      res=[("ปฏิทินกิจกรรม {y}", "XLSX"), ("ปฏิทินกิจกรรม {y}", "PDF")], vary=Y(2567, 2568), when=0),
    T("tat", "tourism-standard-accommodation", "ที่พักที่ได้รับมาตรฐานการท่องเที่ยวไทย (Thailand Tourism Standard)",
      ["รายชื่อโรงแรม รีสอร์ต และโฮมสเตย์ที่ผ่านการรับรองมาตรฐาน พร้อมประเภทมาตรฐานและวันหมดอายุใบรับรอง"],
      ["ที่พัก", "โรงแรม", "โฮมสเตย์", "มาตรฐานการท่องเที่ยว"], ["tourism"], dtype="rec", freq="เดือน",
      geo=GEO_PROV, res=[("รายชื่อที่พักที่ได้รับมาตรฐาน", "CSV")], collect="บริษัท/ห้างร้าน/สถานประกอบการ"),
    T("tat", "tat-attractions-api", "Thailand Tourism Attractions API",
      ["REST API returning attractions, restaurants, accommodation and events with Thai, English and Chinese descriptions.",
       "ต้องลงทะเบียนรับ API key ก่อนใช้งาน รายละเอียดที่ https://developer.tat.or.th/"],
      ["API", "tourism", "ท่องเที่ยว", "open api"], ["tourism", "research"], dtype="multi", freq="ตามเวลาจริง",
      res=[("Attractions endpoint", "API"), ("API documentation", "PDF")], lang=("ไทย", "อังกฤษ", "จีน"),
      hvd=True),
    T("tat", "tat-offices", "รายชื่อสำนักงาน ททท. ในประเทศและต่างประเทศ",
      ["ที่อยู่ หมายเลขโทรศัพท์ และพื้นที่รับผิดชอบของสำนักงานการท่องเที่ยวแห่งประเทศไทยทั้งในประเทศและต่างประเทศ"],
      ["ททท.", "สำนักงาน", "ติดต่อ"], ["tourism", "government"], dtype="rec", freq="ปี",
      res=[("สำนักงาน ททท.", "csv")], lang=BOTH),
    # --- กระทรวงการท่องเที่ยวและกีฬา -------------------------------------------
    T("mots", "domestic-tourism-{y}", "สถิติการท่องเที่ยวภายในประเทศ (Domestic Tourism Statistics) ปี {y}",
      ["จำนวนผู้เยี่ยมเยือน นักท่องเที่ยว นักทัศนาจร ค่าใช้จ่ายเฉลี่ย และรายได้จากการท่องเที่ยว จำแนกรายจังหวัด",
       "จัดทำตามกรอบบัญชีประชาชาติด้านการท่องเที่ยว (Tourism Satellite Account)"],
      ["ท่องเที่ยว", "สถิติการท่องเที่ยว", "รายได้การท่องเที่ยว", "domestic tourism"], ["tourism", "economy"],
      freq="ไตรมาส", geo=GEO_PROV, res=[("สถิติรายจังหวัด ปี {y}", "XLSX"), ("สถิติรายจังหวัด ปี {y}", "CSV"),
                                         ("ตารางสรุปรายภาค ปี {y}", "XLSX"), ("สรุปภาวะการท่องเที่ยว", "PDF")],
      vary=Y(2564, 2565, 2566, 2567), hvd=True, disagg=[AREA]),
    T("mots", "international-arrivals-{ce}", "International Tourist Arrivals to Thailand by Nationality {ce}",
      ["Monthly international tourist arrivals to Thailand by nationality and port of entry, {ce}.",
       "Counts are based on immigration records. นักท่องเที่ยวชาวต่างชาติ จำแนกตามสัญชาติ"],
      ["international arrivals", "tourism", "นักท่องเที่ยวต่างชาติ"], ["tourism"], freq="เดือน",
      res=[("Arrivals by nationality {ce}", "XLSX"), ("Arrivals by nationality {ce}", "CSV")],
      vary=Y(2566, 2567), lang=BOTH, disagg=["อื่นๆ"], extra={"disaggregate_other": "สัญชาติ"}),
    T("mots", "tourism-receipts-quarterly", "รายได้จากการท่องเที่ยว รายไตรมาส",
      ["รายได้จากนักท่องเที่ยวชาวไทยและชาวต่างชาติ รายไตรมาส ตั้งแต่ปี 2560 เป็นต้นมา หน่วย: ล้านบาท"],
      ["ท่องเที่ยว", "รายได้", "เศรษฐกิจการท่องเที่ยว"], ["tourism", "economy"], freq="ไตรมาส",
      res=[("รายได้การท่องเที่ยวรายไตรมาส", "CSV")],
      extra={"unit_of_measure": "บาท", "unit_of_multiplier": "ล้าน"}),
    T("mots", "sports-facilities-{p}", "ข้อมูลสนามกีฬาและสถานที่ออกกำลังกาย จังหวัด{prov}",
      ["ที่ตั้งสนามกีฬา ลานกีฬา และสวนสุขภาพใน จังหวัด{prov} พร้อมประเภทกีฬาและหน่วยงานที่ดูแล"],
      ["สนามกีฬา", "ออกกำลังกาย", "กีฬา"], ["tourism", "society"], dtype="rec", geo=GEO_PROV,
      res=[("สนามกีฬา จังหวัด{prov}", "XLSX")], vary=P("ขอนแก่น", "ชลบุรี"), collect="อาคาร/สิ่งปลูกสร้าง"),
    T("mots", "covid-impact-tourism", "ผลกระทบของสถานการณ์ COVID-19 ต่ออุตสาหกรรมการท่องเที่ยวไทย",
      ["รายงานการประเมินผลกระทบทางเศรษฐกิจต่อผู้ประกอบการท่องเที่ยว การจ้างงาน และรายได้ของจังหวัดท่องเที่ยวหลัก ช่วงปี 2563–2565",
       "ประกอบด้วยตารางสถิติและรายงานฉบับเต็ม"],
      ["ท่องเที่ยว", "COVID-19", "ผลกระทบ", "เศรษฐกิจ"], ["tourism", "economy"], dtype="multi", freq=NOUPDATE,
      res=[("รายงานฉบับเต็ม", "PDF"), ("ตารางสถิติประกอบรายงาน", "XLSX"), ("บทสรุปผู้บริหาร", "DOCX")]),
    T("mots", "hotel-occupancy", "อัตราการเข้าพักโรงแรม (Occupancy Rate) รายเดือน",
      ["อัตราการเข้าพักของสถานพักแรมรายภาคและรายจังหวัด ร้อยละ ปรับปรุงทุกเดือน"],
      ["โรงแรม", "อัตราการเข้าพัก", "occupancy", "ท่องเที่ยว"], ["tourism"], freq="เดือน", geo=GEO_PROV,
      res=[("อัตราการเข้าพักรายเดือน", "CSV"), ("อัตราการเข้าพักรายเดือน", "JSON")], disagg=[AREA]),
    # --- กรมอุตุนิยมวิทยา -------------------------------------------------------
    T("tmd", "monthly-rainfall-2566", "ปริมาณฝนรายเดือน สถานีตรวจอากาศหลัก ปี 2566",
      ["ปริมาณฝนสะสมรายเดือน (มิลลิเมตร) ของสถานีตรวจอากาศหลัก 15 สถานี ปี 2566 พร้อมปริมาณฝนรวมทั้งปี",
       "ค่าในไฟล์ตัวอย่างเป็นค่าประมาณเพื่อการสาธิต"],
      ["ปริมาณฝน", "ฝน", "อุตุนิยมวิทยา", "rainfall"], ["environment", "agriculture"], geo=GEO_POINT,
      res=[("ปริมาณฝนรายเดือน ปี 2566", "CSV", "monthly-rainfall-2566.csv"), ("แผนที่ฝนสะสม", "PDF")],
      hvd=True, extra={"unit_of_measure": "มิลลิเมตร"}),
    T("tmd", "daily-temperature-{y}", "ข้อมูลอุณหภูมิสูงสุด-ต่ำสุดรายวัน ปี {y}",
      ["อุณหภูมิสูงสุด อุณหภูมิต่ำสุด และความชื้นสัมพัทธ์เฉลี่ยรายวันของสถานีตรวจอากาศทั่วประเทศ"],
      ["อุณหภูมิ", "อากาศ", "temperature", "สภาพอากาศ"], ["environment"], freq="วัน", geo=GEO_POINT,
      res=[("อุณหภูมิรายวัน {y}", "CSV"), ("อุณหภูมิรายวัน {y}", "XML")], vary=Y(2565, 2566, 2567)),
    T("tmd", "forecast-7days-api", "Weather Forecast 7 Days API",
      ["Seven-day weather forecast for every province: temperature, rain probability, wind and sky condition.",
       "บริการพยากรณ์อากาศล่วงหน้า 7 วัน ผ่าน API ต้องขอ token ที่ https://data.tmd.go.th/"],
      ["weather", "forecast", "พยากรณ์อากาศ", "API"], ["environment"], dtype="multi", freq="ชั่วโมง",
      geo=GEO_PROV, res=[("Forecast API (JSON)", "API"), ("Forecast API (XML)", "API")], lang=BOTH, hvd=True),
    T("tmd", "earthquake-reports", "รายงานแผ่นดินไหวในประเทศไทยและประเทศใกล้เคียง",
      ["วันเวลา ตำแหน่งศูนย์กลาง ความลึก และขนาดของแผ่นดินไหวที่ตรวจวัดได้ ตั้งแต่ขนาด 1.0 ขึ้นไป"],
      ["แผ่นดินไหว", "earthquake", "ภัยพิบัติ"], ["environment", "public-safety"], dtype="rec",
      freq="ตามเวลาจริง", geo="ทวีป/กลุ่มประเทศในทวีป", res=[("รายการแผ่นดินไหว", "CSV"), ("Earthquake feed", "XML")]),
    T("tmd", "tropical-cyclone-tracks", "เส้นทางพายุหมุนเขตร้อนที่เคลื่อนเข้าสู่ประเทศไทย",
      ["เส้นทางและความรุนแรงของพายุหมุนเขตร้อนที่เคลื่อนผ่านประเทศไทย ตั้งแต่ปี 2494 จนถึงปัจจุบัน ในรูปแบบเส้น (polyline)"],
      ["พายุ", "พายุหมุนเขตร้อน", "storm", "GIS"], ["environment", "public-safety"], dtype="geo",
      res=[("เส้นทางพายุ (Shapefile)", "SHP"), ("เส้นทางพายุ (GeoJSON)", "GeoJSON")],
      collect=AREA),
    T("tmd", "weather-stations", "ที่ตั้งสถานีตรวจอากาศทั่วประเทศ",
      ["รหัสสถานี ชื่อสถานี ประเภทสถานี ความสูงจากระดับน้ำทะเล และพิกัดของสถานีตรวจอากาศ 120 แห่ง"],
      ["สถานีตรวจอากาศ", "พิกัด", "weather station"], ["environment"], dtype="geo", freq=NOUPDATE,
      geo=GEO_POINT, res=[("สถานีตรวจอากาศ", "CSV"), ("สถานีตรวจอากาศ", "GeoJSON")], collect="อาคาร/สิ่งปลูกสร้าง"),
    # --- สำนักงานสถิติแห่งชาติ ---------------------------------------------------
    T("nso", "labour-force-survey-{y}", "ผลการสำรวจภาวะการทำงานของประชากร (Labour Force Survey) ปี {y}",
      ["จำนวนผู้มีงานทำ ผู้ว่างงาน และผู้อยู่นอกกำลังแรงงาน จำแนกตามเพศ อายุ ระดับการศึกษา และอุตสาหกรรม",
       "สำรวจทุกเดือนและสรุปผลรายไตรมาส"],
      ["แรงงาน", "การว่างงาน", "labour force", "สำรวจ"], ["economy", "society"], freq="ไตรมาส",
      res=[("ตารางสถิติรายไตรมาส ปี {y}", "XLSX"), ("รายงานผลการสำรวจ", "PDF")], vary=Y(2565, 2566, 2567),
      hvd=True, disagg=["เพศ", "อายุ/กลุ่มอายุ", "ระดับการศึกษา", "อุตสาหกรรม/ประเภทกิจการ"],
      extra={"official_statistics": "True"}),
    T("nso", "household-socioeconomic-{y}", "การสำรวจภาวะเศรษฐกิจและสังคมของครัวเรือน ปี {y}",
      ["รายได้ ค่าใช้จ่าย หนี้สิน และทรัพย์สินของครัวเรือน จำแนกตามภาคและเขตการปกครอง"],
      ["ครัวเรือน", "รายได้", "หนี้สินครัวเรือน", "SES"], ["economy", "society"], freq=("ปี", "2"),
      res=[("ตารางสถิติ", "XLSX"), ("รายงานฉบับสมบูรณ์", "PDF")], vary=Y(2564, 2566),
      disagg=["รายได้", AREA], extra={"official_statistics": "True"}),
    T("nso", "ict-household-survey-{y}", "การสำรวจการมีการใช้เทคโนโลยีสารสนเทศและการสื่อสารในครัวเรือน ปี {y}",
      ["สัดส่วนประชากรอายุ 6 ปีขึ้นไปที่ใช้คอมพิวเตอร์ อินเทอร์เน็ต และโทรศัพท์มือถือ จำแนกรายจังหวัด"],
      ["ICT", "อินเทอร์เน็ต", "โทรศัพท์มือถือ", "ดิจิทัล"], ["research", "society"], geo=GEO_PROV,
      res=[("ตารางสถิติรายจังหวัด", "XLSX"), ("ตารางสถิติรายจังหวัด", "CSV")], vary=Y(2565, 2566, 2567),
      disagg=["เพศ", "อายุ/กลุ่มอายุ", AREA], extra={"official_statistics": "True"}),
    T("nso", "provincial-statistical-report-{p}", "รายงานสถิติจังหวัด{prov}",
      ["ข้อมูลสถิติพื้นฐานของจังหวัด{prov} ด้านประชากร แรงงาน การศึกษา สาธารณสุข การเกษตร และการท่องเที่ยว"],
      ["สถิติจังหวัด", "รายงานสถิติ", "ข้อมูลพื้นฐาน"], ["society", "economy"], dtype="multi", geo=GEO_PROV,
      res=[("รายงานสถิติจังหวัด", "PDF"), ("ตารางสถิติ", "XLS")],
      vary=P("ขอนแก่น", "อุบลราชธานี", "สุราษฎร์ธานี")),
    T("nso", "statistical-yearbook-{ce}", "Thailand Statistical Yearbook {ce}",
      ["Compendium of official statistics on population, economy, society and environment for {ce}.",
       "Tables are bilingual (Thai/English)."],
      ["statistical yearbook", "official statistics", "สมุดสถิติรายปี"], ["economy", "society", "government"],
      dtype="multi", res=[("Statistical Yearbook {ce} (full)", "PDF"), ("Tables", "ZIP")],
      vary=Y(2566, 2567), lang=BOTH, extra={"official_statistics": "True"}),
    T("nso", "older-persons-survey", "การสำรวจประชากรสูงอายุในประเทศไทย",
      ["ลักษณะทางประชากร สุขภาพ การทำงาน และการอยู่อาศัยของผู้สูงอายุในประเทศไทย จัดทำทุก 3–4 ปี"],
      ["ผู้สูงอายุ", "สังคมสูงวัย", "ประชากร"], ["society"], freq=("ปี", "4"),
      res=[("ตารางสถิติ", "XLSX"), ("รายงาน", "PDF")], disagg=["เพศ", "อายุ/กลุ่มอายุ", "สถานภาพสมรส"],
      extra={"official_statistics": "True"}),
    # --- กรมการปกครอง --------------------------------------------------------------
    T("dopa", "population-by-province-2566", "จำนวนประชากรจากการทะเบียนราษฎร จำแนกรายจังหวัด ปี 2566",
      ["จำนวนประชากรชายและหญิง และจำนวนบ้านตามหลักฐานการทะเบียนราษฎร ณ วันที่ 31 ธันวาคม 2566",
       "ไฟล์ตัวอย่างมี 20 จังหวัด ตัวเลขปัดเศษและจัดทำเพื่อการสาธิต"],
      ["ประชากร", "ทะเบียนราษฎร", "จังหวัด", "population"], ["society"], geo=GEO_PROV,
      res=[("ประชากรรายจังหวัด ปี 2566", "CSV", "population-by-province-2566.csv")],
      hvd=True, disagg=["เพศ", AREA], extra={"unit_of_measure": "คน", "official_statistics": "True"}),
    T("dopa", "population-by-age-{y}", "จำนวนประชากรแยกรายอายุ ปี {y}",
      ["จำนวนประชากรสัญชาติไทยแยกรายอายุ 0–100 ปีขึ้นไป และเพศ ระดับประเทศ จังหวัด และอำเภอ"],
      ["ประชากร", "อายุ", "โครงสร้างประชากร"], ["society"], geo=GEO_DIST,
      res=[("ประชากรรายอายุ {y}", "CSV"), ("ประชากรรายอายุ {y}", "XLSX")], vary=Y(2564, 2565, 2567),
      disagg=["เพศ", "อายุ/กลุ่มอายุ", AREA]),
    T("dopa", "births-deaths-{y}", "สถิติการเกิดและการตายรายเดือน ปี {y}",
      ["จำนวนการเกิดและการตายที่ได้รับแจ้งต่อสำนักทะเบียน จำแนกรายเดือนและรายจังหวัด"],
      ["การเกิด", "การตาย", "ทะเบียนราษฎร"], ["society", "public-health"], freq="เดือน", geo=GEO_PROV,
      res=[("การเกิดและการตาย {y}", "CSV")], vary=Y(2566, 2567), disagg=["เพศ", AREA]),
    T("dopa", "admin-boundaries", "ขอบเขตการปกครองระดับจังหวัด อำเภอ ตำบล",
      ["ชั้นข้อมูลขอบเขตการปกครอง 77 จังหวัด 878 อำเภอ และตำบล พร้อมรหัสเขตการปกครอง 2/4/6 หลัก",
       "ระบบพิกัด WGS84 / UTM Zone 47N"],
      ["ขอบเขตการปกครอง", "GIS", "Shapefile", "รหัสจังหวัด"], ["government"], dtype="geo",
      geo=GEO_TAMBON, res=[("ขอบเขตจังหวัด", "SHP"), ("ขอบเขตอำเภอ", "SHP"), ("ขอบเขตตำบล", "SHP"),
                           ("ขอบเขตจังหวัด (GeoJSON)", "GeoJSON"), ("ตารางรหัสเขตการปกครอง", "CSV")], hvd=True, collect=AREA,
      extra={"geographic_data_set": "ชั้นข้อมูลขอบเขตการปกครอง", "equivalent_scale": "1:50,000"}),
    T("dopa", "district-offices", "รายชื่อที่ว่าการอำเภอและหมายเลขโทรศัพท์",
      ["ที่อยู่ หมายเลขโทรศัพท์ และพิกัดที่ว่าการอำเภอทั่วประเทศ"],
      ["ที่ว่าการอำเภอ", "ติดต่อราชการ", "อำเภอ"], ["government"], dtype="rec", geo=GEO_DIST,
      res=[("ที่ว่าการอำเภอ", "XLSX"), ("ที่ว่าการอำเภอ", "JSON")], collect="อาคาร/สิ่งปลูกสร้าง"),
    T("dopa", "houses-by-district", "จำนวนบ้านตามทะเบียนราษฎร รายอำเภอ",
      ["จำนวนบ้านที่มีเลขที่บ้านตามทะเบียนบ้าน จำแนกรายอำเภอ ปรับปรุงทุก 6 เดือน"],
      ["ทะเบียนบ้าน", "จำนวนบ้าน", "ที่อยู่อาศัย"], ["society"], freq="ครึ่งปี", geo=GEO_DIST,
      res=[("จำนวนบ้านรายอำเภอ", "CSV")], disagg=[AREA], collect="บ้าน/ที่อยู่อาศัย"),
    # --- กรุงเทพมหานคร -----------------------------------------------------------
    T("bangkok", "bma-cctv-locations", "ตำแหน่งกล้อง CCTV ในพื้นที่กรุงเทพมหานคร",
      ["พิกัดและสถานะการทำงานของกล้องโทรทัศน์วงจรปิด (CCTV) ของกรุงเทพมหานคร จำแนกตามเขต 50 เขต"],
      ["CCTV", "กล้องวงจรปิด", "กทม.", "ความปลอดภัย"], ["public-safety", "transport"], dtype="geo",
      freq="เดือน", geo=GEO_POINT, res=[("ตำแหน่งกล้อง CCTV", "CSV"), ("ตำแหน่งกล้อง CCTV", "GeoJSON")],
      collect="อาคาร/สิ่งปลูกสร้าง"),
    T("bangkok", "bma-public-parks", "สวนสาธารณะในกรุงเทพมหานคร",
      ["รายชื่อสวนสาธารณะ สวนหย่อม และสวน 15 นาที พร้อมขนาดพื้นที่ (ไร่) เวลาเปิดปิด และสิ่งอำนวยความสะดวก",
       "ข้อมูลจากสำนักสิ่งแวดล้อม กทม."],
      ["สวนสาธารณะ", "พื้นที่สีเขียว", "กทม.", "park"], ["environment", "tourism"], dtype="rec", freq="ไตรมาส",
      geo=GEO_POINT, res=[("สวนสาธารณะ", "CSV"), ("สวนสาธารณะ", "JSON")], collect="ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่"),
    T("bangkok", "bma-flood-risk-points-{y}", "จุดเสี่ยงน้ำท่วมในพื้นที่ กทม. ปี {y}",
      ["จุดเสี่ยงน้ำท่วมขังและจุดอ่อนน้ำท่วมบนถนนสายหลัก พร้อมแนวทางแก้ไขของสำนักการระบายน้ำ"],
      ["น้ำท่วม", "จุดเสี่ยง", "กรุงเทพมหานคร", "ระบายน้ำ"], ["public-safety", "environment"], dtype="geo",
      geo=GEO_POINT, res=[("จุดเสี่ยงน้ำท่วม {y}", "XLSX"), ("จุดเสี่ยงน้ำท่วม {y}", "GeoJSON")],
      vary=Y(2566, 2567), when=0, collect="เส้นทางการเดินทาง เช่น ถนน ทางรถไฟ"),
    T("bangkok", "bma-schools", "Bangkok Metropolitan Administration Schools",
      ["List of the 437 schools run by the Bangkok Metropolitan Administration with district, level and student counts.",
       "โรงเรียนสังกัดกรุงเทพมหานคร"],
      ["schools", "Bangkok", "education", "โรงเรียน"], ["education"], dtype="rec",
      geo="เทศบาล/อบต.", res=[("BMA schools", "CSV")], lang=BOTH, collect="อาคาร/สิ่งปลูกสร้าง"),
    T("bangkok", "bma-budget-fy{y}", "งบประมาณรายจ่ายประจำปีงบประมาณ {y} ของกรุงเทพมหานคร",
      ["ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. {y} จำแนกตามหน่วยงาน แผนงาน และงบรายจ่าย",
       "รายละเอียดเพิ่มเติมดูได้ที่ https://www.bangkok.go.th/budget"],
      ["งบประมาณ", "ปีงบประมาณ", "กทม.", "budget"], ["economy", "government"], dtype="multi",
      geo="เทศบาล/อบต.", res=[("ข้อบัญญัติงบประมาณ {y}", "PDF"), ("ตารางงบประมาณ {y}", "XLSX"),
                              ("ตารางงบประมาณ {y}", "CSV"), ("งบประมาณฉบับประชาชน (Citizen's Budget) {y}", "PDF")],
      vary=Y(2566, 2567, 2568), when=-1, hvd=True),
    T("bangkok", "bma-waste-by-district", "ปริมาณขยะมูลฝอยรายเขต กรุงเทพมหานคร",
      ["ปริมาณขยะมูลฝอยที่จัดเก็บได้รายวันเฉลี่ย (ตัน/วัน) ของสำนักงานเขต 50 เขต"],
      ["ขยะ", "ขยะมูลฝอย", "สิ่งแวดล้อม", "waste"], ["environment"], freq="เดือน", geo="เทศบาล/อบต.",
      res=[("ปริมาณขยะรายเขต", "XLSX")], disagg=[AREA], extra={"unit_of_measure": "ตัน/วัน"}),
    T("bangkok", "bma-health-centers", "ศูนย์บริการสาธารณสุข กรุงเทพมหานคร 69 แห่ง",
      ["ที่ตั้ง เวลาทำการ และบริการของศูนย์บริการสาธารณสุขสังกัดสำนักอนามัย กรุงเทพมหานคร"],
      ["ศูนย์บริการสาธารณสุข", "สำนักอนามัย", "กทม."], ["public-health"], dtype="rec", geo=GEO_POINT,
      res=[("ศูนย์บริการสาธารณสุข", "CSV"), ("ศูนย์บริการสาธารณสุข", "GeoJSON")],
      collect="อาคาร/สิ่งปลูกสร้าง"),
    T("bangkok", "bangkok-traffic-index", "Bangkok Traffic Congestion Index",
      ["Hourly congestion index for 40 major Bangkok corridors derived from probe vehicle speeds.",
       "Values range from 0 (free flow) to 10 (standstill)."],
      ["traffic", "congestion", "Bangkok", "จราจร"], ["transport"], freq="ชั่วโมง", geo="เทศบาล/อบต.",
      res=[("Traffic index API", "API"), ("Daily archive", "CSV")], lang=EN),
    # --- กรมควบคุมมลพิษ ---------------------------------------------------------------
    T("pcd", "pm25-hourly-bangkok", "ค่าฝุ่น PM2.5 รายชั่วโมง สถานีตรวจวัดในกรุงเทพมหานคร",
      ["ค่าความเข้มข้นของฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน (PM2.5) รายชั่วโมง และดัชนีคุณภาพอากาศ (AQI) จากสถานีตรวจวัดอัตโนมัติ",
       "ไฟล์ตัวอย่างครอบคลุม 3 สถานี ช่วงเช้าวันที่ 15 มกราคม 2567 ค่าในไฟล์จัดทำเพื่อการสาธิต",
       "ค่ามาตรฐานเฉลี่ย 24 ชั่วโมงของประเทศไทยคือ 37.5 มคก./ลบ.ม."],
      ["PM2.5", "ฝุ่นละออง", "คุณภาพอากาศ", "AQI", "air quality"], ["environment", "public-health"],
      freq="ชั่วโมง", geo=GEO_POINT,
      res=[("PM2.5 รายชั่วโมง (ตัวอย่าง)", "CSV", "pm25-hourly-bangkok.csv"), ("Air4Thai API", "API")],
      hvd=True, extra={"unit_of_measure": "ไมโครกรัมต่อลูกบาศก์เมตร"}),
    T("pcd", "aqi-daily-{y}", "ดัชนีคุณภาพอากาศ (AQI) รายวัน ปี {y}",
      ["ค่าเฉลี่ยรายวันของ PM2.5 PM10 O3 CO NO2 SO2 และค่า AQI ของสถานีตรวจวัดคุณภาพอากาศทั่วประเทศ"],
      ["AQI", "คุณภาพอากาศ", "มลพิษทางอากาศ", "PM10"], ["environment"], freq="วัน", geo=GEO_POINT,
      res=[("AQI รายวัน {y}", "CSV"), ("AQI รายวัน {y}", "XLSX")], vary=Y(2565, 2566, 2567)),
    T("pcd", "pm25-monthly-{p}", "ค่าฝุ่นละออง PM2.5 เฉลี่ยรายเดือน จังหวัด{prov}",
      ["ค่าเฉลี่ยรายเดือนของฝุ่น PM2.5 และจำนวนวันที่เกินค่ามาตรฐาน ใน จังหวัด{prov} ตั้งแต่ปี 2562",
       "ช่วงฤดูแล้ง (มกราคม–เมษายน) มักพบค่าเกินมาตรฐานจากการเผาในที่โล่งและไฟป่า"],
      ["PM2.5", "ฝุ่นละออง", "หมอกควัน"], ["environment"], freq="เดือน", geo=GEO_PROV,
      res=[("PM2.5 รายเดือน จังหวัด{prov}", "CSV")], vary=P("เชียงใหม่", "เชียงราย", "ขอนแก่น")),
    T("pcd", "river-water-quality-{y}", "คุณภาพน้ำในแม่น้ำสายหลัก ปี {y}",
      ["ผลการตรวจวัดคุณภาพน้ำผิวดิน (DO, BOD, แบคทีเรียกลุ่มโคลิฟอร์ม) ของแม่น้ำสายหลัก และการจัดระดับคุณภาพน้ำ"],
      ["คุณภาพน้ำ", "แม่น้ำ", "มลพิษทางน้ำ", "water quality"], ["environment"], freq="ไตรมาส", geo=GEO_POINT,
      res=[("ผลตรวจวัดคุณภาพน้ำ {y}", "XLSX"), ("รายงานสถานการณ์คุณภาพน้ำ", "PDF")], vary=Y(2566, 2567),
      collect="แหล่งน้ำ เช่น แม่น้ำ อ่างเก็บน้ำ"),
    T("pcd", "air-quality-stations", "Air Quality Monitoring Stations",
      ["Locations, station codes and measured parameters of automatic air quality monitoring stations across Thailand."],
      ["air quality", "monitoring station", "สถานีตรวจวัด", "PM2.5"], ["environment"], dtype="geo",
      freq=("ปี", "1"), geo=GEO_POINT, res=[("Stations", "GeoJSON"), ("Stations", "CSV")], lang=BOTH,
      collect="อาคาร/สิ่งปลูกสร้าง"),
    T("pcd", "municipal-waste-disposal-sites", "สถานที่กำจัดขยะมูลฝอยชุมชน",
      ["รายชื่อสถานที่กำจัดขยะมูลฝอยของชุมชน วิธีการกำจัด ปริมาณขยะที่รับ และสถานะการดำเนินงานที่ถูกต้องตามหลักวิชาการ"],
      ["ขยะมูลฝอย", "บ่อขยะ", "การกำจัดขยะ"], ["environment"], dtype="rec", geo=GEO_PROV,
      res=[("สถานที่กำจัดขยะ", "XLSX")], collect="อาคาร/สิ่งปลูกสร้าง"),
    T("pcd", "roadside-noise", "ระดับเสียงริมถนนในกรุงเทพมหานครและปริมณฑล",
      ["ค่าระดับเสียงเฉลี่ย 24 ชั่วโมง (Leq 24 hr) และระดับเสียงสูงสุดจากสถานีตรวจวัดริมถนน"],
      ["เสียง", "มลพิษทางเสียง", "noise"], ["environment"], freq="เดือน", geo=GEO_POINT,
      res=[("ระดับเสียงริมถนน", "CSV")], extra={"unit_of_measure": "เดซิเบลเอ"}),
    # --- สพฐ. -----------------------------------------------------------------------
    T("obec", "obec-schools-sample", "ข้อมูลโรงเรียนในสังกัด สพฐ. พร้อมพิกัด (ชุดตัวอย่าง)",
      ["รหัสโรงเรียน 10 หลัก ชื่อโรงเรียน อำเภอ จังหวัด จำนวนนักเรียน จำนวนครู และพิกัดที่ตั้ง",
       "ชุดตัวอย่างนี้จัดทำขึ้นเพื่อทดสอบระบบ ชื่อโรงเรียนบางแห่งเป็นชื่อสมมุติ"],
      ["โรงเรียน", "สพฐ.", "สถานศึกษา", "school"], ["education"], dtype="rec", geo=GEO_POINT,
      res=[("รายชื่อโรงเรียน (ตัวอย่าง)", "CSV", "obec-schools-sample.csv")], hvd=True,
      collect="อาคาร/สิ่งปลูกสร้าง"),
    T("obec", "students-by-grade-{y}", "จำนวนนักเรียนจำแนกตามระดับชั้น ปีการศึกษา {y}",
      ["จำนวนนักเรียนอนุบาล ประถมศึกษา มัธยมศึกษาตอนต้น และมัธยมศึกษาตอนปลาย จำแนกตามเพศและเขตพื้นที่การศึกษา",
       "ข้อมูล ณ วันที่ 10 มิถุนายน ของปีการศึกษา"],
      ["นักเรียน", "ปีการศึกษา", "สพฐ.", "ระดับชั้น"], ["education"], geo=GEO_PROV,
      res=[("นักเรียนรายชั้น {y}", "XLSX"), ("นักเรียนรายชั้น {y}", "CSV")], vary=Y(2565, 2566, 2567), when=0,
      disagg=["เพศ", "ระดับการศึกษา", AREA]),
    T("obec", "teachers-{y}", "จำนวนครูและบุคลากรทางการศึกษา ปีการศึกษา {y}",
      ["จำนวนข้าราชการครู พนักงานราชการ และครูอัตราจ้าง จำแนกตามเขตพื้นที่การศึกษาประถมศึกษาและมัธยมศึกษา"],
      ["ครู", "บุคลากรทางการศึกษา", "สพฐ."], ["education"], geo=GEO_PROV,
      res=[("จำนวนครู {y}", "XLSX")], vary=Y(2566, 2567), when=0, disagg=["เพศ", AREA]),
    T("obec", "onet-p6-{y}", "ผลการทดสอบ O-NET ชั้นประถมศึกษาปีที่ 6 ปีการศึกษา {y}",
      ["คะแนนเฉลี่ยการทดสอบทางการศึกษาระดับชาติขั้นพื้นฐาน (O-NET) วิชาภาษาไทย คณิตศาสตร์ วิทยาศาสตร์ และภาษาอังกฤษ รายโรงเรียน"],
      ["O-NET", "ผลสัมฤทธิ์ทางการเรียน", "คะแนนสอบ"], ["education"], geo=GEO_PROV,
      res=[("คะแนนเฉลี่ยรายโรงเรียน {y}", "CSV"), ("รายงานวิเคราะห์ผลการทดสอบ", "PDF")], vary=Y(2565, 2566)),
    T("obec", "small-schools", "โรงเรียนขนาดเล็กที่มีนักเรียนน้อยกว่า 120 คน",
      ["รายชื่อโรงเรียนขนาดเล็กในสังกัด สพฐ. ใช้ประกอบนโยบายการควบรวมและโรงเรียนคุณภาพของชุมชน"],
      ["โรงเรียนขนาดเล็ก", "ควบรวมโรงเรียน", "สพฐ."], ["education"], dtype="rec", geo=GEO_PROV,
      res=[("โรงเรียนขนาดเล็ก", "XLSX")], collect="อาคาร/สิ่งปลูกสร้าง"),
    T("obec", "school-lunch-fy{y}", "งบประมาณโครงการอาหารกลางวันนักเรียน ปีงบประมาณ {y}",
      ["การจัดสรรงบประมาณค่าอาหารกลางวันนักเรียนระดับอนุบาลถึงประถมศึกษาปีที่ 6 จำแนกตามขนาดโรงเรียน"],
      ["อาหารกลางวัน", "งบประมาณ", "นักเรียน"], ["education", "economy"], geo=GEO_PROV,
      res=[("การจัดสรรงบประมาณ {y}", "XLSX"), ("หนังสือแจ้งจัดสรร", "PDF")], vary=Y(2567, 2568), when=-1),
    # --- กฟภ. ------------------------------------------------------------------------
    T("pea", "electricity-by-region-2566", "การใช้ไฟฟ้ารายเดือนแยกตามภาค ปี 2566",
      ["หน่วยจำหน่ายไฟฟ้า (ล้านหน่วย, GWh) ของการไฟฟ้าส่วนภูมิภาค จำแนกตามภาคและประเภทผู้ใช้ไฟ ปี 2566",
       "ไฟล์ตัวอย่างจัดทำเพื่อการสาธิต ตัวเลขเป็นค่าประมาณ"],
      ["ไฟฟ้า", "การใช้ไฟฟ้า", "กฟภ.", "electricity"], ["energy"], freq="เดือน",
      res=[("หน่วยจำหน่ายรายเดือนแยกตามภาค", "CSV", "electricity-by-region-2566.csv")],
      disagg=[AREA, "อุตสาหกรรม/ประเภทกิจการ"], extra={"unit_of_measure": "กิกะวัตต์ชั่วโมง"}),
    T("pea", "electricity-sales-{p}", "หน่วยจำหน่ายไฟฟ้า จังหวัด{prov}",
      ["หน่วยจำหน่ายไฟฟ้ารายเดือน จำแนกประเภทบ้านอยู่อาศัย กิจการขนาดเล็ก กลาง ใหญ่ และกิจการเฉพาะอย่าง ใน จังหวัด{prov}"],
      ["ไฟฟ้า", "หน่วยจำหน่าย", "กฟภ."], ["energy"], freq="เดือน", geo=GEO_PROV,
      res=[("หน่วยจำหน่ายไฟฟ้า จังหวัด{prov}", "XLS"), ("หน่วยจำหน่ายไฟฟ้า จังหวัด{prov}", "CSV")],
      vary=P("ชลบุรี", "นครราชสีมา", "สงขลา", "เชียงใหม่"), disagg=["อุตสาหกรรม/ประเภทกิจการ"]),
    T("pea", "pea-offices", "ที่ตั้งสำนักงานการไฟฟ้าส่วนภูมิภาค",
      ["ที่ตั้งและพิกัดของการไฟฟ้าเขต การไฟฟ้าจังหวัด และการไฟฟ้าสาขาทั่วประเทศ"],
      ["กฟภ.", "สำนักงาน", "พิกัด"], ["energy", "government"], dtype="geo", geo=GEO_POINT,
      res=[("สำนักงาน กฟภ.", "CSV"), ("สำนักงาน กฟภ.", "SHP")], collect="อาคาร/สิ่งปลูกสร้าง"),
    T("pea", "pea-ev-charging", "สถานีอัดประจุไฟฟ้า PEA VOLTA (EV Charging Stations)",
      ["ตำแหน่งสถานีอัดประจุไฟฟ้าสำหรับรถยนต์ไฟฟ้า ชนิดหัวชาร์จ กำลังไฟ และสถานะการให้บริการแบบเรียลไทม์"],
      ["EV", "รถยนต์ไฟฟ้า", "สถานีชาร์จ", "EV charging"], ["energy", "transport"], dtype="geo",
      freq="ตามเวลาจริง", geo=GEO_POINT, res=[("สถานีชาร์จ API", "API"), ("สถานีชาร์จ (snapshot)", "GeoJSON")],
      lang=BOTH, hvd=True, collect="อาคาร/สิ่งปลูกสร้าง"),
    T("pea", "solar-rooftop", "ผู้ผลิตไฟฟ้าพลังงานแสงอาทิตย์บนหลังคา (Solar Rooftop) ภาคประชาชน",
      ["จำนวนผู้เข้าร่วมโครงการ Solar ภาคประชาชนและกำลังการผลิตติดตั้ง (kWp) รายจังหวัด"],
      ["โซลาร์รูฟท็อป", "พลังงานแสงอาทิตย์", "พลังงานทดแทน", "solar"], ["energy", "environment"],
      freq="ไตรมาส", geo=GEO_PROV, res=[("ผู้ผลิตไฟฟ้า Solar rooftop", "XLSX")], disagg=[AREA]),
    T("pea", "reliability-saifi-saidi-{y}", "ดัชนีความเชื่อถือได้ของระบบไฟฟ้า (SAIFI/SAIDI) ปี {y}",
      ["จำนวนครั้งและระยะเวลาที่ไฟฟ้าดับเฉลี่ยต่อผู้ใช้ไฟ จำแนกตามการไฟฟ้าเขต"],
      ["ไฟฟ้าดับ", "SAIFI", "SAIDI", "ความเชื่อถือได้"], ["energy"], geo="ภาค",
      res=[("ดัชนี SAIFI/SAIDI {y}", "CSV"), ("ดัชนี SAIFI/SAIDI {y}", "PDF")], vary=Y(2565, 2566)),
    # --- กฟน. -------------------------------------------------------------------------
    T("mea", "mea-consumption-{ce}", "MEA Electricity Consumption by Customer Type {ce}",
      ["Monthly electricity sales (GWh) in Bangkok, Nonthaburi and Samut Prakan by customer type, {ce}."],
      ["electricity", "MEA", "consumption", "ไฟฟ้า"], ["energy"], freq="เดือน", geo="ภาค",
      res=[("Consumption by customer type {ce}", "CSV"), ("Consumption by customer type {ce}", "XLSX")],
      vary=Y(2566, 2567), lang=EN, disagg=["อุตสาหกรรม/ประเภทกิจการ"]),
    T("mea", "mea-ev-stations", "สถานีชาร์จรถยนต์ไฟฟ้า MEA EV ในกรุงเทพมหานคร นนทบุรี และสมุทรปราการ",
      ["ที่ตั้งสถานีชาร์จ MEA EV พร้อมจำนวนหัวชาร์จ ประเภท AC/DC และเวลาให้บริการ"],
      ["EV", "สถานีชาร์จ", "กฟน.", "รถยนต์ไฟฟ้า"], ["energy", "transport"], dtype="geo", freq="เดือน",
      geo=GEO_POINT, res=[("สถานีชาร์จ MEA EV", "JSON")], collect="อาคาร/สิ่งปลูกสร้าง"),
    T("mea", "mea-underground-cables", "โครงการเปลี่ยนสายไฟฟ้าอากาศเป็นสายไฟฟ้าใต้ดิน",
      ["แนวเส้นทางและความคืบหน้าโครงการนำสายไฟฟ้าลงใต้ดินในถนนสายหลักของกรุงเทพมหานคร"],
      ["สายไฟฟ้าใต้ดิน", "ทัศนียภาพ", "กฟน."], ["energy", "transport"], dtype="geo", freq="ไตรมาส",
      geo=GEO_POINT, res=[("แนวเส้นทางโครงการ", "SHP"), ("ความคืบหน้าโครงการ", "PDF")],
      collect="เส้นทางการเดินทาง เช่น ถนน ทางรถไฟ"),
]

TOPICS += [
    # --- กรมทางหลวง --------------------------------------------------------------------
    T("doh", "highway-traffic-volume-{y}", "ปริมาณการจราจรบนทางหลวง ปี {y}",
      ["ปริมาณการจราจรเฉลี่ยต่อวันตลอดปี (AADT) ณ จุดสำรวจบนทางหลวงแผ่นดิน จำแนกตามประเภทยานพาหนะ"],
      ["ปริมาณการจราจร", "AADT", "ทางหลวง", "traffic"], ["transport"], geo=GEO_POINT,
      res=[("ปริมาณจราจร {y}", "XLSX"), ("ปริมาณจราจร {y}", "CSV"), ("รายงานปริมาณการจราจร", "PDF")],
      vary=Y(2564, 2565, 2566), collect="เส้นทางการเดินทาง เช่น ถนน ทางรถไฟ"),
    T("doh", "highway-network", "โครงข่ายทางหลวงแผ่นดิน (Shapefile)",
      ["เส้นทางหลวงแผ่นดินพร้อมหมายเลขทางหลวง ตอนควบคุม และจำนวนช่องจราจร ระบบพิกัด UTM"],
      ["ทางหลวง", "โครงข่ายถนน", "GIS", "Shapefile"], ["transport"], dtype="geo",
      res=[("โครงข่ายทางหลวง", "SHP"), ("ตารางตอนควบคุม", "XLSX")], collect="เส้นทางการเดินทาง เช่น ถนน ทางรถไฟ",
      extra={"geographic_data_set": "ชั้นข้อมูลเส้นทางคมนาคม", "equivalent_scale": "1:25,000"}),
    T("doh", "highway-accidents-{y}", "สถิติอุบัติเหตุบนทางหลวง ปี {y}",
      ["จำนวนอุบัติเหตุ ผู้บาดเจ็บ และผู้เสียชีวิตบนทางหลวงแผ่นดิน จำแนกตามสาเหตุ ลักษณะการชน และช่วงเวลา",
       "ใช้ระบุจุดอันตราย (black spot) เพื่อปรับปรุงทางหลวง"],
      ["อุบัติเหตุ", "อุบัติเหตุทางถนน", "ทางหลวง", "road safety"], ["transport", "public-safety"],
      freq="เดือน", geo=GEO_POINT, res=[("อุบัติเหตุรายเคส {y}", "CSV"), ("รายงานสรุป {y}", "PDF")],
      vary=Y(2565, 2566, 2567), hvd=True, disagg=[AREA]),
    T("doh", "highway-rest-areas", "จุดพักรถ (Rest Area) บนทางหลวง",
      ["ที่ตั้งจุดพักรถ ศูนย์บริการทางหลวง และสิ่งอำนวยความสะดวก เช่น ห้องน้ำ ร้านอาหาร สถานีชาร์จ EV"],
      ["จุดพักรถ", "rest area", "ทางหลวง", "ท่องเที่ยว"], ["transport", "tourism"], dtype="geo", geo=GEO_POINT,
      res=[("จุดพักรถ", "GeoJSON"), ("จุดพักรถ", "CSV")], collect="อาคาร/สิ่งปลูกสร้าง"),
    T("doh", "highway-bridges", "ข้อมูลสะพานบนทางหลวงแผ่นดิน",
      ["ทะเบียนสะพาน ประเภทโครงสร้าง ความยาว ปีที่ก่อสร้าง และผลการตรวจสภาพล่าสุด"],
      ["สะพาน", "ทางหลวง", "โครงสร้างพื้นฐาน"], ["transport"], dtype="rec",
      res=[("ทะเบียนสะพาน", "XLSX")], collect="อาคาร/สิ่งปลูกสร้าง"),
    T("doh", "highway-km-markers", "Highway Kilometer Markers",
      ["Point locations of kilometre posts along national highways, useful for geocoding accident reports."],
      ["kilometer post", "highway", "geocoding"], ["transport"], dtype="geo", freq=NOUPDATE, geo=GEO_POINT,
      res=[("Kilometer markers", "CSV"), ("Kilometer markers", "SHP")], lang=EN,
      collect="เส้นทางการเดินทาง เช่น ถนน ทางรถไฟ"),
    # --- สำนักงบประมาณ ---------------------------------------------------------------------
    T("bb", "budget-by-ministry-fy2568", "งบประมาณรายจ่ายจำแนกตามกระทรวง ปีงบประมาณ 2568",
      ["งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 เปรียบเทียบกับปีงบประมาณ 2567 จำแนกตามกระทรวงและส่วนราชการ (ล้านบาท)",
       "ไฟล์ตัวอย่าง บันทึกแบบ UTF-8 with BOM ตามที่ส่งออกจาก Excel ตัวเลขเพื่อการสาธิต"],
      ["งบประมาณ", "ปีงบประมาณ", "งบประมาณรายจ่าย", "budget"], ["economy", "government"],
      res=[("งบประมาณจำแนกตามกระทรวง 2568", "CSV", "budget-by-ministry-fy2568.csv"),
           ("เอกสารงบประมาณโดยสังเขป", "PDF")], hvd=True,
      extra={"unit_of_measure": "บาท", "unit_of_multiplier": "ล้าน"}),
    T("bb", "budget-act-fy{y}", "พระราชบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. {y}",
      ["ตัวบทพระราชบัญญัติงบประมาณรายจ่ายและตารางรายละเอียดงบประมาณรายจ่ายจำแนกตามหน่วยรับงบประมาณ",
       "ปีงบประมาณ {y} เริ่ม 1 ตุลาคม {prev} ถึง 30 กันยายน {y}"],
      ["งบประมาณ", "ปีงบประมาณ", "พระราชบัญญัติ", "กฎหมาย"], ["economy", "government"], dtype="multi",
      freq=NOUPDATE, res=[("พ.ร.บ.งบประมาณ {y}", "PDF"), ("ตารางรายละเอียด {y}", "XLSX")],
      vary=Y(2565, 2566, 2567, 2568, 2569), when=-1, hvd=True, obj=["กฎหมายที่เกี่ยวข้อง", "พันธกิจหน่วยงาน"]),
    T("bb", "budget-by-province-fy{y}", "งบประมาณรายจ่ายจำแนกตามจังหวัด ปีงบประมาณ {y}",
      ["งบประมาณที่ลงพื้นที่จังหวัด จำแนกตามจังหวัด กระทรวง และแผนงาน ใช้วิเคราะห์การกระจายงบประมาณเชิงพื้นที่"],
      ["งบประมาณ", "ปีงบประมาณ", "จังหวัด", "งบประมาณเชิงพื้นที่"], ["economy", "government"], geo=GEO_PROV,
      res=[("งบประมาณรายจังหวัด {y}", "CSV"), ("งบประมาณรายจังหวัด {y}", "JSON")], vary=Y(2567, 2568),
      when=-1, disagg=[AREA]),
    T("bb", "budget-in-brief-fy{ce}", "Thailand's Budget in Brief FY{ce}",
      ["English summary of the annual expenditure budget: strategy allocation, economic classification and revenue estimates.",
       "ฉบับภาษาอังกฤษของเอกสารงบประมาณโดยสังเขป"],
      ["budget in brief", "fiscal year", "government budget", "งบประมาณ"], ["economy"], dtype="other",
      freq=NOUPDATE, res=[("Budget in Brief FY{ce}", "PDF")], vary=Y(2567, 2568), when=-1, lang=EN,
      extra={"data_type_other": "เอกสารรายงาน"}),
    # --- กรมชลประทาน ------------------------------------------------------------------------
    T("rid", "large-reservoir-daily", "ปริมาณน้ำในอ่างเก็บน้ำขนาดใหญ่ รายวัน",
      ["ปริมาณน้ำเก็บกัก ปริมาณน้ำใช้การได้ น้ำไหลเข้า และน้ำระบาย ของอ่างเก็บน้ำขนาดใหญ่ 35 แห่ง ทุกวันเวลา 06.00 น."],
      ["อ่างเก็บน้ำ", "เขื่อน", "ปริมาณน้ำ", "water"], ["agriculture", "environment"], freq="วัน",
      geo=GEO_POINT, res=[("ปริมาณน้ำรายวัน", "CSV"), ("ปริมาณน้ำรายวัน API", "API")], hvd=True,
      collect="แหล่งน้ำ เช่น แม่น้ำ อ่างเก็บน้ำ", extra={"unit_of_measure": "ล้านลูกบาศก์เมตร"}),
    T("rid", "irrigation-area-{y}", "พื้นที่ชลประทาน รายจังหวัด ปี {y}",
      ["พื้นที่ชลประทานสะสม (ไร่) จำแนกตามโครงการชลประทานขนาดใหญ่ ขนาดกลาง และขนาดเล็ก รายจังหวัด"],
      ["ชลประทาน", "พื้นที่ชลประทาน", "การเกษตร"], ["agriculture"], geo=GEO_PROV,
      res=[("พื้นที่ชลประทาน {y}", "XLSX")], vary=Y(2565, 2566), disagg=[AREA]),
    T("rid", "chao-phraya-water-level", "ระดับน้ำและปริมาณน้ำไหลผ่าน สถานีวัดน้ำท่า แม่น้ำเจ้าพระยา",
      ["ระดับน้ำ (ม.รทก.) และอัตราการไหล (ลบ.ม./วินาที) รายชั่วโมง จากสถานีโทรมาตรตามลำน้ำเจ้าพระยา"],
      ["ระดับน้ำ", "เจ้าพระยา", "น้ำท่า", "โทรมาตร"], ["agriculture", "public-safety"], freq="ชั่วโมง",
      geo=GEO_POINT, res=[("ระดับน้ำรายชั่วโมง", "CSV"), ("Telemetry feed", "XML")],
      collect="แหล่งน้ำ เช่น แม่น้ำ อ่างเก็บน้ำ"),
    T("rid", "reservoir-locations", "Large and Medium Reservoir Locations",
      ["Locations, storage capacity and commissioning year of large and medium reservoirs operated by RID."],
      ["reservoir", "dam", "irrigation", "เขื่อน"], ["agriculture", "environment"], dtype="geo", freq=NOUPDATE,
      geo=GEO_POINT, res=[("Reservoirs", "GeoJSON"), ("Reservoirs", "XLSX")], lang=BOTH,
      collect="แหล่งน้ำ เช่น แม่น้ำ อ่างเก็บน้ำ"),
    T("rid", "drought-impact-farmland", "ผลกระทบจากภัยแล้งต่อพื้นที่การเกษตรนอกเขตชลประทาน",
      ["พื้นที่เพาะปลูกที่ได้รับผลกระทบจากภัยแล้ง และแผนการจัดสรรน้ำฤดูแล้ง จำแนกรายอำเภอ"],
      ["ภัยแล้ง", "ผลกระทบ", "การเกษตร", "drought"], ["agriculture", "public-safety"], freq="เดือน",
      geo=GEO_DIST, res=[("พื้นที่ได้รับผลกระทบ", "XLSX"), ("แผนที่พื้นที่เสี่ยงภัยแล้ง", "PDF")],
      disagg=[AREA], collect="พื้นที่การเกษตร ประมง ป่าไม้"),
    # --- สำนักงานเศรษฐกิจการเกษตร ------------------------------------------------------------
    T("oae", "in-season-rice-{y}", "ข้อมูลการผลิตข้าวนาปี รายจังหวัด ปีเพาะปลูก {y}",
      ["เนื้อที่เพาะปลูก เนื้อที่เก็บเกี่ยว ผลผลิต และผลผลิตต่อไร่ของข้าวนาปี จำแนกรายจังหวัด",
       "ปีเพาะปลูก {y}/{next2}"],
      ["ข้าว", "ข้าวนาปี", "ผลผลิต", "rice"], ["agriculture"], geo=GEO_PROV,
      res=[("การผลิตข้าวนาปี {y}", "XLSX"), ("การผลิตข้าวนาปี {y}", "CSV")], vary=Y(2565, 2566, 2567),
      hvd=True, disagg=[AREA, "ผลิตภัณฑ์"], collect="พื้นที่การเกษตร ประมง ป่าไม้"),
    T("oae", "rubber-farm-price-weekly", "ราคายางพาราที่เกษตรกรขายได้ รายสัปดาห์",
      ["ราคายางแผ่นดิบ ยางแผ่นรมควัน และน้ำยางสด ณ ไร่นา (บาท/กก.) รายสัปดาห์"],
      ["ยางพารา", "ราคาสินค้าเกษตร", "rubber"], ["agriculture", "economy"], freq="สัปดาห์",
      res=[("ราคายางรายสัปดาห์", "CSV")], extra={"unit_of_measure": "บาท/กิโลกรัม"}),
    T("oae", "cassava-production-{y}", "สถิติการผลิตมันสำปะหลัง ปี {y}",
      ["เนื้อที่ปลูก ผลผลิต และราคาหัวมันสำปะหลังสดที่เกษตรกรขายได้ จำแนกรายจังหวัด"],
      ["มันสำปะหลัง", "พืชไร่", "ผลผลิต"], ["agriculture"], geo=GEO_PROV,
      res=[("การผลิตมันสำปะหลัง {y}", "XLSX")], vary=Y(2566, 2567), disagg=[AREA]),
    T("oae", "farm-gate-prices-monthly", "ราคาสินค้าเกษตรที่เกษตรกรขายได้ ณ ไร่นา รายเดือน",
      ["ราคาข้าวเปลือก ข้าวโพดเลี้ยงสัตว์ ปาล์มน้ำมัน สุกร ไก่เนื้อ และไข่ไก่ ที่เกษตรกรขายได้ ณ ไร่นา"],
      ["ราคาสินค้าเกษตร", "ไร่นา", "farm price"], ["agriculture", "economy"], freq="เดือน", geo="ภาค",
      res=[("ราคารายเดือน", "CSV"), ("ราคารายเดือน", "XML")], disagg=["ผลิตภัณฑ์", AREA]),
    T("oae", "agricultural-gdp", "Agricultural GDP at Current and Chain Volume Prices",
      ["Quarterly agricultural gross domestic product by sub-sector: crops, livestock, fisheries, services and forestry."],
      ["agricultural GDP", "GDP", "เกษตร"], ["agriculture", "economy"], freq="ไตรมาส",
      res=[("Agricultural GDP", "XLSX")], lang=EN, disagg=["อุตสาหกรรม/ประเภทกิจการ"]),
    T("oae", "durian-exports", "ปริมาณและมูลค่าการส่งออกทุเรียนสด ทุเรียนแช่แข็ง และทุเรียนแปรรูป",
      ["ปริมาณ (ตัน) และมูลค่า (ล้านบาท) การส่งออกทุเรียนรายเดือน จำแนกตามประเทศคู่ค้า เช่น จีน เวียดนาม ฮ่องกง"],
      ["ทุเรียน", "ส่งออก", "ผลไม้", "durian"], ["agriculture", "economy"], freq="เดือน",
      geo="กลุ่มประเทศทางเศรษฐกิจ", res=[("การส่งออกทุเรียน", "CSV")], disagg=["ผลิตภัณฑ์"]),
    # --- สภาพัฒน์ ------------------------------------------------------------------------
    T("nesdc", "gpp-{y}", "ผลิตภัณฑ์มวลรวมจังหวัด (GPP) ปี {y}",
      ["ข้อมูล GPP รายจังหวัด ณ ราคาประจำปีและแบบปริมาณลูกโซ่ จำแนกตามสาขาการผลิต พร้อมผลิตภัณฑ์มวลรวมต่อหัว (GPP per capita)"],
      ["GPP", "ผลิตภัณฑ์มวลรวมจังหวัด", "เศรษฐกิจจังหวัด", "บัญชีประชาชาติ"], ["economy"], geo=GEO_PROV,
      res=[("GPP รายจังหวัด {y}", "XLSX"), ("GPP รายจังหวัด {y}", "CSV")], vary=Y(2564, 2565, 2566), when=2,
      hvd=True, disagg=[AREA, "อุตสาหกรรม/ประเภทกิจการ"], extra={"official_statistics": "True"}),
    T("nesdc", "quarterly-gdp", "ข้อมูล GDP รายไตรมาส (Quarterly GDP) แบบปริมาณลูกโซ่",
      ["ผลิตภัณฑ์มวลรวมในประเทศรายไตรมาส ด้านการผลิตและด้านการใช้จ่าย ปีฐาน 2545",
       "ประกาศประมาณ 45 วันหลังสิ้นไตรมาส\r\nดูปฏิทินการเผยแพร่ที่ https://www.nesdc.go.th/"],
      ["GDP", "เศรษฐกิจ", "บัญชีประชาชาติ", "quarterly GDP"], ["economy"], freq="ไตรมาส",
      res=[("Quarterly GDP", "XLSX"), ("Quarterly GDP", "CSV"), ("แถลงข่าวภาวะเศรษฐกิจ", "PDF"),
           ("Quarterly GDP API", "API")],
      hvd=True, lang=BOTH, extra={"official_statistics": "True"}),
    T("nesdc", "poverty-by-province-{y}", "สัดส่วนคนจนและเส้นความยากจน รายจังหวัด ปี {y}",
      ["เส้นความยากจน (บาท/คน/เดือน) จำนวนคนจน และสัดส่วนคนจน จำแนกรายจังหวัดและภาค"],
      ["ความยากจน", "เส้นความยากจน", "ความเหลื่อมล้ำ"], ["society", "economy"], freq=("ปี", "2"),
      geo=GEO_PROV, res=[("ข้อมูลความยากจน {y}", "XLSX")], vary=Y(2565, 2566), disagg=[AREA]),
    T("nesdc", "human-achievement-index", "ดัชนีความก้าวหน้าของคน (Human Achievement Index: HAI)",
      ["ดัชนีความก้าวหน้าของคน 8 ด้าน ได้แก่ สุขภาพ การศึกษา ชีวิตการงาน รายได้ ที่อยู่อาศัย ชีวิตครอบครัว การคมนาคม และการมีส่วนร่วม รายจังหวัด"],
      ["HAI", "ดัชนี", "การพัฒนาคน"], ["society"], freq=("ปี", "2"), geo=GEO_PROV,
      res=[("ค่าดัชนีรายจังหวัด", "XLSX"), ("รายงานการพัฒนาคน", "PDF")], disagg=[AREA],
      obj=["ดัชนี/ตัวชี้วัดระดับนานาชาติ", "แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ"]),
    T("nesdc", "social-situation-report", "รายงานภาวะสังคมไทย รายไตรมาส",
      ["สรุปสถานการณ์การจ้างงาน หนี้สินครัวเรือน สุขภาพ ความปลอดภัยในชีวิตและทรัพย์สิน และประเด็นทางสังคมที่น่าสนใจ"],
      ["ภาวะสังคม", "หนี้ครัวเรือน", "การจ้างงาน"], ["society"], dtype="multi", freq="ไตรมาส",
      res=[("รายงานภาวะสังคม", "PDF"), ("ตารางแนบท้าย", "XLSX")]),
    T("nesdc", "national-accounts-{ce}", "National Accounts of Thailand {ce}",
      ["Annual national income accounts: GDP by production and expenditure, gross national income and saving, {ce} edition."],
      ["national accounts", "GDP", "GNI"], ["economy"], res=[("National Accounts {ce}", "XLSX"),
                                                           ("National Accounts {ce}", "PDF")],
      vary=Y(2566, 2567), when=1, lang=BOTH, extra={"official_statistics": "True"}),
    # --- กรมการขนส่งทางบก -------------------------------------------------------------------
    T("dlt", "registered-vehicles-{y}", "จำนวนรถจดทะเบียนสะสม ณ วันที่ 31 ธันวาคม {y}",
      ["จำนวนรถจดทะเบียนสะสมตามกฎหมายว่าด้วยรถยนต์และกฎหมายว่าด้วยการขนส่งทางบก จำแนกตามประเภทรถและจังหวัด"],
      ["รถจดทะเบียน", "ยานพาหนะ", "ขนส่งทางบก", "vehicle"], ["transport"], geo=GEO_PROV,
      res=[("รถจดทะเบียนสะสม {y}", "XLSX"), ("รถจดทะเบียนสะสม {y}", "CSV")], vary=Y(2565, 2566, 2567),
      hvd=True, disagg=[AREA, "ผลิตภัณฑ์"]),
    T("dlt", "new-ev-registrations", "จำนวนรถยนต์ไฟฟ้า (EV) จดทะเบียนใหม่ รายเดือน",
      ["จำนวนรถยนต์ไฟฟ้าแบตเตอรี่ (BEV) ไฮบริด (HEV) และปลั๊กอินไฮบริด (PHEV) ที่จดทะเบียนใหม่ในแต่ละเดือน"],
      ["EV", "รถยนต์ไฟฟ้า", "จดทะเบียนใหม่", "BEV"], ["transport", "energy"], freq="เดือน",
      res=[("รถ EV จดทะเบียนใหม่", "CSV"), ("รถ EV จดทะเบียนใหม่", "JSON")]),
    T("dlt", "bus-routes-bangkok", "เส้นทางเดินรถโดยสารประจำทาง กรุงเทพมหานครและปริมณฑล",
      ["หมายเลขสาย ต้นทาง ปลายทาง ผู้ประกอบการ และแนวเส้นทางเดินรถโดยสารประจำทางหลังการปฏิรูปเส้นทาง",
       "มีไฟล์ GTFS สำหรับนักพัฒนา"],
      ["รถเมล์", "เส้นทางเดินรถ", "GTFS", "ขนส่งสาธารณะ"], ["transport"], dtype="geo", freq="ไตรมาส",
      geo="ภาค", res=[("ตารางเส้นทาง", "XLSX"), ("GTFS feed", "ZIP"), ("แนวเส้นทาง", "GeoJSON")],
      lang=BOTH, collect="เส้นทางการเดินทาง เช่น ถนน ทางรถไฟ"),
    T("dlt", "driving-licences-{y}", "สถิติการออกใบอนุญาตขับรถ ปี {y}",
      ["จำนวนใบอนุญาตขับรถที่ออกใหม่และต่ออายุ จำแนกตามชนิดใบอนุญาตและสำนักงานขนส่งจังหวัด"],
      ["ใบขับขี่", "ใบอนุญาตขับรถ", "ขนส่งทางบก"], ["transport"], geo=GEO_PROV,
      res=[("ใบอนุญาตขับรถ {y}", "XLSX")], vary=Y(2566, 2567), disagg=[AREA]),
    T("dlt", "bus-terminals", "สถานีขนส่งผู้โดยสารทั่วประเทศ",
      ["ที่ตั้ง ประเภท และหน่วยงานผู้ดูแลสถานีขนส่งผู้โดยสารประจำจังหวัดและอำเภอ"],
      ["สถานีขนส่ง", "ขนส่งผู้โดยสาร", "บขส."], ["transport", "tourism"], dtype="geo", geo=GEO_POINT,
      res=[("สถานีขนส่งผู้โดยสาร", "CSV")], collect="อาคาร/สิ่งปลูกสร้าง"),
    # --- ปภ. ---------------------------------------------------------------------------
    T("disaster", "songkran-road-accidents-2567", "สถิติอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ ปี 2567",
      ["จำนวนครั้งที่เกิดอุบัติเหตุ ผู้บาดเจ็บ และผู้เสียชีวิต ช่วง 7 วันอันตรายของเทศกาลสงกรานต์ 2567 รายจังหวัด",
       "ไฟล์ตัวอย่าง 20 จังหวัด ตัวเลขเพื่อการสาธิตเท่านั้น",
       "สาเหตุหลักได้แก่ ขับรถเร็วเกินกำหนด และดื่มแล้วขับ"],
      ["อุบัติเหตุทางถนน", "สงกรานต์", "7 วันอันตราย", "ความปลอดภัยทางถนน"], ["public-safety", "transport"],
      freq=NOUPDATE, geo=GEO_PROV,
      res=[("อุบัติเหตุช่วงสงกรานต์ 2567 รายจังหวัด", "CSV", "songkran-road-accidents-2567.csv"),
           ("สรุปผลการดำเนินงาน", "PDF")], hvd=True, disagg=[AREA]),
    T("disaster", "new-year-road-accidents-{y}", "สถิติอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ {y}",
      ["สรุปจำนวนอุบัติเหตุ ผู้บาดเจ็บ ผู้เสียชีวิต พาหนะที่เกิดเหตุ และช่วงเวลาที่เกิดเหตุ ช่วงเทศกาลปีใหม่ {y}"],
      ["อุบัติเหตุทางถนน", "ปีใหม่", "7 วันอันตราย"], ["public-safety", "transport"], freq=NOUPDATE,
      geo=GEO_PROV, res=[("อุบัติเหตุช่วงปีใหม่ {y}", "XLSX"), ("อุบัติเหตุช่วงปีใหม่ {y}", "CSV")],
      vary=Y(2566, 2567, 2568), when=0, disagg=[AREA, "อายุ/กลุ่มอายุ"]),
    T("disaster", "flood-affected-areas-{y}", "พื้นที่ประสบอุทกภัย รายจังหวัด ปี {y}",
      ["จำนวนอำเภอ ตำบล หมู่บ้าน และครัวเรือนที่ได้รับผลกระทบจากอุทกภัย พร้อมมูลค่าความเสียหายเบื้องต้น"],
      ["อุทกภัย", "น้ำท่วม", "ผลกระทบ", "ภัยพิบัติ"], ["public-safety"], freq="วัน", geo="หมู่บ้าน",
      res=[("พื้นที่ประสบอุทกภัย {y}", "XLSX"), ("สรุปสถานการณ์", "PDF")], vary=Y(2565, 2566, 2567), when=0,
      disagg=[AREA], collect="ครัวเรือน/ครอบครัว"),
    T("disaster", "disaster-alert-feed", "ข้อมูลการแจ้งเตือนภัยพิบัติ (Disaster Alert Feed)",
      ["ประกาศแจ้งเตือนภัยพิบัติในรูปแบบ Common Alerting Protocol (CAP) สำหรับเชื่อมต่อกับแอปพลิเคชันและสื่อ"],
      ["แจ้งเตือนภัย", "CAP", "disaster alert", "ภัยพิบัติ"], ["public-safety"], dtype="rec",
      freq="ตามเวลาจริง", res=[("CAP feed", "XML"), ("Alert API", "API")], lang=BOTH, hvd=True),
    T("disaster", "temporary-shelters", "ศูนย์พักพิงชั่วคราวสำหรับผู้ประสบภัย",
      ["รายชื่อ ที่ตั้ง และความจุของศูนย์พักพิงชั่วคราวที่จังหวัดกำหนดไว้สำหรับอพยพผู้ประสบภัย"],
      ["ศูนย์พักพิง", "อพยพ", "ผู้ประสบภัย"], ["public-safety", "society"], dtype="geo", geo=GEO_POINT,
      res=[("ศูนย์พักพิงชั่วคราว", "CSV"), ("ศูนย์พักพิงชั่วคราว", "GeoJSON")], collect="อาคาร/สิ่งปลูกสร้าง"),
    # --- สพร. ---------------------------------------------------------------------------
    T("dga", "government-api-catalog", "บัญชีรายการ API ภาครัฐ (Government API Catalog)",
      ["รายการ API ที่หน่วยงานรัฐเปิดให้เชื่อมโยง พร้อมหน่วยงานเจ้าของ ประเภทการยืนยันตัวตน และลิงก์เอกสาร"],
      ["API", "การเชื่อมโยงข้อมูล", "รัฐบาลดิจิทัล"], ["government", "research"], dtype="rec", freq="เดือน",
      res=[("รายการ API", "CSV"), ("รายการ API", "JSON")], lang=BOTH),
    T("dga", "open-data-portal-usage", "สถิติการใช้งานศูนย์กลางข้อมูลเปิดภาครัฐ data.go.th",
      ["จำนวนผู้เข้าชม จำนวนการดาวน์โหลด และชุดข้อมูลยอดนิยมของศูนย์กลางข้อมูลเปิดภาครัฐ รายเดือน"],
      ["open data", "ข้อมูลเปิด", "สถิติการใช้งาน", "data.go.th"], ["government"], freq="เดือน",
      res=[("สถิติการใช้งานรายเดือน", "CSV")]),
    T("dga", "digital-government-services", "รายการบริการภาครัฐแบบดิจิทัล",
      ["บริการของหน่วยงานรัฐที่ประชาชนทำธุรกรรมออนไลน์ได้ พร้อมระดับความเป็นดิจิทัลและช่องทางให้บริการ"],
      ["บริการดิจิทัล", "e-Service", "รัฐบาลดิจิทัล"], ["government"], dtype="rec", freq="ไตรมาส",
      res=[("บริการภาครัฐแบบดิจิทัล", "XLSX")]),
    T("dga", "digital-government-index", "Thailand Digital Government Development Index",
      ["Agency-level scores of the national digital government maturity assessment, with sub-indices for infrastructure, services and data."],
      ["digital government", "index", "ดัชนีรัฐบาลดิจิทัล"], ["government", "research"],
      res=[("Index scores", "XLSX"), ("Methodology", "PDF")], lang=BOTH,
      obj=["ดัชนี/ตัวชี้วัดระดับนานาชาติ", "แผนแม่บทภายใต้ยุทธศาสตร์ชาติ"]),
    T("dga", "gd-catalog-agencies", "รายชื่อหน่วยงานที่ติดตั้งระบบบัญชีข้อมูล (GD-Catalog)",
      ["หน่วยงานที่ติดตั้งระบบบัญชีข้อมูลภาครัฐ (Government Data Catalog) และจำนวนชุดข้อมูลที่ลงทะเบียน"],
      ["GD-Catalog", "บัญชีข้อมูล", "ธรรมาภิบาลข้อมูล"], ["government"], dtype="rec", freq="เดือน",
      res=[("หน่วยงานที่ติดตั้ง GD-Catalog", "CSV")]),
]

TOPICS += [
    # --- กรมอุทยานแห่งชาติฯ ---------------------------------------------------------------
    T("dnp", "national-park-visitors-fy{y}", "สถิตินักท่องเที่ยวในอุทยานแห่งชาติ ปีงบประมาณ {y}",
      ["จำนวนนักท่องเที่ยวชาวไทยและชาวต่างชาติที่เข้าอุทยานแห่งชาติ 156 แห่ง และรายได้ค่าธรรมเนียมเข้าอุทยาน รายเดือน",
       "อุทยานบางแห่งปิดการท่องเที่ยวประจำปีเพื่อฟื้นฟูธรรมชาติ ตัวเลขในเดือนที่ปิดจึงเป็นศูนย์"],
      ["ท่องเที่ยว", "อุทยานแห่งชาติ", "นักท่องเที่ยว", "national park"], ["tourism", "environment"],
      freq="เดือน", geo=GEO_POINT, res=[("นักท่องเที่ยวรายอุทยาน {y}", "XLSX"), ("นักท่องเที่ยวรายอุทยาน {y}", "CSV")],
      vary=Y(2565, 2566, 2567), disagg=[AREA]),
    T("dnp", "national-parks", "รายชื่ออุทยานแห่งชาติและแนวเขต",
      ["ชื่ออุทยานแห่งชาติ วันที่ประกาศ เนื้อที่ และแนวเขตอุทยานแห่งชาติทั่วประเทศไทย"],
      ["อุทยานแห่งชาติ", "ป่าอนุรักษ์", "แนวเขต", "GIS"], ["environment", "tourism"], dtype="geo",
      res=[("แนวเขตอุทยาน", "SHP"), ("รายชื่ออุทยาน", "CSV")], collect="พื้นที่การเกษตร ประมง ป่าไม้",
      extra={"geographic_data_set": "ชั้นข้อมูลป่าไม้", "equivalent_scale": "1:50,000"}),
    T("dnp", "forest-hotspots", "จุดความร้อน (Hotspot) จากดาวเทียมในพื้นที่ป่าอนุรักษ์",
      ["จุดความร้อนจากดาวเทียม VIIRS และ MODIS ที่ตกในพื้นที่ป่าอนุรักษ์ ใช้ติดตามสถานการณ์ไฟป่าและหมอกควัน"],
      ["ไฟป่า", "จุดความร้อน", "hotspot", "หมอกควัน"], ["environment", "public-safety"], dtype="geo",
      freq="วัน", geo=GEO_POINT, res=[("จุดความร้อนรายวัน", "CSV"), ("จุดความร้อนรายวัน", "GeoJSON")],
      collect="พื้นที่การเกษตร ประมง ป่าไม้"),
    T("dnp", "protected-wildlife", "ทะเบียนสัตว์ป่าคุ้มครองและสัตว์ป่าสงวน",
      ["รายชื่อสัตว์ป่าคุ้มครองตามพระราชบัญญัติสงวนและคุ้มครองสัตว์ป่า พ.ศ. 2562 พร้อมชื่อวิทยาศาสตร์"],
      ["สัตว์ป่า", "สัตว์ป่าคุ้มครอง", "wildlife"], ["environment"], dtype="rec", freq=NOUPDATE, geo="ไม่มี",
      res=[("ทะเบียนสัตว์ป่าคุ้มครอง", "XLSX"), ("ทะเบียนสัตว์ป่าคุ้มครอง", "PDF")], lang=BOTH,
      collect="สัตว์และพันธุ์พืช", obj=["กฎหมายที่เกี่ยวข้อง"]),
    T("dnp", "park-camping-sites", "Camping Sites in National Parks",
      ["Campgrounds, tent rental and bungalow capacity in national parks, with booking channels for tourists.",
       "ข้อมูลลานกางเต็นท์และบ้านพักในอุทยานแห่งชาติสำหรับนักท่องเที่ยว"],
      ["camping", "ท่องเที่ยว", "อุทยานแห่งชาติ", "ลานกางเต็นท์"], ["tourism"], dtype="rec", freq="ไตรมาส",
      geo=GEO_POINT, res=[("Camping sites", "CSV"), ("Camping sites", "JSON")], lang=BOTH,
      collect="อาคาร/สิ่งปลูกสร้าง"),
    # --- กรมการค้าภายใน --------------------------------------------------------------------
    T("dit", "retail-food-prices-daily", "ราคาขายปลีกสินค้าเกษตรและอาหาร รายวัน",
      ["ราคาขายปลีกผัก ผลไม้ เนื้อสัตว์ และสินค้าอุปโภคบริโภค ในตลาดสดกรุงเทพมหานครและปริมณฑล (บาท/หน่วย)"],
      ["ราคาสินค้า", "ราคาขายปลีก", "ค่าครองชีพ"], ["economy", "agriculture"], freq="วันทำการ", geo="ภาค",
      res=[("ราคาขายปลีกรายวัน", "CSV"), ("ราคาขายปลีก API", "API")], disagg=["ผลิตภัณฑ์"], hvd=True),
    T("dit", "pork-prices-{y}", "ราคาเนื้อสุกร (หมูเนื้อแดง) เฉลี่ยรายสัปดาห์ ปี {y}",
      ["ราคาสุกรมีชีวิตหน้าฟาร์ม และราคาขายปลีกเนื้อสุกรเฉลี่ยรายสัปดาห์ จำแนกตามภาค"],
      ["สุกร", "หมู", "ราคาสินค้า"], ["economy", "agriculture"], freq="สัปดาห์", geo="ภาค",
      res=[("ราคาสุกรรายสัปดาห์ {y}", "XLSX")], vary=Y(2566, 2567), when=0),
    T("dit", "licensed-central-markets", "ตลาดกลางสินค้าเกษตรที่ได้รับอนุญาต",
      ["รายชื่อตลาดกลางสินค้าเกษตร ประเภทสินค้า และที่ตั้ง ตามพระราชบัญญัติการค้าข้าว/สินค้าเกษตร"],
      ["ตลาดกลาง", "ตลาด", "สินค้าเกษตร"], ["economy", "agriculture"], dtype="rec", geo=GEO_PROV,
      res=[("ตลาดกลางสินค้าเกษตร", "CSV")], collect="บริษัท/ห้างร้าน/สถานประกอบการ"),
    T("dit", "consumer-price-monitoring", "Consumer Goods Price Monitoring",
      ["Weekly average retail prices of 200 monitored consumer goods in Bangkok and regional capitals."],
      ["prices", "consumer goods", "ราคาสินค้า"], ["economy"], freq="สัปดาห์", geo="ภาค",
      res=[("Monitored prices", "CSV")], lang=EN, disagg=["ผลิตภัณฑ์"]),
    # --- กรมการจัดหางาน ---------------------------------------------------------------------
    T("doe", "job-vacancies-{y}", "ตำแหน่งงานว่างและผู้สมัครงาน รายเดือน ปี {y}",
      ["จำนวนตำแหน่งงานว่าง ผู้สมัครงาน และการบรรจุงาน จำแนกตามอาชีพ ระดับการศึกษา และจังหวัด"],
      ["ตำแหน่งงานว่าง", "สมัครงาน", "การจ้างงาน", "แรงงาน"], ["economy", "society"], freq="เดือน",
      geo=GEO_PROV, res=[("ตำแหน่งงานว่าง {y}", "XLSX"), ("ตำแหน่งงานว่าง {y}", "CSV")], vary=Y(2566, 2567),
      disagg=["อาชีพ", "ระดับการศึกษา", AREA]),
    T("doe", "migrant-workers", "จำนวนแรงงานต่างด้าวที่ได้รับอนุญาตทำงาน รายจังหวัด",
      ["จำนวนคนต่างด้าวที่ได้รับอนุญาตทำงานคงเหลือทั่วราชอาณาจักร จำแนกตามสัญชาติ (เมียนมา ลาว กัมพูชา เวียดนาม) และประเภทการอนุญาต"],
      ["แรงงานต่างด้าว", "ใบอนุญาตทำงาน", "แรงงาน"], ["economy", "society"], freq="เดือน", geo=GEO_PROV,
      res=[("แรงงานต่างด้าวคงเหลือ", "XLSX")], disagg=[AREA, "อื่นๆ"], extra={"disaggregate_other": "สัญชาติ"}),
    T("doe", "thai-workers-abroad", "คนไทยที่เดินทางไปทำงานต่างประเทศ",
      ["จำนวนแรงงานไทยที่ได้รับอนุญาตเดินทางไปทำงานต่างประเทศ จำแนกตามประเทศปลายทางและวิธีการเดินทาง"],
      ["แรงงานไทยในต่างประเทศ", "ทำงานต่างประเทศ"], ["economy", "society"], freq="เดือน", geo="โลก",
      res=[("แรงงานไทยในต่างประเทศ", "CSV")]),
    # --- กรมพัฒนาสังคมและสวัสดิการ ------------------------------------------------------------
    T("dsdw", "homeless-assistance-{y}", "คนไร้ที่พึ่งและคนไร้บ้านที่ได้รับการช่วยเหลือ ปี {y}",
      ["จำนวนคนไร้ที่พึ่งและคนไร้บ้านที่ได้รับการคุ้มครองและช่วยเหลือ จำแนกตามเพศ กลุ่มอายุ และสถานคุ้มครอง"],
      ["คนไร้บ้าน", "คนไร้ที่พึ่ง", "สวัสดิการสังคม"], ["society"], geo=GEO_PROV,
      res=[("ผู้ได้รับการช่วยเหลือ {y}", "XLSX")], vary=Y(2566, 2567), disagg=["เพศ", "อายุ/กลุ่มอายุ"],
      collect="บุคคล"),
    T("dsdw", "welfare-facilities", "สถานคุ้มครองและพัฒนาคนไร้ที่พึ่งและศูนย์พัฒนาการจัดสวัสดิการสังคม",
      ["ที่ตั้ง ประเภท และขีดความสามารถในการรับผู้ใช้บริการของหน่วยงานในสังกัด"],
      ["สวัสดิการสังคม", "สถานคุ้มครอง"], ["society"], dtype="rec", geo=GEO_PROV,
      res=[("หน่วยงานในสังกัด", "CSV")], collect="อาคาร/สิ่งปลูกสร้าง"),
    T("dsdw", "social-development-volunteers", "อาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์ (อพม.)",
      ["จำนวนอาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์ จำแนกรายจังหวัดและอำเภอ"],
      ["อพม.", "อาสาสมัคร", "ความมั่นคงของมนุษย์"], ["society"], geo=GEO_DIST,
      res=[("จำนวน อพม.", "XLSX")], disagg=["เพศ", AREA]),
    # --- กรมศิลปากร ----------------------------------------------------------------------
    T("finearts", "national-museums", "พิพิธภัณฑสถานแห่งชาติทั่วประเทศไทย",
      ["รายชื่อพิพิธภัณฑสถานแห่งชาติ ที่อยู่ วันเวลาเปิดทำการ อัตราค่าเข้าชม และพิกัด สำหรับวางแผนการท่องเที่ยวเชิงวัฒนธรรม"],
      ["พิพิธภัณฑ์", "ท่องเที่ยวเชิงวัฒนธรรม", "museum", "ท่องเที่ยว"], ["culture", "tourism"], dtype="rec",
      geo=GEO_POINT, res=[("พิพิธภัณฑสถานแห่งชาติ", "CSV"), ("พิพิธภัณฑสถานแห่งชาติ", "JSON")], lang=BOTH,
      collect="อาคาร/สิ่งปลูกสร้าง"),
    T("finearts", "registered-ancient-sites-{p}", "โบราณสถานที่ขึ้นทะเบียน จังหวัด{prov}",
      ["รายชื่อโบราณสถานที่ประกาศขึ้นทะเบียนในราชกิจจานุเบกษา ใน จังหวัด{prov} พร้อมขอบเขตและพิกัด"],
      ["โบราณสถาน", "มรดกทางวัฒนธรรม", "ประวัติศาสตร์"], ["culture", "tourism"], dtype="geo", freq=NOUPDATE,
      geo=GEO_PROV, res=[("โบราณสถาน จังหวัด{prov}", "XLSX"), ("ขอบเขตโบราณสถาน", "SHP")],
      vary=P("พระนครศรีอยุธยา", "สุโขทัย", "นครศรีธรรมราช"), collect="อาคาร/สิ่งปลูกสร้าง"),
    T("finearts", "museum-visitors-{y}", "สถิติผู้เข้าชมพิพิธภัณฑสถานแห่งชาติและอุทยานประวัติศาสตร์ ปี {y}",
      ["จำนวนผู้เข้าชมชาวไทยและชาวต่างชาติรายเดือน ใช้ติดตามการฟื้นตัวของการท่องเที่ยวเชิงวัฒนธรรม"],
      ["ผู้เข้าชม", "อุทยานประวัติศาสตร์", "ท่องเที่ยว"], ["culture", "tourism"], freq="เดือน",
      res=[("ผู้เข้าชมรายเดือน {y}", "CSV")], vary=Y(2566, 2567)),
    T("finearts", "palm-leaf-manuscripts", "Thai Palm-leaf Manuscripts Digital Archive",
      ["Catalogue of digitised palm-leaf manuscripts held by the National Library, with script, language and subject.",
       "คัมภีร์ใบลานที่แปลงเป็นดิจิทัล"],
      ["manuscripts", "archive", "ใบลาน", "หอสมุดแห่งชาติ"], ["culture", "research"], dtype="rec", freq="ปี",
      geo="ไม่มี", res=[("Manuscript catalogue", "XML"), ("Manuscript catalogue", "CSV")], lang=BOTH),
    # --- สวทช. --------------------------------------------------------------------------
    T("nstda", "funded-research-fy{y}", "โครงการวิจัยที่ได้รับทุนสนับสนุน ปีงบประมาณ {y}",
      ["ชื่อโครงการวิจัย หัวหน้าโครงการ หน่วยงาน งบประมาณที่ได้รับ และสาขาการวิจัย"],
      ["งานวิจัย", "ทุนวิจัย", "research", "นวัตกรรม"], ["research"], dtype="rec",
      res=[("โครงการวิจัย {y}", "XLSX"), ("โครงการวิจัย {y}", "CSV")], vary=Y(2566, 2567), when=0),
    T("nstda", "patents", "สิทธิบัตรและอนุสิทธิบัตร",
      ["รายการสิทธิบัตรการประดิษฐ์ สิทธิบัตรการออกแบบ และอนุสิทธิบัตรที่ยื่นจดและได้รับจดทะเบียน พร้อมสถานะคำขอ"],
      ["สิทธิบัตร", "ทรัพย์สินทางปัญญา", "patent"], ["research"], dtype="rec", freq="ไตรมาส",
      res=[("รายการสิทธิบัตร", "CSV")]),
    T("nstda", "thai-lexicon-nlp", "Thai Lexicon for NLP Research",
      ["A Thai word list with part-of-speech tags for word segmentation and search research.",
       "รายการคำภาษาไทยสำหรับงานตัดคำและการค้นคืนสารสนเทศ รวมคำประสม เช่น ประเทศไทย และ โรงพยาบาลส่งเสริมสุขภาพตำบล"],
      ["NLP", "word segmentation", "ตัดคำ", "ภาษาไทย", "lexicon"], ["research"], dtype="other",
      freq=("ปี", "1"), geo="ไม่มี", res=[("Lexicon", "ZIP"), ("README", "DOCX")], lang=BOTH,
      extra={"data_type_other": "คลังคำศัพท์"}),
    T("nstda", "science-park-tenants", "ผู้ประกอบการในอุทยานวิทยาศาสตร์ประเทศไทย",
      ["รายชื่อบริษัทที่เช่าพื้นที่ในอุทยานวิทยาศาสตร์ประเทศไทย อุตสาหกรรมเป้าหมาย และปีที่เข้าร่วม"],
      ["อุทยานวิทยาศาสตร์", "สตาร์ทอัพ", "startup"], ["research", "economy"], dtype="rec",
      res=[("ผู้ประกอบการ", "XLSX")], collect="บริษัท/ห้างร้าน/สถานประกอบการ"),
    # --- กรมส่งเสริมการปกครองท้องถิ่น ------------------------------------------------------------
    T("dla", "elderly-allowance-fy{y}", "ผู้ได้รับเบี้ยยังชีพผู้สูงอายุ รายจังหวัด ปีงบประมาณ {y}",
      ["จำนวนผู้สูงอายุที่ได้รับเบี้ยยังชีพแบบขั้นบันได และงบประมาณที่องค์กรปกครองส่วนท้องถิ่นเบิกจ่าย"],
      ["เบี้ยยังชีพ", "ผู้สูงอายุ", "อปท.", "สวัสดิการ"], ["society", "government"], freq="เดือน", geo=GEO_PROV,
      res=[("ผู้ได้รับเบี้ยยังชีพ {y}", "XLSX"), ("ผู้ได้รับเบี้ยยังชีพ {y}", "CSV")], vary=Y(2566, 2567, 2568),
      when=0, hvd=True, disagg=["อายุ/กลุ่มอายุ", AREA]),
    T("dla", "local-administrative-organizations", "รายชื่อองค์กรปกครองส่วนท้องถิ่นทั่วประเทศ (อบจ. เทศบาล อบต.)",
      ["รหัส ชื่อ ประเภท และที่อยู่ขององค์การบริหารส่วนจังหวัด เทศบาลนคร เทศบาลเมือง เทศบาลตำบล และองค์การบริหารส่วนตำบล"],
      ["อปท.", "เทศบาล", "อบต.", "อบจ."], ["government"], dtype="rec", geo="เทศบาล/อบต.",
      res=[("รายชื่อ อปท.", "CSV"), ("รายชื่อ อปท.", "XLSX")], hvd=True, collect="ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่"),
    T("dla", "child-development-centers", "ศูนย์พัฒนาเด็กเล็กสังกัดองค์กรปกครองส่วนท้องถิ่น",
      ["รายชื่อศูนย์พัฒนาเด็กเล็ก จำนวนเด็ก และจำนวนครูผู้ดูแลเด็ก จำแนกตามองค์กรปกครองส่วนท้องถิ่น"],
      ["ศูนย์พัฒนาเด็กเล็ก", "เด็กปฐมวัย", "อปท."], ["education", "society"], dtype="rec", geo="เทศบาล/อบต.",
      res=[("ศูนย์พัฒนาเด็กเล็ก", "XLSX")], collect="อาคาร/สิ่งปลูกสร้าง"),
    T("dla", "rph-transfer-to-pao", "การถ่ายโอนโรงพยาบาลส่งเสริมสุขภาพตำบลไปยังองค์การบริหารส่วนจังหวัด",
      ["รายชื่อโรงพยาบาลส่งเสริมสุขภาพตำบล (รพ.สต.) และสถานีอนามัยเฉลิมพระเกียรติ 60 พรรษา ที่ถ่ายโอนภารกิจไปยัง อบจ. ตั้งแต่ปีงบประมาณ 2566",
       "พร้อมจำนวนบุคลากรที่ถ่ายโอน"],
      ["รพ.สต.", "ถ่ายโอนภารกิจ", "อบจ.", "กระจายอำนาจ"], ["public-health", "government"], dtype="rec",
      geo=GEO_TAMBON, res=[("รายชื่อ รพ.สต. ที่ถ่ายโอน", "XLSX"), ("รายชื่อ รพ.สต. ที่ถ่ายโอน", "CSV")],
      collect="อาคาร/สิ่งปลูกสร้าง"),
    # --- สำนักงานตำรวจแห่งชาติ --------------------------------------------------------------------
    T("rtp", "criminal-cases-{y}", "สถิติคดีอาญา 5 กลุ่ม ปี {y}",
      ["จำนวนคดีรับแจ้งและจับกุม แยกเป็นคดีอุกฉกรรจ์ คดีชีวิตร่างกายและเพศ คดีประทุษร้ายต่อทรัพย์ คดีที่น่าสนใจ และคดีที่รัฐเป็นผู้เสียหาย"],
      ["คดีอาญา", "อาชญากรรม", "ตำรวจ", "crime"], ["public-safety"], freq="เดือน", geo=GEO_PROV,
      res=[("สถิติคดีอาญา {y}", "XLSX"), ("สถิติคดีอาญา {y}", "PDF")], vary=Y(2565, 2566, 2567), disagg=[AREA]),
    T("rtp", "police-stations", "ที่ตั้งสถานีตำรวจทั่วประเทศ",
      ["ชื่อสถานีตำรวจ กองบังคับการ หมายเลขโทรศัพท์ และพิกัดของสถานีตำรวจ 1,484 แห่ง"],
      ["สถานีตำรวจ", "ตำรวจ", "พิกัด"], ["public-safety", "government"], dtype="geo", geo=GEO_POINT,
      res=[("สถานีตำรวจ", "CSV"), ("สถานีตำรวจ", "GeoJSON")], collect="อาคาร/สิ่งปลูกสร้าง"),
    T("rtp", "police-road-accident-reports", "Road Traffic Accident Reports (Police Records)",
      ["Case-level road traffic accident reports filed at police stations: date, location, vehicles involved and casualties.",
       "ข้อมูลจากระบบรายงานอุบัติเหตุของสถานีตำรวจ"],
      ["road accident", "police", "อุบัติเหตุทางถนน"], ["public-safety", "transport"], dtype="rec",
      freq="เดือน", geo=GEO_POINT, res=[("Accident reports", "CSV")], lang=BOTH, collect="บุคคล"),
    T("rtp", "emergency-191-calls", "สถิติการรับแจ้งเหตุทางหมายเลข 191",
      ["จำนวนการรับแจ้งเหตุ จำแนกตามประเภทเหตุ ช่วงเวลา และกองบัญชาการตำรวจนครบาล/ภูธรภาค"],
      ["191", "แจ้งเหตุ", "เหตุด่วนเหตุร้าย"], ["public-safety"], freq="เดือน", geo="ภาค",
      res=[("สถิติการรับแจ้งเหตุ", "XLSX")]),
    # --- อบจ.เชียงใหม่ ---------------------------------------------------------------------
    T("chiangmai-pao", "chiangmai-cultural-attractions", "แหล่งท่องเที่ยวเชิงวัฒนธรรมในจังหวัดเชียงใหม่",
      ["วัด ชุมชนหัตถกรรม และถนนคนเดินในจังหวัดเชียงใหม่ พร้อมพิกัดและช่วงเวลาที่เหมาะกับการท่องเที่ยว"],
      ["ท่องเที่ยว", "เชียงใหม่", "วัฒนธรรมล้านนา", "ถนนคนเดิน"], ["tourism", "culture"], dtype="rec",
      geo=GEO_PROV, res=[("แหล่งท่องเที่ยวเชิงวัฒนธรรม", "XLSX"), ("แหล่งท่องเที่ยวเชิงวัฒนธรรม", "JSON")],
      lang=("ไทย", "อังกฤษ", "จีน"), collect="อาคาร/สิ่งปลูกสร้าง"),
    T("chiangmai-pao", "chiangmai-haze-{y}", "ข้อมูลจุดความร้อนและหมอกควัน จังหวัดเชียงใหม่ ปี {y}",
      ["จำนวนจุดความร้อนรายอำเภอ ค่าฝุ่น PM2.5 และผลกระทบต่อการท่องเที่ยวช่วงฤดูหมอกควัน (มกราคม–เมษายน)"],
      ["หมอกควัน", "PM2.5", "จุดความร้อน", "เชียงใหม่"], ["environment", "public-health"], freq="วัน",
      geo=GEO_DIST, res=[("จุดความร้อนรายอำเภอ {y}", "CSV")], vary=Y(2566, 2567), when=0, disagg=[AREA]),
    T("chiangmai-pao", "chiangmai-pao-roads", "ถนนในความรับผิดชอบของ อบจ.เชียงใหม่",
      ["รหัสสายทาง ชื่อถนน ระยะทาง ประเภทผิวจราจร และปีที่ซ่อมบำรุงล่าสุด"],
      ["ถนน", "สายทาง", "อบจ."], ["transport"], dtype="geo", geo=GEO_PROV,
      res=[("ทะเบียนสายทาง", "XLSX"), ("แนวสายทาง", "SHP")], collect="เส้นทางการเดินทาง เช่น ถนน ทางรถไฟ"),
    T("chiangmai-pao", "chiangmai-pao-budget-fy{y}", "งบประมาณรายจ่ายประจำปีงบประมาณ {y} อบจ.เชียงใหม่",
      ["ข้อบัญญัติงบประมาณรายจ่ายประจำปีขององค์การบริหารส่วนจังหวัดเชียงใหม่ จำแนกตามแผนงานและโครงการ"],
      ["งบประมาณ", "ปีงบประมาณ", "อบจ.", "เชียงใหม่"], ["economy", "government"], dtype="multi",
      freq=NOUPDATE, geo=GEO_PROV, res=[("ข้อบัญญัติงบประมาณ {y}", "PDF"), ("รายละเอียดโครงการ {y}", "DOCX")],
      vary=Y(2567, 2568), when=-1),
    # --- จังหวัดภูเก็ต ------------------------------------------------------------------------
    T("phuket-province", "phuket-beaches", "ข้อมูลชายหาดและจุดท่องเที่ยวทางทะเล จังหวัดภูเก็ต",
      ["รายชื่อชายหาด จุดชมวิว และจุดดำน้ำ พร้อมสิ่งอำนวยความสะดวก จุดเฝ้าระวังคลื่นลม และพิกัด"],
      ["ท่องเที่ยว", "ชายหาด", "ภูเก็ต", "beach"], ["tourism", "environment"], dtype="geo", geo=GEO_POINT,
      res=[("ชายหาดและจุดท่องเที่ยว", "GeoJSON"), ("ชายหาดและจุดท่องเที่ยว", "CSV")], lang=BOTH,
      collect="ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่"),
    T("phuket-province", "phuket-tourism-recovery", "Phuket Tourism Recovery Indicators",
      ["Monthly indicators of tourism recovery in Phuket: airport arrivals, hotel occupancy and tourism receipts since the 2021 Sandbox reopening."],
      ["Phuket", "tourism", "Sandbox", "ท่องเที่ยว"], ["tourism", "economy"], freq="เดือน", geo=GEO_PROV,
      res=[("Recovery indicators", "CSV"), ("Recovery indicators", "XLSX")], lang=EN),
    T("phuket-province", "phuket-basic-info-{y}", "ข้อมูลพื้นฐานจังหวัดภูเก็ต ปี {y}",
      ["ข้อมูลทั่วไป ประชากร เศรษฐกิจ การท่องเที่ยว และโครงสร้างพื้นฐานของจังหวัดภูเก็ต ประกอบแผนพัฒนาจังหวัด"],
      ["ข้อมูลพื้นฐานจังหวัด", "ภูเก็ต", "แผนพัฒนาจังหวัด"], ["government", "society"], dtype="multi",
      geo=GEO_PROV, res=[("ข้อมูลพื้นฐานจังหวัด {y}", "PDF"), ("ตารางข้อมูล {y}", "XLSX")],
      vary=Y(2566, 2567), when=0),
]


# English-titled families (about 15% of the catalog has English-only titles)
TOPICS += [
    T("nso", "population-projections", "Population Projections for Thailand 2010-2040",
      ["Projected population by sex and five-year age group under medium fertility assumptions, national and regional.",
       "Useful for planning schools, hospitals and pensions in an ageing society."],
      ["population projection", "ageing society", "ประชากร"], ["society"], freq=NOUPDATE, geo="ภาค",
      res=[("Projections by age and sex", "XLSX"), ("Methodology report", "PDF")], lang=BOTH,
      disagg=["เพศ", "อายุ/กลุ่มอายุ", AREA], extra={"official_statistics": "True"}),
    T("tmd", "monthly-climate-summary-{ce}", "Monthly Climate Summary {ce}",
      ["Monthly summary of temperature, rainfall and notable weather events across Thailand's five regions, {ce}.",
       "สรุปลักษณะอากาศรายเดือน"],
      ["climate", "monthly summary", "ภูมิอากาศ"], ["environment"], freq="เดือน", geo="ภาค",
      res=[("Monthly summary {ce}", "PDF"), ("Station table {ce}", "CSV")], vary=Y(2566, 2567, 2568), when=0,
      lang=BOTH),
    T("doh", "motorway-traffic-{ce}", "Motorway Traffic Volumes (M7 and M9) {ce}",
      ["Daily vehicle counts at toll plazas of Motorway 7 (Bangkok-Chon Buri) and Motorway 9 (outer ring road), {ce}."],
      ["motorway", "toll plaza", "traffic volume", "ทางหลวงพิเศษ"], ["transport"], freq="วัน", geo=GEO_POINT,
      res=[("Daily counts {ce}", "CSV"), ("Daily counts {ce}", "XLSX")], vary=Y(2566, 2567), lang=EN,
      collect="เส้นทางการเดินทาง เช่น ถนน ทางรถไฟ"),
    T("bb", "budget-disbursement-fy{ce}", "Budget Disbursement Progress by Ministry FY{ce}",
      ["Monthly disbursement of the annual budget against targets, by ministry and expenditure type, fiscal year {ce}.",
       "อัตราการเบิกจ่ายงบประมาณรายจ่ายประจำปีงบประมาณ {y}"],
      ["budget disbursement", "fiscal year", "ปีงบประมาณ", "งบประมาณ"], ["economy", "government"],
      freq="เดือน", res=[("Disbursement by ministry FY{ce}", "XLSX"), ("Disbursement API", "API")],
      vary=Y(2567, 2568), when=0, lang=BOTH, extra={"unit_of_measure": "บาท", "unit_of_multiplier": "ล้าน"}),
    T("nstda", "sti-indicators", "Thailand Science, Technology and Innovation Indicators",
      ["R&D expenditure, researchers per million population and high-technology exports, compiled for international comparison."],
      ["research and development", "innovation", "indicators", "วิจัยและพัฒนา"], ["research", "economy"],
      res=[("STI indicators", "XLSX"), ("STI indicators", "CSV")], lang=EN,
      obj=["ดัชนี/ตัวชี้วัดระดับนานาชาติ", "ยุทธศาสตร์ชาติ"]),
    T("rid", "telemetry-daily-rainfall", "Daily Rainfall at RID Telemetry Stations",
      ["Daily rainfall (mm) from automatic telemetry stations in irrigation project areas.",
       "Missing readings are left empty, not zero."],
      ["rainfall", "telemetry", "ปริมาณฝน"], ["agriculture", "environment"], freq="วัน", geo=GEO_POINT,
      res=[("Daily rainfall", "CSV"), ("Telemetry API", "API")], lang=EN, extra={"unit_of_measure": "มิลลิเมตร"}),
]

# ---------------------------------------------------------------------------
# Local sample files (written by us; figures are illustrative)
# ---------------------------------------------------------------------------

def csv_text(header, rows, bom=False, crlf=False):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n" if crlf else "\n").writerows([header] + rows)
    return ("\ufeff" if bom else "") + buf.getvalue()


def jitter(rng, value, spread=0.004):
    """Round-number value -> a plausible 'counted' value."""
    return int(value * (1 + rng.uniform(-spread, spread)))


# province -> (Thai visitors, foreign visitors, revenue million baht), 2566
TOURISM_2566 = {
    "กรุงเทพมหานคร": (21480000, 15320000, 823400), "พระนครศรีอยุธยา": (4920000, 1105000, 18650),
    "ชลบุรี": (10350000, 5870000, 196300), "ระยอง": (5120000, 190000, 28400),
    "นครราชสีมา": (7840000, 120000, 31200), "อุบลราชธานี": (3260000, 48000, 11900),
    "ขอนแก่น": (4410000, 76000, 16300), "อุดรธานี": (3180000, 92000, 12700),
    "เชียงใหม่": (9560000, 1980000, 104800), "น่าน": (1120000, 14000, 4600),
    "เชียงราย": (4730000, 410000, 27500), "ตาก": (1650000, 35000, 5100),
    "สุโขทัย": (1240000, 68000, 3900), "พิษณุโลก": (3590000, 42000, 10800),
    "กาญจนบุรี": (8450000, 390000, 28900), "ประจวบคีรีขันธ์": (5980000, 510000, 47600),
    "นครศรีธรรมราช": (4610000, 37000, 17100), "กระบี่": (2940000, 2410000, 92300),
    "ภูเก็ต": (4180000, 8920000, 398700), "สุราษฎร์ธานี": (3870000, 2640000, 115400),
    "สงขลา": (5230000, 1210000, 58900),
}

# province -> (male, female, houses), end of 2566, rounded
POPULATION_2566 = {
    "กรุงเทพมหานคร": (2588000, 2884000, 3010000), "พระนครศรีอยุธยา": (395000, 427000, 331000),
    "ชลบุรี": (760000, 810000, 962000), "ระยอง": (370000, 385000, 421000),
    "นครราชสีมา": (1295000, 1335000, 981000), "อุบลราชธานี": (931000, 935000, 562000),
    "ขอนแก่น": (888000, 912000, 693000), "อุดรธานี": (790000, 800000, 521000),
    "เชียงใหม่": (865000, 925000, 872000), "น่าน": (237000, 240000, 171000),
    "เชียงราย": (640000, 665000, 512000), "ตาก": (345000, 335000, 214000),
    "สุโขทัย": (285000, 300000, 212000), "พิษณุโลก": (418000, 440000, 331000),
    "กาญจนบุรี": (450000, 446000, 342000), "ประจวบคีรีขันธ์": (276000, 282000, 251000),
    "นครศรีธรรมราช": (765000, 790000, 561000), "กระบี่": (240000, 243000, 192000),
    "ภูเก็ต": (200000, 220000, 281000), "สุราษฎร์ธานี": (530000, 550000, 473000),
    "สงขลา": (695000, 740000, 541000),
}

THAI_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
               "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
THAI_MONTHS_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]

# Rain shape per climate zone (share of a year's rain per month)
RAIN_SHAPES = {
    "inland": [0.3, 0.6, 1.5, 4.0, 11.5, 11.0, 12.5, 16.0, 19.0, 10.5, 2.5, 0.6],
    "gulf-south": [5.5, 2.0, 3.0, 4.0, 7.0, 6.0, 6.0, 6.5, 7.5, 13.0, 22.0, 17.5],
    "andaman": [1.5, 1.0, 2.5, 6.0, 13.0, 11.5, 12.0, 12.5, 15.5, 13.5, 7.5, 3.5],
}
# station, province, zone, annual total (mm)
RAIN_STATIONS = [
    ("เชียงใหม่", "เชียงใหม่", "inland", 1150), ("เชียงราย", "เชียงราย", "inland", 1720),
    ("น่าน", "น่าน", "inland", 1290), ("พิษณุโลก", "พิษณุโลก", "inland", 1310),
    ("ตาก", "ตาก", "inland", 1030), ("ขอนแก่น", "ขอนแก่น", "inland", 1190),
    ("อุบลราชธานี", "อุบลราชธานี", "inland", 1580), ("นครราชสีมา", "นครราชสีมา", "inland", 1040),
    ("บางนา", "กรุงเทพมหานคร", "inland", 1650), ("ชลบุรี", "ชลบุรี", "inland", 1320),
    ("กาญจนบุรี", "กาญจนบุรี", "inland", 1000), ("ประจวบคีรีขันธ์", "ประจวบคีรีขันธ์", "gulf-south", 1070),
    ("ภูเก็ต", "ภูเก็ต", "andaman", 2350), ("สุราษฎร์ธานี", "สุราษฎร์ธานี", "gulf-south", 1690),
    ("สงขลา", "สงขลา", "gulf-south", 2240),
]

# Ministry, FY2567 (million baht); FY2568 is derived with a fixed change
BUDGET_2567 = [
    ("งบกลาง", 606765, 4.6), ("กระทรวงการคลัง", 286810, -1.2), ("กระทรวงศึกษาธิการ", 330510, 3.8),
    ("กระทรวงมหาดไทย", 353100, 1.9), ("กระทรวงกลาโหม", 198560, 2.2), ("กระทรวงสาธารณสุข", 166470, 3.4),
    ("กระทรวงคมนาคม", 183930, 18.3), ("กระทรวงเกษตรและสหกรณ์", 127940, 5.1),
    ("กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", 126040, 2.7), ("กระทรวงแรงงาน", 58600, 1.3),
    ("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", 28010, 6.4),
    ("กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม", 31700, 0.8), ("กระทรวงการท่องเที่ยวและกีฬา", 6510, 12.9),
    ("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", 8370, -3.5), ("กระทรวงพลังงาน", 2260, -0.6),
    ("กระทรวงพาณิชย์", 7120, 4.2), ("กระทรวงอุตสาหกรรม", 4830, 1.1), ("กระทรวงวัฒนธรรม", 8160, 7.8),
    ("กระทรวงยุติธรรม", 25390, 0.4), ("กระทรวงการต่างประเทศ", 8680, 2.9), ("สำนักนายกรัฐมนตรี", 33180, -2.3),
]

# Fictional village-named units; districts/provinces are real
RPH_UNITS = [
    ("บ้านหนองบัว", "สันทราย", "เชียงใหม่", 18.8485, 99.0412, 7, 5840),
    ("บ้านป่าสัก", "แม่ริม", "เชียงใหม่", 18.9231, 98.9102, 9, 6215),
    ("บ้านดอนแก้ว", "หางดง", "เชียงใหม่", 18.6702, 98.9528, 6, 4980),
    ("บ้านโนนสว่าง", "บ้านไผ่", "ขอนแก่น", 16.0713, 102.7541, 11, 7390),
    ("บ้านหนองแวง", "เมืองขอนแก่น", "ขอนแก่น", 16.4689, 102.8867, 8, 8120),
    ("บ้านโคกสูง", "ชุมแพ", "ขอนแก่น", 16.5720, 102.1294, 10, 6640),
    ("บ้านหนองสาหร่าย", "ปากช่อง", "นครราชสีมา", 14.6318, 101.4012, 12, 9105),
    ("บ้านท่าหลวง", "พิมาย", "นครราชสีมา", 15.2406, 102.5163, 9, 5530),
    ("บ้านควนลัง", "หาดใหญ่", "สงขลา", 6.9854, 100.4427, 8, 10250),
    ("บ้านปาดัง", "สะเดา", "สงขลา", 6.6971, 100.4012, 6, 4470),
    ("บ้านดอนมูล", "ปัว", "น่าน", 19.1685, 100.9218, 7, 3860),
    ("บ้านคำน้ำแซบ", "วารินชำราบ", "อุบลราชธานี", 15.1783, 104.8806, 10, 8790),
]

# Fictional schools; districts/provinces are real
SCHOOLS = [
    ("1050130101", "โรงเรียนบ้านหนองบัว", "อนุบาล-ประถมศึกษา", "สันทราย", "เชียงใหม่", 18.8512, 99.0385, 112, 8),
    ("1050130102", "โรงเรียนชุมชนบ้านป่าสัก", "อนุบาล-มัธยมศึกษาตอนต้น", "แม่ริม", "เชียงใหม่", 18.9204, 98.9131, 246, 15),
    ("1050130103", "โรงเรียนบ้านดอนแก้ว", "อนุบาล-ประถมศึกษา", "หางดง", "เชียงใหม่", 18.6688, 98.9547, 87, 6),
    ("1040140201", "โรงเรียนบ้านโนนสว่าง", "อนุบาล-ประถมศึกษา", "บ้านไผ่", "ขอนแก่น", 16.0701, 102.7566, 64, 5),
    ("1040140202", "โรงเรียนหนองแวงวิทยาคม", "มัธยมศึกษา", "เมืองขอนแก่น", "ขอนแก่น", 16.4712, 102.8841, 1380, 71),
    ("1040140203", "โรงเรียนบ้านโคกสูง", "อนุบาล-ประถมศึกษา", "ชุมแพ", "ขอนแก่น", 16.5742, 102.1270, 138, 9),
    ("1030150301", "โรงเรียนบ้านหนองสาหร่าย", "อนุบาล-มัธยมศึกษาตอนต้น", "ปากช่อง", "นครราชสีมา", 14.6331, 101.3987, 305, 18),
    ("1030150302", "โรงเรียนพิมายพัฒนศึกษา", "มัธยมศึกษา", "พิมาย", "นครราชสีมา", 15.2199, 102.4942, 1625, 84),
    ("1090160401", "โรงเรียนบ้านควนลัง", "อนุบาล-ประถมศึกษา", "หาดใหญ่", "สงขลา", 6.9871, 100.4408, 420, 22),
    ("1090160402", "โรงเรียนบ้านปาดัง", "อนุบาล-ประถมศึกษา", "สะเดา", "สงขลา", 6.6955, 100.4031, 96, 7),
    ("1055170501", "โรงเรียนบ้านดอนมูล", "อนุบาล-ประถมศึกษา", "ปัว", "น่าน", 19.1702, 100.9201, 58, 5),
    ("1034180601", "โรงเรียนบ้านคำน้ำแซบ", "อนุบาล-มัธยมศึกษาตอนต้น", "วารินชำราบ", "อุบลราชธานี", 15.1769, 104.8824, 274, 16),
    ("1083190701", "โรงเรียนบ้านกะทู้ใต้", "อนุบาล-ประถมศึกษา", "กะทู้", "ภูเก็ต", 7.9112, 98.3408, 512, 26),
    ("1081190801", "โรงเรียนบ้านอ่าวน้ำเมา", "อนุบาล-ประถมศึกษา", "เมืองกระบี่", "กระบี่", 8.0411, 98.8229, 143, 9),
    ("1010200901", "โรงเรียนวัดทุ่งสองห้อง", "อนุบาล-ประถมศึกษา", "หลักสี่", "กรุงเทพมหานคร", 13.8762, 100.5793, 865, 38),
]


def thai_aqi_pm25(pm):
    """Thai AQI for PM2.5 (24-h breakpoints, 2023 revision)."""
    table = [(0, 15, 0, 25), (15.1, 25, 26, 50), (25.1, 37.5, 51, 100), (37.6, 75, 101, 200), (75.1, 500, 201, 500)]
    for x_lo, x_hi, i_lo, i_hi in table:
        if pm <= x_hi:
            return round((i_hi - i_lo) / (x_hi - x_lo) * (pm - x_lo) + i_lo)
    return 500


def make_files(rng):
    """Return {filename: text} for every local sample file."""
    files = {}

    rows, visitors = [], {}
    for prov, (th, fo, rev) in TOURISM_2566.items():
        th, fo = jitter(rng, th), jitter(rng, fo)
        visitors[prov] = th + fo
        rows.append([prov, PROVINCES[prov][2], th, fo, th + fo, f"{rev * (1 + rng.uniform(-.003, .003)):.2f}"])
    files["tourist-arrivals-by-province-2566.csv"] = csv_text(
        ["จังหวัด", "ภาค", "นักท่องเที่ยวชาวไทย (คน)", "นักท่องเที่ยวชาวต่างชาติ (คน)", "รวม (คน)",
         "รายได้จากการท่องเที่ยว (ล้านบาท)"], rows)

    stations = [("bkk01", "ริมถนนพหลโยธิน", "จตุจักร", 1.00), ("bkk02", "ริมถนนพระรามที่ 4", "ปทุมวัน", 1.12),
                ("bkk03", "แขวงบางนาใต้", "บางนา", 0.86)]
    shape = [41, 44, 48, 53, 58, 61, 57, 50, 44, 39]  # 05:00-14:00, morning peak
    rows = []
    for code, site, district, factor in stations:
        for i, base in enumerate(shape):
            pm = round(base * factor + rng.uniform(-3, 3), 1)
            rows.append(["2024-01-15", f"{5 + i:02d}:00", code, site, district, pm, thai_aqi_pm25(pm)])
    files["pm25-hourly-bangkok.csv"] = csv_text(
        ["วันที่", "เวลา", "รหัสสถานี", "จุดตรวจวัด", "เขต", "PM2.5 (มคก./ลบ.ม.)", "AQI"], rows)

    rows = []
    for prov, (m, f, houses) in POPULATION_2566.items():
        m, f = jitter(rng, m), jitter(rng, f)
        rows.append([PROVINCES[prov][1], prov, m, f, m + f, jitter(rng, houses)])
    files["population-by-province-2566.csv"] = csv_text(
        ["รหัสจังหวัด", "จังหวัด", "ชาย", "หญิง", "รวม", "จำนวนบ้าน"], rows)

    rows = []
    for station, prov, zone, total in RAIN_STATIONS:
        months = [round(total * s / 100 * rng.uniform(0.7, 1.3), 1) for s in RAIN_SHAPES[zone]]
        rows.append([station, prov] + months + [round(sum(months), 1)])
    files["monthly-rainfall-2566.csv"] = csv_text(
        ["สถานี", "จังหวัด"] + THAI_MONTHS_ABBR + ["รวมทั้งปี (มม.)"], rows)

    rows = []
    for i, (ministry, b67, pct) in enumerate(BUDGET_2567, 1):
        b68 = round(b67 * (1 + pct / 100), 1)
        rows.append([i, ministry, f"{b67:.1f}", f"{b68:.1f}", f"{b68 - b67:.1f}", f"{pct:.2f}"])
    files["budget-by-ministry-fy2568.csv"] = csv_text(
        ["ลำดับ", "กระทรวง/หน่วยงาน", "ปีงบประมาณ 2567 (ล้านบาท)", "ปีงบประมาณ 2568 (ล้านบาท)",
         "เพิ่ม/ลด (ล้านบาท)", "ร้อยละ"], rows, bom=True, crlf=True)

    recs = []
    for i, (village, district, prov, lat, lon, villages, pop) in enumerate(RPH_UNITS):
        recs.append({
            "hcode": f"{int(PROVINCES[prov][1]) * 1000 + 100 + i:05d}",
            "name": f"โรงพยาบาลส่งเสริมสุขภาพตำบล{village}",
            "short_name": f"รพ.สต.{village}",
            "district": district, "province": prov,
            "lat": lat, "lon": lon,
            "villages_served": villages, "population_served": pop,
            "transferred_to_pao": i % 3 != 1,
        })
    files["health-promoting-hospitals.json"] = json.dumps(
        {"description": "ทะเบียน รพ.สต. ชุดตัวอย่างสำหรับ khonha (ชื่อหน่วยบริการเป็นชื่อสมมุติ)",
         "updated": "2024-03-31", "count": len(recs), "records": recs}, ensure_ascii=False, indent=2) + "\n"

    feats = []
    for prov in ["กรุงเทพมหานคร", "เชียงใหม่", "ภูเก็ต", "ชลบุรี", "กระบี่", "สุราษฎร์ธานี",
                 "พระนครศรีอยุธยา", "กาญจนบุรี", "ขอนแก่น", "สงขลา"]:
        slug, code, region, lat, lon, en = PROVINCES[prov]
        feats.append({"type": "Feature",
                      "geometry": {"type": "Point", "coordinates": [lon, lat]},
                      "properties": {"province_code": code, "name_th": prov, "name_en": en,
                                     "region": region, "visitors_2566": visitors[prov]}})
    files["tourism-provinces.geojson"] = json.dumps(
        {"type": "FeatureCollection", "name": "tourism_provinces", "features": feats},
        ensure_ascii=False, indent=1) + "\n"

    causes = ["ขับรถเร็วเกินกำหนด", "ดื่มแล้วขับ", "ตัดหน้ากระชั้นชิด", "หลับใน"]
    vehicles = ["รถจักรยานยนต์"] * 5 + ["รถปิกอัพ", "รถเก๋ง"]
    rows = []
    for prov, (m, f, _) in POPULATION_2566.items():
        n = max(4, int((m + f) / 1_000_000 * rng.uniform(38, 62)))
        rows.append([prov, n, int(n * rng.uniform(1.02, 1.15)), int(n * rng.uniform(0.05, 0.14)),
                     causes[0] if rng.random() < 0.55 else rng.choice(causes[1:]), rng.choice(vehicles)])
    files["songkran-road-accidents-2567.csv"] = csv_text(
        ["จังหวัด", "จำนวนครั้ง", "ผู้บาดเจ็บ (คน)", "ผู้เสียชีวิต (ราย)", "สาเหตุหลัก", "ยานพาหนะที่เกิดเหตุมากที่สุด"],
        rows)

    regions = [("ภาคเหนือ", 0.55), ("ภาคตะวันออกเฉียงเหนือ", 0.72), ("ภาคกลาง", 1.85), ("ภาคใต้", 0.78)]
    season = [0.92, 0.95, 1.07, 1.16, 1.12, 1.03]  # hot season peak in April
    rows = []
    for mi, s in enumerate(season):
        for region, scale in regions:
            home, small, mid, large = (round(v * scale * s * rng.uniform(0.96, 1.04), 1)
                                       for v in (640, 230, 310, 980))
            rows.append([f"{THAI_MONTHS[mi]} 2566", region, home, small, mid, large,
                         round(home + small + mid + large, 1)])
    files["electricity-by-region-2566.csv"] = csv_text(
        ["เดือน", "ภาค", "บ้านอยู่อาศัย (GWh)", "กิจการขนาดเล็ก (GWh)", "กิจการขนาดกลาง (GWh)",
         "กิจการขนาดใหญ่ (GWh)", "รวม (GWh)"], rows)

    data = []
    start = dt.date(2022, 1, 2)
    for w in range(1, 21):
        wave = 180000 * pow(2.718, -((w - 12) ** 2) / 30) + 20000
        cases = int(wave * rng.uniform(0.93, 1.07))
        data.append({"year": 2565, "week": w, "week_start": str(start + dt.timedelta(weeks=w - 1)),
                     "new_cases": cases, "deaths": int(cases * rng.uniform(0.0012, 0.0022)),
                     "recovered": int(cases * rng.uniform(0.88, 1.02))})
    files["covid19-weekly-2565.json"] = json.dumps(
        {"meta": {"title": "ผู้ติดเชื้อ COVID-19 รายสัปดาห์ ประเทศไทย ปี 2565 (ตัวอย่าง)",
                  "unit": "คน", "note": "illustrative figures for khonha's sample catalog"},
         "data": data}, ensure_ascii=False, indent=2) + "\n"

    files["obec-schools-sample.csv"] = csv_text(
        ["รหัสโรงเรียน", "ชื่อโรงเรียน", "ระดับที่เปิดสอน", "อำเภอ", "จังหวัด", "ละติจูด", "ลองจิจูด",
         "จำนวนนักเรียน", "จำนวนครู"], [list(s) for s in SCHOOLS])
    return files


# ---------------------------------------------------------------------------
# Dataset construction
# ---------------------------------------------------------------------------

# Explicit oddities, so the sample has a few non-public records.
PRIVATE = {  # name -> data_classification
    "police-road-accident-reports": "ลับ",
    "criminal-cases-2567": "ลับ",
    "homeless-assistance-2567": "ชั้นเผยแพร่ภายในองค์กร",
    "elderly-screening": "ชั้นเผยแพร่ภายในองค์กร",
    "rph-transfer-to-pao": "ชั้นเผยแพร่ภายในองค์กร",
    "highway-bridges": "ชั้นเผยแพร่ภายในองค์กร",
}
DRAFT = {"phuket-basic-info-2567", "teachers-2567", "mea-underground-cables"}

FREQ_WORD = {"ปี": "รายปี", "ครึ่งปี": "รายครึ่งปี", "ไตรมาส": "รายไตรมาส", "เดือน": "รายเดือน",
             "สัปดาห์": "รายสัปดาห์", "วัน": "รายวัน", "วันทำการ": "รายวัน (วันทำการ)",
             "ชั่วโมง": "รายชั่วโมง", "นาที": "รายนาที", "ตามเวลาจริง": "ตามเวลาจริง",
             NOUPDATE: "ไม่มีการปรับปรุง"}
SIZE_RANGE = {"CSV": (2_000, 4_000_000), "csv": (2_000, 400_000), "XLSX": (12_000, 18_000_000),
              "XLS": (20_000, 6_000_000), "JSON": (3_000, 9_000_000), "GeoJSON": (20_000, 30_000_000),
              "PDF": (90_000, 15_000_000), "XML": (5_000, 8_000_000), "SHP": (400_000, 90_000_000),
              "ZIP": (200_000, 60_000_000), "DOCX": (25_000, 2_500_000)}
THAILAND_BBOX = (97.34, 105.64, 20.46, 5.61)  # west, east, north, south


def ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f")


def between(rng, a, b):
    if b <= a:
        return a
    return a + dt.timedelta(seconds=rng.uniform(0, (b - a).total_seconds()))


def office_hours(rng, day):
    return day.replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59), second=rng.randint(0, 59),
                       microsecond=rng.randint(0, 999999))


def dataset_dates(rng, topic, year):
    """metadata_created / metadata_modified for one dataset."""
    high = topic["unit"] in HIGH_FREQ
    if year:
        base = year - 543 + (0 if high else topic["when"])
        lo = max(dt.datetime(base, 1, 10), FIRST_DAY)
        hi = min(dt.datetime(base, 11, 30), LAST_DAY - dt.timedelta(days=20))
        created = office_hours(rng, between(rng, lo, max(lo, hi)))
    else:
        created = office_hours(rng, between(rng, FIRST_DAY, dt.datetime(2026, 4, 30)))
    if topic["unit"] == NOUPDATE:
        modified = created + dt.timedelta(days=rng.uniform(0, 45))
    elif high and (not year or year - 543 >= 2024):
        modified = between(rng, dt.datetime(2026, 1, 5), LAST_DAY)
    elif high:
        modified = between(rng, created, dt.datetime(year - 543 + 1, 3, 31))
    else:
        modified = created + dt.timedelta(days=rng.uniform(0, 800))
    modified = min(modified, LAST_DAY)
    if modified < created:
        modified = created
    return created, modified


def org_dict(o, rng):
    created = office_hours(rng, between(rng, dt.datetime(2018, 9, 1), FIRST_DAY - dt.timedelta(days=3)))
    return {"id": o.id, "name": o.slug, "title": o.title, "type": "organization", "description": o.kind,
            "image_url": "", "created": ts(created), "is_organization": True,
            "approval_status": "approved", "state": "active"}


def group_dict(name):
    g = GROUP_BY_NAME[name]
    return {"description": g[2], "display_name": g[1], "id": uid("group", name), "image_display_url": "",
            "name": name, "title": g[1]}


def tag_dict(t):
    return {"display_name": t, "id": uid("tag", t), "name": t, "state": "active", "vocabulary_id": None}


GROUP_BY_NAME = {g[0]: g for g in GROUPS}


def fill(text, v):
    return text.format(**v)


def variants(topic):
    """Yield substitution dicts for each dataset of a topic family."""
    if not topic["vary"]:
        yield {"y": "", "ce": "", "prev": "", "next2": "", "prov": "", "p": ""}
        return
    kind, values = topic["vary"]
    for val in values:
        if kind == "y":
            yield {"y": val, "ce": val - 543, "prev": val - 1, "next2": f"{(val + 1) % 100:02d}", "prov": "", "p": ""}
        else:
            yield {"y": "", "ce": "", "prev": "", "next2": "", "prov": val, "p": PROVINCES[val][0]}


def resource_url(rng, org, pid, rid, name, pos, fmt, created):
    mime, _, ext = FORMATS[fmt]
    host = org.web.split("//", 1)[1]
    if fmt == "API":
        return rng.choice([f"https://api.{org.domain}/v1/{name}",
                           f"https://{host}/api/opendata/{name}?format=json",
                           f"https://gdcatalog.{org.domain}/api/3/action/datastore_search?resource_id={rid}"])
    fname = f"{name}.{ext}" if pos == 0 else f"{name}-{pos}.{ext}"
    return rng.choice([
        f"https://{host}/opendata/{name}/{fname}",
        f"https://gdcatalog.{org.domain}/dataset/{pid}/resource/{rid}/download/{fname}",
        f"https://{host}/wp-content/uploads/{created.year}/{created.month:02d}/{fname}",
        f"https://{host}/download/{fname}",
    ])


def build_resources(rng, topic, v, org, pid, name, created, modified, files, disagg):
    specs = [(fill(r[0], v), r[1], r[2] if len(r) > 2 else None) for r in topic["res"]]
    has_file = any(s[2] for s in specs)
    if not has_file and len(specs) < 5 and rng.random() < 0.12:
        specs.insert(0, ("ไฟล์ข้อมูลทั้งหมด (ZIP)", "ZIP", None))
    if len(specs) < 6 and rng.random() < 0.2:
        specs.append(("คำอธิบายชุดข้อมูล (Data Dictionary)", rng.choice(["PDF", "DOCX", "XLSX"]), None))
    out = []
    t = created
    for pos, (rname, fmt, fname) in enumerate(specs[:6]):
        rid = uid("resource", f"{name}/{pos}")
        rcreated = t + dt.timedelta(seconds=rng.uniform(2, 90)) if pos == 0 else between(rng, t, modified)
        rcreated = min(rcreated, modified)
        t = rcreated
        last_mod = between(rng, rcreated, modified) if rng.random() < 0.8 else None
        mime, _, _ = FORMATS[fmt]
        if fname:
            url = f"{DOWNLOAD_BASE}/dataset/{pid}/resource/{rid}/download/{fname}"
            size, url_type = len(files[fname].encode("utf-8")), "upload"
        else:
            url = resource_url(rng, org, pid, rid, name, pos, fmt, rcreated)
            lo, hi = SIZE_RANGE.get(fmt, (0, 0))
            size = int(lo * (hi / lo) ** rng.random()) if hi else None
            url_type = None
        if rname.startswith("คำอธิบายชุดข้อมูล"):
            desc = "คำอธิบายชื่อคอลัมน์ ชนิดข้อมูล และหน่วยวัดของแต่ละฟิลด์"
        elif fmt == "API":
            desc = rng.choice(["เรียกใช้ผ่าน HTTPS GET ได้ผลลัพธ์เป็น JSON", "ต้องใช้ API key ในส่วนหัว (header) ของคำขอ", ""])
        else:
            desc = rng.choice(["", "", "", f"ไฟล์ {fmt.upper()} เข้ารหัส UTF-8", f"{rname} (ปรับปรุงล่าสุด)",
                               "ข้อมูลในรูปแบบที่เครื่องอ่านได้ (machine-readable)"])
        res = {
            "cache_last_updated": None, "cache_url": None,
            "created": ts(rcreated),
            "datastore_active": fmt in ("CSV", "XLSX") and rng.random() < 0.3,
            "description": desc, "format": fmt, "hash": "", "id": rid,
            "last_modified": ts(last_mod) if last_mod else None,
            "metadata_modified": None, "mimetype": mime, "mimetype_inner": None,
            "name": rname, "package_id": pid, "position": pos,
            "resource_accessible_condition": "",
            "resource_created_date": rcreated.date().isoformat(),
            "resource_data_collect": topic["collect"] if rng.random() < 0.7 else "",
            "resource_data_collect_other": "",
            "resource_disaggregate": list(disagg),
            "resource_last_updated_date": (last_mod or rcreated).date().isoformat(),
            "resource_type": None, "size": size, "state": "active", "url": url, "url_type": url_type,
        }
        if v["y"] and topic["dtype"] == "stat":
            res["resource_first_year_of_data"] = str(v["y"])
            res["resource_last_year_of_data"] = str(v["y"])
        out.append(res)
    return out


def build_notes(rng, topic, v, org, unit):
    sentences = [fill(s, v) for s in topic["notes"]]
    if len(sentences) < 4 and rng.random() < 0.25:
        sentences.append(rng.choice([
            f"สอบถามรายละเอียดเพิ่มเติมได้ที่ {unit} โทร {org.phone}",
            f"ข้อมูลเพิ่มเติม: {org.web}",
            "หากพบข้อผิดพลาดของข้อมูล กรุณาแจ้งผู้ดูแลชุดข้อมูลทางอีเมล",
            "ข้อมูลนี้เผยแพร่ภายใต้นโยบายข้อมูลเปิดภาครัฐ (Open Government Data) ของประเทศไทย",
        ]))
    sep = rng.choice(["\r\n", "\r\n", "\r\n\r\n", " "])
    notes = sep.join(sentences)
    if rng.random() < 0.05:
        notes += "\r\n"
    return notes


def build_dataset(rng, topic, v, orgs, files):
    org = ORG_BY_SLUG[topic["org"]]
    name = fill(topic["slug"], v)
    pid = uid("dataset", name)
    unit = rng.choice(org.units)
    created, modified = dataset_dates(rng, topic, v["y"] or None)

    tags = list(topic["tags"])
    if v["prov"] and v["prov"] not in tags:
        tags.append(v["prov"])
    if v["y"] and rng.random() < 0.35:
        tags.append(str(v["y"]))
    if rng.random() < 0.3:
        short = org.title.split("(")[-1].rstrip(")") if "(" in org.title else org.slug
        tags.append(short)
    tags = list(dict.fromkeys(tags))

    dtype = topic["dtype"]
    disagg = topic["disagg"] if dtype in ("stat", "multi") else []
    resources = build_resources(rng, topic, v, org, pid, name, created, modified, files, disagg)
    data_format = list(dict.fromkeys(FORMATS[r["format"]][1] for r in resources))

    lic_id, lic_title, _, is_open = rng.choices(LICENSES, weights=[l[2] for l in LICENSES])[0]
    if topic["obj"]:
        objective = list(topic["obj"])
    elif rng.random() < 0.05:
        objective = ["ไม่ทราบ"]
    else:
        objective = ["พันธกิจหน่วยงาน"] + rng.sample(OBJECTIVE_EXTRA, rng.choice([0, 1, 1, 2]))
        rng.shuffle(objective)

    hotline = len(org.phone.replace(" ", "")) <= 4
    phone = org.phone if hotline or rng.random() < 0.6 else f"{org.phone} ต่อ {rng.randint(1000, 4999)}"
    author = rng.choice([unit, org.title]) if rng.random() < 0.35 else None

    d = {
        "author": author,
        "author_email": f"{org.email_local}@{org.domain}" if author else None,
        "creator_user_id": uid("user", f"{org.slug}/{rng.randint(1, 3)}"),
        "data_category": "ข้อมูลสาธารณะ",
        "data_classification": "เปิดเผย",
        "data_format": data_format,
        "data_language": list(topic["lang"]),
        "data_source": f"{unit} {org.title}" if rng.random() < 0.93 else "ไม่ทราบ",
        "data_type": DATA_TYPES[dtype],
        "disaggregate": list(disagg),
        "geo_coverage": topic["geo"],
        "high_value_dataset": "1" if topic["hvd"] else "0",
        "id": pid,
        "isopen": is_open,
        "license_id": lic_id,
        "license_title": lic_title,
        "maintainer": unit if rng.random() < 0.6 else org.title,
        "maintainer_email": f"{org.email_local}@{org.domain}",
        "metadata_created": ts(created),
        "metadata_modified": ts(modified),
        "name": name,
        "notes": build_notes(rng, topic, v, org, unit),
        "num_resources": len(resources),
        "num_tags": len(tags),
        "objective": objective,
        "organization": orgs[org.slug],
        "owner_org": org.id,
        "private": False,
        "state": "active",
        "telephone_number": phone,
        "title": fill(topic["title"], v),
        "type": "dataset",
        "update_frequency_interval": topic["interval"],
        "update_frequency_unit": topic["unit"],
        "url": rng.choice([org.web, f"{org.web}/opendata", ""]),
        "version": None if rng.random() < 0.8 else rng.choice(["1.0", "2.0", str(v["y"] or "1.1")]),
        "created_date": created.date().isoformat(),
        "last_updated_date": modified.date().isoformat(),
    }
    if lic_id == "อื่นๆ":
        d["license_id_other"] = "ข้อตกลงการใช้ข้อมูลของหน่วยงาน"
    if "data_type_other" in topic["extra"]:
        d["data_type_other"] = topic["extra"]["data_type_other"]
    if "อื่นๆ" in data_format:
        d["data_format_other"] = "ZIP"
    if "อื่นๆ" in disagg:
        d["disaggregate_other"] = topic["extra"].get("disaggregate_other", "")
    if rng.random() < 0.5:
        d["reference_data"] = "True" if dtype == "rec" and topic["hvd"] else "False"
    if rng.random() < 0.4:
        d["data_support"] = rng.choice(["ไม่มี", "ไม่มี", "หน่วยงานของรัฐ", "สถาบันการศึกษา",
                                        "หน่วยงาน/องค์กรระหว่างประเทศ"])
    if dtype == "stat":
        first = v["y"] or rng.randint(2555, 2562)
        d["first_year_of_data"] = str(first)
        d["last_year_of_data"] = str(v["y"] or modified.year + 543)
        d["official_statistics"] = topic["extra"].get("official_statistics", "False")
    for key in ("unit_of_measure", "unit_of_multiplier"):
        if key in topic["extra"]:
            d[key] = topic["extra"][key]
    if dtype == "geo":
        if v["prov"]:
            lat, lon = PROVINCES[v["prov"]][3:5]
            bbox = (lon - 0.6, lon + 0.6, lat + 0.6, lat - 0.6)
        else:
            bbox = THAILAND_BBOX
        d["geographic_data_set"] = topic["extra"].get("geographic_data_set", "")
        d["equivalent_scale"] = topic["extra"].get("equivalent_scale", rng.choice(["1:4,000", "1:50,000", "อื่นๆ"]))
        if d["equivalent_scale"] == "อื่นๆ":
            d["equivalent_scale_other"] = "ไม่ระบุมาตราส่วน (ข้อมูลพิกัดจุด)"
        (d["west_bound_longitude"], d["east_bound_longitude"],
         d["north_bound_longitude"], d["south_bound_longitude"]) = (f"{x:.4f}" for x in bbox)
        d["positional_accuracy"] = rng.choice(["± 5 เมตร", "± 10 เมตร", "± 30 เมตร"])
        d["reference_period"] = str(v["y"] or created.year + 543)
    extras = []
    if rng.random() < 0.7:
        extras.append({"key": "access_detail", "value": ""})
    if rng.random() < 0.5:
        extras.append({"key": "maintain_frequent", "value": FREQ_WORD[topic["unit"]]})
    if rng.random() < 0.15:
        extras.append({"key": "source_system", "value": rng.choice(["GD-Catalog", "CKAN 2.9", "ระบบงานภายใน"])})
    d["extras"] = extras
    d["groups"] = [group_dict(g) for g in topic["groups"]]
    d["resources"] = resources
    d["tags"] = [tag_dict(t) for t in tags]
    d["relationships_as_object"] = []
    d["relationships_as_subject"] = []

    if name in PRIVATE:
        cls = PRIVATE[name]
        d["private"] = True
        d["data_classification"] = cls
        d["data_category"] = "ข้อมูลความลับทางราชการ" if cls == "ลับ" else "ข้อมูลใช้ภายใน"
        d["accessible_condition"] = "เฉพาะเจ้าหน้าที่ที่ได้รับอนุญาต ติดต่อขอใช้ข้อมูลเป็นหนังสือราชการ"
        d["high_value_dataset"] = "0"
    if name in DRAFT:
        d["state"] = "draft"
    return d


# ---------------------------------------------------------------------------
# Output, README and self-check
# ---------------------------------------------------------------------------

README = """# khonha sample catalog

A small, **synthetic** open-data catalog bundled with khonha so that `make run`
has something to search. It imitates the shape of a data.go.th catalog (CKAN
with the ckanext-thai_gdc / GD-Catalog fields), but it was written for this
project: every title, description, tag and figure here is ours. It is not an
extract of data.go.th or of any agency's catalog, and its numbers are
illustrative, not official statistics. Agency, province and district names
are real; e-mail addresses, download URLs, phone extensions, school names and
health-unit names are made up.

## Contents

- `catalog.jsonl` — {n_datasets} datasets, one CKAN package dict per line in
  `package_show` shape (UTF-8, Thai kept as-is). {n_orgs} publishing
  organizations, {n_groups} groups, {n_resources} resources.
  - Thai, English and mixed titles (`ปี2566`, `COVID-19`, `PM2.5`,
    `ททท.ประจำปี`), notes with `\\r\\n` line breaks and URLs.
  - GD-Catalog fields on every dataset: `data_type`, `data_category`,
    `objective[]`, `update_frequency_unit/interval`, `geo_coverage`,
    `data_source`, `data_format[]`, `data_language[]`, `disaggregate[]`,
    `high_value_dataset`, `data_classification`, plus statistical and
    geospatial fields where they apply. Choice values follow the GD-Catalog
    schema.
  - Deliberate edge cases: {n_private} private datasets (classified
    `ชั้นเผยแพร่ภายในองค์กร` or `ลับ`), {n_draft} drafts, lower-case `csv` and
    legacy `XLS` formats, resources without a size (APIs), null `author`,
    empty `disaggregate`, a licence of `อื่นๆ`.
- `files/` — {n_files} small real files that {n_upload} resources point to
  (`url_type` = `upload`, URL
  `http://localhost:8080/dataset/<package id>/resource/<resource id>/download/<file>`):
{file_list}

  `budget-by-ministry-fy2568.csv` is saved as Excel does it (UTF-8 with BOM,
  CRLF line ends); the other CSVs are plain UTF-8 with LF.

## Regenerating

```
python3 scripts/gen_sample_catalog.py
```

The generator uses only the Python standard library and a fixed seed
({seed}); ids are UUIDv5 values derived from that seed, so the output is
byte-for-byte reproducible. Edit the tables in the script (organizations,
groups, topics, file contents) and rerun; it checks its own output and prints
the counts.
"""


def check(out_dir):
    """Re-read the output and verify it. Returns a dict of counts; raises on error."""
    schema = {
        "data_type": set(DATA_TYPES.values()),
        "data_category": {"ข้อมูลสาธารณะ", "ข้อมูลใช้ภายใน", "ข้อมูลส่วนบุคคล", "ข้อมูลความมั่นคง",
                          "ข้อมูลความลับทางราชการ"},
        "data_classification": {"เปิดเผย", "ชั้นเผยแพร่ภายในองค์กร", "ลับ", "ลับมาก", "ลับที่สุด"},
        "update_frequency_unit": {"ไม่ทราบ", "ปี", "ครึ่งปี", "ไตรมาส", "เดือน", "สัปดาห์", "วัน", "วันทำการ",
                                  "ชั่วโมง", "นาที", "ตามเวลาจริง", NOUPDATE, "อื่นๆ"},
        "geo_coverage": {"ไม่มี", "โลก", "ทวีป/กลุ่มประเทศในทวีป", "กลุ่มประเทศทางเศรษฐกิจ", "ประเทศ", "ภาค",
                         "จังหวัด", "อำเภอ", "ตำบล", "หมู่บ้าน", "เทศบาล/อบต.", "พิกัด", "ไม่ทราบ", "อื่นๆ"},
    }
    list_schema = {
        "objective": {"ยุทธศาสตร์ชาติ", "แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ", "แผนความมั่นคงแห่งชาติ",
                      "แผนแม่บทภายใต้ยุทธศาสตร์ชาติ", "แผนปฏิรูปประเทศ", "แผนระดับที่ 3 (มติครม. 4 ธ.ค. 2560)",
                      "นโยบายรัฐบาล/ข้อสั่งการนายกรัฐมนตรี", "มติคณะรัฐมนตรี", "เพื่อการให้บริการประชาชน",
                      "กฎหมายที่เกี่ยวข้อง", "พันธกิจหน่วยงาน", "ดัชนี/ตัวชี้วัดระดับนานาชาติ", "ไม่ทราบ", "อื่นๆ"},
        "data_format": {"Database", "CSV", "XML", "Image", "Video", "Audio", "Text", "JSON", "HTML", "DOC/DOCX",
                        "XLS", "PDF", "RDF", "NoSQL", "Arc/Info Coverage", "Shapefile", "GeoTiff", "GML",
                        "ไม่ทราบ", "อื่นๆ"},
        "data_language": {"ไทย", "อังกฤษ", "จีน", "มลายู", "พม่า", "ลาว", "เขมร", "ญี่ปุ่น", "เกาหลี", "ฝรั่งเศส",
                          "เยอรมัน", "อารบิก", "ไม่ทราบ", "อื่นๆ"},
        "disaggregate": {"ไม่มี", "เพศ", "อายุ/กลุ่มอายุ", "สถานภาพสมรส", "ศาสนา", "ระดับการศึกษา", "อาชีพ",
                         "สถานภาพการทำงาน", "อุตสาหกรรม/ประเภทกิจการ", "รายได้", AREA, "ผลิตภัณฑ์", "ไม่ทราบ",
                         "อื่นๆ"},
    }
    ids, names, rids, orgs, groups, tags, files_used = set(), set(), set(), set(), set(), set(), set()
    n = n_res = n_upload = n_private = n_draft = n_hvd = n_en = n_tourism = 0
    formats, licenses, years = {}, {}, set()
    with open(os.path.join(out_dir, "catalog.jsonl"), encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            d = json.loads(line)
            where = f"catalog.jsonl:{lineno} ({d.get('name')})"
            assert d["id"] not in ids and d["name"] not in names, f"{where}: duplicate id/name"
            ids.add(d["id"]); names.add(d["name"])
            assert d["name"].isascii() and d["name"] == d["name"].lower(), f"{where}: bad slug"
            assert d["metadata_modified"] >= d["metadata_created"], f"{where}: modified < created"
            assert d["num_resources"] == len(d["resources"]) and 1 <= len(d["resources"]) <= 6, where
            assert d["num_tags"] == len(d["tags"]), where
            for k, allowed in schema.items():
                assert d[k] in allowed, f"{where}: {k}={d[k]!r}"
            for k, allowed in list_schema.items():
                assert isinstance(d[k], list) and set(d[k]) <= allowed, f"{where}: {k}={d[k]!r}"
            assert 1 <= len(d["objective"]) <= 3, where
            assert d["owner_org"] == d["organization"]["id"], where
            orgs.add(d["owner_org"]); groups.update(g["name"] for g in d["groups"])
            tags.update(t["name"] for t in d["tags"])
            for r in d["resources"]:
                assert r["id"] not in rids and r["package_id"] == d["id"], f"{where}: resource {r['id']}"
                rids.add(r["id"]); n_res += 1
                assert r["created"] <= d["metadata_modified"], f"{where}: resource after dataset"
                formats[r["format"]] = formats.get(r["format"], 0) + 1
                if r["url_type"] == "upload":
                    n_upload += 1
                    fname = r["url"].rsplit("/", 1)[1]
                    assert r["url"] == f"{DOWNLOAD_BASE}/dataset/{d['id']}/resource/{r['id']}/download/{fname}"
                    path = os.path.join(out_dir, "files", fname)
                    assert os.path.isfile(path), f"{where}: missing {path}"
                    assert os.path.getsize(path) == r["size"], f"{where}: size of {fname}"
                    assert fname not in files_used, f"{where}: {fname} used twice"
                    files_used.add(fname)
                else:
                    assert r["url"].startswith("https://"), f"{where}: {r['url']}"
            licenses[d["license_id"]] = licenses.get(d["license_id"], 0) + 1
            years.add(d["metadata_created"][:4]); years.add(d["metadata_modified"][:4])
            n += 1
            n_private += d["private"]; n_draft += d["state"] == "draft"
            n_hvd += d["high_value_dataset"] == "1"
            n_en += not any("\u0e00" <= c <= "\u0e7f" for c in d["title"])
            text = " ".join([d["title"], d["notes"]] + [t["name"] for t in d["tags"]])
            n_tourism += "ท่องเที่ยว" in text and not d["private"] and d["state"] == "active"
    on_disk = set(os.listdir(os.path.join(out_dir, "files")))
    assert on_disk == files_used, f"files without a resource or vice versa: {on_disk ^ files_used}"
    assert 220 <= n <= 260 and len(orgs) >= 22 and len(groups) >= 10, (n, len(orgs), len(groups))
    assert n_tourism >= 12, n_tourism
    return dict(datasets=n, organizations=len(orgs), groups=len(groups), tags=len(tags), resources=n_res,
                upload_resources=n_upload, files=len(on_disk), private=n_private, draft=n_draft,
                high_value=n_hvd, english_titles=n_en, tourism_matches=n_tourism,
                years=f"{min(years)}..{max(years)}", formats=formats, licenses=licenses)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--out", default=os.path.join(root, "data", "sample"))
    args = ap.parse_args()

    rng = random.Random(SEED)
    files = make_files(rng)
    files_dir = os.path.join(args.out, "files")
    os.makedirs(files_dir, exist_ok=True)
    for old in os.listdir(files_dir):
        if old not in files:
            os.remove(os.path.join(files_dir, old))
    for fname, text in files.items():
        with open(os.path.join(files_dir, fname), "w", encoding="utf-8", newline="") as f:
            f.write(text)

    orgs = {o.slug: org_dict(o, rng) for o in ORGS}
    datasets = [build_dataset(rng, t, v, orgs, files) for t in TOPICS for v in variants(t)]
    with open(os.path.join(args.out, "catalog.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in datasets:
            f.write(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n")

    counts = check(args.out)
    uploads = {r["url"].rsplit("/", 1)[1]: d["name"] for d in datasets for r in d["resources"]
               if r["url_type"] == "upload"}
    file_list = "\n".join(f"  - `{fn}` ← dataset `{uploads[fn]}`" for fn in sorted(files))
    with open(os.path.join(args.out, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(n_datasets=counts["datasets"], n_orgs=counts["organizations"],
                              n_groups=counts["groups"], n_resources=counts["resources"],
                              n_private=counts["private"], n_draft=counts["draft"], n_files=counts["files"],
                              n_upload=counts["upload_resources"], file_list=file_list, seed=SEED))
    for k, val in counts.items():
        print(f"{k:>17}: {val}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
